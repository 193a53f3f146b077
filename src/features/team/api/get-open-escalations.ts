import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/team/escalations: open escalations with their stage and age. */
export const openEscalationsQuery = (iroId: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.team.escalations(iroId),
    queryFn: () => api.listOpenEscalations(iroId === undefined ? {} : { iroId }),
  });

export function useOpenEscalations(iroId: string | undefined) {
  return useQuery(openEscalationsQuery(iroId));
}
