import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/staff: the IROs to allocate imported children to, with their caseloads. */
export const staffQuery = () =>
  queryOptions({ queryKey: queryKeys.staff.list(), queryFn: () => api.listStaff() });

export function useStaff() {
  return useQuery(staffQuery());
}
