import { queryOptions, useQuery } from '@tanstack/react-query';
import { bankHolidaysFromFeed, bankHolidayTitlesFromFeed, WorkingDayCalendar } from '@/domain';
import { api } from '@/lib/api/client';
import { queryKeys } from '@/lib/query-keys';

/**
 * GET /api/bank-holidays (the gov.uk feed), as a working-day calendar and holiday names: booking
 * checks meeting dates with it and the review form works out due dates with it.
 */
export const bankHolidaysQuery = () =>
  queryOptions({
    queryKey: queryKeys.bankHolidays(),
    queryFn: () => api.getBankHolidays(),
    staleTime: Infinity,
    select: (feed) => ({
      calendar: new WorkingDayCalendar(bankHolidaysFromFeed(feed)),
      titles: bankHolidayTitlesFromFeed(feed),
    }),
  });

export function useBankHolidays() {
  return useQuery(bankHolidaysQuery());
}
