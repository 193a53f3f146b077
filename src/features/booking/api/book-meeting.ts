import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { CreateMeetingBody } from '@/lib/api/schemas';
import { invalidateBookingData } from './invalidate';

export interface BookMeetingVariables {
  childId: string;
  body: CreateMeetingBody;
}

/** POST /api/children/:childId/meetings. */
export function useBookMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ childId, body }: BookMeetingVariables) => api.bookMeeting(childId, body),
    onSuccess: () => invalidateBookingData(queryClient),
  });
}
