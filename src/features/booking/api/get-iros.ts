import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/staff, for choosing an IRO (filters, agenda). */
export const staffQuery = () =>
  queryOptions({ queryKey: queryKeys.staff.list(), queryFn: () => api.listStaff() });

/** The IROs currently working, by name. */
export function useIros() {
  return useQuery({
    ...staffQuery(),
    select: (staff) =>
      staff
        .filter((member) => member.role === 'iro' && member.active)
        .map((member) => ({ id: member.id, name: member.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
  });
}

/** Staff names by id (for who changed a meeting). */
export function useStaffNames() {
  return useQuery({
    ...staffQuery(),
    select: (staff) => new Map(staff.map((member) => [member.id, member.name])),
  });
}
