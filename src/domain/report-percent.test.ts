import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, ratio } from './report-percent';

describe('formatPercent', () => {
  it('one decimal place, halves rounded up, exactly from the counts', () => {
    expect(formatPercent(ratio(1, 8))).toBe('12.5%');
    expect(formatPercent(ratio(1, 16))).toBe('6.3%'); // 6.25
    expect(formatPercent(ratio(1, 3))).toBe('33.3%');
    expect(formatPercent(ratio(2, 3))).toBe('66.7%');
    expect(formatPercent(ratio(14, 14))).toBe('100.0%');
    expect(formatPercent(ratio(0, 5))).toBe('0.0%');
    expect(formatPercent(ratio(17, 18))).toBe('94.4%');
    expect(formatPercent(ratio(999, 1000))).toBe('99.9%');
  });

  it('n/a when there is nothing to divide by', () => {
    expect(ratio(0, 0)).toEqual({ count: 0, outOf: 0, percent: null });
    expect(formatPercent(ratio(0, 0))).toBe('n/a');
    expect(formatPercent(null)).toBe('n/a');
    expect(formatPercent(Number.NaN)).toBe('n/a');
  });

  it('plain numbers too, without floating-point surprises', () => {
    expect(formatPercent(94.45)).toBe('94.5%');
    expect(formatPercent(0.05)).toBe('0.1%');
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatPercent(-2.25)).toBe('-2.3%');
  });

  it('property: agrees with the exact rounding for every count out of up to 500', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(500), (outOf, n) => {
        const count = n % (outOf + 1);
        const fromRatio = formatPercent(ratio(count, outOf));
        expect(fromRatio).toBe(formatPercent((count * 100) / outOf));
        // The exact answer by integer maths: round half up of 1000 * count / outOf.
        const tenths = Math.floor((2000 * count + outOf) / (2 * outOf));
        expect(fromRatio).toBe(`${Math.floor(tenths / 10)}.${tenths % 10}%`);
      }),
    );
  });
});
