import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  assertIsoDate,
  birthdayInYear,
  compareDates,
  dateInEngland,
  dayNumberOrNaN,
  dayOfWeek,
  daysBetween,
  financialYearOf,
  formatDate,
  formatDateShort,
  isIsoDate,
} from './calendar';
import { DomainError } from './errors';

describe('time-zone matrix', () => {
  it('really runs under the time zone named by TZ', () => {
    expect(process.env.TZ).toBeDefined();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });
});

describe('isIsoDate', () => {
  it.each(['2026-03-14', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2026-12-31'])(
    'accepts %s',
    (value) => {
      expect(isIsoDate(value)).toBe(true);
    },
  );

  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    '2026-3-14',
    '26-03-14',
    '2026/03/14',
    ' 2026-03-14',
    '2026-03-14 ',
    '2026-03-14T00:00:00Z',
    '14/03/2026',
    '+02026-03-14',
    '',
  ])('rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('dayNumberOrNaN gives NaN for anything that is not a real date', () => {
    expect(dayNumberOrNaN('1970-01-01')).toBe(0);
    expect(dayNumberOrNaN('1970-01-02')).toBe(1);
    expect(dayNumberOrNaN('2026-02-30')).toBeNaN();
    expect(dayNumberOrNaN(42)).toBeNaN();
  });

  it('rejects values that are not strings', () => {
    expect(isIsoDate(undefined)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(20260314)).toBe(false);
    expect(isIsoDate(new Date(Date.UTC(2026, 2, 14)))).toBe(false);
  });
});

describe('assertIsoDate', () => {
  it('returns a valid date unchanged', () => {
    expect(assertIsoDate('2026-03-14')).toBe('2026-03-14');
  });

  it('throws DomainError invalid-date naming the field', () => {
    expect(() => assertIsoDate('2026-02-30', 'becameLookedAfter')).toThrow(DomainError);
    try {
      assertIsoDate('2026-02-30', 'becameLookedAfter');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('invalid-date');
      expect((error as DomainError).field).toBe('becameLookedAfter');
      expect((error as DomainError).message).toContain('2026-02-30');
    }
  });
});

