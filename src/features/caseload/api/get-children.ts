import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  allChildrenQuery,
  fetchAllChildren,
  type ChildrenListParams,
} from '@/lib/queries/get-children';
import { CASELOAD_DATA_RECEIVED } from '../lib/performance-marks';

/** The caseload's list: every child matching the filters, marked for the benchmark when in hand. */
export const childrenQuery = (params: ChildrenListParams) =>
  queryOptions({
    ...allChildrenQuery(params),
    queryFn: async (context) => {
      const page = await fetchAllChildren(params, context);
      // For bench/browser.bench.ts: data in hand; the table marks when it has rendered it.
      performance.mark(CASELOAD_DATA_RECEIVED);
      return page;
    },
  });

export function useChildren(params: ChildrenListParams) {
  // Keep showing the last list while a new filter or sort loads, so the table does not flash.
  return useQuery({ ...childrenQuery(params), placeholderData: keepPreviousData });
}
