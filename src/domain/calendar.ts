import { DomainError } from './errors';

/** A calendar date in England, 'YYYY-MM-DD'. Never an instant: it has no time and no time zone. */
export type IsoDate = string;

// Dates are handled as integer day numbers (days since 1970-01-01, proleptic Gregorian) using pure
// integer arithmetic, so no result can depend on the machine's time zone or daylight saving.

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Short month names for tight spaces such as tables. GOV.UK/ONS style: no full stops, and June,
 * July and Sept rather than Jun, Jul and Sep.
 */
export const SHORT_MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a civil date. Algorithm: H. Hinnant, "days_from_civil". */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = floorDiv(153 * (month + (month > 2 ? -3 : 9)) + 2, 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Inverse of dayNumberFromParts ("civil_from_days"). */
export function partsFromDayNumber(dayNumber: number): DateParts {
  const z = dayNumber + 719468;
  const era = floorDiv(z, 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = floorDiv(
    dayOfEra - floorDiv(dayOfEra, 1460) + floorDiv(dayOfEra, 36524) - floorDiv(dayOfEra, 146096),
    365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100));
  const mp = floorDiv(5 * dayOfYear + 2, 153);
  const day = dayOfYear - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function digit(value: string, index: number): number {
  const c = value.charCodeAt(index) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Parses 'YYYY-MM-DD' into a day number, or NaN when the string is not a real date.
 * Hand-written rather than a regex because it runs for every date of every child.
 */
function parseToDayNumber(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  const d0 = digit(value, 0);
  const d1 = digit(value, 1);
  const d2 = digit(value, 2);
  const d3 = digit(value, 3);
  const m0 = digit(value, 5);
  const m1 = digit(value, 6);
  const a0 = digit(value, 8);
  const a1 = digit(value, 9);
  if ((d0 | d1 | d2 | d3 | m0 | m1 | a0 | a1) < 0) return NaN;
  const year = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  const month = m0 * 10 + m1;
  const day = a0 * 10 + a1;
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return NaN;
  if (day > daysInMonth(year, month)) return NaN;
  return dayNumberFromParts(year, month, day);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(parseToDayNumber(value));
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

export function assertIsoDate(value: string, field?: string): IsoDate {
  if (!isIsoDate(value)) {
    const where = field === undefined ? 'Date' : field;
    throw new DomainError(
      'invalid-date',
      `${where} must be a real date in the form YYYY-MM-DD: got ${describe(value)}`,
      field,
    );
  }
  return value;
}

/** Day number of a date, or NaN when the value is not a real 'YYYY-MM-DD' date. */
export function dayNumberOrNaN(value: unknown): number {
  return typeof value === 'string' ? parseToDayNumber(value) : NaN;
}

/** Day number of a date; throws DomainError 'invalid-date' (with the field name) when it is not one. */
export function toDayNumber(date: IsoDate, field?: string): number {
  const n = typeof date === 'string' ? parseToDayNumber(date) : NaN;
  if (Number.isNaN(n)) assertIsoDate(date, field);
  return n;
}

const MIN_DAY_NUMBER = dayNumberFromParts(MIN_YEAR, 1, 1);
const MAX_DAY_NUMBER = dayNumberFromParts(MAX_YEAR, 12, 31);

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

// Memo caches for formatted dates, indexed by day number over 1900-2199. A caseload touches a few
// thousand distinct dates, each turned back into text many times (the bench computes 100,000
// children in well under 100 ms). Dates outside the window are simply not cached.
const CACHE_FIRST_DAY = dayNumberFromParts(1900, 1, 1);
const CACHE_SIZE = dayNumberFromParts(2200, 1, 1) - CACHE_FIRST_DAY;

/** Days a block of the cache holds: a block is made when a date in it is first remembered. */
const CACHE_BLOCK_DAYS = 512;

class DayNumberCache {
  // Blocks of 512 days, each made on first use: one array for all 109,572 days took 5 ms to make
  // (20 ms on Lighthouse's simulated phone) inside the first render of a page that shows a date,
  // and an array that long (over 100,000) would be a slow dictionary-mode array in V8.
  readonly #blocks: (string[] | undefined)[] = [];

  get(dayNumber: number): string | undefined {
    const index = dayNumber - CACHE_FIRST_DAY;
    const value = this.#blocks[index >> 9]?.[index & (CACHE_BLOCK_DAYS - 1)];
    return value === '' ? undefined : value;
  }

  remember(dayNumber: number, value: string): string {
    const index = dayNumber - CACHE_FIRST_DAY;
    if (index >= 0 && index < CACHE_SIZE) {
      const block = (this.#blocks[index >> 9] ??= new Array<string>(CACHE_BLOCK_DAYS).fill(''));
      block[index & (CACHE_BLOCK_DAYS - 1)] = value;
    }
    return value;
  }
}

const isoCache = new DayNumberCache();
const longCache = new DayNumberCache();
const shortCache = new DayNumberCache();

export function fromDayNumber(dayNumber: number): IsoDate {
  const cached = isoCache.get(dayNumber);
  if (cached !== undefined) return cached;
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new DomainError(
      'invalid-argument',
      `Date arithmetic went outside the years ${MIN_YEAR} to ${MAX_YEAR}`,
    );
  }
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return isoCache.remember(dayNumber, `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

function assertInteger(value: number, field: string): void {
  if (!Number.isInteger(value)) {
    throw new DomainError(
      'invalid-argument',
      `${field} must be a whole number: got ${value}`,
      field,
    );
  }
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a, 'a') - toDayNumber(b, 'b');
}

export function addDays(date: IsoDate, days: number): IsoDate {
  assertInteger(days, 'days');
  return fromDayNumber(toDayNumber(date, 'date') + days);
}

/** addMonths on day numbers (see addMonths). */
export function addMonthsToDayNumber(dayNumber: number, months: number): number {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = floorDiv(monthIndex, 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) {
    throw new DomainError(
      'invalid-argument',
      `Date arithmetic went outside the years ${MIN_YEAR} to ${MAX_YEAR}`,
    );
  }
  return dayNumberFromParts(
    targetYear,
    targetMonth,
    Math.min(day, daysInMonth(targetYear, targetMonth)),
  );
}

/**
 * Calendar months. When the day does not exist in the target month the last day of that month is
 * used (shared/README: "6 months after 31 August" is 28 or 29 February).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertInteger(months, 'months');
  return fromDayNumber(addMonthsToDayNumber(toDayNumber(date, 'date'), months));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to, 'to') - toDayNumber(from, 'from');
}

/** Day of the week of a day number: 0 Sunday .. 6 Saturday (1970-01-01 was a Thursday). */
export function dayOfWeekOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function dayOfWeek(date: IsoDate): number {
  return dayOfWeekOfDayNumber(toDayNumber(date, 'date'));
}

/**
 * When someone born on 29 February has their birthday in a year without one.
 * English law has no express rule; a person attains an age "at the commencement of the relevant
 * anniversary of the date of his birth" (Family Law Reform Act 1969, s.9), and the anniversary of
 * 29 February is conventionally read as 1 March in common years (the day after 28 February has
 * fully passed). 'february-28' is offered for councils whose case-management system does otherwise.
 */
export type LeapDayBirthdayRule = 'march-1' | 'february-28';
export const DEFAULT_LEAP_DAY_BIRTHDAY_RULE: LeapDayBirthdayRule = 'march-1';

/** The date of someone's birthday in a given year, applying the 29 February rule. */
export function birthdayInYear(
  dateOfBirth: IsoDate,
  year: number,
  leapDayRule: LeapDayBirthdayRule = DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
): IsoDate {
  assertInteger(year, 'year');
  const born = partsFromDayNumber(toDayNumber(dateOfBirth, 'dateOfBirth'));
  if (born.month === 2 && born.day === 29 && !isLeapYear(year)) {
    return leapDayRule === 'march-1' ? `${pad(year, 4)}-03-01` : `${pad(year, 4)}-02-28`;
  }
  return `${pad(year, 4)}-${pad(born.month, 2)}-${pad(born.day, 2)}`;
}

/** Whole years of age on a date. A child is 0 before their first birthday; negative before birth. */
export function ageOn(
  dateOfBirth: IsoDate,
  on: IsoDate,
  leapDayRule: LeapDayBirthdayRule = DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
): number {
  const born = partsFromDayNumber(toDayNumber(dateOfBirth, 'dateOfBirth'));
  const onDay = toDayNumber(on, 'on');
  const at = partsFromDayNumber(onDay);
  let age = at.year - born.year;
  const birthday = toDayNumber(birthdayInYear(dateOfBirth, at.year, leapDayRule));
  if (onDay < birthday) age -= 1;
  return age;
}

/** formatDate for a day number. */
export function formatDayNumber(dayNumber: number): string {
  const cached = longCache.get(dayNumber);
  if (cached !== undefined) return cached;
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return longCache.remember(dayNumber, `${day} ${MONTH_NAMES[month - 1] ?? ''} ${year}`);
}

/** '14 March 2026' (GOV.UK style: no leading zero, no ordinal, no comma). */
export function formatDate(date: IsoDate): string {
  return formatDayNumber(toDayNumber(date, 'date'));
}

/** '14 Mar 2026', for tables. */
export function formatDateShort(date: IsoDate): string {
  const dayNumber = toDayNumber(date, 'date');
  const cached = shortCache.get(dayNumber);
  if (cached !== undefined) return cached;
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return shortCache.remember(dayNumber, `${day} ${SHORT_MONTH_NAMES[month - 1] ?? ''} ${year}`);
}

let englandFormatter: Intl.DateTimeFormat | undefined;

/**
 * The wall-clock date in England at an instant. This is the ONE place an instant becomes a date:
 * the app shell uses it to derive "today". Statutory days run by the clock in England whatever
 * zone the user's device is set to.
 */
export function dateInEngland(instant: Date): IsoDate {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new DomainError('invalid-argument', 'dateInEngland needs a valid Date', 'instant');
  }
  englandFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  let year = '';
  let month = '';
  let day = '';
  for (const part of englandFormatter.formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return assertIsoDate(`${year.padStart(4, '0')}-${month}-${day}`, 'instant');
}

/** The council's financial year (1 April to 31 March) containing a date, labelled '2026-27'. */
export function financialYearOf(date: IsoDate): { start: IsoDate; end: IsoDate; label: string } {
  const { year, month } = partsFromDayNumber(toDayNumber(date, 'date'));
  const startYear = month >= 4 ? year : year - 1;
  const endYear = startYear + 1;
  return {
    start: `${pad(startYear, 4)}-04-01`,
    end: `${pad(endYear, 4)}-03-31`,
    label: `${startYear}-${pad(endYear % 100, 2)}`,
  };
}
