import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/team/escalations: open escalations with their stage and age, a page at a time. */
export const openEscalationsQuery = (iroId: string | undefined, page: number) =>
  queryOptions({
    queryKey: queryKeys.team.escalations(iroId, page),
    queryFn: () => api.listOpenEscalations(iroId === undefined ? { page } : { iroId, page }),
  });

export function useOpenEscalations(iroId: string | undefined, page: number) {
  return useQuery({ ...openEscalationsQuery(iroId, page), placeholderData: keepPreviousData });
}
