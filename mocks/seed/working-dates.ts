// Seeded meetings and reviews fall on working days: a date drawn on a weekend or bank holiday is
// moved with the domain's calendar, never redrawn, so every other draw (and record) stays as it was.
import {
  addWorkingDays,
  minutesToTimeOfDay,
  timeOfDayToMinutes,
  findClashes,
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

// Each IRO's seeded meetings by day, so that a new one is given a time that day still free.
const diaries = new WeakMap<Context['out'], Map<string, ReviewMeeting[]>>();

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
  const day = diary.get(key) ?? [];
  const drawn = Math.max(0, times.indexOf(meeting.startTime));
  const usual = times.map((_, step) => times[(drawn + step) % times.length] ?? meeting.startTime);
  // A full day: any half hour within the working hours the meeting fits in.
  const hours = DEFAULT_SETTINGS.meetingWorkingHours;
  const opens = timeOfDayToMinutes(hours.start);
  const last = timeOfDayToMinutes(hours.end) - meeting.durationMinutes;
  const halfHours: string[] = [];
  for (let minutes = opens; minutes <= last; minutes += 30) {
    halfHours.push(minutesToTimeOfDay(minutes));
  }
  const free = [...usual, ...halfHours].find(
    (startTime) => findClashes({ ...meeting, startTime }, day).length === 0,
  );
  if (free !== undefined) meeting.startTime = free;
  day.push(meeting);
  diary.set(key, day);
}
