import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { SignOffBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface SignOffReviewVariables {
  reviewId: string;
  body: SignOffBody;
}

/**
 * POST /api/reviews/:reviewId/sign-off (with the version read): the team manager agrees the
 * decisions (signed off today) or queries them with a reason.
 */
export function useSignOffReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reviewId, body }: SignOffReviewVariables) => api.signOffReview(reviewId, body),
    onSuccess: () => invalidateChildData(queryClient, queryKeys.team.all(), queryKeys.audit.all()),
  });
}
