import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { BookingQueueParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/booking-queue: reviews to book, late bookings, cancellations, invitations not sent. */
export const bookingQueueQuery = (params: BookingQueueParams) =>
  queryOptions({
    queryKey: queryKeys.meetings.bookingQueue(params),
    queryFn: () => api.getBookingQueue(params),
  });

export function useBookingQueue(params: BookingQueueParams) {
  return useQuery({ ...bookingQueueQuery(params), placeholderData: keepPreviousData });
}
