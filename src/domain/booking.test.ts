import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMinutesToLocalTime,
  bankHolidayTitlesFromFeed,
  DEFAULT_SLOT_COUNT,
  DEFAULT_SLOT_STEP_MINUTES,
  DEFAULT_WORKING_HOURS,
  findClashes,
  formatDateWithWeekday,
  isTimeOfDay,
  latestInTimescaleDate,
  latestWorkingDayOnOrBefore,
  meetingDateWarnings,
  workingHoursWarning,
  minutesToTimeOfDay,
  suggestSlots,
  timeOfDayToMinutes,
  type DiaryMeeting,
} from './booking';
import { dayNumberFromParts, fromDayNumber } from './calendar';
import { BANK_HOLIDAY_FEED, CALENDAR, HOLIDAYS } from './test-holidays';
import * as domain from './index';

const TITLES = bankHolidayTitlesFromFeed(BANK_HOLIDAY_FEED);

function meeting(
  id: string,
  date: string,
  startTime: string,
  durationMinutes: number,
  status: DiaryMeeting['status'] = 'booked',
  iroId = 'iro-1',
): DiaryMeeting {
  return { id, iroId, date, startTime, durationMinutes, status };
}

describe('times of day', () => {
  it('accepts exactly HH:MM on the 24-hour clock', () => {
    for (const ok of ['00:00', '09:30', '23:59', '12:00']) expect(isTimeOfDay(ok)).toBe(true);
    for (const bad of ['9:30', '24:00', '12:60', '09:30:00', '0930', ' 9:30', '', 930, null]) {
      expect(isTimeOfDay(bad)).toBe(false);
    }
  });

  it('converts to and from minutes since midnight', () => {
    expect(timeOfDayToMinutes('00:00')).toBe(0);
    expect(timeOfDayToMinutes('09:30')).toBe(570);
    expect(timeOfDayToMinutes('23:59')).toBe(1439);
    expect(minutesToTimeOfDay(570)).toBe('09:30');
    expect(minutesToTimeOfDay(0)).toBe('00:00');
    expect(() => timeOfDayToMinutes('25:00', 'startTime')).toThrow(
      expect.objectContaining({ code: 'invalid-argument', field: 'startTime' }),
    );
    expect(() => minutesToTimeOfDay(1440)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });

  it('adds minutes on the wall clock, rolling the date past midnight', () => {
    expect(addMinutesToLocalTime('2026-03-30', '10:00', 90)).toEqual({
      date: '2026-03-30',
      time: '11:30',
    });
    expect(addMinutesToLocalTime('2026-12-31', '23:30', 60)).toEqual({
      date: '2027-01-01',
      time: '00:30',
    });
    // The clock-change day is a normal wall-clock day: 00:30 + 120 minutes is 02:30.
    expect(addMinutesToLocalTime('2026-03-29', '00:30', 120)).toEqual({
      date: '2026-03-29',
      time: '02:30',
    });
    expect(addMinutesToLocalTime('2026-03-01', '00:15', -30)).toEqual({
      date: '2026-02-28',
      time: '23:45',
    });
  });

  it('formats a date with its weekday', () => {
    expect(formatDateWithWeekday('2026-03-14')).toBe('Saturday 14 March 2026');
    expect(formatDateWithWeekday('2026-05-25')).toBe('Monday 25 May 2026');
  });
});

describe('latestInTimescaleDate and latestWorkingDayOnOrBefore', () => {
  it('the latest in-timescale date is the due date itself', () => {
    expect(latestInTimescaleDate('2026-03-14')).toBe('2026-03-14');
    expect(() => latestInTimescaleDate('2026-02-30')).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'due' }),
    );
  });

  it('is the date itself on a working day', () => {
    expect(latestWorkingDayOnOrBefore('2026-03-16', CALENDAR)).toBe('2026-03-16');
  });

  it('moves back from a weekend to the Friday', () => {
    expect(latestWorkingDayOnOrBefore('2026-03-14', CALENDAR)).toBe('2026-03-13');
    expect(latestWorkingDayOnOrBefore('2026-03-15', HOLIDAYS)).toBe('2026-03-13');
  });

  it('moves back over Easter and Christmas', () => {
    // Easter Monday 6 April 2026 -> back over the weekend and Good Friday to Thursday 2 April.
    expect(latestWorkingDayOnOrBefore('2026-04-06', CALENDAR)).toBe('2026-04-02');
    // Monday 28 December 2026 (substitute Boxing Day) -> Thursday 24 December.
    expect(latestWorkingDayOnOrBefore('2026-12-28', CALENDAR)).toBe('2026-12-24');
  });

  it('beyond the holiday data only weekends are skipped', () => {
    expect(latestWorkingDayOnOrBefore('2029-01-01', CALENDAR)).toBe('2029-01-01');
    expect(latestWorkingDayOnOrBefore('2029-01-07', CALENDAR)).toBe('2029-01-05');
  });
});

