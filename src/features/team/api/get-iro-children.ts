import { useQuery } from '@tanstack/react-query';
import { allChildrenQuery } from '@/lib/queries/get-children';

/** GET /api/children?iroId=: every child allocated to one IRO, by name (for reallocation). */
export const iroChildrenQuery = (iroId: string) => allChildrenQuery({ iroId, sort: 'name' });

export function useIroChildren(iroId: string | null) {
  return useQuery({ ...iroChildrenQuery(iroId ?? ''), enabled: iroId !== null });
}
