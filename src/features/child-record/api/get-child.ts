import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/children/:childId: the child with every review, check, meeting and escalation. */
export const childQuery = (childId: string) =>
  queryOptions({
    queryKey: queryKeys.children.detail(childId),
    queryFn: () => api.getChild(childId),
  });

export function useChild(childId: string) {
  return useQuery(childQuery(childId));
}
