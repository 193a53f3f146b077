import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/caseload-summary?iroId=: the counts at the top of the caseload. */
export const caseloadSummaryQuery = (iroId: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.children.summary(iroId),
    queryFn: () => api.getCaseloadSummary(iroId === undefined ? {} : { iroId }),
  });

export function useCaseloadSummary(iroId: string | undefined) {
  return useQuery(caseloadSummaryQuery(iroId));
}
