import { useCallback } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams, type URLSearchParamsInit } from 'react-router';

/**
 * useSearchParams for list state held in the URL (filters, sort, the IRO shown) that drives
 * controlled inputs. React Router applies navigations inside a React transition, so a checkbox or
 * select bound to the URL snapped back to its old value until the transition committed: with
 * 10,000 rows the box a user ticked could look unticked. Applying these updates synchronously
 * (flushSync, given to RouterProvider as routerFlushSync) keeps the control and the URL in
 * step. Only the small filter state changes synchronously; new data still arrives asynchronously.
 */
export function useUrlSearchParams(): [
  URLSearchParams,
  (next: URLSearchParamsInit, options?: { replace?: boolean }) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const set = useCallback(
    (next: URLSearchParamsInit, options?: { replace?: boolean }) => {
      setSearchParams(next, { ...options, flushSync: true });
    },
    [setSearchParams],
  );
  return [searchParams, set];
}

/**
 * For RouterProvider's flushSync prop, so the router can apply { flushSync: true } navigations.
 * (RouterProvider from react-router/dom does the same, but under Vitest it loads a second copy of
 * react-router with its own router context.)
 */
export function routerFlushSync(update: () => unknown): undefined {
  flushSync(update);
}
