import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { CreateReviewBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface RecordReviewVariables {
  childId: string;
  body: CreateReviewBody;
}

/** POST /api/children/:childId/reviews: record a held review. */
export function useRecordReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ childId, body }: RecordReviewVariables) => api.recordReview(childId, body),
    onSuccess: () => invalidateChildData(queryClient, queryKeys.audit.all()),
  });
}
