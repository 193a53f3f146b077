// The seed's diary keeps each IRO's day as merged blocked intervals (fast at 100,000 children);
// these tests check it moves exactly the start times the meeting-by-meeting clash check moved.
import { describe, expect, it } from 'vitest';
import { findClashes, minutesToTimeOfDay, timeOfDayToMinutes } from '@/domain';
import type { ReviewMeeting } from '@/lib/api/schemas';
import { emptyTables } from '../db/types';
import type { Context } from './context';
import { Random } from './prng';
import { DEFAULT_SETTINGS } from './settings';
import { bookFreeTime } from './working-dates';

const TIMES = ['09:30', '10:00', '11:00', '13:30', '14:00', '15:30', '16:00'] as const;

/** The rule as it was first written: every candidate checked against every meeting that day. */
function referenceBooking(diary: Map<string, ReviewMeeting[]>, meeting: ReviewMeeting): void {
  const key = `${meeting.iroId} ${meeting.date}`;
  const day = diary.get(key) ?? [];
  const drawn = Math.max(0, TIMES.indexOf(meeting.startTime as (typeof TIMES)[number]));
  const usual = TIMES.map((_, step) => TIMES[(drawn + step) % TIMES.length] ?? meeting.startTime);
  const hours = DEFAULT_SETTINGS.meetingWorkingHours;
  const halfHours: string[] = [];
  const last = timeOfDayToMinutes(hours.end) - meeting.durationMinutes;
  for (let minutes = timeOfDayToMinutes(hours.start); minutes <= last; minutes += 30) {
    halfHours.push(minutesToTimeOfDay(minutes));
  }
  const free = [...usual, ...halfHours].find(
    (startTime) => findClashes({ ...meeting, startTime }, day).length === 0,
  );
  if (free !== undefined) meeting.startTime = free;
  day.push(meeting);
  diary.set(key, day);
}

function drawnMeetings(seed: number, count: number): ReviewMeeting[] {
  const rng = new Random(seed);
  return Array.from({ length: count }, (_, index) => ({
    id: `mt_${index}`,
    childId: `c_${index}`,
    iroId: rng.pick(['st_01', 'st_02']),
    date: rng.pick(['2026-11-23', '2026-11-24', '2026-11-25']),
    // Now and then a time that is not one of the usual ones (it starts the search at the first).
    startTime: rng.chance(0.1) ? '12:15' : rng.pick(TIMES),
    durationMinutes: rng.pick([60, 90, 90, 120]),
    format: 'in-person',
    venue: null,
    virtualLink: null,
    invitees: [],
    status: rng.weighted([
      ['booked', 70],
      ['held', 20],
      ['postponed', 10],
    ] as const),
    history: [],
    outOfTimescaleReason: null,
    socialWorkerReportReceivedOn: null,
    iroSpokeToChildOn: null,
    version: 1,
  }));
}

function emptyContext(): Context {
  return {
    rng: new Random(1),
    today: '2026-11-23',
    counters: {},
    out: emptyTables(),
  };
}

describe('booking seeded meetings at a time free that day', () => {
  it.each([1, 2, 3])('moves the same start times as checking each meeting (draw %i)', (seed) => {
    // 300 meetings on six IRO-days: the days fill up, so every branch (drawn time free, a later
    // usual time, any half hour, no time free) is taken.
    const booked = drawnMeetings(seed, 300);
    const reference = drawnMeetings(seed, 300);
    const ctx = emptyContext();
    for (const meeting of booked) bookFreeTime(ctx, meeting, TIMES);
    const diary = new Map<string, ReviewMeeting[]>();
    for (const meeting of reference) referenceBooking(diary, meeting);

    expect(booked.map((meeting) => meeting.startTime)).toEqual(
      reference.map((meeting) => meeting.startTime),
    );
    // Some were moved, and some days were full (a clash left as drawn).
    const drawn = drawnMeetings(seed, 300);
    expect(booked.some((meeting, i) => meeting.startTime !== drawn[i]?.startTime)).toBe(true);
    const clashing = booked.filter(
      (meeting) =>
        meeting.status !== 'postponed' &&
        findClashes(
          meeting,
          booked.filter((other) => other.date === meeting.date),
        ).length > 0,
    );
    expect(clashing.length).toBeGreaterThan(0);
  });

  it('keeps a diary per seed being built', () => {
    const first = drawnMeetings(4, 40);
    const second = drawnMeetings(4, 40);
    const one = emptyContext();
    const other = emptyContext();
    for (const meeting of first) bookFreeTime(one, meeting, TIMES);
    for (const meeting of second) bookFreeTime(other, meeting, TIMES);
    expect(second.map((meeting) => meeting.startTime)).toEqual(
      first.map((meeting) => meeting.startTime),
    );
  });
});
