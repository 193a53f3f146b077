// Walking a paged list: every row once, in the server's order, whatever the page size, with
// failed pages retried on their own. Then the same against the real mock handlers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API, signIn, useMockBackend } from '@mocks/test/support';
import { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../query-client';
import { fetchAllPages, ListTooLong, walkOptions } from './all-pages';
import { ApiError, createApiClient } from './client';
import type { Page } from './schemas';

type Row = { id: string };

function rows(count: number): Row[] {
  return Array.from({ length: count }, (_, index) => ({ id: `c_${index}` }));
}

/** A server holding `all`, answering pages as GET /children does. */
function pagesOf(all: Row[]) {
  const asked: number[] = [];
  const fetchPage = (page: number, pageSize: number): Promise<Page<Row>> => {
    asked.push(page);
    return Promise.resolve({
      items: all.slice((page - 1) * pageSize, page * pageSize),
      page,
      pageSize,
      totalItems: all.length,
      totalPages: Math.max(1, Math.ceil(all.length / pageSize)),
    });
  };
  return { fetchPage, asked };
}

const serverError = () => new ApiError('http', 'Server error', { status: 503 });
const noResponse = () => new ApiError('network', 'No response');
const noWait = () => Promise.resolve();

describe('fetchAllPages', () => {
  it('returns every row once, in order, for any list length, page size and concurrency', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 4 }),
        async (count, pageSize, concurrency) => {
          const all = rows(count);
          const server = pagesOf(all);
          const result = await fetchAllPages(server.fetchPage, { pageSize, concurrency });
          expect(result.items).toEqual(all);
          expect(result.totalItems).toBe(count);
          // Each page asked for exactly once.
          const pageCount = Math.max(1, Math.ceil(count / pageSize));
          expect([...server.asked].sort((a, b) => a - b)).toEqual(
            Array.from({ length: pageCount }, (_, index) => index + 1),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('asks again for a page that failed with no response or a 5xx, after the app’s backoff', async () => {
    const all = rows(1200);
    const server = pagesOf(all);
    const failures = new Map([
      [2, [noResponse(), serverError()]],
      [3, [serverError()]],
    ]);
    const waits: number[] = [];
    const result = await fetchAllPages(
      (page, pageSize) => {
        const failure = failures.get(page)?.shift();
        return failure ? Promise.reject(failure) : server.fetchPage(page, pageSize);
      },
      {
        waitFor: (ms) => {
          waits.push(ms);
          return Promise.resolve();
        },
      },
    );
    expect(result.items).toEqual(all);
    expect(waits.sort((a, b) => a - b)).toEqual([1000, 1000, 2000]);
  });

  it('does not ask again after a 4xx: the request itself is wrong', async () => {
    let calls = 0;
    const forbidden = new ApiError('http', 'Forbidden', { status: 403 });
    const walk = fetchAllPages(
      () => {
        calls += 1;
        return Promise.reject(forbidden);
      },
      { waitFor: noWait },
    );
    await expect(walk).rejects.toBe(forbidden);
    expect(calls).toBe(1);
  });

  it('gives up on a page after three retries, and stops asking for more pages', async () => {
    const server = pagesOf(rows(5000));
    const asked: number[] = [];
    const walk = fetchAllPages(
      (page, pageSize) => {
        asked.push(page);
        return page === 2 ? Promise.reject(serverError()) : server.fetchPage(page, pageSize);
      },
      { concurrency: 1, waitFor: noWait },
    );
    await expect(walk).rejects.toMatchObject({ status: 503 });
    // Page 1, then page 2 four times (the first try and three retries), and nothing after it.
    expect(asked).toEqual([1, 2, 2, 2, 2]);
  });

  it('walks again when a row moves across a page boundary while the pages load', async () => {
    const all = rows(1000);
    let calls = 0;
    const result = await fetchAllPages(
      (page, pageSize) => {
        calls += 1;
        // Just after page 1 is sent, its first row is changed and sorts onto page 2: page 2 would
        // list it again and lose the row that slid onto page 1.
        const now = calls === 1 ? all : [...all.slice(1, 600), all[0]!, ...all.slice(600)];
        return pagesOf(now).fetchPage(page, pageSize);
      },
      { concurrency: 1 },
    );
    expect(result.items).toHaveLength(1000);
    expect(new Set(result.items.map((row) => row.id)).size).toBe(1000);
    expect(calls).toBe(4);
  });

  it('keeps the last walk of a list that never stops changing, each row once', async () => {
    let calls = 0;
    const result = await fetchAllPages(
      (page, pageSize) => {
        calls += 1;
        // A row is added on every request.
        return pagesOf(rows(1000 + calls)).fetchPage(page, pageSize);
      },
      { concurrency: 1 },
    );
    expect(calls).toBe(9); // three walks of three pages
    expect(new Set(result.items.map((row) => row.id)).size).toBe(result.items.length);
  });

  it('stops when the list is no longer wanted', async () => {
    const controller = new AbortController();
    const server = pagesOf(rows(2000));
    const walk = fetchAllPages(
      (page, pageSize) => {
        if (page === 2) controller.abort();
        return server.fetchPage(page, pageSize);
      },
      { concurrency: 1, signal: controller.signal },
    );
    await expect(walk).rejects.toThrow();
    expect(server.asked).toEqual([1, 2]);
  });

  it('walks a list up to maxItems long, and stops after the first page of a longer one', async () => {
    const held = pagesOf(rows(1000));
    const walked = await fetchAllPages(held.fetchPage, { pageSize: 500, maxItems: 1000 });
    expect(walked.totalItems).toBe(1000);
    expect(held.asked.sort()).toEqual([1, 2]);

    const tooLong = pagesOf(rows(1001));
    const walk = fetchAllPages(tooLong.fetchPage, { pageSize: 500, maxItems: 1000 });
    await expect(walk).rejects.toEqual(new ListTooLong(1001));
    await expect(walk).rejects.toBeInstanceOf(ListTooLong);
    expect(tooLong.asked).toEqual([1]);
  });
});

describe('walkOptions', () => {
  const signal = new AbortController().signal;
  it('retries pages as the app’s queries retry, and not at all where queries do not retry', () => {
    expect(walkOptions({ signal, client: createQueryClient() })).toEqual({ signal, maxRetries: 3 });
    const noRetries = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(walkOptions({ signal, client: noRetries }).maxRetries).toBe(0);
    const once = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
    expect(walkOptions({ signal, client: once }).maxRetries).toBe(1);
  });
});

describe('fetchAllPages against the mock backend', () => {
  useMockBackend({ size: 1200 });

  it('returns the same rows in the same order as one big page', async () => {
    const token = await signIn('st_10');
    const client = createApiClient({ baseUrl: API, getToken: () => token });
    const params = { sort: 'name', order: 'desc' } as const;
    const walked = await fetchAllPages((page, pageSize) =>
      client.listChildren({ ...params, page, pageSize }),
    );
    const whole = await client.listChildren({ ...params, pageSize: 1200 });
    expect(walked.items).toHaveLength(1200);
    expect(walked.items.map((child) => child.id)).toEqual(whole.items.map((child) => child.id));
  });
});
