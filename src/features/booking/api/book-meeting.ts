import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { CreateMeetingBody } from '@/lib/api/schemas';
import { invalidateChildData } from '@/lib/queries/invalidate';
import { queryKeys } from '@/lib/query-keys';

export interface BookMeetingVariables {
  childId: string;
  body: CreateMeetingBody;
}

/** POST /api/children/:childId/meetings. */
export function useBookMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ childId, body }: BookMeetingVariables) => api.bookMeeting(childId, body),
    // A review's status depends on its meeting: children and caseload counts change too.
    onSuccess: () => invalidateChildData(queryClient, queryKeys.meetings.all()),
  });
}
