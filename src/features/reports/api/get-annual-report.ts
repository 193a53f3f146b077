import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { AnnualReportParams } from '@/lib/api/schemas';
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
  });
}
