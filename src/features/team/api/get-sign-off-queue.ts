import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/team/sign-off-queue: decisions awaiting the manager's sign-off, oldest first, paged. */
export const signOffQueueQuery = (iroId: string | undefined, page: number) =>
  queryOptions({
    queryKey: queryKeys.team.signOff(iroId, page),
    queryFn: () => api.getSignOffQueue(iroId === undefined ? { page } : { iroId, page }),
  });

export function useSignOffQueue(iroId: string | undefined, page: number) {
  return useQuery({ ...signOffQueueQuery(iroId, page), placeholderData: keepPreviousData });
}
