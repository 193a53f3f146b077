import {
  dayOfWeekOfDayNumber,
  formatDate,
  formatDayNumber,
  fromDayNumber,
  toDayNumber,
  type IsoDate,
} from './calendar';
import { DomainError } from './errors';
import { toCalendar, type HolidaySource, type WorkingDayCalendar } from './working-days';

// Booking review meetings in timescale (business support). A review counts as in timescale when it
// is held on or before its due date, so the due date itself is the latest in-timescale date; the
// latest WORKING day on or before it is what business support should aim for.
//
// Meeting times are wall-clock times in England ('HH:MM', 24-hour). Two meetings are compared on a
// local minute line (day number x 1440 + minutes since midnight): no instants and no time zone,
// so the answers are the same on every machine. On the two clock-change nights a wall-clock
// interval can be an hour longer or shorter in real time; review meetings are in the working day,
// so this never matters in practice.

const MINUTES_PER_DAY = 1440;

const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

// ---------------------------------------------------------------------------------------------
// Times of day
// ---------------------------------------------------------------------------------------------

/** A wall-clock time in England, 'HH:MM' on the 24-hour clock ('00:00' to '23:59'). */
export type TimeOfDay = string;

function parseTimeOfDay(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== 58) return NaN;
  const h0 = value.charCodeAt(0) - 48;
  const h1 = value.charCodeAt(1) - 48;
  const m0 = value.charCodeAt(3) - 48;
  const m1 = value.charCodeAt(4) - 48;
  for (const d of [h0, h1, m0, m1]) if (d < 0 || d > 9) return NaN;
  const hours = h0 * 10 + h1;
  const minutes = m0 * 10 + m1;
  if (hours > 23 || minutes > 59) return NaN;
  return hours * 60 + minutes;
}

/** Exactly 'HH:MM' with hours 00-23 and minutes 00-59: '9:30', '24:00' and '09:30:00' are not. */
export function isTimeOfDay(value: unknown): value is TimeOfDay {
  return !Number.isNaN(parseTimeOfDay(value));
}

/** Minutes since midnight of an 'HH:MM' time; throws DomainError 'invalid-argument' otherwise. */
export function timeOfDayToMinutes(time: TimeOfDay, field = 'startTime'): number {
  const minutes = parseTimeOfDay(time);
  if (Number.isNaN(minutes)) {
    throw new DomainError(
      'invalid-argument',
      `${field} must be a time on the 24-hour clock in the form HH:MM: got ${typeof time === 'string' ? `'${time}'` : String(time)}`,
      field,
    );
  }
  return minutes;
}

