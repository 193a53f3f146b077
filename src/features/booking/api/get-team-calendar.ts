import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAllPages, walkOptions } from '@/lib/api/all-pages';
export { ListTooLong } from '@/lib/api/all-pages';
import { api } from '@/lib/api/client';
import type { TeamCalendar, TeamCalendarParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/**
 * The most meetings one view shows: a month of a council's whole team is a few hundred; beyond
 * this the page asks for fewer IROs or a shorter view instead of drawing thousands.
 */
export const MAX_CALENDAR_MEETINGS = 3000;

/** The calendar as a screen asks for it: a range and the IROs, never a page. */
export type TeamCalendarRange = Omit<TeamCalendarParams, 'page' | 'pageSize'>;

/**
 * GET /api/calendar: every meeting in the range (a grid shows them all at once), fetched a page
 * at a time, with the first page's IROs and counts. Under the meetings' keys, so booking,
 * moving or cancelling a meeting makes it stale.
 */
export const teamCalendarQuery = (range: TeamCalendarRange) =>
  queryOptions({
    queryKey: [...queryKeys.meetings.all(), 'calendar', range] as const,
    queryFn: async (context): Promise<TeamCalendar> => {
      let first: TeamCalendar | undefined;
      const all = await fetchAllPages(
        async (page, pageSize) => {
          const result = await api.getTeamCalendar({ ...range, page, pageSize });
          first ??= result;
          return result;
        },
        { ...walkOptions(context), maxItems: MAX_CALENDAR_MEETINGS },
      );
      if (first === undefined) throw new Error('The calendar sent no first page');
      return { ...first, ...all };
    },
    // The walk retries each failed page itself.
    retry: false,
  });

export function useTeamCalendar(range: TeamCalendarRange) {
  return useQuery(teamCalendarQuery(range));
}
