import {
  dayNumberFromParts,
  dayOfWeekOfDayNumber,
  fromDayNumber,
  isIsoDate,
  partsFromDayNumber,
  toDayNumber,
  type IsoDate,
} from './calendar';
import { DomainError } from './errors';

// Working days exclude Saturdays, Sundays and bank holidays in England (shared/README; reg. 33
// counts the first review in working days). Beyond the holiday data's coverage only weekends are
// excluded: the calendar never guesses at future holidays, and exposes `coverage` so callers can
// warn when a date lies outside it.

/** A Monday (1969-12-29) from which weekdays are counted in whole weeks. */
const REFERENCE_MONDAY = -3;

/** Weekdays among the `count` consecutive days starting at REFERENCE_MONDAY (negative counts too). */
function weekdaysInFirst(count: number): number {
  const weeks = Math.floor(count / 7);
  return 5 * weeks + Math.min(count - weeks * 7, 5);
}

/** Weekdays in [REFERENCE_MONDAY, day]: a running count whose differences count weekdays. */
function weekdayIndex(day: number): number {
  return weekdaysInFirst(day + 1 - REFERENCE_MONDAY);
}

/** The weekday whose weekdayIndex is k. */
function weekdayWithIndex(k: number): number {
  const weeks = Math.floor((k - 1) / 5);
  return REFERENCE_MONDAY + 7 * weeks + (k - 1 - weeks * 5);
}

function isList(value: unknown): boolean {
  return Array.isArray(value);
}

function isWeekend(day: number): boolean {
  const dow = dayOfWeekOfDayNumber(day);
  return dow === 0 || dow === 6;
}

function assertWholeNumber(value: number, field: string): void {
  if (!Number.isInteger(value)) {
    throw new DomainError(
      'invalid-argument',
      `${field} must be a whole number: got ${value}`,
      field,
    );
  }
}

/**
 * Working-day arithmetic in O(1): built once from the bank holiday list.
 *
 * Internally every day d has a running index P(d) = weekdays up to d minus weekday bank holidays up
 * to d. Weekdays have a closed form; bank holidays are a prefix-count table over the years the
 * holiday data covers (constant before and after). So `workingDaysBetween` is two look-ups and
 * `addWorkingDays` is a look-up in the table of working days (or the closed form outside it).
 */
export class WorkingDayCalendar {
  /** First and last whole year covered by the holiday data; null when there is no data. */
  readonly coverage: { from: IsoDate; to: IsoDate } | null;
  /** The holidays, validated, sorted and de-duplicated. */
  readonly bankHolidays: readonly IsoDate[];

  readonly #tableStart: number;
  readonly #tableEnd: number;
  /** #holidayPrefix[i]: weekday bank holidays in [tableStart, tableStart + i]. */
  readonly #holidayPrefix: Int32Array;
  readonly #isHoliday: Uint8Array;
  readonly #holidayTotal: number;
  /** Day numbers of the working days in [tableStart, tableEnd], in order. */
  readonly #workingDays: Int32Array;
  /** Running index of the first working day in the table. */
  readonly #firstTableIndex: number;

