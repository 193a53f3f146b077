import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAllPages, walkOptions } from '@/lib/api/all-pages';
import { api } from '@/lib/api/client';
import type { ListChildrenParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';
import { CASELOAD_DATA_RECEIVED } from '../lib/performance-marks';

/**
 * GET /api/children: every child matching the filters (the server filters, searches and sorts),
 * fetched a page at a time so no one response is large enough to hold up the page.
 */
export const childrenQuery = (params: Omit<ListChildrenParams, 'page' | 'pageSize'>) =>
  queryOptions({
    queryKey: queryKeys.children.list(params),
    queryFn: async (context) => {
      const page = await fetchAllPages(
        (pageNumber, pageSize) => api.listChildren({ ...params, page: pageNumber, pageSize }),
        walkOptions(context),
      );
      // For bench/browser.bench.ts: data in hand; the table marks when it has rendered it.
      performance.mark(CASELOAD_DATA_RECEIVED);
      return page;
    },
    // The walk retries each failed page itself; retrying the whole walk would only repeat it.
    retry: false,
  });

export function useChildren(params: Omit<ListChildrenParams, 'page' | 'pageSize'>) {
  // Keep showing the last list while a new filter or sort loads, so the table does not flash.
  return useQuery({ ...childrenQuery(params), placeholderData: keepPreviousData });
}
