import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { CreateEscalationBody } from '@/lib/api/schemas';
import { invalidateChildData } from './invalidate';

export interface RaiseEscalationVariables {
  childId: string;
  body: CreateEscalationBody;
}

/** POST /api/children/:childId/escalations. */
export function useRaiseEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ childId, body }: RaiseEscalationVariables) => api.raiseEscalation(childId, body),
    onSuccess: () => invalidateChildData(queryClient),
  });
}
