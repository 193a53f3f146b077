import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { OutstandingRecommendationsParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** Rows a page: the backend's default. */
export const OUTSTANDING_PAGE_SIZE = 50;

/**
 * GET /api/recommendations/outstanding: the open recommendations of an IRO's caseload (their
 * own), or a team manager's team (or one IRO's), past target first, a page at a time.
 */
export const outstandingRecommendationsQuery = (params: OutstandingRecommendationsParams) =>
  queryOptions({
    queryKey: queryKeys.recommendations.outstanding(params),
    queryFn: () => api.listOutstandingRecommendations(params),
  });

export function useOutstandingRecommendations(params: OutstandingRecommendationsParams) {
  return useQuery(outstandingRecommendationsQuery(params));
}
