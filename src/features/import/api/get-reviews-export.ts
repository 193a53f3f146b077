import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/ssda903/reviews?year=: the reviews file rows for a collection year. */
export const reviewsExportQuery = (year: number) =>
  queryOptions({
    queryKey: queryKeys.ssda903.reviews(year),
    queryFn: () => api.getSsda903Reviews(year),
  });

export function useReviewsExport(year: number) {
  return useQuery(reviewsExportQuery(year));
}
