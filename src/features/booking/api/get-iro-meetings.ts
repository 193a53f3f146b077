import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { ListMeetingsParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/meetings?iroId=&from=&to=: an IRO's diary (clashes, free slots, the agenda). */
export const iroMeetingsQuery = (params: ListMeetingsParams) =>
  queryOptions({
    queryKey: queryKeys.meetings.list(params),
    queryFn: () => api.listMeetings(params),
  });

export function useIroMeetings(params: ListMeetingsParams, enabled = true) {
  return useQuery({ ...iroMeetingsQuery(params), enabled });
}