describe('meetingDateWarnings', () => {
  const base = { holidays: CALENDAR, today: '2026-03-02', holidayTitles: TITLES };

  it('no warnings for a working day on or before the due date', () => {
    expect(meetingDateWarnings({ ...base, date: '2026-03-13', due: '2026-03-13' })).toEqual([]);
    expect(meetingDateWarnings({ ...base, date: '2026-03-02', due: '2026-03-13' })).toEqual([]);
  });

  it('after the due date', () => {
    expect(meetingDateWarnings({ ...base, date: '2026-03-17', due: '2026-03-14' })).toEqual([
      {
        code: 'after-due-date',
        message:
          'The meeting is 3 days after the review is due on 14 March 2026: the review will be out of timescale',
      },
    ]);
    expect(
      meetingDateWarnings({ ...base, date: '2026-03-16', due: '2026-03-13' })[0]?.message,
    ).toBe(
      'The meeting is 3 days after the review is due on 13 March 2026: the review will be out of timescale',
    );
    expect(
      meetingDateWarnings({ ...base, date: '2026-03-17', due: '2026-03-16' })[0]?.message,
    ).toBe(
      'The meeting is 1 day after the review is due on 16 March 2026: the review will be out of timescale',
    );
  });

  it('a weekend', () => {
    expect(meetingDateWarnings({ ...base, date: '2026-03-14', due: '2026-03-20' })).toEqual([
      { code: 'weekend', message: 'Saturday 14 March 2026 is a weekend' },
    ]);
    expect(meetingDateWarnings({ ...base, date: '2026-03-15', due: '2026-03-20' })).toEqual([
      { code: 'weekend', message: 'Sunday 15 March 2026 is a weekend' },
    ]);
  });

  it('a bank holiday, named when titles are given', () => {
    expect(meetingDateWarnings({ ...base, date: '2026-05-25', due: '2026-06-01' })).toEqual([
      {
        code: 'bank-holiday',
        message: 'Monday 25 May 2026 is a bank holiday (Spring bank holiday)',
      },
    ]);
    expect(
      meetingDateWarnings({
        date: '2026-05-25',
        due: '2026-06-01',
        today: '2026-03-02',
        holidays: HOLIDAYS,
      }),
    ).toEqual([{ code: 'bank-holiday', message: 'Monday 25 May 2026 is a bank holiday' }]);
    expect(
      meetingDateWarnings({
        ...base,
        date: '2026-04-03',
        due: '2026-06-01',
        holidayTitles: { '2026-04-03': 'Good Friday' },
      }),
    ).toEqual([
      { code: 'bank-holiday', message: 'Friday 3 April 2026 is a bank holiday (Good Friday)' },
    ]);
  });

  it('in the past (today itself is not)', () => {
    expect(
      meetingDateWarnings({ ...base, today: '2026-03-12', date: '2026-03-10', due: '2026-03-20' }),
    ).toEqual([
      {
        code: 'in-the-past',
        message: 'Tuesday 10 March 2026 is in the past: today is 12 March 2026',
      },
    ]);
    expect(
      meetingDateWarnings({ ...base, today: '2026-03-12', date: '2026-03-12', due: '2026-03-20' }),
    ).toEqual([]);
  });

  it('beyond the bank holiday data', () => {
    expect(meetingDateWarnings({ ...base, date: '2029-01-03', due: '2029-01-10' })).toEqual([
      {
        code: 'beyond-holiday-data',
        message:
          'The bank holiday data only covers 1 January 2015 to 31 December 2028, so it is not known whether Wednesday 3 January 2029 is a bank holiday',
      },
    ]);
    expect(
      meetingDateWarnings({
        date: '2026-03-10',
        due: '2026-03-20',
        today: '2026-03-02',
        holidays: [],
      }),
    ).toEqual([
      {
        code: 'beyond-holiday-data',
        message:
          'There is no bank holiday data, so it is not known whether Tuesday 10 March 2026 is a bank holiday',
      },
    ]);
  });

  it('several at once, in a fixed order', () => {
    // Good Friday 2026, after the due date and in the past.
    expect(
      meetingDateWarnings({
        ...base,
        today: '2026-04-10',
        date: '2026-04-03',
        due: '2026-04-01',
      }).map((w) => w.code),
    ).toEqual(['after-due-date', 'in-the-past', 'bank-holiday']);
    expect(
      meetingDateWarnings({
        ...base,
        today: '2026-04-10',
        date: '2026-04-04',
        due: '2026-04-01',
      }).map((w) => w.code),
    ).toEqual(['after-due-date', 'in-the-past', 'weekend']);
  });

  it('rejects bad dates', () => {
    expect(() => meetingDateWarnings({ ...base, date: '2026-13-01', due: '2026-03-20' })).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'date' }),
    );
  });
});

