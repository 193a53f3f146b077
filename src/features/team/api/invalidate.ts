import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/**
 * After a team manager's change (reallocation, sign-off): the team views, every child list and
 * detail, the staff caseload counts and the audit trail are recomputed by the backend.
 */
export async function invalidateTeamData(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.team.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.children.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.staff.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.audit.all() }),
  ]);
}
