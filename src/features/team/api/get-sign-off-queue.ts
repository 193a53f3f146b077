import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/team/sign-off-queue: decisions awaiting the manager's sign-off, oldest first. */
export const signOffQueueQuery = (iroId: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.team.signOff(iroId),
    queryFn: () => api.getSignOffQueue(iroId === undefined ? {} : { iroId }),
  });

export function useSignOffQueue(iroId: string | undefined) {
  return useQuery(signOffQueueQuery(iroId));
}