describe('bankHolidayTitlesFromFeed', () => {
  it('maps dates to titles', () => {
    expect(TITLES.get('2026-05-25')).toBe('Spring bank holiday');
    expect(TITLES.get('2026-12-28')).toBe('Boxing Day');
    expect(TITLES.get('2026-03-14')).toBeUndefined();
  });

  it('rejects a feed without events or with a bad date', () => {
    expect(() => bankHolidayTitlesFromFeed({} as never)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() =>
      bankHolidayTitlesFromFeed({ events: [{ title: 'x', date: '2026-02-30' }] }),
    ).toThrow(expect.objectContaining({ code: 'invalid-date', field: 'events[0].date' }));
  });
});

describe('findClashes', () => {
  const diary = [
    meeting('a', '2026-03-12', '09:00', 90), // 09:00-10:30
    meeting('b', '2026-03-12', '11:00', 60), // 11:00-12:00
    meeting('c', '2026-03-12', '14:00', 60, 'cancelled'),
    meeting('d', '2026-03-12', '15:00', 60, 'postponed'),
    meeting('e', '2026-03-12', '10:00', 60, 'booked', 'iro-2'),
    meeting('f', '2026-03-13', '10:00', 60),
    meeting('g', '2026-03-12', '16:00', 60, 'held'),
    meeting('h', '2026-03-12', '16:30', 30, 'adjourned'),
  ];
  const candidate = { iroId: 'iro-1', date: '2026-03-12', durationMinutes: 60 };

  it('finds overlapping meetings of the same IRO on the same date, earliest first', () => {
    expect(
      findClashes({ ...candidate, startTime: '10:00', durationMinutes: 90 }, diary).map(
        (m) => m.id,
      ),
    ).toEqual(['a', 'b']);
    expect(findClashes({ ...candidate, startTime: '09:30' }, diary).map((m) => m.id)).toEqual([
      'a',
    ]);
  });

  it('touching is not a clash', () => {
    expect(findClashes({ ...candidate, startTime: '10:30', durationMinutes: 30 }, diary)).toEqual(
      [],
    );
    expect(findClashes({ ...candidate, startTime: '12:00' }, diary)).toEqual([]);
    expect(findClashes({ ...candidate, startTime: '08:00' }, diary)).toEqual([]);
  });

  it('cancelled and postponed meetings do not count; held and adjourned do', () => {
    expect(findClashes({ ...candidate, startTime: '14:00', durationMinutes: 120 }, diary)).toEqual(
      [],
    );
    expect(findClashes({ ...candidate, startTime: '16:00' }, diary).map((m) => m.id)).toEqual([
      'g',
      'h',
    ]);
  });

  it('ignores other IROs and other dates', () => {
    expect(findClashes({ ...candidate, iroId: 'iro-2', startTime: '09:00' }, diary)).toEqual([]);
    expect(
      findClashes({ ...candidate, iroId: 'iro-2', startTime: '10:30' }, diary).map((m) => m.id),
    ).toEqual(['e']);
    expect(findClashes({ ...candidate, date: '2026-03-11', startTime: '09:00' }, diary)).toEqual(
      [],
    );
  });

  it("ignores the candidate's own meeting when rescheduling", () => {
    expect(findClashes({ ...candidate, id: 'a', startTime: '09:30' }, diary)).toEqual([]);
    expect(
      findClashes({ ...candidate, id: 'a', startTime: '10:30', durationMinutes: 60 }, diary).map(
        (m) => m.id,
      ),
    ).toEqual(['b']);
    expect(findClashes({ ...candidate, id: null, startTime: '09:30' }, diary)).toHaveLength(1);
  });

  it('a meeting running past midnight clashes with the next morning', () => {
    const late = [meeting('x', '2026-03-12', '23:30', 60)];
    expect(
      findClashes({ ...candidate, date: '2026-03-13', startTime: '00:00' }, late),
    ).toHaveLength(1);
    expect(findClashes({ ...candidate, date: '2026-03-13', startTime: '00:30' }, late)).toEqual([]);
  });

  it('rejects bad times and durations', () => {
    expect(() => findClashes({ ...candidate, startTime: '9:00' }, diary)).toThrow(
      expect.objectContaining({ code: 'invalid-argument', field: 'candidate.startTime' }),
    );
    expect(() =>
      findClashes({ ...candidate, startTime: '09:00', durationMinutes: 0 }, diary),
    ).toThrow(
      expect.objectContaining({ code: 'invalid-argument', field: 'candidate.durationMinutes' }),
    );
    expect(() =>
      findClashes({ ...candidate, startTime: '09:00' }, [meeting('z', '2026-03-12', '25:00', 30)]),
    ).toThrow(expect.objectContaining({ field: 'existing[0].startTime' }));
  });
});

