import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { SettingsBody } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/**
 * PUT /api/settings (team managers). Every figure may depend on a setting (what is at risk, late,
 * outside the band), so everything is fetched again.
 */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsBody) => api.updateSettings(body),
    onSuccess: async (settings) => {
      queryClient.setQueryData(queryKeys.settings(), settings);
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
    },
  });
}
