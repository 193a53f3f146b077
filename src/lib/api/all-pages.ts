import type { QueryClient } from '@tanstack/react-query';
import { isRetryable, MAX_RETRIES, retryDelay } from '../query-client';
import type { Page } from './schemas';

/**
 * Rows asked for per request when a screen needs a whole list (a caseload of 10,000). About
 * 0.5 MB of JSON: Chromium spends main-thread time on every megabyte it receives, and one 10 MB
 * response held the page for 400-600 ms at a time (bench/browser.bench.ts, 29 November 2026);
 * pages of 500 keep each task short and let the page paint and take input in between.
 */
export const ROWS_PER_REQUEST = 500;

/** Pages in flight at once after the first: enough to hide the wait, few enough to be polite. */
export const PAGES_IN_FLIGHT = 2;

/** Walks of a list that keeps changing under it before the last one is kept as it is. */
const WALKS_WHEN_CHANGING = 3;

export interface AllPagesOptions {
  pageSize?: number;
  concurrency?: number;
  /** Aborts the walk between pages (react-query's signal when the list is no longer wanted). */
  signal?: AbortSignal;
  /** Whether a failed page is asked for again (network or 5xx), after waitFor(retryDelay). */
  shouldRetry?: (error: unknown) => boolean;
  maxRetries?: number;
  retryDelay?: (attempt: number) => number;
  waitFor?: (ms: number) => Promise<void>;
  /** A list longer than this is not walked: the first page's count fails it with ListTooLong. */
  maxItems?: number;
}

/** The list has more rows than the caller would hold (AllPagesOptions.maxItems). */
export class ListTooLong extends Error {
  constructor(readonly totalItems: number) {
    super(`The list has ${totalItems} rows, more than is held in the page`);
    this.name = 'ListTooLong';
  }
}

/**
 * A walk's options inside a react-query queryFn: the query's abort signal, and page retries as the
 * client's queries retry (none where queries do not retry, as in component tests; a number is
 * that many). Such a query should itself have `retry: false`.
 */
export function walkOptions(context: {
  signal: AbortSignal;
  client: QueryClient;
}): AllPagesOptions {
  const retry = context.client.getDefaultOptions().queries?.retry;
  const maxRetries =
    retry === false
      ? 0
      : typeof retry === 'number'
        ? retry
        : retry === true
          ? Infinity
          : MAX_RETRIES;
  return { signal: context.signal, maxRetries };
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Every row of a paged list, fetched `pageSize` at a time, in the server's order. A page that
 * fails with a network error or 5xx is asked for again with the app's backoff (1 s, 2 s, 4 s), so
 * a flaky connection costs one page, not the whole walk; a 4xx, or a page that keeps failing,
 * fails the walk (the caller's query shows the error and its Try again button, so it should not
 * retry again itself). If the list changes while its pages load, so that a row is listed twice or
 * missed, the list is walked again.
 */
export async function fetchAllPages<T extends { id: string }>(
  fetchPage: (page: number, pageSize: number) => Promise<Page<T>>,
  options: AllPagesOptions = {},
): Promise<Page<T>> {
  const {
    pageSize = ROWS_PER_REQUEST,
    concurrency = PAGES_IN_FLIGHT,
    signal,
    shouldRetry = isRetryable,
    maxRetries = MAX_RETRIES,
    retryDelay: delayFor = retryDelay,
    waitFor = wait,
    maxItems = Infinity,
  } = options;

  async function pageWithRetries(page: number): Promise<Page<T>> {
    for (let attempt = 0; ; attempt += 1) {
      signal?.throwIfAborted();
      try {
        return await fetchPage(page, pageSize);
      } catch (error) {
        if (attempt >= maxRetries || !shouldRetry(error)) throw error;
        await waitFor(delayFor(attempt));
      }
    }
  }

  async function walk(): Promise<{ items: T[]; consistent: boolean }> {
    const first = await pageWithRetries(1);
    if (first.totalItems > maxItems) throw new ListTooLong(first.totalItems);
    const pages: Page<T>[] = [first];
    let next = 2;
    let failed = false;
    async function worker(): Promise<void> {
      while (!failed && next <= first.totalPages) {
        const page = next;
        next += 1;
        try {
          pages[page - 1] = await pageWithRetries(page);
        } catch (error) {
          failed = true; // the other worker stops after its current page
          throw error;
        }
      }
    }
    await Promise.all(
      Array.from({ length: Math.min(concurrency, first.totalPages - 1) }, () => worker()),
    );

    const seen = new Set<string>();
    const items: T[] = [];
    for (const page of pages) {
      for (const item of page.items) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        items.push(item);
      }
    }
    const consistent = pages.every(
      (page) => page.totalItems === items.length && page.totalPages === first.totalPages,
    );
    return { items, consistent };
  }

  // The list changed while it loaded (a row moved across a page boundary, or one was added or
  // removed): rows may be missing, so walk it again, up to twice, and keep the last walk.
  let result = await walk();
  for (let again = 0; again < WALKS_WHEN_CHANGING - 1 && !result.consistent; again += 1) {
    result = await walk();
  }
  const { items } = result;
  return { items, page: 1, pageSize: items.length, totalItems: items.length, totalPages: 1 };
}
