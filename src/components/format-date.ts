import { formatDate, isIsoDate } from '@/domain';

// Each formatter is made on its first use: making one loads ICU's date data (several ms on a
// phone), which the first page paid while its script was evaluated, whether it showed a date or not.
function formatterOf(options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let made: Intl.DateTimeFormat | undefined;
  return () => (made ??= new Intl.DateTimeFormat('en-GB', options));
}

const timeFormat = formatterOf({
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

const londonDateFormat = formatterOf({
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a calendar date 'YYYY-MM-DD' as '14 March 2026', in the domain's own words (no ICU
 * formatter, so no time zone can shift it, and the first date on a page costs no ICU set-up).
 * Returns the input unchanged if it is not a real date.
 */
export function formatIsoDate(iso: string): string {
  return isIsoDate(iso) ? formatDate(iso) : iso;
}

/**
 * Formats a timestamp: a plain 'YYYY-MM-DD' as '14 March 2026'; a full ISO date-time as
 * '14 March 2026 at 2:01pm' in UK time.
 */
export function formatIsoDateTime(value: string): string {
  if (ISO_DATE.test(value)) return formatIsoDate(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = timeFormat().format(date).replace(/\s/g, '').toLowerCase();
  return `${londonDateFormat().format(date)} at ${time}`;
}

const clockFormat = formatterOf({
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'Europe/London',
});

/** An instant's time of day in UK time on the 24-hour clock: '14:32'. */
export function formatClockTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : clockFormat().format(date);
}

/** An instant's calendar date in UK time: '1 December 2026'. */
export function formatLondonDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : londonDateFormat().format(date);
}
