import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/meetings/:meetingId: one meeting with its readiness, child and review. */
export const meetingQuery = (meetingId: string) =>
  queryOptions({
    queryKey: queryKeys.meetings.detail(meetingId),
    queryFn: () => api.getMeeting(meetingId),
  });

export function useMeeting(meetingId: string) {
  return useQuery(meetingQuery(meetingId));
}
