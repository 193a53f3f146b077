// Every request, before any handler: a path that decodes, JSON bodies only on writes, and no body
// larger than the operation takes. Through the real handlers (MSW in Node).
import { describe, expect, it } from 'vitest';
import { API, call, signInAs, staff, useMockBackend } from '../test/support';
import { DEFAULT_BODY_LIMIT_BYTES, MAX_BODY_LIMIT_BYTES } from './request-guard';

const ctx = useMockBackend({ size: 40 });

async function raw(method: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${API}${path}`, { method, ...init });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

describe('a malformed address', () => {
  it('is a 400 in every route that takes an id, never a server error', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const headers = { Authorization: `Bearer ${token}` };
    for (const path of [
      '/children/%E0%A4%A',
      '/children/%E0%A4%A/care',
      '/meetings/%E0%A4%A',
      '/children/%E0%A4%A/booking',
    ]) {
      const result = await raw('GET', path, { headers });
      expect({ path, status: result.status }).toEqual({ path, status: 400 });
      expect(result.body.detail).toBe('The address is not valid: it is not properly encoded');
    }
  });
});

describe('request bodies', () => {
  it('refuses anything but JSON on a write (415), so a cross-site form or text/plain post does nothing', async () => {
    const member = staff(ctx.db, 'iro');
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const result = await raw('POST', '/session', {
        headers: contentType === '' ? {} : { 'Content-Type': contentType },
        body: JSON.stringify({ staffId: member.id }),
      });
      expect({ contentType, status: result.status }).toEqual({ contentType, status: 415 });
      expect(result.body.detail).toBe(
        'Send the request body as JSON, with the header Content-Type: application/json',
      );
    }
    const json = await raw('POST', '/session', {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ staffId: member.id }),
    });
    expect(json.status).toBe(201);
  });

  it('refuses a body over the limit (413) before parsing it; the SSDA903 import has its own', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const huge = JSON.stringify({ childIds: Array.from({ length: 40_000 }, (_, i) => `ch_${i}`) });
    expect(huge.length).toBeGreaterThan(DEFAULT_BODY_LIMIT_BYTES);
    const result = await raw('POST', '/children/reallocate', {
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: huge,
    });
    expect(result.status).toBe(413);
    expect(result.body.detail).toBe('The request body must be 256 KB or smaller');
    // The import takes a return of up to 20 MB: a 1 MB body reaches its own checks (422).
    const big = JSON.stringify({
      header: [],
      episodes: [],
      reviews: [],
      padding: 'x'.repeat(1 << 20),
    });
    const imported = await raw('POST', '/ssda903/import', {
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: big,
    });
    expect(imported.status).toBe(422);
    expect(MAX_BODY_LIMIT_BYTES).toBe(20 * 1024 * 1024);
  });

  it('refuses a NUL character in any text (400), which PostgreSQL could not store', async () => {
    const member = staff(ctx.db, 'iro');
    const result = await raw('POST', '/session', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ staffId: `${member.id}\u0000` }),
    });
    expect(result.status).toBe(400);
    expect(result.body.detail).toBe(
      'The request contains a NUL character (\\u0000), which no text can hold',
    );
  });

  it('a query string longer than 2,048 characters is a 400', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const result = await call('GET', `/children?status=${'overdue,'.repeat(400)}`, { token });
    expect(result.status).toBe(400);
  });
});
