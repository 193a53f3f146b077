// Test support only (not exported from index.ts). The domain never loads holiday data itself; tests
// read the mock gov.uk feed from disk because lint keeps src/domain from importing outside itself.
import { readFileSync } from 'node:fs';
import { bankHolidaysFromFeed, WorkingDayCalendar, type BankHolidayFeed } from './working-days';

const feedUrl = new URL('../../mocks/data/bank-holidays-england-and-wales.json', import.meta.url);

export const BANK_HOLIDAY_FEED = JSON.parse(readFileSync(feedUrl, 'utf8')) as BankHolidayFeed;
export const HOLIDAYS: readonly string[] = Object.freeze(bankHolidaysFromFeed(BANK_HOLIDAY_FEED));
export const CALENDAR = new WorkingDayCalendar(HOLIDAYS);
