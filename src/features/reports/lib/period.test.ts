import { describe, expect, it } from 'vitest';
import {
  dateRange,
  financialYear,
  financialYearOptions,
  periodFromSearchParams,
  periodSearchParams,
  validateDateRange,
} from './period';

const parts = (day: string, month: string, year: string) => ({ day, month, year });
const params = (query: string) => new URLSearchParams(query);

describe('financial years', () => {
  it('runs from 1 April to 31 March, from a label or any date in it', () => {
    expect(financialYear('2025-26')).toEqual({
      kind: 'year',
      year: '2025-26',
      from: '2025-04-01',
      to: '2026-03-31',
      label: '2025-26 (1 April 2025 to 31 March 2026)',
    });
    expect(financialYear('2026-03-31').year).toBe('2025-26');
    expect(financialYear('2026-04-01').year).toBe('2026-27');
  });

  it('offers the current year and the nine before it, newest first', () => {
    const years = financialYearOptions('2026-11-23');
    expect(years).toHaveLength(10);
    expect(years[0]?.year).toBe('2026-27');
    expect(years[1]?.year).toBe('2025-26');
    expect(years.at(-1)?.year).toBe('2017-18');
    // 31 March is still the old year.
    expect(financialYearOptions('2027-03-31', 1)[0]?.year).toBe('2026-27');
  });
});

describe('periodFromSearchParams', () => {
  it('defaults to the current financial year', () => {
    expect(periodFromSearchParams(params(''), '2026-11-23')).toEqual({
      period: financialYear('2026-27'),
      problem: null,
    });
  });

  it('reads ?year= and ?from=&to=', () => {
    expect(periodFromSearchParams(params('year=2025-26'), '2026-11-23').period).toEqual(
      financialYear('2025-26'),
    );
    expect(
      periodFromSearchParams(params('from=2025-07-01&to=2025-09-30'), '2026-11-23').period,
    ).toEqual({
      kind: 'range',
      from: '2025-07-01',
      to: '2025-09-30',
      label: '1 July 2025 to 30 September 2025',
    });
    // One day is a period.
    expect(
      periodFromSearchParams(params('from=2025-07-01&to=2025-07-01'), '2026-11-23').period?.label,
    ).toBe('1 July 2025 to 1 July 2025');
  });

  it('says what is wrong with a link it cannot use', () => {
    const problem = (query: string) => periodFromSearchParams(params(query), '2026-11-23');
    expect(problem('year=2025-27')).toEqual({
      period: null,
      problem: 'The financial year in the link is not one we recognise',
    });
    expect(problem('year=2099-00').period).toEqual(financialYear('2099-00'));
    expect(problem('from=2025-02-30&to=2025-03-01').problem).toBe(
      'The dates in the link are not real dates',
    );
    expect(problem('from=2025-04-01').problem).toBe('The dates in the link are not real dates');
    expect(problem('from=2025-04-02&to=2025-04-01').problem).toBe(
      'The dates in the link are not a period we can report on',
    );
    // Shorter than 10 years: 1 April 2015 to 31 March 2025 is allowed, to 1 April 2025 is not.
    expect(problem('from=2015-04-01&to=2025-03-31').period).not.toBeNull();
    expect(problem('from=2015-04-01&to=2025-04-01').period).toBeNull();
  });

  it('round-trips through periodSearchParams', () => {
    const year = financialYear('2025-26');
    expect(periodSearchParams(year, null).toString()).toBe('year=2025-26');
    expect(periodSearchParams(year, 'st_01').toString()).toBe('year=2025-26&iro=st_01');
    const range = dateRange('2025-07-01', '2025-09-30');
    expect(periodSearchParams(range, '').toString()).toBe('from=2025-07-01&to=2025-09-30');
    expect(periodFromSearchParams(periodSearchParams(range, null), '2026-11-23').period).toEqual(
      range,
    );
  });
});

describe('validateDateRange (GOV.UK wording, the same as the backend)', () => {
  const empty = parts('', '', '');

  it('asks for both dates', () => {
    expect(validateDateRange(empty, empty).errors).toEqual([
      { field: 'from', message: 'Enter the date the period starts' },
      { field: 'to', message: 'Enter the date the period ends' },
    ]);
  });

  it('names the missing parts and rejects dates that do not exist', () => {
    expect(validateDateRange(parts('1', '', '2025'), parts('', '6', '')).errors).toEqual([
      { field: 'from', message: 'Date the period starts must include a month' },
      { field: 'to', message: 'Date the period ends must include a day and year' },
    ]);
    expect(validateDateRange(parts('30', '2', '2025'), parts('1', '13', '2025')).errors).toEqual([
      { field: 'from', message: 'Date the period starts must be a real date' },
      { field: 'to', message: 'Date the period ends must be a real date' },
    ]);
  });

  it('needs the end on or after the start, and less than 10 years later', () => {
    expect(validateDateRange(parts('2', '7', '2025'), parts('1', '7', '2025')).errors).toEqual([
      {
        field: 'to',
        message: 'Date the period ends must be the same as or after the date it starts',
      },
    ]);
    expect(validateDateRange(parts('1', '4', '2015'), parts('1', '4', '2025')).errors).toEqual([
      { field: 'to', message: 'The period must be shorter than 10 years' },
    ]);
  });

  it('gives the period when both dates are good', () => {
    expect(validateDateRange(parts('1', '7', '2025'), parts(' 30', '09', '2025 '))).toEqual({
      period: dateRange('2025-07-01', '2025-09-30'),
      errors: [],
    });
  });
});
