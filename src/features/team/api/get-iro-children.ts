import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { MAX_PAGE_SIZE, type ListChildrenParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/children?iroId=: every child allocated to one IRO, by name (for reallocation). */
export const iroChildrenQuery = (iroId: string) => {
  const params: ListChildrenParams = { iroId, sort: 'name', pageSize: MAX_PAGE_SIZE };
  return queryOptions({
    queryKey: queryKeys.children.list(params),
    queryFn: () => api.listChildren(params),
  });
};

export function useIroChildren(iroId: string | null) {
  return useQuery({ ...iroChildrenQuery(iroId ?? ''), enabled: iroId !== null });
}
