import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { ListChildrenParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';
import { CASELOAD_DATA_RECEIVED } from '../lib/performance-marks';

/** GET /api/children: the server filters, searches and sorts. */
export const childrenQuery = (params: ListChildrenParams) =>
  queryOptions({
    queryKey: queryKeys.children.list(params),
    queryFn: async () => {
      const page = await api.listChildren(params);
      // For bench/browser.bench.ts: data in hand; the table marks when it has rendered it.
      performance.mark(CASELOAD_DATA_RECEIVED);
      return page;
    },
  });

export function useChildren(params: ListChildrenParams) {
  // Keep showing the last list while a new filter or sort loads, so the table does not flash.
  return useQuery({ ...childrenQuery(params), placeholderData: keepPreviousData });
}
