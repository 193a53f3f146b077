import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/staff: everyone on the staff list, with their role, FTE and caseload. */
export const staffQuery = () =>
  queryOptions({ queryKey: queryKeys.staff.list(), queryFn: () => api.listStaff() });

/**
 * The staff list: to choose an IRO (caseload, reports), to name a child's IRO (child record), or
 * to allocate imported children. Not fetched while `enabled` is false (an IRO needs no list).
 */
export function useStaff(enabled = true) {
  return useQuery({ ...staffQuery(), enabled });
}
