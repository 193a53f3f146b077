import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocationDue, DEFAULT_ALLOCATION_WORKING_DAYS } from './allocation';
import { compareDates, dayNumberFromParts, fromDayNumber } from './calendar';
import { CALENDAR, HOLIDAYS } from './test-holidays';
import { isWorkingDay, workingDaysBetween } from './working-days';

describe('allocationDue: an IRO within 5 working days of becoming looked after', () => {
  it('the default is the IRO Handbook’s 5 working days', () => {
    expect(DEFAULT_ALLOCATION_WORKING_DAYS).toBe(5);
  });

  it('counts working days after the day the child became looked after (day 0)', () => {
    // Friday 2 January 2026: Monday 5 to Friday 9 January.
    expect(allocationDue('2026-01-02', '2026-01-02', CALENDAR)).toEqual({
      due: '2026-01-09',
      late: false,
      workingDaysLeft: 5,
      reason:
        'An IRO should be allocated by 9 January 2026 (5 working days after becoming looked after on 2 January 2026)',
    });
  });

  it('skips a weekend', () => {
    // Wednesday 7 January 2026: Thu 8, Fri 9, Mon 12, Tue 13, Wed 14.
    expect(allocationDue('2026-01-07', '2026-01-07', CALENDAR).due).toBe('2026-01-14');
    // Starting on a Saturday or Sunday: the count starts on Monday.
    expect(allocationDue('2026-01-03', '2026-01-03', CALENDAR).due).toBe('2026-01-09');
    expect(allocationDue('2026-01-04', '2026-01-04', CALENDAR).due).toBe('2026-01-09');
  });

  it('skips Christmas Day, Boxing Day and New Year’s Day 2025-26', () => {
    // Tue 23 December 2025: Wed 24, Mon 29, Tue 30, Wed 31, Fri 2 January.
    expect(allocationDue('2025-12-23', '2025-12-23', CALENDAR).due).toBe('2026-01-02');
    expect(allocationDue('2025-12-23', '2025-12-23', HOLIDAYS).due).toBe('2026-01-02');
    // Without the bank holidays only the weekend is skipped.
    expect(allocationDue('2025-12-23', '2025-12-23', []).due).toBe('2025-12-30');
    // On Christmas Day four working days are left: 29, 30, 31 December and 2 January.
    expect(allocationDue('2025-12-23', '2025-12-25', CALENDAR).workingDaysLeft).toBe(4);
  });

  it('skips Good Friday and Easter Monday 2026', () => {
    // Thu 2 April 2026: Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
    expect(allocationDue('2026-04-02', '2026-04-02', CALENDAR).due).toBe('2026-04-13');
    expect(allocationDue('2026-04-02', '2026-04-02', []).due).toBe('2026-04-09');
  });

  it('workingDaysLeft counts down to 0 on the due date', () => {
    const left = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'].map(
      (today) => allocationDue('2026-01-02', today, CALENDAR).workingDaysLeft,
    );
    expect(left).toEqual([4, 3, 2, 1, 0]);
  });

  it('is not late on the due date, and late from the day after (a weekend included)', () => {
    const onTheDay = allocationDue('2026-01-02', '2026-01-09', CALENDAR);
    expect(onTheDay).toMatchObject({ due: '2026-01-09', late: false, workingDaysLeft: 0 });
    expect(onTheDay.reason).toMatch(/^An IRO should be allocated by 9 January 2026/);

    const saturday = allocationDue('2026-01-02', '2026-01-10', CALENDAR);
    expect(saturday).toEqual({
      due: '2026-01-09',
      late: true,
      workingDaysLeft: -1,
      reason:
        'An IRO should have been allocated by 9 January 2026 (5 working days after becoming looked after on 2 January 2026)',
    });
    expect(allocationDue('2026-01-02', '2026-01-11', CALENDAR).workingDaysLeft).toBe(-1);
    expect(allocationDue('2026-01-02', '2026-01-12', CALENDAR).workingDaysLeft).toBe(-1);
    expect(allocationDue('2026-01-02', '2026-01-13', CALENDAR).workingDaysLeft).toBe(-2);
  });

  it('takes another number of working days as a local setting', () => {
    expect(allocationDue('2026-01-02', '2026-01-02', CALENDAR, 10)).toEqual({
      due: '2026-01-16',
      late: false,
      workingDaysLeft: 10,
      reason:
        'An IRO should be allocated by 16 January 2026 (10 working days after becoming looked after on 2 January 2026)',
    });
    // 3 working days over Easter 2026: Thu 2 April, then Tue 7, Wed 8, Thu 9.
    expect(allocationDue('2026-04-02', '2026-04-10', CALENDAR, 3)).toMatchObject({
      due: '2026-04-09',
      late: true,
      workingDaysLeft: -1,
    });
  });
});

describe('allocationDue properties', () => {
  const FIRST = dayNumberFromParts(2015, 1, 1);
  const LAST = dayNumberFromParts(2028, 11, 30);
  const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
  const days = fc.integer({ min: 1, max: 30 });

  it('the due date is a working day, n working days after the start', () => {
    fc.assert(
      fc.property(date, days, (start, n) => {
        const { due } = allocationDue(start, start, CALENDAR, n);
        expect(isWorkingDay(due, CALENDAR)).toBe(true);
        expect(workingDaysBetween(start, due, CALENDAR)).toBe(n);
        expect(allocationDue(start, start, CALENDAR, n).workingDaysLeft).toBe(n);
      }),
    );
  });

  it('late exactly when today is after the due date, and then workingDaysLeft is negative', () => {
    fc.assert(
      fc.property(date, date, days, (start, today, n) => {
        const result = allocationDue(start, today, CALENDAR, n);
        expect(result.late).toBe(compareDates(today, result.due) > 0);
        expect(result.workingDaysLeft < 0).toBe(result.late);
        expect(result.workingDaysLeft).toBe(workingDaysBetween(today, result.due, CALENDAR));
      }),
    );
  });
});
