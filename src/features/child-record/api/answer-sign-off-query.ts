import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { AnswerSignOffQueryBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface AnswerSignOffQueryVariables {
  reviewId: string;
  queryId: string;
  body: AnswerSignOffQueryBody;
}

/**
 * POST /api/reviews/:reviewId/sign-off-queries/:queryId/answer (with the version read): the
 * allocated IRO answers the manager's query, and may revise the decisions.
 */
export function useAnswerSignOffQuery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reviewId, queryId, body }: AnswerSignOffQueryVariables) =>
      api.answerSignOffQuery(reviewId, queryId, body),
    onSuccess: () => invalidateChildData(queryClient, queryKeys.team.all(), queryKeys.audit.all()),
  });
}
