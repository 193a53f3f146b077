import { describe, expect, it } from 'vitest';
import { findClashes } from './booking';
import { nextReviewDue } from './schedule';
import {
  calendarClashes,
  calendarLayout,
  calendarPeriod,
  isMeetingOutsideTimescale,
  mondayOnOrBefore,
  reviewDueForMeeting,
  type CalendarMeeting,
} from './team-calendar';
import { CALENDAR } from './test-holidays';

function meeting(
  id: string,
  date: string,
  startTime: string,
  overrides: Partial<CalendarMeeting> = {},
): CalendarMeeting {
  return {
    id,
    iroId: 'iro-1',
    childId: `child-${id}`,
    date,
    startTime,
    durationMinutes: 90,
    status: 'booked',
    ...overrides,
  };
}

describe('calendarPeriod', () => {
  it('starts weeks on Monday', () => {
    expect(mondayOnOrBefore('2026-11-23')).toBe('2026-11-23');
    expect(mondayOnOrBefore('2026-11-29')).toBe('2026-11-23');
    expect(mondayOnOrBefore('2026-11-22')).toBe('2026-11-16');
    const week = calendarPeriod('week', '2026-11-26');
    expect(week).toMatchObject({
      from: '2026-11-23',
      to: '2026-11-29',
      previous: '2026-11-16',
      next: '2026-11-30',
      label: '23 November 2026 to 29 November 2026',
    });
  });

  it('shows one day, and moves a day at a time', () => {
    expect(calendarPeriod('day', '2026-12-31')).toMatchObject({
      from: '2026-12-31',
      to: '2026-12-31',
      previous: '2026-12-30',
      next: '2027-01-01',
      label: '31 December 2026',
    });
  });

  it('fills a month view out to whole weeks, Monday to Sunday', () => {
    // November 2026 starts on a Sunday and ends on a Monday.
    expect(calendarPeriod('month', '2026-11-23')).toMatchObject({
      from: '2026-10-26',
      to: '2026-12-06',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      previous: '2026-10-01',
      next: '2026-12-01',
      label: 'November 2026',
    });
  });

  it('knows leap years and month ends', () => {
    expect(calendarPeriod('month', '2028-02-10')).toMatchObject({
      periodTo: '2028-02-29',
      to: '2028-03-05',
    });
    expect(calendarPeriod('month', '2027-02-28')).toMatchObject({
      periodFrom: '2027-02-01',
      periodTo: '2027-02-28',
      from: '2027-02-01',
      to: '2027-02-28',
    });
    // From 31 January the next month is February, not March.
    expect(calendarPeriod('month', '2027-01-31').next).toBe('2027-02-01');
    expect(calendarPeriod('month', '2027-03-31').previous).toBe('2027-02-01');
    // A week across the new year.
    expect(calendarPeriod('week', '2027-01-01')).toMatchObject({
      from: '2026-12-28',
      to: '2027-01-03',
    });
  });

  it('has the same days across the clock changes (dates are calendar dates)', () => {
    // BST ends on Sunday 25 October 2026 and starts on Sunday 28 March 2027.
    expect(calendarPeriod('week', '2026-10-25')).toMatchObject({
      from: '2026-10-19',
      to: '2026-10-25',
      next: '2026-10-26',
    });
    expect(calendarLayout('week', '2027-03-28', []).weeks[0]?.map((day) => day.date)).toEqual([
      '2027-03-22',
      '2027-03-23',
      '2027-03-24',
      '2027-03-25',
      '2027-03-26',
      '2027-03-27',
      '2027-03-28',
    ]);
  });

  it('refuses a date that is not a real date', () => {
    expect(() => calendarPeriod('week', '2026-02-30')).toThrow(/date/);
  });
});

describe('calendarLayout', () => {
  it('puts each meeting on its day, earliest first', () => {
    const meetings = [
      meeting('b', '2026-11-24', '14:00'),
      meeting('a', '2026-11-24', '09:30'),
      meeting('c', '2026-11-29', '10:00'),
      meeting('outside', '2026-12-01', '10:00'),
    ];
    const { weeks } = calendarLayout('week', '2026-11-23', meetings);
    expect(weeks).toHaveLength(1);
    const days = weeks[0] ?? [];
    expect(days).toHaveLength(7);
    expect(days[1]?.meetings.map((m) => m.id)).toEqual(['a', 'b']);
    expect(days[6]?.meetings.map((m) => m.id)).toEqual(['c']);
    expect(days.flatMap((day) => day.meetings).map((m) => m.id)).not.toContain('outside');
  });

  it('lays a month out in weeks, marking the days of the months either side', () => {
    const { weeks } = calendarLayout('month', '2026-11-05', [
      meeting('october', '2026-10-30', '10:00'),
    ]);
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]?.[0]).toMatchObject({ date: '2026-10-26', inPeriod: false });
    expect(weeks[0]?.[4]).toMatchObject({ date: '2026-10-30', inPeriod: false });
    expect(weeks[0]?.[4]?.meetings).toHaveLength(1);
    expect(weeks[0]?.[6]).toMatchObject({ date: '2026-11-01', inPeriod: true });
    expect(weeks[5]?.[0]).toMatchObject({ date: '2026-11-30', inPeriod: true });
    expect(weeks[5]?.[1]).toMatchObject({ date: '2026-12-01', inPeriod: false });
  });

  it('shows a day view as one day', () => {
    const { weeks } = calendarLayout('day', '2026-11-24', [meeting('a', '2026-11-24', '09:30')]);
    expect(weeks).toEqual([
      [{ date: '2026-11-24', inPeriod: true, meetings: [meeting('a', '2026-11-24', '09:30')] }],
    ]);
  });
});

