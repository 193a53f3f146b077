import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { CreateMidpointCheckBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface RecordMidpointCheckVariables {
  childId: string;
  body: CreateMidpointCheckBody;
}

/** POST /api/children/:childId/midpoint-checks. */
export function useRecordMidpointCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ childId, body }: RecordMidpointCheckVariables) =>
      api.recordMidpointCheck(childId, body),
    onSuccess: () => invalidateChildData(queryClient, queryKeys.audit.all()),
  });
}
