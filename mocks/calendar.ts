import { bankHolidaysFromFeed, WorkingDayCalendar } from '@/domain';
import bankHolidayFeed from './data/bank-holidays-england-and-wales.json';

/** The gov.uk feed the mock serves at /api/bank-holidays. */
export const bankHolidays = bankHolidayFeed;

/** Built once from the feed and reused for every due date the backend computes. */
export const workingDayCalendar = new WorkingDayCalendar(bankHolidaysFromFeed(bankHolidayFeed));