describe('calendarClashes', () => {
  it('marks both meetings of an IRO’s overlap, as booking finds them', () => {
    const first = meeting('first', '2026-11-24', '10:00');
    const second = meeting('second', '2026-11-24', '11:00', { iroId: 'iro-1' });
    const apart = meeting('apart', '2026-11-24', '11:30', { iroId: 'iro-2' });
    const clashes = calendarClashes([first, second, apart]);
    expect(clashes.get('first')).toEqual([{ kind: 'iro-overlap', meetingId: 'second' }]);
    expect(clashes.get('second')).toEqual([{ kind: 'iro-overlap', meetingId: 'first' }]);
    expect(clashes.has('apart')).toBe(false);
    // The same rule as booking's own check.
    expect(findClashes(second, [first, apart])).toEqual([first]);
  });

  it('does not count back-to-back meetings, or cancelled and postponed ones', () => {
    const clashes = calendarClashes([
      meeting('a', '2026-11-24', '09:30'),
      meeting('b', '2026-11-24', '11:00'),
      meeting('c', '2026-11-24', '11:30', { status: 'cancelled' }),
      meeting('d', '2026-11-24', '11:30', { status: 'postponed' }),
    ]);
    expect(clashes.size).toBe(0);
  });

  it('counts an adjourned meeting, which took the time', () => {
    const clashes = calendarClashes([
      meeting('a', '2026-11-24', '09:30', { status: 'adjourned' }),
      meeting('b', '2026-11-24', '10:30'),
    ]);
    expect(clashes.get('b')).toEqual([{ kind: 'iro-overlap', meetingId: 'a' }]);
  });

  it('marks a child with two meetings on one day, whoever chairs them', () => {
    const clashes = calendarClashes([
      meeting('a', '2026-11-24', '09:30', { childId: 'ch-1', iroId: 'iro-1' }),
      meeting('b', '2026-11-24', '15:00', { childId: 'ch-1', iroId: 'iro-2' }),
      meeting('c', '2026-11-25', '15:00', { childId: 'ch-1', iroId: 'iro-2' }),
    ]);
    expect(clashes.get('a')).toEqual([{ kind: 'child-same-day', meetingId: 'b' }]);
    expect(clashes.get('b')).toEqual([{ kind: 'child-same-day', meetingId: 'a' }]);
    expect(clashes.has('c')).toBe(false);
  });

  it('catches a meeting running past midnight into the next morning’s', () => {
    const clashes = calendarClashes([
      meeting('late', '2026-11-24', '23:30'),
      meeting('early', '2026-11-25', '00:30'),
    ]);
    expect(clashes.get('early')).toEqual([{ kind: 'iro-overlap', meetingId: 'late' }]);
  });
});

describe('outside timescale', () => {
  const episode = { becameLookedAfter: '2026-01-05', reviews: ['2026-02-02', '2026-04-27'] };

  it('reads the due date of the review the meeting is for', () => {
    // Before the second review: the second review's due date.
    expect(reviewDueForMeeting(episode, '2026-04-27', CALENDAR).due).toBe(
      nextReviewDue({ ...episode, reviews: ['2026-02-02'] }, CALENDAR).due,
    );
    // After it: the third review, 6 months after 27 April.
    expect(reviewDueForMeeting(episode, '2026-10-20', CALENDAR).due).toBe('2026-10-27');
  });

  it('marks a meeting after the due date, not one on it', () => {
    expect(isMeetingOutsideTimescale({ date: '2026-10-28', status: 'booked' }, '2026-10-27')).toBe(
      true,
    );
    expect(isMeetingOutsideTimescale({ date: '2026-10-27', status: 'booked' }, '2026-10-27')).toBe(
      false,
    );
    expect(isMeetingOutsideTimescale({ date: '2026-10-28', status: 'held' }, '2026-10-27')).toBe(
      true,
    );
    expect(
      isMeetingOutsideTimescale({ date: '2026-10-28', status: 'cancelled' }, '2026-10-27'),
    ).toBe(false);
    expect(isMeetingOutsideTimescale({ date: '2026-10-28', status: 'booked' }, null)).toBe(false);
  });
});
