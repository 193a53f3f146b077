import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { CreateEscalationBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface RaiseEscalationVariables {
  childId: string;
  body: CreateEscalationBody;
}

/** POST /api/children/:childId/escalations. */
export function useRaiseEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ childId, body }: RaiseEscalationVariables) => api.raiseEscalation(childId, body),
    onSuccess: () => invalidateChildData(queryClient, queryKeys.audit.all()),
  });
}
