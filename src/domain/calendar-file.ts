import { addMinutesToLocalTime, timeOfDayToMinutes, type TimeOfDay } from './booking';
import { dayNumberOrNaN, toDayNumber, type IsoDate } from './calendar';
import { DomainError } from './errors';

// An iCalendar (RFC 5545) file for one review meeting, so that business support can send it with
// the invitation. The meeting's date and time are wall-clock times in England, written with
// TZID=Europe/London and a VTIMEZONE that gives the UK rules (BST from 01:00 UTC on the last
// Sunday of March, GMT from 01:00 UTC on the last Sunday of October), so calendar programs show
// 10:00 as 10:00 in both summer and winter. No instants are computed and the clock is never read:
// DTSTAMP is passed in.

const CRLF = '\r\n';

/** The longest line in octets (RFC 5545 section 3.1), not counting the CRLF. */
export const ICS_MAX_LINE_OCTETS = 75;

export const ICS_PRODUCT_ID = '-//IRO Review Tracker//Review meetings//EN';

/**
 * Europe/London under the rules in force since 1996 (Summer Time Act 1972 as amended: BST from
 * 01:00 GMT on the last Sunday in March to 01:00 GMT on the last Sunday in October). The rules
 * start in 1970, as the commonly published VTIMEZONE does; earlier history differs, but no review
 * meeting is booked before 1996.
 */
export const EUROPE_LONDON_VTIMEZONE: readonly string[] = Object.freeze([
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]);

/** Escapes a TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so no line is longer than 75 octets of UTF-8: each continuation line
 * starts with a single space (which counts towards its 75). A character is never split across
 * lines (RFC 5545 section 3.1 asks that multi-octet characters are kept whole).
 */
export function foldIcsLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > ICS_MAX_LINE_OCTETS) {
      pieces.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(CRLF);
}

export interface IcsOrganiser {
  name?: string | null;
  email: string;
}

/**
 * How a calendar entry names the child. Calendars are shared and synced to phones, so the entry
 * never carries the child's name or anything about the review: the council reference (the
 * default) or the child's initials (a council setting, for services whose staff know children by
 * them).
 */
export type CalendarChildLabel = 'reference' | 'initials';
export const DEFAULT_CALENDAR_CHILD_LABEL: CalendarChildLabel = 'reference';

/** "Review meeting: LA123456", or "Review meeting: S. T." with initials. */
export function meetingCalendarTitle(
  child: { childRef: string; givenName: string; familyName: string },
  label: CalendarChildLabel = DEFAULT_CALENDAR_CHILD_LABEL,
): string {
  if (label === 'reference') return `Review meeting: ${child.childRef}`;
  const initials = [child.givenName, child.familyName]
    .map((name) => name.trim().charAt(0).toUpperCase())
    .filter((letter) => letter !== '')
    .map((letter) => `${letter}.`)
    .join(' ');
  return `Review meeting: ${initials === '' ? child.childRef : initials}`;
}

export interface MeetingIcsInput {
  /** Stable for the meeting, so a rescheduled invitation replaces the first one. */
  uid: string;
  title: string;
  date: IsoDate;
  /** Wall-clock start in England, 'HH:MM'. */
  startTime: TimeOfDay;
  durationMinutes: number;
  /** Venue or joining link; left out of the file when empty. */
  location: string;
  /** Left out of the file when empty. */
  description: string;
  organiser?: IcsOrganiser | null;
  /** DTSTAMP, the instant the file was made, in UTC: 'YYYYMMDDTHHMMSSZ'. Passed in: no clock. */
  stamp: string;
  /** Raise it each time the meeting is moved, so calendars update the event (default 0). */
  sequence?: number;
}

function assertStamp(stamp: string): void {
  const ok =
    typeof stamp === 'string' &&
    /^\d{8}T\d{6}Z$/.test(stamp) &&
    !Number.isNaN(
      dayNumberOrNaN(`${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`),
    ) &&
    Number(stamp.slice(9, 11)) < 24 &&
    Number(stamp.slice(11, 13)) < 60 &&
    Number(stamp.slice(13, 15)) < 60;
  if (!ok) {
    throw new DomainError(
      'invalid-argument',
      `stamp must be a UTC date-time in the form YYYYMMDDTHHMMSSZ, such as 20261122T090000Z: got '${stamp}'`,
      'stamp',
    );
  }
}

function basicDateTime(date: IsoDate, time: TimeOfDay): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** A parameter value (such as CN) cannot hold a double quote or a control character. */
function parameterValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}

function nonBlank(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DomainError('invalid-argument', `${field} must not be empty`, field);
  }
  return value;
}

/**
 * The meeting as an iCalendar file (RFC 5545): CRLF line endings, lines folded at 75 octets, text
 * escaped. DTSTART and DTEND are local times with TZID=Europe/London. The end is the start plus
 * the duration on the wall clock (a meeting running past midnight ends the next day).
 */
export function meetingToIcs(input: MeetingIcsInput): string {
  const uid = nonBlank(input.uid, 'uid');
  const title = nonBlank(input.title, 'title');
  toDayNumber(input.date, 'date');
  timeOfDayToMinutes(input.startTime, 'startTime');
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 1) {
    throw new DomainError(
      'invalid-argument',
      `durationMinutes must be a whole number of 1 or more: got ${input.durationMinutes}`,
      'durationMinutes',
    );
  }
  assertStamp(input.stamp);
  const sequence = input.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) {
    throw new DomainError(
      'invalid-argument',
      `sequence must be a whole number of 0 or more: got ${sequence}`,
      'sequence',
    );
  }
  const end = addMinutesToLocalTime(input.date, input.startTime, input.durationMinutes);

  const event = [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(uid)}`,
    `DTSTAMP:${input.stamp}`,
    `SEQUENCE:${sequence}`,
    `DTSTART;TZID=Europe/London:${basicDateTime(input.date, input.startTime)}`,
    `DTEND;TZID=Europe/London:${basicDateTime(end.date, end.time)}`,
    `SUMMARY:${escapeIcsText(title)}`,
  ];
  if (input.location.trim() !== '') event.push(`LOCATION:${escapeIcsText(input.location)}`);
  if (input.description.trim() !== '') {
    event.push(`DESCRIPTION:${escapeIcsText(input.description)}`);
  }
  if (input.organiser !== undefined && input.organiser !== null) {
    const email = nonBlank(input.organiser.email, 'organiser.email').trim();
    if (/[\s<>"]/.test(email) || !email.includes('@')) {
      throw new DomainError(
        'invalid-argument',
        `organiser.email must be an email address: got '${email}'`,
        'organiser.email',
      );
    }
    const name = input.organiser.name?.trim() ?? '';
    event.push(`ORGANIZER${name === '' ? '' : `;CN=${parameterValue(name)}`}:mailto:${email}`);
  }
  event.push('END:VEVENT');

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...EUROPE_LONDON_VTIMEZONE,
    ...event,
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
