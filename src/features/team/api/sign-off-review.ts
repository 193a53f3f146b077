import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface SignOffVariables {
  reviewId: string;
  /** The review's version as listed: a stale one gets 409. */
  version: number;
  /** The date of the sign-off (today). */
  on: string;
}

/** PATCH /api/reviews/:reviewId with managerSignOffOn only: the team manager's sign-off. */
export function useSignOffReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reviewId, version, on }: SignOffVariables) =>
      api.updateReview(reviewId, { version, managerSignOffOn: on }),
    onSettled: () => invalidateChildData(queryClient, queryKeys.team.all(), queryKeys.audit.all()),
  });
}
