import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { BulkReallocateBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';

/** POST /api/children/reallocate: the imported children to an IRO, all or nothing. */
export function useAllocateChildren() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkReallocateBody) => api.reallocateChildren(body),
    onSuccess: () => invalidateChildData(queryClient),
  });
}