  constructor(bankHolidays: readonly IsoDate[]) {
    if (!isList(bankHolidays)) {
      throw new DomainError(
        'invalid-argument',
        'Bank holidays must be a list of dates',
        'bankHolidays',
      );
    }
    const days = new Set<number>();
    bankHolidays.forEach((date, i) => {
      days.add(toDayNumber(date, `bankHolidays[${i}]`));
    });
    const sorted = [...days].sort((a, b) => a - b);
    this.bankHolidays = sorted.map(fromDayNumber);

    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (first === undefined || last === undefined) {
      this.coverage = null;
      this.#tableStart = 0;
      this.#tableEnd = -1;
      this.#holidayPrefix = new Int32Array(0);
      this.#isHoliday = new Uint8Array(0);
      this.#holidayTotal = 0;
      this.#workingDays = new Int32Array(0);
      this.#firstTableIndex = 1;
      return;
    }
    const firstYear = partsFromDayNumber(first).year;
    const lastYear = partsFromDayNumber(last).year;
    this.coverage = {
      from: fromDayNumber(dayNumberFromParts(firstYear, 1, 1)),
      to: fromDayNumber(dayNumberFromParts(lastYear, 12, 31)),
    };
    this.#tableStart = dayNumberFromParts(firstYear, 1, 1);
    this.#tableEnd = dayNumberFromParts(lastYear, 12, 31);
    const length = this.#tableEnd - this.#tableStart + 1;
    this.#isHoliday = new Uint8Array(length);
    for (const day of sorted) this.#isHoliday[day - this.#tableStart] = 1;
    this.#holidayPrefix = new Int32Array(length);
    const working: number[] = [];
    let holidays = 0;
    for (let i = 0; i < length; i++) {
      const day = this.#tableStart + i;
      if (!isWeekend(day)) {
        if (this.#isHoliday[i] === 1) holidays++;
        else working.push(day);
      }
      this.#holidayPrefix[i] = holidays;
    }
    this.#holidayTotal = holidays;
    this.#workingDays = Int32Array.from(working);
    this.#firstTableIndex = weekdayIndex(this.#tableStart - 1) + 1;
  }

  /** True when the date falls within the years the holiday data covers. */
  covers(date: IsoDate): boolean {
    const day = toDayNumber(date, 'date');
    return day >= this.#tableStart && day <= this.#tableEnd;
  }

  #holidaysUpTo(day: number): number {
    if (day < this.#tableStart) return 0;
    if (day > this.#tableEnd) return this.#holidayTotal;
    return this.#holidayPrefix[day - this.#tableStart] ?? 0;
  }

  /** P(d): working days up to and including d, relative to a fixed origin. */
  #index(day: number): number {
    return weekdayIndex(day) - this.#holidaysUpTo(day);
  }

  /** The working day whose running index is k. */
  #workingDayWithIndex(k: number): number {
    const offset = k - this.#firstTableIndex;
    if (offset < 0) return weekdayWithIndex(k);
    if (offset < this.#workingDays.length) return this.#workingDays[offset] ?? NaN;
    return weekdayWithIndex(k + this.#holidayTotal);
  }

  isWorkingDayNumber(day: number): boolean {
    if (isWeekend(day)) return false;
    if (day < this.#tableStart || day > this.#tableEnd) return true;
    return this.#isHoliday[day - this.#tableStart] !== 1;
  }

  /** Not a Saturday or Sunday, and not a bank holiday. */
  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(date, 'date'));
  }

  addWorkingDaysToDayNumber(day: number, n: number): number {
    if (n === 0) return day;
    if (n > 0) return this.#workingDayWithIndex(this.#index(day) + n);
    // Backwards is the mirror image: the date itself is day 0 and -1 is the last working day
    // strictly before it (so one working day before a Saturday is the Friday).
    return this.#workingDayWithIndex(this.#index(day - 1) + n + 1);
  }

  /**
   * n >= 0: the nth working day after date (date itself is day 0, so n = 20 gives the reg. 33 first
   * review date). n < 0 counts backwards. The result is always a working day unless n is 0.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    assertWholeNumber(n, 'n');
    return fromDayNumber(this.addWorkingDaysToDayNumber(toDayNumber(date, 'date'), n));
  }

  workingDaysBetweenDayNumbers(from: number, to: number): number {
    if (to >= from) return this.#index(to) - this.#index(from);
    // Mirror of the forward count: minus the working days in [to, from).
    return this.#index(to - 1) - this.#index(from - 1);
  }

  /**
   * Working days in (from, to]. When to is before from, the mirror image: minus the working days in
   * [to, from). Either way addWorkingDays(d, n) followed by workingDaysBetween(d, result) gives n.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    return this.workingDaysBetweenDayNumbers(toDayNumber(from, 'from'), toDayNumber(to, 'to'));
  }
}

/** Either a ready-built calendar or the plain list of bank holiday dates. */
export type HolidaySource = WorkingDayCalendar | readonly IsoDate[];

// Arrays are treated as immutable: a calendar is built once per array and reused.
const calendarCache = new WeakMap<readonly IsoDate[], WorkingDayCalendar>();

export function toCalendar(source: HolidaySource): WorkingDayCalendar {
  if (source instanceof WorkingDayCalendar) return source;
  if (!isList(source)) {
    throw new DomainError(
      'invalid-argument',
      'Holidays must be a WorkingDayCalendar or a list of dates',
      'holidays',
    );
  }
  let calendar = calendarCache.get(source);
  if (calendar === undefined) {
    calendar = new WorkingDayCalendar(source);
    calendarCache.set(source, calendar);
  }
  return calendar;
}

export function isWorkingDay(date: IsoDate, holidays: HolidaySource): boolean {
  return toCalendar(holidays).isWorkingDay(date);
}

export function addWorkingDays(date: IsoDate, n: number, holidays: HolidaySource): IsoDate {
  return toCalendar(holidays).addWorkingDays(date, n);
}

export function workingDaysBetween(from: IsoDate, to: IsoDate, holidays: HolidaySource): number {
  return toCalendar(holidays).workingDaysBetween(from, to);
}

/** The shape of the gov.uk bank-holidays feed for one division. */
export interface BankHolidayFeed {
  division: string;
  events: readonly { title: string; date: string; notes?: string; bunting?: boolean }[];
}

/** The feed's dates, validated, sorted and de-duplicated. */
export function bankHolidaysFromFeed(feed: BankHolidayFeed): IsoDate[] {
  const events: unknown = (feed as { events?: unknown } | null | undefined)?.events;
  if (!Array.isArray(events)) {
    throw new DomainError(
      'invalid-argument',
      'The bank holiday feed has no list of events',
      'events',
    );
  }
  const dates = new Set<IsoDate>();
  events.forEach((event: unknown, i) => {
    const date: unknown = (event as { date?: unknown } | null | undefined)?.date;
    const field = `events[${i}].date`;
    if (typeof date !== 'string' || !isIsoDate(date)) {
      throw new DomainError(
        'invalid-date',
        `${field} must be a real date in the form YYYY-MM-DD: got ${String(date)}`,
        field,
      );
    }
    dates.add(date);
  });
  return [...dates].sort();
}
