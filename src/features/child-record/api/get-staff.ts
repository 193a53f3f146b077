import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/staff: to name the child's IRO when it is not the person signed in. */
export const staffQuery = () =>
  queryOptions({ queryKey: queryKeys.staff.list(), queryFn: () => api.listStaff() });

export function useStaff(enabled: boolean) {
  return useQuery({ ...staffQuery(), enabled });
}
