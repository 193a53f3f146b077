import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/**
 * GET /api/ssda903/current: the tracker's children (CHILD, date of birth, episodes, reviews) for the
 * preview to match the return against. Always fetched afresh when the files are checked.
 */
export const currentChildrenQuery = () =>
  queryOptions({
    queryKey: [...queryKeys.ssda903.all(), 'current'] as const,
    queryFn: () => api.getSsda903Current(),
    staleTime: 0,
  });