describe('suggestSlots', () => {
  // Due Saturday 14 March 2026: aim for Friday 13 March and count back.
  const busyDiary = [
    meeting('full', '2026-03-13', '09:00', 480), // Friday: the whole working day
    meeting('a', '2026-03-12', '09:00', 90), // Thursday 09:00-10:30
    meeting('b', '2026-03-12', '11:00', 60), // Thursday 11:00-12:00
  ];
  const base = {
    due: '2026-03-14',
    today: '2026-03-02',
    holidays: CALENDAR,
    durationMinutes: 90,
    iroMeetings: busyDiary,
  };

  it('has defaults of 09:00-17:00, 3 slots, 30-minute steps', () => {
    expect(DEFAULT_WORKING_HOURS).toEqual({ start: '09:00', end: '17:00' });
    expect(DEFAULT_SLOT_COUNT).toBe(3);
    expect(DEFAULT_SLOT_STEP_MINUTES).toBe(30);
  });

  it('offers the latest free working days, latest first, earliest free time on each', () => {
    // Friday is full. Thursday: 09:00, 09:30, 10:00, 10:30 and 11:00, 11:30 all overlap a
    // meeting, so 12:00-13:30 is first. Wednesday and Tuesday are free from 09:00.
    expect(suggestSlots(base)).toEqual([
      { date: '2026-03-12', startTime: '12:00' },
      { date: '2026-03-11', startTime: '09:00' },
      { date: '2026-03-10', startTime: '09:00' },
    ]);
  });

  it('cancelled meetings do not take the slot', () => {
    const diary = [meeting('full', '2026-03-13', '09:00', 480, 'cancelled')];
    expect(suggestSlots({ ...base, iroMeetings: diary, count: 1 })).toEqual([
      { date: '2026-03-13', startTime: '09:00' },
    ]);
  });

  it('never before today, and nothing once the review is overdue', () => {
    expect(suggestSlots({ ...base, today: '2026-03-12' })).toEqual([
      { date: '2026-03-12', startTime: '12:00' },
    ]);
    expect(suggestSlots({ ...base, due: '2026-03-10', today: '2026-03-12' })).toEqual([]);
  });

  it('skips slots already started today when the time is given', () => {
    expect(
      suggestSlots({
        ...base,
        due: '2026-03-11',
        today: '2026-03-11',
        nowTime: '12:10',
        iroMeetings: [],
      }),
    ).toEqual([{ date: '2026-03-11', startTime: '12:30' }]);
    expect(
      suggestSlots({
        ...base,
        due: '2026-03-11',
        today: '2026-03-11',
        nowTime: '16:00',
        iroMeetings: [],
      }),
    ).toEqual([]);
  });

  it('skips bank holidays (Easter 2026)', () => {
    expect(
      suggestSlots({ ...base, due: '2026-04-06', today: '2026-03-02', iroMeetings: [] }),
    ).toEqual([
      { date: '2026-04-02', startTime: '09:00' },
      { date: '2026-04-01', startTime: '09:00' },
      { date: '2026-03-31', startTime: '09:00' },
    ]);
  });

  it('takes other working hours, steps and counts', () => {
    expect(
      suggestSlots({
        ...base,
        durationMinutes: 60,
        workingHours: { start: '08:45', end: '12:00' },
        stepMinutes: 15,
        count: 2,
      }),
    ).toEqual([
      // Friday is full from 09:00; Thursday 08:45-09:45 overlaps 09:00, ... 10:30-11:30 overlaps
      // 11:00, so nothing fits before 12:00 on Thursday either. Wednesday 08:45 is free.
      { date: '2026-03-11', startTime: '08:45' },
      { date: '2026-03-10', startTime: '08:45' },
    ]);
    expect(suggestSlots({ ...base, count: 0 })).toEqual([]);
  });

  it('nothing when the meeting is longer than the working day', () => {
    expect(suggestSlots({ ...base, durationMinutes: 481, iroMeetings: [] })).toEqual([]);
  });

  it('rejects bad settings', () => {
    expect(() => suggestSlots({ ...base, count: -1 })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', field: 'count' }),
    );
    expect(() => suggestSlots({ ...base, stepMinutes: 0 })).toThrow(
      expect.objectContaining({ field: 'stepMinutes' }),
    );
    expect(() => suggestSlots({ ...base, workingHours: { start: '17:00', end: '09:00' } })).toThrow(
      expect.objectContaining({ field: 'workingHours' }),
    );
    expect(() => suggestSlots({ ...base, durationMinutes: 30.5 })).toThrow(
      expect.objectContaining({ field: 'durationMinutes' }),
    );
  });

  it('property: every slot is a free in-timescale working day from today, latest first', () => {
    const FIRST = dayNumberFromParts(2024, 1, 1);
    const meetingArb = fc.record({
      day: fc.integer({ min: 0, max: 40 }),
      start: fc.integer({ min: 16, max: 40 }), // half hours from 08:00 to 20:00
      duration: fc.integer({ min: 1, max: 12 }).map((n) => n * 30),
      status: fc.constantFrom<DiaryMeeting['status'][]>(
        'booked',
        'held',
        'cancelled',
        'postponed',
        'adjourned',
      ),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.array(meetingArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 16 }).map((n) => n * 30),
        (todayOffset, dueOffset, raw, duration) => {
          const today = fromDayNumber(FIRST + todayOffset);
          const due = fromDayNumber(FIRST + dueOffset);
          const diary = raw.map((m, i) =>
            meeting(
              `m${i}`,
              fromDayNumber(FIRST + m.day),
              minutesToTimeOfDay(m.start * 30),
              m.duration,
              m.status,
            ),
          );
          const slots = suggestSlots({
            due,
            today,
            holidays: CALENDAR,
            durationMinutes: duration,
            iroMeetings: diary,
            count: 5,
          });
          expect(slots.length).toBeLessThanOrEqual(5);
          for (const [i, slot] of slots.entries()) {
            expect(slot.date >= today && slot.date <= due).toBe(true);
            expect(CALENDAR.isWorkingDay(slot.date)).toBe(true);
            const start = timeOfDayToMinutes(slot.startTime);
            expect(start).toBeGreaterThanOrEqual(540);
            expect(start + duration).toBeLessThanOrEqual(1020);
            expect(
              findClashes(
                {
                  iroId: 'iro-1',
                  date: slot.date,
                  startTime: slot.startTime,
                  durationMinutes: duration,
                },
                diary,
              ),
            ).toEqual([]);
            if (i > 0) expect(slot.date < (slots[i - 1]?.date ?? '')).toBe(true);
          }
        },
      ),
    );
  });
});

