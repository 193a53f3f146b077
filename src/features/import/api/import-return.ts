import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { Ssda903ImportBody } from '@/lib/api/ssda903-schemas';
import { queryKeys } from '@/lib/query-keys';

/** POST /api/ssda903/import: all or nothing. Every list of children and staff caseload changes. */
export function useImportReturn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Ssda903ImportBody) => api.importSsda903(body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.children.all() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.staff.all() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.ssda903.all() }),
      ]);
    },
  });
}
