import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/**
 * GET /api/tasks/summary: the counts of the signed-in person's tasks. The navigation's badge and
 * the tasks page both read it; any write about children makes it stale (queryKeys.tasks).
 */
export const taskSummaryQuery = () =>
  queryOptions({ queryKey: queryKeys.tasks.summary(), queryFn: () => api.getTaskSummary() });

export function useTaskSummary(enabled = true) {
  return useQuery({ ...taskSummaryQuery(), enabled });
}