/** 'HH:MM' for a number of minutes since midnight (0 to 1439). */
export function minutesToTimeOfDay(minutes: number): TimeOfDay {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= MINUTES_PER_DAY) {
    throw new DomainError(
      'invalid-argument',
      `minutes must be a whole number from 0 to 1439: got ${minutes}`,
      'minutes',
    );
  }
  const h = Math.floor(minutes / 60);
  const m = minutes - h * 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The longest meeting the domain accepts: a whole day. (The API's own limit is lower.) */
export const MAX_MEETING_MINUTES = MINUTES_PER_DAY;

function assertDuration(durationMinutes: number, field = 'durationMinutes'): void {
  if (
    !Number.isInteger(durationMinutes) ||
    durationMinutes < 1 ||
    durationMinutes > MAX_MEETING_MINUTES
  ) {
    throw new DomainError(
      'invalid-argument',
      `${field} must be a whole number of minutes from 1 to ${MAX_MEETING_MINUTES}: got ${durationMinutes}`,
      field,
    );
  }
}

/**
 * Adds minutes to a wall-clock date and time in England. Past midnight the date rolls on (a
 * meeting from 23:30 lasting 60 minutes ends at 00:30 the next day). The arithmetic is on the wall
 * clock, so it ignores the clock change (see the note at the top of this file).
 */
export function addMinutesToLocalTime(
  date: IsoDate,
  time: TimeOfDay,
  minutes: number,
): { date: IsoDate; time: TimeOfDay } {
  if (!Number.isInteger(minutes)) {
    throw new DomainError(
      'invalid-argument',
      `minutes must be a whole number: got ${minutes}`,
      'minutes',
    );
  }
  const total =
    toDayNumber(date, 'date') * MINUTES_PER_DAY + timeOfDayToMinutes(time, 'time') + minutes;
  const day = Math.floor(total / MINUTES_PER_DAY);
  return { date: fromDayNumber(day), time: minutesToTimeOfDay(total - day * MINUTES_PER_DAY) };
}

// ---------------------------------------------------------------------------------------------
// The latest date to aim for
// ---------------------------------------------------------------------------------------------

/** The latest date a review can be held and still be in timescale: the due date itself. */
export function latestInTimescaleDate(due: IsoDate): IsoDate {
  toDayNumber(due, 'due');
  return due;
}

function latestWorkingDayNumberOnOrBefore(day: number, calendar: WorkingDayCalendar): number {
  return calendar.isWorkingDayNumber(day) ? day : calendar.addWorkingDaysToDayNumber(day, -1);
}

/**
 * The date itself when it is a working day, otherwise the last working day before it (due on a
 * Saturday: aim for the Friday). Due dates are never moved: this is only the date to aim for.
 */
export function latestWorkingDayOnOrBefore(date: IsoDate, holidays: HolidaySource): IsoDate {
  const calendar = toCalendar(holidays);
  return fromDayNumber(latestWorkingDayNumberOnOrBefore(toDayNumber(date, 'date'), calendar));
}

// ---------------------------------------------------------------------------------------------
// Warnings about a meeting date
// ---------------------------------------------------------------------------------------------

export type MeetingDateWarningCode =
  | 'after-due-date'
  | 'weekend'
  | 'bank-holiday'
  | 'in-the-past'
  | 'beyond-holiday-data'
  | 'outside-working-hours';

export interface MeetingDateWarning {
  code: MeetingDateWarningCode;
  message: string;
}

/** Bank holiday names by date, e.g. { '2026-05-25': 'Spring bank holiday' }. */
export type BankHolidayTitles = ReadonlyMap<IsoDate, string> | Readonly<Record<IsoDate, string>>;

/** The names of the bank holidays in the gov.uk feed, by date (for meetingDateWarnings). */
export function bankHolidayTitlesFromFeed(feed: {
  events: readonly { title: string; date: string }[];
}): Map<IsoDate, string> {
  const events: unknown = (feed as { events?: unknown } | null | undefined)?.events;
  if (!Array.isArray(events)) {
    throw new DomainError(
      'invalid-argument',
      'The bank holiday feed has no list of events',
      'events',
    );
  }
  const titles = new Map<IsoDate, string>();
  events.forEach((event: unknown, i) => {
    const { date, title } = (event ?? {}) as { date?: unknown; title?: unknown };
    toDayNumber(date as string, `events[${i}].date`);
    if (typeof title === 'string' && title.trim() !== '') titles.set(date as string, title.trim());
  });
  return titles;
}

function titleOf(titles: BankHolidayTitles | undefined, date: IsoDate): string | undefined {
  if (titles === undefined) return undefined;
  if (titles instanceof Map) return (titles as ReadonlyMap<IsoDate, string>).get(date);
  const record = titles as Readonly<Record<IsoDate, string>>;
  return Object.prototype.hasOwnProperty.call(record, date) ? record[date] : undefined;
}

function isListedHoliday(calendar: WorkingDayCalendar, date: IsoDate): boolean {
  // calendar.bankHolidays is sorted and de-duplicated: binary search.
  const list = calendar.bankHolidays;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = list[mid] ?? '';
    if (value === date) return true;
    if (value < date) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** 'Saturday 14 March 2026'. */
export function formatDateWithWeekday(date: IsoDate): string {
  const day = toDayNumber(date, 'date');
  return `${WEEKDAY_NAMES[dayOfWeekOfDayNumber(day)] ?? ''} ${formatDayNumber(day)}`;
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

export interface MeetingDateWarningsInput {
  /** The proposed meeting date. */
  date: IsoDate;
  /** The review's due date. */
  due: IsoDate;
  holidays: HolidaySource;
  today: IsoDate;
  /** Optional names of bank holidays by date, to say which holiday it is. */
  holidayTitles?: BankHolidayTitles;
  /** With a start time and length, a meeting outside working hours is warned about too. */
  time?: { startTime: TimeOfDay; durationMinutes: number } | null;
  /** The council's working hours for meetings (a setting): default 08:00 to 18:00. */
  workingHours?: WorkingHours;
}

/** When review meetings are normally held: a meeting outside these hours is warned about. */
export interface WorkingHours {
  start: TimeOfDay;
  end: TimeOfDay;
}
export const DEFAULT_MEETING_WORKING_HOURS: WorkingHours = Object.freeze({
  start: '08:00',
  end: '18:00',
});

/**
 * A warning for a meeting that starts before working hours or ends after them (null inside them,
 * or for a time that is not a real time: the form says so itself).
 */
export function workingHoursWarning(
  time: { startTime: TimeOfDay; durationMinutes: number },
  hours: WorkingHours = DEFAULT_MEETING_WORKING_HOURS,
): MeetingDateWarning | null {
  if (!isTimeOfDay(time.startTime) || !Number.isInteger(time.durationMinutes)) return null;
  const start = timeOfDayToMinutes(time.startTime);
  const end = start + time.durationMinutes;
  const opens = timeOfDayToMinutes(hours.start, 'workingHours.start');
  const closes = timeOfDayToMinutes(hours.end, 'workingHours.end');
  const hoursText = `working hours (${hours.start} to ${hours.end})`;
  if (start < opens || start >= closes) {
    return {
      code: 'outside-working-hours',
      message: `The meeting starts at ${time.startTime}, outside ${hoursText}`,
    };
  }
  if (end > closes) {
    const endsAt = `${String(Math.floor(end / 60) % 24).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
    return {
      code: 'outside-working-hours',
      message: `The meeting ends at ${endsAt}, after ${hoursText}`,
    };
  }
  return null;
}

/**
 * Plain-English warnings about a proposed meeting date, in this order: after the due date, in the
 * past, weekend, bank holiday, beyond the bank holiday data, and (given a time) outside working
 * hours. None of them stops a booking: they are for the person booking to read. A meeting today
 * is not in the past.
 */
export function meetingDateWarnings(input: MeetingDateWarningsInput): MeetingDateWarning[] {
  const date = toDayNumber(input.date, 'date');
  const due = toDayNumber(input.due, 'due');
  const today = toDayNumber(input.today, 'today');
  const calendar = toCalendar(input.holidays);
  const iso = fromDayNumber(date);
  const when = formatDateWithWeekday(iso);
  const warnings: MeetingDateWarning[] = [];

  if (date > due) {
    warnings.push({
      code: 'after-due-date',
      message: `The meeting is ${days(date - due)} after the review is due on ${formatDayNumber(due)}: the review will be out of timescale`,
    });
  }
  if (date < today) {
    warnings.push({
      code: 'in-the-past',
      message: `${when} is in the past: today is ${formatDayNumber(today)}`,
    });
  }
  const dow = dayOfWeekOfDayNumber(date);
  if (dow === 0 || dow === 6) {
    warnings.push({ code: 'weekend', message: `${when} is a weekend` });
  }
  if (isListedHoliday(calendar, iso)) {
    const title = titleOf(input.holidayTitles, iso);
    warnings.push({
      code: 'bank-holiday',
      message: `${when} is a bank holiday${title === undefined ? '' : ` (${title})`}`,
    });
  }
  const coverage = calendar.coverage;
  if (coverage === null) {
    warnings.push({
      code: 'beyond-holiday-data',
      message: `There is no bank holiday data, so it is not known whether ${when} is a bank holiday`,
    });
  } else if (!calendar.covers(iso)) {
    warnings.push({
      code: 'beyond-holiday-data',
      message: `The bank holiday data only covers ${formatDate(coverage.from)} to ${formatDate(coverage.to)}, so it is not known whether ${when} is a bank holiday`,
    });
  }
  if (input.time !== undefined && input.time !== null) {
    const outside = workingHoursWarning(input.time, input.workingHours);
    if (outside !== null) warnings.push(outside);
  }
  return warnings;
}

// ---------------------------------------------------------------------------------------------
// Clashes in an IRO's diary
// ---------------------------------------------------------------------------------------------

/** The meeting statuses the API uses. */
export type MeetingStatus = 'booked' | 'held' | 'cancelled' | 'postponed' | 'adjourned';

/**
 * Meetings with these statuses do not take up the IRO's time. An adjourned meeting did take
 * place (and took the time), so it still counts.
 */
export const NON_BLOCKING_MEETING_STATUSES: readonly string[] = Object.freeze([
  'cancelled',
  'postponed',
]);

export interface DiaryMeeting {
  id: string;
  iroId: string;
  date: IsoDate;
  /** Wall-clock start in England, 'HH:MM'. */
  startTime: TimeOfDay;
  durationMinutes: number;
  status: MeetingStatus;
}

/** A meeting being booked or moved: the id is given when an existing meeting is rescheduled. */
export interface CandidateMeeting {
  id?: string | null;
  iroId: string;
  date: IsoDate;
  startTime: TimeOfDay;
  durationMinutes: number;
}

/** [start, end) on the local minute line. */
function interval(
  meeting: { date: IsoDate; startTime: TimeOfDay; durationMinutes: number },
  field: string,
): { start: number; end: number } {
  const start =
    toDayNumber(meeting.date, `${field}.date`) * MINUTES_PER_DAY +
    timeOfDayToMinutes(meeting.startTime, `${field}.startTime`);
  assertDuration(meeting.durationMinutes, `${field}.durationMinutes`);
  return { start, end: start + meeting.durationMinutes };
}

function blocks(meeting: { status: string }): boolean {
  return !NON_BLOCKING_MEETING_STATUSES.includes(meeting.status);
}

/**
 * The IRO's other meetings that overlap the candidate, earliest first. Intervals are [start, end):
 * a meeting ending at 11:00 does not clash with one starting at 11:00. Cancelled and postponed
 * meetings do not count, and neither does the meeting being rescheduled (same id). Meetings are
 * compared on the wall clock, so one running past midnight clashes with the next morning's too.
 */
export function findClashes<M extends DiaryMeeting>(
  candidate: CandidateMeeting,
  existing: readonly M[],
): M[] {
  const wanted = interval(candidate, 'candidate');
  const clashes: { meeting: M; start: number }[] = [];
  existing.forEach((meeting, i) => {
    if (meeting.iroId !== candidate.iroId) return;
    if (candidate.id !== undefined && candidate.id !== null && meeting.id === candidate.id) return;
    if (!blocks(meeting)) return;
    const other = interval(meeting, `existing[${i}]`);
    if (other.start < wanted.end && wanted.start < other.end) {
      clashes.push({ meeting, start: other.start });
    }
  });
  clashes.sort((a, b) => a.start - b.start);
  return clashes.map((c) => c.meeting);
}

// ---------------------------------------------------------------------------------------------
// Suggesting slots
// ---------------------------------------------------------------------------------------------

export interface WorkingHours {
  start: TimeOfDay;
  end: TimeOfDay;
}

/** The office day slots are offered in. A setting: councils' hours differ. */
export const DEFAULT_WORKING_HOURS: WorkingHours = Object.freeze({ start: '09:00', end: '17:00' });
/** How many slots to suggest. */
export const DEFAULT_SLOT_COUNT = 3;
/** Slots start on the hour and half hour (from the start of working hours). */
export const DEFAULT_SLOT_STEP_MINUTES = 30;

export interface SuggestSlotsInput {
  due: IsoDate;
  today: IsoDate;
  /** The IRO's meetings (all of them are taken to be this IRO's; cancelled/postponed ignored). */
  iroMeetings: readonly Pick<DiaryMeeting, 'date' | 'startTime' | 'durationMinutes' | 'status'>[];
  holidays: HolidaySource;
  durationMinutes: number;
  workingHours?: WorkingHours;
  count?: number;
  stepMinutes?: number;
  /**
   * The wall-clock time now, 'HH:MM'. When given, slots today that start before it are not
   * offered. When not given, every slot today is.
   */
  nowTime?: TimeOfDay;
}

export interface SuggestedSlot {
  date: IsoDate;
  startTime: TimeOfDay;
}

function assertPositiveWhole(value: number, field: string, allowZero: boolean): void {
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new DomainError(
      'invalid-argument',
      `${field} must be a whole number of ${allowZero ? '0' : '1'} or more: got ${value}`,
      field,
    );
  }
}

/**
 * Slots for the review meeting, one per day, on the latest in-timescale working days the IRO has
 * a free slot of that length: counting back from the latest working day on or before the due
 * date, never before today. The latest day comes first; on each day the earliest free start time
 * is offered. Returns fewer than `count` (possibly none) when there are not enough free days
 * between today and the due date; a review already overdue gets none.
 *
 * Slots start at working-hours start plus whole steps and end by working-hours end. Beyond the
 * bank holiday data only weekends are skipped (check meetingDateWarnings for the chosen date).
 */
export function suggestSlots(input: SuggestSlotsInput): SuggestedSlot[] {
  const due = toDayNumber(input.due, 'due');
  const today = toDayNumber(input.today, 'today');
  const calendar = toCalendar(input.holidays);
  const duration = input.durationMinutes;
  assertDuration(duration);
  const count = input.count ?? DEFAULT_SLOT_COUNT;
  assertPositiveWhole(count, 'count', true);
  const step = input.stepMinutes ?? DEFAULT_SLOT_STEP_MINUTES;
  assertPositiveWhole(step, 'stepMinutes', false);
  const hours = input.workingHours ?? DEFAULT_WORKING_HOURS;
  const open = timeOfDayToMinutes(hours.start, 'workingHours.start');
  const close = timeOfDayToMinutes(hours.end, 'workingHours.end');
  if (close <= open) {
    throw new DomainError(
      'invalid-argument',
      `Working hours must end after they start: got ${hours.start} to ${hours.end}`,
      'workingHours',
    );
  }
  const now = input.nowTime === undefined ? null : timeOfDayToMinutes(input.nowTime, 'nowTime');

  const busy = input.iroMeetings
    .map((meeting, i) => ({ meeting, i }))
    .filter(({ meeting }) => blocks(meeting))
    .map(({ meeting, i }) => interval(meeting, `iroMeetings[${i}]`));

  const slots: SuggestedSlot[] = [];
  if (count === 0) return slots;
  for (
    let day = latestWorkingDayNumberOnOrBefore(due, calendar);
    day >= today && slots.length < count;
    day = calendar.addWorkingDaysToDayNumber(day, -1)
  ) {
    const base = day * MINUTES_PER_DAY;
    const sameDay = busy.filter((b) => b.start < base + MINUTES_PER_DAY && b.end > base);
    for (let start = open; start + duration <= close; start += step) {
      if (day === today && now !== null && start < now) continue;
      const from = base + start;
      const to = from + duration;
      if (sameDay.every((b) => b.end <= from || b.start >= to)) {
        slots.push({ date: fromDayNumber(day), startTime: minutesToTimeOfDay(start) });
        break;
      }
    }
  }
  return slots;
}
