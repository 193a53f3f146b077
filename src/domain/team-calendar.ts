import { findClashes, NON_BLOCKING_MEETING_STATUSES, type DiaryMeeting } from './booking';
import {
  addDays,
  addMonths,
  dayOfWeek,
  formatDate,
  partsFromDayNumber,
  toDayNumber,
  type IsoDate,
} from './calendar';
import { DomainError } from './errors';
import {
  nextReviewDue,
  STANDARD_REVIEW_RULES,
  type EpisodeOfCare,
  type ReviewDue,
} from './schedule';
import type { HolidaySource } from './working-days';

// The team calendar: which days a day, week or month view shows (weeks start on Monday), which
// meetings fall on each day, and the marks a meeting carries (a clash, outside timescale). Dates
// are calendar dates, so month ends, leap years and the clock changes need no special case.

export type CalendarView = 'day' | 'week' | 'month';
export const CALENDAR_VIEWS: readonly CalendarView[] = Object.freeze(['day', 'week', 'month']);

export function isCalendarView(value: unknown): value is CalendarView {
  return value === 'day' || value === 'week' || value === 'month';
}

/** The Monday on or before a date (the calendar's weeks start on Monday). */
export function mondayOnOrBefore(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

function firstOfMonth(date: IsoDate): IsoDate {
  const { year, month } = partsFromDayNumber(toDayNumber(date, 'date'));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

function lastOfMonth(date: IsoDate): IsoDate {
  return addDays(addMonths(firstOfMonth(date), 1), -1);
}

export interface CalendarPeriod {
  view: CalendarView;
  /** The date the view was asked for (it lies in the period). */
  date: IsoDate;
  /** The first and last day the view's grid shows (a month view runs Monday to Sunday). */
  from: IsoDate;
  to: IsoDate;
  /** For a month view, its first and last day; otherwise from and to. */
  periodFrom: IsoDate;
  periodTo: IsoDate;
  /** A date in the period before and the one after, for moving between them. */
  previous: IsoDate;
  next: IsoDate;
  /** 'Monday 23 November 2026', '23 November to 29 November 2026' or 'November 2026'. */
  label: string;
}

function rangeLabel(from: IsoDate, to: IsoDate): string {
  return `${formatDate(from)} to ${formatDate(to)}`;
}

/** The days a view of `date` covers, and the dates to move back and on to. */
export function calendarPeriod(view: CalendarView, date: IsoDate): CalendarPeriod {
  toDayNumber(date, 'date');
  if (view === 'day') {
    return {
      view,
      date,
      from: date,
      to: date,
      periodFrom: date,
      periodTo: date,
      previous: addDays(date, -1),
      next: addDays(date, 1),
      label: formatDate(date),
    };
  }
  if (view === 'week') {
    const from = mondayOnOrBefore(date);
    const to = addDays(from, 6);
    return {
      view,
      date,
      from,
      to,
      periodFrom: from,
      periodTo: to,
      previous: addDays(from, -7),
      next: addDays(from, 7),
      label: rangeLabel(from, to),
    };
  }
  if (!isCalendarView(view)) {
    throw new DomainError(
      'invalid-argument',
      `view must be day, week or month: got ${String(view)}`,
      'view',
    );
  }
  const first = firstOfMonth(date);
  const last = lastOfMonth(date);
  return {
    view,
    date,
    from: mondayOnOrBefore(first),
    to: addDays(mondayOnOrBefore(last), 6),
    periodFrom: first,
    periodTo: last,
    previous: addMonths(first, -1),
    next: addMonths(first, 1),
    label: formatDate(first).replace(/^1 /, ''),
  };
}

// ---------------------------------------------------------------------------------------------
// Clashes
// ---------------------------------------------------------------------------------------------

/** A meeting in the calendar: a diary meeting of a child. */
export interface CalendarMeeting extends DiaryMeeting {
  childId: string;
}

/**
 * 'iro-overlap': the IRO chairs another meeting at an overlapping time (booking's findClashes).
 * 'child-same-day': the child has another meeting that day (one review meeting a day is enough).
 */
export type MeetingClashKind = 'iro-overlap' | 'child-same-day';

export interface MeetingClash {
  kind: MeetingClashKind;
  /** The other meeting. */
  meetingId: string;
}

/** What a clash says, in words (the calendar never marks it by colour alone). */
export const MEETING_CLASH_TEXT: Readonly<Record<MeetingClashKind, string>> = Object.freeze({
  'iro-overlap': 'Clash: the IRO has another meeting at this time',
  'child-same-day': 'Clash: the child has another meeting this day',
});

function blocks(meeting: { status: string }): boolean {
  return !NON_BLOCKING_MEETING_STATUSES.includes(meeting.status);
}

/**
 * Each meeting's clashes with the others given, by meeting id (meetings with none are left out).
 * The IRO's overlaps are booking's own rule (findClashes: [start, end) on the wall clock, cancelled
 * and postponed meetings take no time); a child with two meetings that take place on one day is
 * the other mark. Both meetings of a pair are marked.
 */
export function calendarClashes(meetings: readonly CalendarMeeting[]): Map<string, MeetingClash[]> {
  const byIro = new Map<string, CalendarMeeting[]>();
  const byChildDay = new Map<string, CalendarMeeting[]>();
  for (const meeting of meetings) {
    if (!blocks(meeting)) continue;
    byIro.set(meeting.iroId, [...(byIro.get(meeting.iroId) ?? []), meeting]);
    const key = `${meeting.childId} ${meeting.date}`;
    byChildDay.set(key, [...(byChildDay.get(key) ?? []), meeting]);
  }
  const clashes = new Map<string, MeetingClash[]>();
  const add = (id: string, clash: MeetingClash) => {
    clashes.set(id, [...(clashes.get(id) ?? []), clash]);
  };
  for (const diary of byIro.values()) {
    for (const meeting of diary) {
      for (const other of findClashes(meeting, diary)) {
        add(meeting.id, { kind: 'iro-overlap', meetingId: other.id });
      }
    }
  }
  for (const sameDay of byChildDay.values()) {
    for (const meeting of sameDay) {
      for (const other of sameDay) {
        if (other.id !== meeting.id)
          add(meeting.id, { kind: 'child-same-day', meetingId: other.id });
      }
    }
  }
  return clashes;
}

// ---------------------------------------------------------------------------------------------
// Outside timescale
// ---------------------------------------------------------------------------------------------

/**
 * When the review a meeting on `meetingDate` is for was due: the review after those held before
 * that day in the period of care (a review held on the meeting's own day is the meeting's).
 */
export function reviewDueForMeeting(
  episode: EpisodeOfCare,
  meetingDate: IsoDate,
  holidays: HolidaySource,
  rules = STANDARD_REVIEW_RULES,
): ReviewDue {
  const day = toDayNumber(meetingDate, 'meetingDate');
  const before = episode.reviews.filter((held) => toDayNumber(held, 'reviews') < day);
  return nextReviewDue(
    { becameLookedAfter: episode.becameLookedAfter, reviews: before },
    holidays,
    rules,
  );
}

/**
 * A meeting that takes place after its review's due date holds the review out of timescale (held
 * on the due date is in timescale). A cancelled or postponed meeting holds no review.
 */
export function isMeetingOutsideTimescale(
  meeting: { date: IsoDate; status: string },
  due: IsoDate | null,
): boolean {
  return (
    due !== null && blocks(meeting) && toDayNumber(meeting.date, 'date') > toDayNumber(due, 'due')
  );
}

// ---------------------------------------------------------------------------------------------
// The grid
// ---------------------------------------------------------------------------------------------

export interface CalendarDay<M> {
  date: IsoDate;
  /** False for the days of the month before and after that fill a month view's first and last week. */
  inPeriod: boolean;
  /** The day's meetings, earliest first. */
  meetings: M[];
}

export interface CalendarLayout<M> {
  period: CalendarPeriod;
  /** Monday to Sunday (a day view: one week of one day). */
  weeks: CalendarDay<M>[][];
}

/** The view's days in weeks, each with its meetings by start time (then id, for a stable order). */
export function calendarLayout<M extends { id: string; date: IsoDate; startTime: string }>(
  view: CalendarView,
  date: IsoDate,
  meetings: readonly M[],
): CalendarLayout<M> {
  const period = calendarPeriod(view, date);
  const byDay = new Map<IsoDate, M[]>();
  for (const meeting of meetings) {
    byDay.set(meeting.date, [...(byDay.get(meeting.date) ?? []), meeting]);
  }
  const dayOf = (day: IsoDate): CalendarDay<M> => ({
    date: day,
    inPeriod: day >= period.periodFrom && day <= period.periodTo,
    meetings: [...(byDay.get(day) ?? [])].sort(
      (a, b) => a.startTime.localeCompare(b.startTime) || a.id.localeCompare(b.id),
    ),
  });
  const weeks: CalendarDay<M>[][] = [];
  const last = toDayNumber(period.to);
  for (let monday = period.from; toDayNumber(monday) <= last; monday = addDays(monday, 7)) {
    const week: CalendarDay<M>[] = [];
    for (let i = 0; i < 7; i += 1) {
      const day = addDays(monday, i);
      if (toDayNumber(day) > last) break;
      week.push(dayOf(day));
    }
    weeks.push(week);
  }
  return { period, weeks };
}
