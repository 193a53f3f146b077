import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/**
 * After any booking change: every meeting list, the queue and booking views, and child lists and
 * summaries (a review's status depends on its meeting), and staff caseload counts.
 */
export async function invalidateBookingData(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.meetings.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.children.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.staff.all() }),
  ]);
}
