import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { AtRiskParams } from '@/lib/api/team-schemas';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/team/reviews-at-risk: the server works out the horizon and sorts by due date. */
export const reviewsAtRiskQuery = (params: AtRiskParams) =>
  queryOptions({
    queryKey: queryKeys.team.atRisk(params),
    queryFn: () => api.listReviewsAtRisk(params),
  });

export function useReviewsAtRisk(params: AtRiskParams, enabled = true) {
  return useQuery({ ...reviewsAtRiskQuery(params), enabled, placeholderData: keepPreviousData });
}
