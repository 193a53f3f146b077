import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { UpdateReviewBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface UpdateReviewVariables {
  reviewId: string;
  body: UpdateReviewBody;
}

/** PATCH /api/reviews/:reviewId (with the version read): change a review. */
export function useUpdateReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reviewId, body }: UpdateReviewVariables) => api.updateReview(reviewId, body),
    onSuccess: () => invalidateChildData(queryClient, queryKeys.audit.all()),
  });
}
