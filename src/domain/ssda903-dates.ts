// Dates in the SSDA903 return: the DfE writes dd/mm/yyyy, the domain works in 'YYYY-MM-DD'.
import { dayNumberFromParts, daysInMonth, fromDayNumber, type IsoDate } from './calendar';
import { DomainError } from './errors';

/**
 * A DfE date 'dd/mm/yyyy' as 'YYYY-MM-DD', or null when it is not a real date. One-digit days and
 * months ('1/4/2026') are accepted, as the DfE's own validator accepts them; the year must have four
 * digits. Pure text and integer arithmetic: no Date object, so no time zone can shift the day.
 */
export function parseSsda903Date(text: string | undefined | null): IsoDate | null {
  if (typeof text !== 'string') return null;
  const cached = dateCache.get(text);
  if (cached !== undefined) return cached;
  const parsed = parseDate(text.trim());
  // A return repeats the same dates many times; the cache is bounded so it cannot grow forever.
  if (dateCache.size >= DATE_CACHE_LIMIT) dateCache.clear();
  dateCache.set(text, parsed);
  return parsed;
}

const DATE_CACHE_LIMIT = 100_000;
const dateCache = new Map<string, IsoDate | null>();

/** Digits then '/', 1 or 2 of them; -1 when the text does not have that shape at `from`. */
function readPart(value: string, from: number, maxDigits: number, end: string): [number, number] {
  let n = 0;
  let i = from;
  while (i < value.length && i - from < maxDigits) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) break;
    n = n * 10 + (code - 48);
    i++;
  }
  if (i === from) return [-1, i];
  if (end === '') return i === value.length && i - from === maxDigits ? [n, i] : [-1, i];
  return value.charAt(i) === end ? [n, i + 1] : [-1, i];
}

function parseDate(value: string): IsoDate | null {
  const [day, afterDay] = readPart(value, 0, 2, '/');
  if (day < 0) return null;
  const [month, afterMonth] = readPart(value, afterDay, 2, '/');
  if (month < 0) return null;
  const [year] = readPart(value, afterMonth, 4, '');
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return fromDayNumber(dayNumberFromParts(year, month, day));
}

/** 'YYYY-MM-DD' as the DfE's 'dd/mm/yyyy'. */
export function formatSsda903Date(date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) {
    throw new DomainError('invalid-date', `Date must be in the form YYYY-MM-DD: got '${date}'`);
  }
  return `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}`;
}
