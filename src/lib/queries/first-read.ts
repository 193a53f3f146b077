import type { QueryClient, QueryExecuteOptions, QueryKey } from '@tanstack/react-query';

/**
 * One query a page reads before it can show anything, ready to be started by whoever first knows
 * the page is coming (the route table, src/app/route-table.tsx), so the page finds it in flight.
 */
export type FirstRead = (queryClient: QueryClient) => Promise<void>;

const ignore = () => undefined;

/**
 * A page's own query (its options, so the key is the page's) as a first read. A failure is left
 * in the cache for the page to show, with its retry, as it would its own.
 */
export function firstRead<TData, TKey extends QueryKey>(
  options: QueryExecuteOptions<TData, Error, TData, TData, TKey>,
): FirstRead {
  return (queryClient) => queryClient.query(options).then(ignore, ignore);
}
