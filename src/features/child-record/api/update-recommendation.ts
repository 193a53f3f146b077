import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { RecommendationOutcomeBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface UpdateRecommendationVariables {
  reviewId: string;
  recommendationId: string;
  /** With the review's version as read: a stale one gets 409. */
  body: RecommendationOutcomeBody;
}

/**
 * PATCH /api/reviews/:reviewId/recommendations/:recommendationId: mark one recommendation done,
 * no longer needed, or open again. Settled either way (a 409 means the record moved on): the
 * child, the outstanding lists (under the children's keys) and the audit trail are read again.
 */
export function useUpdateRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reviewId, recommendationId, body }: UpdateRecommendationVariables) =>
      api.updateRecommendation(reviewId, recommendationId, body),
    onSettled: () => invalidateChildData(queryClient, queryKeys.audit.all()),
  });
}
