import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { careKeys } from './care-keys';

/** GET /api/children/:childId/care: details, periods and episodes, what is due, booked meetings. */
export const childCareQuery = (childId: string) =>
  queryOptions({ queryKey: careKeys.record(childId), queryFn: () => api.getChildCare(childId) });

export function useChildCare(childId: string) {
  return useQuery(childCareQuery(childId));
}
