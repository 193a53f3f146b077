import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { BANK_HOLIDAY_FEED, CALENDAR, HOLIDAYS } from './test-holidays';
import {
  addWorkingDays,
  bankHolidaysFromFeed,
  isWorkingDay,
  toCalendar,
  WorkingDayCalendar,
  workingDaysBetween,
} from './working-days';

describe('bankHolidaysFromFeed', () => {
  it('reads the gov.uk feed: validated, sorted, de-duplicated', () => {
    expect(HOLIDAYS).toHaveLength(BANK_HOLIDAY_FEED.events.length);
    expect(HOLIDAYS[0]).toBe('2015-01-01');
    expect(HOLIDAYS[HOLIDAYS.length - 1]).toBe('2028-12-26');
    expect(HOLIDAYS).toContain('2022-06-03');
    expect(HOLIDAYS).toContain('2022-09-19');
    expect(HOLIDAYS).toContain('2023-05-08');
    expect([...HOLIDAYS].sort()).toEqual(HOLIDAYS);
  });

  it('sorts and removes duplicates', () => {
    const feed = {
      division: 'england-and-wales',
      events: [
        { title: 'Boxing Day', date: '2026-12-28' },
        { title: 'Christmas Day', date: '2026-12-25', notes: '', bunting: true },
        { title: 'Christmas Day again', date: '2026-12-25' },
      ],
    };
    expect(bankHolidaysFromFeed(feed)).toEqual(['2026-12-25', '2026-12-28']);
  });

  it('rejects an invalid date, naming the event', () => {
    const feed = {
      division: 'england-and-wales',
      events: [
        { title: 'ok', date: '2026-12-25' },
        { title: 'bad', date: '2026-02-30' },
      ],
    };
    expect(() => bankHolidaysFromFeed(feed)).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'events[1].date' }),
    );
  });

  it('rejects a feed without events', () => {
    expect(() => bankHolidaysFromFeed({} as never)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});

describe('WorkingDayCalendar', () => {
  it('treats weekends and bank holidays as non-working days', () => {
    expect(CALENDAR.isWorkingDay('2026-03-13')).toBe(true); // Friday
    expect(CALENDAR.isWorkingDay('2026-03-14')).toBe(false); // Saturday
    expect(CALENDAR.isWorkingDay('2026-03-15')).toBe(false); // Sunday
    expect(CALENDAR.isWorkingDay('2026-04-03')).toBe(false); // Good Friday
    expect(CALENDAR.isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(CALENDAR.isWorkingDay('2025-12-25')).toBe(false); // Christmas Day
    expect(CALENDAR.isWorkingDay('2026-12-28')).toBe(false); // Boxing Day (substitute day)
    expect(CALENDAR.isWorkingDay('2026-12-24')).toBe(true); // Christmas Eve is not a holiday
    expect(CALENDAR.isWorkingDay('2022-06-02')).toBe(false); // Spring bank holiday (moved)
    expect(CALENDAR.isWorkingDay('2022-06-03')).toBe(false); // Platinum Jubilee
    expect(CALENDAR.isWorkingDay('2022-09-19')).toBe(false); // State funeral of Queen Elizabeth II
    expect(CALENDAR.isWorkingDay('2023-05-08')).toBe(false); // Coronation of King Charles III
    expect(CALENDAR.isWorkingDay('2022-05-30')).toBe(true); // the usual Spring bank holiday date
  });

  it('reports the years the holiday data covers', () => {
    expect(CALENDAR.coverage).toEqual({ from: '2015-01-01', to: '2028-12-31' });
    expect(CALENDAR.covers('2028-12-31')).toBe(true);
    expect(CALENDAR.covers('2029-01-01')).toBe(false);
    expect(CALENDAR.covers('2014-12-31')).toBe(false);
    expect(new WorkingDayCalendar([]).coverage).toBeNull();
  });

  it('beyond the data only weekends are excluded (callers warn using coverage)', () => {
    expect(CALENDAR.isWorkingDay('2029-12-25')).toBe(true);
    expect(CALENDAR.isWorkingDay('2029-12-29')).toBe(false); // Saturday
    expect(CALENDAR.addWorkingDays('2029-12-21', 2)).toBe('2029-12-25');
    expect(CALENDAR.addWorkingDays('2014-12-19', 5)).toBe('2014-12-26');
    // Counting out of the data's years and back in again.
    expect(CALENDAR.addWorkingDays('2028-12-22', 3)).toBe('2028-12-29'); // 25, 26 Dec holidays
    expect(CALENDAR.addWorkingDays('2028-12-22', 6)).toBe('2029-01-03'); // 1 Jan 2029 not in data
    expect(CALENDAR.workingDaysBetween('2014-12-31', '2015-01-05')).toBe(2); // 1 Jan holiday
  });

  it('with no holidays counts weekdays only', () => {
    const weekdaysOnly = new WorkingDayCalendar([]);
    expect(weekdaysOnly.isWorkingDay('2025-12-25')).toBe(true);
    expect(weekdaysOnly.addWorkingDays('2025-12-15', 20)).toBe('2026-01-12');
    expect(weekdaysOnly.workingDaysBetween('2025-12-15', '2026-01-12')).toBe(20);
  });

  it('rejects invalid holiday dates, naming the entry', () => {
    expect(() => new WorkingDayCalendar(['2026-12-25', '2026-12-32'])).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'bankHolidays[1]' }),
    );
  });

  it('de-duplicates and sorts its holidays', () => {
    const calendar = new WorkingDayCalendar(['2026-12-28', '2026-12-25', '2026-12-25']);
    expect(calendar.bankHolidays).toEqual(['2026-12-25', '2026-12-28']);
    expect(calendar.workingDaysBetween('2026-12-24', '2026-12-29')).toBe(1);
  });
});

