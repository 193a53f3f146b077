import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { WithdrawReviewBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface WithdrawReviewVariables {
  reviewId: string;
  body: WithdrawReviewBody;
}

/** POST /api/reviews/:reviewId/withdraw (with the version read): withdraw a review entered in error. */
export function useWithdrawReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reviewId, body }: WithdrawReviewVariables) => api.withdrawReview(reviewId, body),
    onSuccess: () => invalidateChildData(queryClient, queryKeys.audit.all()),
  });
}
