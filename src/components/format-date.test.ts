import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatIsoDateTime } from './format-date';

describe('formatIsoDate', () => {
  it('writes every real calendar date as en-GB does, whatever the zone', () => {
    const enGb = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1000, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (instant) => {
          const iso = instant.toISOString().slice(0, 10);
          expect(formatIsoDate(iso)).toBe(enGb.format(instant));
        },
      ),
    );
  });

  it('leaves text that is not a real date as it is, never rolling into the next month', () => {
    expect(formatIsoDate('2026-02-30')).toBe('2026-02-30');
    expect(formatIsoDate('2025-02-29')).toBe('2025-02-29');
    expect(formatIsoDate('14/03/2026')).toBe('14/03/2026');
    expect(formatIsoDate('')).toBe('');
  });

  it('formats a plain date given as a timestamp the same way', () => {
    expect(formatIsoDateTime('2024-02-29')).toBe('29 February 2024');
  });
});
