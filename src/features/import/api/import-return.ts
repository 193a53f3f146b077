import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { Ssda903ImportBody } from '@/lib/api/ssda903-schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

/** POST /api/ssda903/import: all or nothing. Every list of children and staff caseload changes. */
export function useImportReturn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Ssda903ImportBody) => api.importSsda903(body),
    onSuccess: () => invalidateChildData(queryClient, queryKeys.ssda903.all()),
  });
}