describe('addWorkingDays', () => {
  it('counts the start date as day 0', () => {
    expect(CALENDAR.addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(CALENDAR.addWorkingDays('2026-03-14', 0)).toBe('2026-03-14'); // even a Saturday
    expect(CALENDAR.addWorkingDays('2026-03-02', 1)).toBe('2026-03-03');
    expect(CALENDAR.addWorkingDays('2026-03-13', 1)).toBe('2026-03-16'); // Friday -> Monday
    expect(CALENDAR.addWorkingDays('2026-03-14', 1)).toBe('2026-03-16'); // Saturday -> Monday
  });

  it('skips Easter (Good Friday and Easter Monday)', () => {
    expect(CALENDAR.addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(CALENDAR.addWorkingDays('2026-03-27', 20)).toBe('2026-04-28');
  });

  it('counts backwards when n is negative (the mirror image)', () => {
    expect(CALENDAR.addWorkingDays('2026-03-16', -1)).toBe('2026-03-13'); // Monday -> Friday
    expect(CALENDAR.addWorkingDays('2026-03-14', -1)).toBe('2026-03-13'); // Saturday -> Friday
    expect(CALENDAR.addWorkingDays('2026-04-07', -1)).toBe('2026-04-02'); // back over Easter
    expect(CALENDAR.addWorkingDays('2026-01-15', -20)).toBe('2025-12-15');
    expect(CALENDAR.addWorkingDays('2026-01-15', -21)).toBe('2025-12-12');
  });

  it('rejects fractional n and invalid dates', () => {
    expect(() => CALENDAR.addWorkingDays('2026-03-02', 1.5)).toThrow(DomainError);
    expect(() => CALENDAR.addWorkingDays('2026-02-30', 1)).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('counts working days in (from, to]', () => {
    expect(CALENDAR.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(CALENDAR.workingDaysBetween('2026-03-02', '2026-03-03')).toBe(1);
    expect(CALENDAR.workingDaysBetween('2026-03-13', '2026-03-16')).toBe(1);
    expect(CALENDAR.workingDaysBetween('2026-03-13', '2026-03-15')).toBe(0);
    expect(CALENDAR.workingDaysBetween('2026-03-02', '2026-03-30')).toBe(20);
    expect(CALENDAR.workingDaysBetween('2025-12-15', '2026-01-15')).toBe(20);
    expect(CALENDAR.workingDaysBetween('2026-04-02', '2026-04-07')).toBe(1);
  });

  it('is negative when to is before from: minus the working days in [to, from)', () => {
    expect(CALENDAR.workingDaysBetween('2026-03-16', '2026-03-13')).toBe(-1);
    expect(CALENDAR.workingDaysBetween('2026-03-14', '2026-03-13')).toBe(-1);
    expect(CALENDAR.workingDaysBetween('2026-03-15', '2026-03-14')).toBe(0);
    expect(CALENDAR.workingDaysBetween('2026-01-15', '2025-12-15')).toBe(-20);
    expect(CALENDAR.workingDaysBetween('2026-01-15', '2025-12-12')).toBe(-21);
  });

  it('counts a whole year of working days', () => {
    // 2026: 261 weekdays, 8 bank holidays all on weekdays.
    expect(CALENDAR.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(253);
  });
});

describe('holiday sources', () => {
  it('accepts a calendar or a plain list of dates', () => {
    expect(isWorkingDay('2026-04-03', CALENDAR)).toBe(false);
    expect(isWorkingDay('2026-04-03', HOLIDAYS)).toBe(false);
    expect(isWorkingDay('2026-04-03', [])).toBe(true);
    expect(addWorkingDays('2025-12-15', 20, HOLIDAYS)).toBe('2026-01-15');
    expect(workingDaysBetween('2025-12-15', '2026-01-15', HOLIDAYS)).toBe(20);
  });

  it('builds one calendar per list and reuses it', () => {
    const list = ['2026-12-25'];
    expect(toCalendar(list)).toBe(toCalendar(list));
    expect(toCalendar(CALENDAR)).toBe(CALENDAR);
    expect(toCalendar(HOLIDAYS)).not.toBe(toCalendar(['2026-12-25']));
  });

  it('rejects anything else', () => {
    expect(() => toCalendar('2026-12-25' as never)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});
