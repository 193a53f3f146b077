import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/**
 * After any write about children (a review, a meeting, an escalation, a reallocation, an import):
 * every child list, summary and detail, and the staff caseload counts, which the backend
 * recomputes; then whatever else the write changed (`alsoStale`, e.g. the audit trail).
 */
export async function invalidateChildData(
  queryClient: QueryClient,
  ...alsoStale: readonly QueryKey[]
): Promise<void> {
  await Promise.all(
    [queryKeys.children.all(), queryKeys.staff.all(), ...alsoStale].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}
