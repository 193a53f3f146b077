import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/**
 * After any write about a child: every child list, summary and detail (due dates and statuses are
 * recomputed by the backend), the audit trail and the staff caseload counts.
 */
export async function invalidateChildData(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.children.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.audit.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.staff.all() }),
  ]);
}
