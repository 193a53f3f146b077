import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/children/:childId/booking: what booking needs about one child. */
export const childBookingQuery = (childId: string) =>
  queryOptions({
    queryKey: queryKeys.meetings.childBooking(childId),
    queryFn: () => api.getChildBooking(childId),
  });

export function useChildBooking(childId: string) {
  return useQuery(childBookingQuery(childId));
}
