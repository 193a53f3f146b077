import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { formatSsda903Date, parseSsda903Date } from './ssda903-dates';

describe('parseSsda903Date', () => {
  it('reads dd/mm/yyyy as YYYY-MM-DD', () => {
    expect(parseSsda903Date('14/03/2026')).toBe('2026-03-14');
    expect(parseSsda903Date(' 01/04/2025 ')).toBe('2025-04-01');
    expect(parseSsda903Date('1/4/2025')).toBe('2025-04-01');
    expect(parseSsda903Date('29/02/2024')).toBe('2024-02-29');
    expect(parseSsda903Date('31/12/1999')).toBe('1999-12-31');
  });

  it('never shifts the day, in any time zone (no Date object is involved)', () => {
    // The domain tests run under UTC, London, Los Angeles and Kiritimati.
    expect(parseSsda903Date('29/03/2026')).toBe('2026-03-29'); // the clocks go forward
    expect(parseSsda903Date('25/10/2026')).toBe('2026-10-25'); // and back
    expect(parseSsda903Date('01/01/2026')).toBe('2026-01-01');
  });

  it('refuses anything that is not a real dd/mm/yyyy date', () => {
    for (const text of [
      '',
      '30/02/2026',
      '29/02/2025',
      '31/04/2026',
      '00/01/2026',
      '01/13/2026',
      '2026-03-14',
      '14/03/26',
      '14-03-2026',
      '14/03/2026 10:00',
      'yesterday',
      '14.03.2026',
      '03/14/2026',
    ]) {
      expect.soft(parseSsda903Date(text)).toBeNull();
    }
    expect(parseSsda903Date(undefined)).toBeNull();
    expect(parseSsda903Date(null)).toBeNull();
  });

  it('writes YYYY-MM-DD back as dd/mm/yyyy', () => {
    expect(formatSsda903Date('2026-03-14')).toBe('14/03/2026');
    expect(formatSsda903Date('2025-04-01')).toBe('01/04/2025');
    expect(() => formatSsda903Date('14/03/2026')).toThrow(DomainError);
  });
});
