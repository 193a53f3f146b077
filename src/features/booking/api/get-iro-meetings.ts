import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { MAX_PAGE_SIZE, type ListMeetingsParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** GET /api/meetings?iroId=&from=&to=&page=: a page of an IRO's meetings. */
const iroMeetingsQuery = (params: ListMeetingsParams) =>
  queryOptions({
    queryKey: queryKeys.meetings.list(params),
    queryFn: () => api.listMeetings(params),
  });

/**
 * Every meeting in an IRO's diary between two dates, for clashes and free slots: one page of the
 * largest size. One IRO's meetings up to a review's due date are a few hundred at most, and a clash
 * check must see them all.
 */
export function useIroDiary(params: Omit<ListMeetingsParams, 'page' | 'pageSize'>, enabled = true) {
  return useQuery({
    ...iroMeetingsQuery({ ...params, pageSize: MAX_PAGE_SIZE }),
    select: (page) => page.items,
    enabled,
  });
}
