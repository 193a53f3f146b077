import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/staff: for the team manager's choice of one IRO's figures. */
export const staffQuery = () =>
  queryOptions({ queryKey: queryKeys.staff.list(), queryFn: () => api.listStaff() });

export function useStaff(enabled: boolean) {
  return useQuery({ ...staffQuery(), enabled });
}
