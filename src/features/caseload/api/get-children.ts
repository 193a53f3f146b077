import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { ListChildrenParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/children: the server filters, searches and sorts. */
export const childrenQuery = (params: ListChildrenParams) =>
  queryOptions({
    queryKey: queryKeys.children.list(params),
    queryFn: () => api.listChildren(params),
  });

export function useChildren(params: ListChildrenParams) {
  // Keep showing the last list while a new filter or sort loads, so the table does not flash.
  return useQuery({ ...childrenQuery(params), placeholderData: keepPreviousData });
}
