// Seeded meetings and reviews fall on working days: a date drawn on a weekend or bank holiday is
// moved with the domain's calendar, never redrawn, so every other draw (and record) stays as it was.
import {
  addWorkingDays,
  minutesToTimeOfDay,
  timeOfDayToMinutes,
  findClashes,
  NON_BLOCKING_MEETING_STATUSES,
  isWorkingDay,
  latestWorkingDayOnOrBefore,
  type IsoDate,
} from '@/domain';
import type { ReviewMeeting } from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import type { Context } from './context';
import { DEFAULT_SETTINGS } from './settings';

/** The date itself on a working day, else the working day before (as business support aim). */
export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  return latestWorkingDayOnOrBefore(date, calendar);
}

/** The date itself on a working day, else the next one. */
export function workingDayOnOrAfter(date: IsoDate): IsoDate {
  return isWorkingDay(date, calendar) ? date : addWorkingDays(date, 1, calendar);
}

// Each IRO's seeded meetings by day, as the time they block: sorted, disjoint [start, end) minute
// intervals, merged as meetings are added. A candidate time clashes with a meeting that day exactly
// when it overlaps this union (what findClashes says, meeting by meeting); a 100,000-child seed
// has a hundred meetings on an IRO's busiest days, and checking each candidate against each one
// made the seed quadratic.
const diaries = new WeakMap<Context['out'], Map<string, number[]>>();

/** Whether [start, end) overlaps any of the day's blocked intervals (flat: start, end, ...). */
function overlapsBlocked(blocked: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < blocked.length; i += 2) {
    const from = blocked[i] ?? 0;
    if (from >= end) return false;
    if (start < (blocked[i + 1] ?? 0)) return true;
  }
  return false;
}

/** Adds [start, end) to the day's blocked intervals, merging what it overlaps or touches. */
function block(blocked: number[], start: number, end: number): void {
  let from = start;
  let to = end;
  let first = 0;
  while (first < blocked.length && (blocked[first + 1] ?? 0) < from) first += 2;
  let last = first;
  while (last < blocked.length && (blocked[last] ?? 0) <= to) {
    from = Math.min(from, blocked[last] ?? from);
    to = Math.max(to, blocked[last + 1] ?? to);
    last += 2;
  }
  blocked.splice(first, last - first, from, to);
}

// The half hours a meeting of each length can start at within the working hours.
const halfHoursFor = new Map<number, readonly number[]>();

function halfHours(durationMinutes: number): readonly number[] {
  let starts = halfHoursFor.get(durationMinutes);
  if (starts === undefined) {
    const hours = DEFAULT_SETTINGS.meetingWorkingHours;
    const opens = timeOfDayToMinutes(hours.start);
    const last = timeOfDayToMinutes(hours.end) - durationMinutes;
    const list: number[] = [];
    for (let minutes = opens; minutes <= last; minutes += 30) list.push(minutes);
    starts = list;
    halfHoursFor.set(durationMinutes, starts);
  }
  return starts;
}

/**
 * Puts the meeting in its IRO's diary at its drawn start time or, when that clashes, the next of
 * `times` (in order, wrapping round) that is free that day: the time is moved, not redrawn.
 */
export function bookFreeTime(ctx: Context, meeting: ReviewMeeting, times: readonly string[]): void {
  let diary = diaries.get(ctx.out);
  if (diary === undefined) {
    diary = new Map();
    diaries.set(ctx.out, diary);
  }
  const key = `${meeting.iroId} ${meeting.date}`;
  let blocked = diary.get(key);
  if (blocked === undefined) {
    blocked = [];
    diary.set(key, blocked);
  }
  // Checked as findClashes would: a valid date, time and length (it throws on any other).
  findClashes(meeting, []);
  const duration = meeting.durationMinutes;
  const isFree = (start: number) => !overlapsBlocked(blocked, start, start + duration);
  const drawn = Math.max(0, times.indexOf(meeting.startTime));
  let free: number | undefined;
  for (let step = 0; step < times.length && free === undefined; step++) {
    const time = times[(drawn + step) % times.length] ?? meeting.startTime;
    const start = timeOfDayToMinutes(time);
    if (isFree(start)) free = start;
  }
  // A full day: any half hour within the working hours the meeting fits in.
  free ??= halfHours(duration).find(isFree);
  if (free !== undefined) meeting.startTime = minutesToTimeOfDay(free);
  // Cancelled and postponed meetings take up no time (NON_BLOCKING_MEETING_STATUSES).
  if (!NON_BLOCKING_MEETING_STATUSES.includes(meeting.status)) {
    const start = timeOfDayToMinutes(meeting.startTime);
    block(blocked, start, start + duration);
  }
}
