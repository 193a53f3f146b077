import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { UpdateEscalationBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface UpdateEscalationVariables {
  escalationId: string;
  body: UpdateEscalationBody;
}

/** PATCH /api/escalations/:escalationId: advance or resolve (with the version read). */
export function useUpdateEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ escalationId, body }: UpdateEscalationVariables) =>
      api.updateEscalation(escalationId, body),
    onSuccess: () => invalidateChildData(queryClient, queryKeys.audit.all()),
  });
}
