/**
 * A whole number with thousands separators, as en-GB writes it: 10000 -> '10,000'. Hand-written
 * because Number.toLocaleString builds a new ICU formatter on every call (~5 ms for the first
 * one on the 10,000-row dashboard; the first in a page also loads ICU's number data, ~14 ms, which
 * the API schemas paid while the sign-in page loaded) and this is all we need from it.
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return String(count);
  const digits = String(Math.abs(count));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return count < 0 ? `-${grouped}` : grouped;
}