describe('compareDates, addDays, daysBetween, dayOfWeek', () => {
  it('compares', () => {
    expect(compareDates('2026-03-14', '2026-03-15')).toBeLessThan(0);
    expect(compareDates('2026-03-15', '2026-03-14')).toBeGreaterThan(0);
    expect(compareDates('2026-03-14', '2026-03-14')).toBe(0);
    expect(compareDates('2025-12-31', '2026-01-01')).toBeLessThan(0);
  });

  it('rejects invalid dates rather than comparing strings', () => {
    expect(() => compareDates('2026-02-30', '2026-03-01')).toThrow(DomainError);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-03-14', 0)).toBe('2026-03-14');
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-14', 365)).toBe('2027-03-14');
    expect(() => addDays('9999-12-31', 1)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() => addMonths('0001-01-15', -1)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(() => addDays('2026-03-14', 1.5)).toThrow(DomainError);
  });

  it('gives calendar days from one date to another', () => {
    expect(daysBetween('2026-03-14', '2026-03-14')).toBe(0);
    expect(daysBetween('2026-03-03', '2026-03-15')).toBe(12);
    expect(daysBetween('2026-03-15', '2026-03-03')).toBe(-12);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-09-14', '2027-03-14')).toBe(181);
  });

  it('knows the day of the week (0 Sunday .. 6 Saturday)', () => {
    expect(dayOfWeek('2026-03-14')).toBe(6);
    expect(dayOfWeek('2026-03-15')).toBe(0);
    expect(dayOfWeek('2026-03-16')).toBe(1);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-31')).toBe(3);
    expect(dayOfWeek('2022-09-19')).toBe(1);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month when it exists (3 months after 14 March is 14 June)', () => {
    expect(addMonths('2026-03-14', 3)).toBe('2026-06-14');
    expect(addMonths('2026-09-14', 6)).toBe('2027-03-14');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('crosses year ends both ways', () => {
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2026-03-14', 0)).toBe('2026-03-14');
    expect(addMonths('2026-03-14', 120)).toBe('2036-03-14');
  });

  it('rejects fractional months', () => {
    expect(() => addMonths('2026-03-14', 0.5)).toThrow(DomainError);
  });
});

describe('ageOn', () => {
  it('counts whole years, changing on the birthday itself', () => {
    expect(ageOn('2020-05-10', '2024-05-09')).toBe(3);
    expect(ageOn('2020-05-10', '2024-05-10')).toBe(4);
    expect(ageOn('2020-05-10', '2024-05-11')).toBe(4);
    expect(ageOn('2020-05-10', '2020-05-10')).toBe(0);
    expect(ageOn('2008-12-31', '2026-12-30')).toBe(17);
    expect(ageOn('2008-12-31', '2026-12-31')).toBe(18);
  });

  it('by default, someone born on 29 February has their birthday on 1 March in common years', () => {
    expect(ageOn('2020-02-29', '2021-02-28')).toBe(0);
    expect(ageOn('2020-02-29', '2021-03-01')).toBe(1);
    expect(ageOn('2020-02-29', '2024-02-28')).toBe(3);
    expect(ageOn('2020-02-29', '2024-02-29')).toBe(4);
    expect(birthdayInYear('2020-02-29', 2021)).toBe('2021-03-01');
  });

  it("can instead treat 28 February as a leap-day child's birthday (setting 'february-28')", () => {
    expect(ageOn('2020-02-29', '2021-02-28', 'february-28')).toBe(1);
    expect(ageOn('2020-02-29', '2021-02-27', 'february-28')).toBe(0);
    expect(birthdayInYear('2020-02-29', 2021, 'february-28')).toBe('2021-02-28');
    expect(birthdayInYear('2020-02-29', 2024, 'february-28')).toBe('2024-02-29');
  });
});

describe('formatDate and formatDateShort', () => {
  it('writes GOV.UK style dates with no leading zero', () => {
    expect(formatDate('2026-03-14')).toBe('14 March 2026');
    expect(formatDate('2026-03-03')).toBe('3 March 2026');
    expect(formatDate('2025-12-01')).toBe('1 December 2025');
    expect(formatDate('2024-02-29')).toBe('29 February 2024');
  });

  it('writes short dates for tables', () => {
    expect(formatDateShort('2026-03-14')).toBe('14 Mar 2026');
    expect(formatDateShort('2026-01-05')).toBe('5 Jan 2026');
    expect(formatDateShort('2026-06-30')).toBe('30 June 2026');
    expect(formatDateShort('2026-07-01')).toBe('1 July 2026');
    expect(formatDateShort('2026-09-14')).toBe('14 Sept 2026');
    expect(formatDateShort('2026-12-25')).toBe('25 Dec 2026');
  });

  it('formats dates outside the cached years too, and repeatedly', () => {
    expect(formatDate('1850-07-04')).toBe('4 July 1850');
    expect(formatDate('2500-01-31')).toBe('31 January 2500');
    expect(formatDate('0001-01-01')).toBe('1 January 1');
    expect(formatDate('2026-03-14')).toBe(formatDate('2026-03-14'));
    expect(addDays('2199-12-31', 1)).toBe('2200-01-01');
    expect(addDays('1900-01-01', -1)).toBe('1899-12-31');
  });

  it('gives every day the same text the first time and from the cache, at the edges of its blocks too', () => {
    // The cache is kept in blocks of 512 days from 1 January 1900: walk across the window's ends
    // and several block edges, each day twice, against the platform's own long date.
    const stretches: [string, number][] = [
      ['1899-12-01', 1100],
      ['2026-01-01', 1100],
      ['2198-06-01', 700],
    ];
    for (const [first, days] of stretches) {
      for (let step = 0; step < days; step++) {
        const date = addDays(first, step);
        // An independent reading of the day: the platform's own English long date, in UTC.
        const words = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
        expect(addDays(date, 0)).toBe(date);
        expect(formatDate(date)).toBe(words);
        expect(formatDate(date)).toBe(words);
        expect(addDays(addDays(date, 1), -1)).toBe(date);
      }
    }
  });

  it('refuses to format an invalid date', () => {
    expect(() => formatDate('2026-02-30')).toThrow(DomainError);
  });
});

describe('dateInEngland', () => {
  it('uses British Summer Time in summer (UTC+1)', () => {
    expect(dateInEngland(new Date('2026-06-30T22:59:59Z'))).toBe('2026-06-30');
    expect(dateInEngland(new Date('2026-06-30T23:00:00Z'))).toBe('2026-07-01');
    expect(dateInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('uses Greenwich Mean Time in winter (UTC+0)', () => {
    expect(dateInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(dateInEngland(new Date('2026-12-31T23:59:59.999Z'))).toBe('2026-12-31');
    expect(dateInEngland(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });

  it('follows the clock changes (29 March and 25 October 2026)', () => {
    expect(dateInEngland(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(dateInEngland(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
    expect(dateInEngland(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(dateInEngland(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
  });

  it('rejects an invalid Date', () => {
    expect(() => dateInEngland(new Date('not a date'))).toThrow(DomainError);
  });
});

describe('financialYearOf', () => {
  it('runs from 1 April to 31 March', () => {
    expect(financialYearOf('2026-03-31')).toEqual({
      start: '2025-04-01',
      end: '2026-03-31',
      label: '2025-26',
    });
    expect(financialYearOf('2026-04-01')).toEqual({
      start: '2026-04-01',
      end: '2027-03-31',
      label: '2026-27',
    });
    expect(financialYearOf('2026-12-31').label).toBe('2026-27');
    expect(financialYearOf('2027-01-01').label).toBe('2026-27');
    expect(financialYearOf('1999-06-01').label).toBe('1999-00');
  });
});
