// Proportions in the annual report: kept unrounded with their count and denominator, and rounded
// only for display, exactly from the whole numbers.

/** A count out of a total. percent is unrounded, and null when the total is 0. */
export interface Ratio {
  count: number;
  outOf: number;
  percent: number | null;
}

/** count out of outOf, with the unrounded percentage (null when outOf is 0). */
export function ratio(count: number, outOf: number): Ratio {
  return { count, outOf, percent: outOf === 0 ? null : (count * 100) / outOf };
}

function formatTenths(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}%`;
}

/**
 * A percentage to one decimal place, rounding halves up ('94.4%', '100.0%'); 'n/a' when there is
 * nothing to divide by. Given a Ratio it rounds from the whole numbers exactly, so 1 out of 8
 * (12.5%) never becomes 12.4% through floating point.
 */
export function formatPercent(value: Ratio | number | null): string {
  if (value === null) return 'n/a';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'n/a';
    // toPrecision(12) removes floating-point noise such as 94.44999999999999 before rounding.
    const tenths = Number((Math.abs(value) * 10).toPrecision(12));
    return formatTenths(Math.sign(value) * Math.floor(tenths + 0.5));
  }
  const { count, outOf } = value;
  if (outOf === 0) return 'n/a';
  if (Number.isInteger(count) && Number.isInteger(outOf) && count >= 0 && outOf > 0) {
    return formatTenths(Math.floor((2000 * count + outOf) / (2 * outOf)));
  }
  return formatPercent((count * 100) / outOf);
}