describe('booking in the public contract', () => {
  it('is exported from index.ts', () => {
    const names = [
      'latestInTimescaleDate',
      'latestWorkingDayOnOrBefore',
      'meetingDateWarnings',
      'bankHolidayTitlesFromFeed',
      'formatDateWithWeekday',
      'findClashes',
      'suggestSlots',
      'NON_BLOCKING_MEETING_STATUSES',
      'DEFAULT_WORKING_HOURS',
      'DEFAULT_SLOT_COUNT',
      'DEFAULT_SLOT_STEP_MINUTES',
      'MAX_MEETING_MINUTES',
      'isTimeOfDay',
      'timeOfDayToMinutes',
      'minutesToTimeOfDay',
      'addMinutesToLocalTime',
    ];
    const exported = new Set(Object.keys(domain));
    expect(names.filter((name) => !exported.has(name))).toEqual([]);
  });
});

describe('workingHoursWarning: a meeting outside working hours is warned about, like a weekend', () => {
  it('warns for a start before or after the working day and an end after it', () => {
    expect(workingHoursWarning({ startTime: '03:00', durationMinutes: 60 })).toEqual({
      code: 'outside-working-hours',
      message: 'The meeting starts at 03:00, outside working hours (08:00 to 18:00)',
    });
    expect(workingHoursWarning({ startTime: '18:00', durationMinutes: 30 })?.message).toBe(
      'The meeting starts at 18:00, outside working hours (08:00 to 18:00)',
    );
    expect(workingHoursWarning({ startTime: '17:00', durationMinutes: 90 })?.message).toBe(
      'The meeting ends at 18:30, after working hours (08:00 to 18:00)',
    );
  });

  it('is quiet inside working hours, at their edges, and for a time that is not a time', () => {
    expect(workingHoursWarning({ startTime: '08:00', durationMinutes: 600 })).toBeNull();
    expect(workingHoursWarning({ startTime: '10:30', durationMinutes: 60 })).toBeNull();
    expect(workingHoursWarning({ startTime: '25:00', durationMinutes: 60 })).toBeNull();
  });

  it('follows the council’s hours (a setting)', () => {
    const hours = { start: '09:00', end: '17:00' };
    expect(workingHoursWarning({ startTime: '08:30', durationMinutes: 60 }, hours)?.message).toBe(
      'The meeting starts at 08:30, outside working hours (09:00 to 17:00)',
    );
  });

  it('comes last among the date warnings when a time is given', () => {
    const warnings = meetingDateWarnings({
      date: '2026-03-14',
      due: '2026-03-20',
      today: '2026-03-10',
      holidays: [],
      time: { startTime: '19:00', durationMinutes: 60 },
    });
    expect(warnings.map((warning) => warning.code)).toEqual([
      'weekend',
      'beyond-holiday-data',
      'outside-working-hours',
    ]);
  });
});
