import { useQuery } from '@tanstack/react-query';
import { staffQuery } from '@/lib/queries/get-staff';

/** The IROs currently working, by name: for choosing an IRO (filters, agenda). */
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
