import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { TaskListParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** Tasks a page: the backend's default. */
export const TASKS_PAGE_SIZE = 50;

/**
 * GET /api/tasks: the signed-in person's tasks, late first, then by due date, a page at a time
 * (an IRO their caseload's, a team manager the team's, business support the booking tasks).
 */
export const tasksQuery = (params: TaskListParams) =>
  queryOptions({
    queryKey: queryKeys.tasks.list(params),
    queryFn: () => api.listTasks(params),
  });

export function useTasks(params: TaskListParams) {
  // The last page stays on screen while the next arrives (no flash of the loading state).
  return useQuery({ ...tasksQuery(params), placeholderData: keepPreviousData });
}
