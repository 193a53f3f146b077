import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAllPages, walkOptions } from '@/lib/api/all-pages';
import { api } from '@/lib/api/client';
import type { ListChildrenParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/children?iroId=: every child allocated to one IRO, by name (for reallocation). */
export const iroChildrenQuery = (iroId: string) => {
  const params: ListChildrenParams = { iroId, sort: 'name' };
  return queryOptions({
    queryKey: queryKeys.children.list(params),
    queryFn: (context) =>
      fetchAllPages(
        (page, pageSize) => api.listChildren({ ...params, page, pageSize }),
        walkOptions(context),
      ),
    // The walk retries each failed page itself.
    retry: false,
  });
};

export function useIroChildren(iroId: string | null) {
  return useQuery({ ...iroChildrenQuery(iroId ?? ''), enabled: iroId !== null });
}
