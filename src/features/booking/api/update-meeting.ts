import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { UpdateMeetingBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface UpdateMeetingVariables {
  meetingId: string;
  body: UpdateMeetingBody;
}

/** PATCH /api/meetings/:meetingId: update, reschedule, postpone, adjourn or cancel. */
export function useUpdateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, body }: UpdateMeetingVariables) => api.updateMeeting(meetingId, body),
    // A review's status depends on its meeting: children and caseload counts change too.
    onSuccess: () => invalidateChildData(queryClient, queryKeys.meetings.all()),
  });
}
