import { describe, expect, it } from 'vitest';
import {
  meetingClashMessage,
  meetingDateProblems,
  meetingPlaceProblems,
  type MeetingDateContext,
} from './meeting-record';

const TODAY = '2026-03-16';
const DUE = '2026-04-10';
const CONTEXT: MeetingDateContext = { today: TODAY, due: DUE };

function dateProblems(
  change: Partial<Parameters<typeof meetingDateProblems>[0]> = {},
  context: Partial<MeetingDateContext> = {},
): Record<string, string> {
  const meeting = {
    date: '2026-04-01',
    startTime: '10:00',
    durationMinutes: 90,
    outOfTimescaleReason: null,
    ...change,
  };
  return Object.fromEntries(
    meetingDateProblems(meeting, { ...CONTEXT, ...context }).map((p) => [p.field, p.message]),
  );
}

describe('meetingPlaceProblems', () => {
  it.each([
    ['in-person', 'Church Street', null, {}],
    [
      'in-person',
      ' ',
      'https://meet.example.org/x',
      { venue: 'Enter where the meeting will take place' },
    ],
    ['virtual', null, 'https://meet.example.org/x', {}],
    ['virtual', 'Church Street', '', { virtualLink: 'Enter the link to join the meeting' }],
    ['hybrid', 'Church Street', 'https://meet.example.org/x', {}],
    [
      'hybrid',
      null,
      null,
      {
        venue: 'Enter where the meeting will take place',
        virtualLink: 'Enter the link to join the meeting',
      },
    ],
  ] as const)('%s with venue %j and link %j', (format, venue, virtualLink, expected) => {
    const found = meetingPlaceProblems({ format, venue, virtualLink });
    expect(Object.fromEntries(found.map((p) => [p.field, p.message]))).toEqual(expected);
  });

  it('checks nothing until the format is chosen', () => {
    expect(meetingPlaceProblems({ format: null, venue: null, virtualLink: null })).toEqual([]);
  });
});

describe('meetingDateProblems', () => {
  it('is today or in the future', () => {
    expect(dateProblems({ date: TODAY })).toEqual({});
    expect(dateProblems({ date: '2026-03-15' })).toEqual({
      date: 'Date of the meeting must be today or in the future',
    });
    expect(dateProblems({ date: null })).toEqual({});
  });

  it('says "new date" when a meeting is moved', () => {
    const moving = {
      status: 'booked',
      date: '2026-04-02',
      startTime: '10:00',
      durationMinutes: 90,
    };
    expect(dateProblems({ date: '2026-03-15' }, { moving })).toEqual({
      date: 'New date of the meeting must be today or in the future',
    });
  });

  it('needs a reason after the review’s due date, not on it', () => {
    expect(dateProblems({ date: DUE })).toEqual({});
    expect(dateProblems({ date: '2026-04-11' })).toEqual({
      outOfTimescaleReason: 'Enter why the meeting is after the review due date of 10 April 2026',
    });
    expect(dateProblems({ date: '2026-04-11', outOfTimescaleReason: '  ' })).toEqual({
      outOfTimescaleReason: 'Enter why the meeting is after the review due date of 10 April 2026',
    });
    expect(dateProblems({ date: '2026-04-11', outOfTimescaleReason: 'IRO on leave' })).toEqual({});
  });

  it('asks for a reason on a past date after an overdue review’s due date too', () => {
    expect(dateProblems({ date: '2026-03-10' }, { due: '2026-03-01' })).toEqual({
      date: 'Date of the meeting must be today or in the future',
      outOfTimescaleReason: 'Enter why the meeting is after the review due date of 1 March 2026',
    });
  });

  it('moving a booked meeting changes its date, start time or length', () => {
    const moving = {
      status: 'booked',
      date: '2026-04-01',
      startTime: '10:00',
      durationMinutes: 90,
    };
    const same =
      'The meeting is already booked for this date and time: change the date, the start time or the length';
    expect(dateProblems({}, { moving })).toEqual({ date: same });
    expect(dateProblems({ date: '2026-04-02' }, { moving })).toEqual({});
    expect(dateProblems({ startTime: '10:30' }, { moving })).toEqual({});
    expect(dateProblems({ durationMinutes: 60 }, { moving })).toEqual({});
    // A postponed or adjourned meeting can be rebooked at the same time.
    expect(dateProblems({}, { moving: { ...moving, status: 'postponed' } })).toEqual({});
    // One message: a date in the past is the problem to fix first.
    const past = { ...moving, date: '2026-03-15' };
    expect(dateProblems({ date: '2026-03-15' }, { moving: past })).toEqual({
      date: 'New date of the meeting must be today or in the future',
    });
  });
});

describe('meetingClashMessage', () => {
  it('names the IRO, the other meeting’s time and day and the child', () => {
    expect(
      meetingClashMessage(
        'Hannah Okoye',
        { date: '2026-03-16', startTime: '10:00', durationMinutes: 90 },
        'C1234',
      ),
    ).toBe(
      'Hannah Okoye already has a review meeting from 10:00 to 11:30 on Monday 16 March 2026 (child C1234): choose a time that does not overlap',
    );
  });
});
