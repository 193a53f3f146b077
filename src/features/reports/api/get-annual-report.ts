import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { AnnualReport, AnnualReportParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/reports/annual?from=&to=&iroId=: the annual report's figures for a period. */
export const annualReportQuery = (params: AnnualReportParams) =>
  queryOptions({
    queryKey: queryKeys.reports.annual(params),
    queryFn: () => api.getAnnualReport(params),
  });

/** null: no period to report on yet (nothing is fetched). */
export function useAnnualReport(params: AnnualReportParams | null) {
  return useQuery({
    ...annualReportQuery(params ?? { from: '', to: '' }),
    enabled: params !== null,
    // Another page of late reviews keeps the same report on screen while it comes (never another
    // period's or IRO's figures).
    placeholderData: (previous, previousQuery) => {
      const before = previousQuery?.queryKey[3];
      return before !== undefined &&
        params !== null &&
        before.from === params.from &&
        before.to === params.to &&
        before.iroId === params.iroId
        ? keepPreviousData(previous)
        : undefined;
    },
  });
}

/** Pages for the CSV file: each answer stays well under 1 MB (a late review is about 250 bytes). */
export const LATE_REVIEWS_CSV_PAGE_SIZE = 2000;

/** Every late review of the report, page by page, for its CSV file. */
export async function everyLateReview(
  params: AnnualReportParams,
): Promise<AnnualReport['lateReviews']['value']['items']> {
  const pageSize = LATE_REVIEWS_CSV_PAGE_SIZE;
  const first = await api.getAnnualReport({ ...params, page: 1, pageSize });
  const items = [...first.lateReviews.value.items];
  for (let page = 2; page <= first.lateReviews.value.totalPages; page++) {
    const next = await api.getAnnualReport({ ...params, page, pageSize });
    items.push(...next.lateReviews.value.items);
  }
  return items;
}
