import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { UpdateMeetingBody } from '@/lib/api/schemas';
import { invalidateBookingData } from './invalidate';

export interface UpdateMeetingVariables {
  meetingId: string;
  body: UpdateMeetingBody;
}

/** PATCH /api/meetings/:meetingId: update, reschedule, postpone, adjourn or cancel. */
export function useUpdateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, body }: UpdateMeetingVariables) => api.updateMeeting(meetingId, body),
    onSuccess: () => invalidateBookingData(queryClient),
  });
}
