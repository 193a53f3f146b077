// The typed REST client against the real mock handlers (msw/node), and against hand-made
// responses for what the mock never sends (a malformed row, no response at all).
import { describe, expect, it, vi } from 'vitest';
import { readConfig } from '@/lib/config';
import { API, call, signIn, useMockBackend } from '@mocks/test/support';
import { ApiError, createApiClient } from './client';

useMockBackend({ size: 1200 });

function clientWithToken(
  token: string | null,
  extra: Partial<Parameters<typeof createApiClient>[0]> = {},
) {
  return createApiClient({ baseUrl: API, getToken: () => token, ...extra });
}

describe('the API client', () => {
  it('checks a long list a slice at a time and returns every row, in order', async () => {
    const token = await signIn('st_10');
    const client = clientWithToken(token);
    const page = await client.listChildren({ pageSize: 1200 });
    expect(page.items).toHaveLength(1200);
    const raw = await call<{ items: { id: string }[] }>('GET', '/children?pageSize=1200', {
      token,
    });
    expect(page.items.map((child) => child.id)).toEqual(raw.body.items.map((child) => child.id));
    expect(page.totalItems).toBe(1200);
  });

  it('searches with POST /children/search, keeping the search text out of every URL', async () => {
    const token = await signIn('st_10');
    const sent: { method: string; url: string; body: unknown }[] = [];
    const client = clientWithToken(token, {
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sent.push({
          method: request.method,
          url: request.url,
          body: request.method === 'POST' ? await request.clone().json() : null,
        });
        return fetch(request);
      },
    });
    const everyone = await client.listChildren({ pageSize: 1200 });
    const target = everyone.items[5]!;
    const name = `${target.givenName} ${target.familyName}`;
    const found = await client.listChildren({ q: ` ${name} `, status: [], sort: 'name' });
    expect(found.items.map((child) => child.id)).toContain(target.id);
    expect(sent[1]).toEqual({
      method: 'POST',
      url: `${API}/children/search`,
      body: { q: name, status: [], sort: 'name' },
    });
    for (const request of sent) expect(request.url).not.toContain(target.familyName);
    // A blank search is no search: the plain list.
    await client.listChildren({ q: '  ', pageSize: 10 });
    expect(sent[2]).toMatchObject({ method: 'GET', url: `${API}/children?pageSize=10` });
  });

  it('names the row of a long list that does not match the contract', async () => {
    const token = await signIn('st_10');
    const good = await call<{ items: Record<string, unknown>[] }>('GET', '/children?pageSize=900', {
      token,
    });
    const items = good.body.items.map((item, index) =>
      index === 700 ? { ...item, dateOfBirth: '31/02/2020' } : item,
    );
    const client = clientWithToken(token, {
      fetch: () => Promise.resolve(Response.json({ ...good.body, items }, { status: 200 })),
    });
    const failure = await client.listChildren({ pageSize: 900 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).kind).toBe('invalid-response');
    expect((failure as ApiError).message).toContain('items.700.dateOfBirth');
  });

  it('reports whether the service answered, for the offline banner', async () => {
    const reachability = vi.fn<(reachable: boolean) => void>();
    const offline = clientWithToken(null, {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      onReachability: reachability,
    });
    const failure = await offline.listDemoStaff().catch((error: unknown) => error);
    expect((failure as ApiError).kind).toBe('network');
    expect(reachability).toHaveBeenLastCalledWith(false);

    const online = clientWithToken(null, { onReachability: reachability });
    await online.listDemoStaff();
    expect(reachability).toHaveBeenLastCalledWith(true);
    // A refusal is still an answer: the service is reachable.
    await online.getSession().catch(() => undefined);
    expect(reachability).toHaveBeenLastCalledWith(true);
  });

  it('turns a 422 into messages per field', async () => {
    const failure = await clientWithToken(null)
      .signIn({ staffId: '' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).isValidation).toBe(true);
    expect(Object.keys((failure as ApiError).fieldErrors)).toContain('staffId');
  });
});

describe('configuration', () => {
  it('defaults to the bundled mock at /api', () => {
    expect(readConfig({})).toEqual({ apiBaseUrl: '/api', useMocks: true });
  });

  it('reads a real server from the environment', () => {
    const config = readConfig({
      VITE_API_BASE_URL: 'https://iro.example.gov.uk/api/',
      VITE_USE_MOCKS: 'false',
    });
    expect(config).toEqual({ apiBaseUrl: 'https://iro.example.gov.uk/api', useMocks: false });
  });

  it('refuses a base URL that is neither a path nor http(s)', () => {
    expect(() => readConfig({ VITE_API_BASE_URL: 'ftp://x' })).toThrow(/VITE_API_BASE_URL/);
  });
});
