import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek } from './calendar';
import {
  escapeIcsText,
  EUROPE_LONDON_VTIMEZONE,
  foldIcsLine,
  ICS_MAX_LINE_OCTETS,
  meetingCalendarTitle,
  meetingToIcs,
  type MeetingIcsInput,
} from './calendar-file';
import * as domain from './index';

const meeting: MeetingIcsInput = {
  uid: 'meeting-123@iro-review-tracker',
  title: 'Review meeting',
  date: '2026-03-30',
  startTime: '10:00',
  durationMinutes: 90,
  location: 'Room 2, County Hall',
  description: 'Second review; bring the care plan.\nAsk about school',
  organiser: { name: 'Jane Smith', email: 'jane.smith@council.example' },
  stamp: '20261122T090000Z',
};

function lines(ics: string): string[] {
  // Unfold (RFC 5545 section 3.1) and split on CRLF.
  return ics.replace(/\r\n /g, '').split('\r\n');
}

function octets(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}

describe('meetingToIcs', () => {
  it('writes the whole file', () => {
    expect(meetingToIcs(meeting)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//IRO Review Tracker//Review meetings//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
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
        'BEGIN:VEVENT',
        'UID:meeting-123@iro-review-tracker',
        'DTSTAMP:20261122T090000Z',
        'SEQUENCE:0',
        'DTSTART;TZID=Europe/London:20260330T100000',
        'DTEND;TZID=Europe/London:20260330T113000',
        'SUMMARY:Review meeting',
        'LOCATION:Room 2\\, County Hall',
        'DESCRIPTION:Second review\\; bring the care plan.\\nAsk about school',
        'ORGANIZER;CN="Jane Smith":mailto:jane.smith@council.example',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps the local time either side of the clock change', () => {
    // Monday 30 March 2026 is the day after BST starts; Monday 26 October 2026 the day after it ends.
    const summer = lines(meetingToIcs(meeting));
    expect(summer).toContain('DTSTART;TZID=Europe/London:20260330T100000');
    expect(summer).toContain('DTEND;TZID=Europe/London:20260330T113000');
    const winter = lines(meetingToIcs({ ...meeting, date: '2026-10-26' }));
    expect(winter).toContain('DTSTART;TZID=Europe/London:20261026T100000');
    expect(winter).toContain('DTEND;TZID=Europe/London:20261026T113000');
    // The clock-change days themselves are plain wall-clock days too.
    const changeDay = lines(meetingToIcs({ ...meeting, date: '2026-03-29', startTime: '00:30' }));
    expect(changeDay).toContain('DTEND;TZID=Europe/London:20260329T020000');
  });

  it('rolls the end date past midnight', () => {
    const ics = lines(
      meetingToIcs({ ...meeting, date: '2026-12-31', startTime: '23:30', durationMinutes: 60 }),
    );
    expect(ics).toContain('DTSTART;TZID=Europe/London:20261231T233000');
    expect(ics).toContain('DTEND;TZID=Europe/London:20270101T003000');
  });

  it('uses CRLF line endings only, ending with one', () => {
    const ics = meetingToIcs(meeting);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeIcsText('a, b; c\\ d\ne\r\nf\rg')).toBe('a\\, b\\; c\\\\ d\\ne\\nf\\ng');
    const ics = lines(
      meetingToIcs({ ...meeting, title: 'Review: A, B; C\\D', description: 'line 1\r\nline 2' }),
    );
    expect(ics).toContain('SUMMARY:Review: A\\, B\\; C\\\\D');
    expect(ics).toContain('DESCRIPTION:line 1\\nline 2');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const description = `${'Agenda: '.repeat(20)}café 👋 ${'é'.repeat(60)}`;
    const ics = meetingToIcs({ ...meeting, description });
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines(ics)).toContain(`DESCRIPTION:${escapeIcsText(description)}`);
    const folded = ics.split('\r\n').filter((line) => line.startsWith(' '));
    expect(folded.length).toBeGreaterThan(2);
  });

  it('foldIcsLine: exactly 75 octets is not folded, 76 is', () => {
    expect(ICS_MAX_LINE_OCTETS).toBe(75);
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldIcsLine('x'.repeat(150))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
    // A 2-octet character that would straddle octet 75 moves to the next line.
    expect(foldIcsLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
  });

  it('property: folding keeps every line within 75 octets and unfolds to the original', () => {
    fc.assert(
      fc.property(
        fc.string({
          // ASCII, the characters that are escaped, and 2-, 3- and 4-octet characters.
          unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\\', '\n', '\r', 'é', '€', '👋', 'ß'),
          maxLength: 400,
        }),
        (text) => {
          const line = `DESCRIPTION:${escapeIcsText(text)}`;
          const folded = foldIcsLine(line);
          const longest = Math.max(...folded.split('\r\n').map(octets));
          expect(longest).toBeLessThanOrEqual(75);
          expect(folded.replace(/\r\n /g, '')).toBe(line);
        },
      ),
    );
  });

  it('leaves out an empty location, description and organiser', () => {
    const ics = lines(
      meetingToIcs({ ...meeting, location: ' ', description: '', organiser: undefined }),
    );
    expect(ics.some((l) => /^(LOCATION|DESCRIPTION|ORGANIZER)/.test(l))).toBe(false);
  });

  it('quotes the organiser name and leaves it out when blank', () => {
    expect(
      lines(
        meetingToIcs({ ...meeting, organiser: { name: 'Smith, "Jo"', email: 'jo@x.example' } }),
      ),
    ).toContain('ORGANIZER;CN="Smith, \'Jo\'":mailto:jo@x.example');
    expect(lines(meetingToIcs({ ...meeting, organiser: { email: 'jo@x.example' } }))).toContain(
      'ORGANIZER:mailto:jo@x.example',
    );
  });

  it('writes the sequence for a rescheduled meeting', () => {
    expect(lines(meetingToIcs({ ...meeting, sequence: 2 }))).toContain('SEQUENCE:2');
  });

  it('rejects bad input', () => {
    const bad: [Partial<MeetingIcsInput>, string][] = [
      [{ stamp: '2026-11-22T09:00:00Z' }, 'stamp'],
      [{ stamp: '20261122T090000' }, 'stamp'],
      [{ stamp: '20260230T090000Z' }, 'stamp'],
      [{ stamp: '20261122T240000Z' }, 'stamp'],
      [{ uid: ' ' }, 'uid'],
      [{ title: '' }, 'title'],
      [{ startTime: '10.00' }, 'startTime'],
      [{ date: '2026-02-29' }, 'date'],
      [{ durationMinutes: 0 }, 'durationMinutes'],
      [{ sequence: -1 }, 'sequence'],
      [{ organiser: { email: 'not an email' } }, 'organiser.email'],
    ];
    for (const [change, field] of bad) {
      expect(() => meetingToIcs({ ...meeting, ...change })).toThrow(
        expect.objectContaining({ field }),
      );
    }
  });
});

describe('the Europe/London VTIMEZONE', () => {
  it('starts its rules on a last Sunday of March and of October', () => {
    expect(EUROPE_LONDON_VTIMEZONE).toContain('DTSTART:19700329T010000');
    expect(EUROPE_LONDON_VTIMEZONE).toContain('DTSTART:19701025T020000');
    expect(dayOfWeek('1970-03-29')).toBe(0);
    expect(dayOfWeek('1970-04-05')).toBe(0); // the next Sunday is in April
    expect(dayOfWeek('1970-10-25')).toBe(0);
    expect(dayOfWeek('1970-11-01')).toBe(0); // the next Sunday is in November
  });

  it('agrees with the time zone database for 1996 to 2037', () => {
    // Test-only check against Intl: the domain itself never turns times into instants.
    const offset = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      timeZoneName: 'shortOffset',
    });
    const isBst = (ms: number) =>
      offset.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value === 'GMT+1';
    const lastSunday = (year: number, month: number) => {
      for (let day = 31; ; day--) {
        const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        if (dayOfWeek(date) === 0) return day;
      }
    };
    for (let year = 1996; year <= 2037; year++) {
      const march = lastSunday(year, 3);
      const october = lastSunday(year, 10);
      // BST from 01:00 UTC on the last Sunday of March; GMT from 01:00 UTC on the last Sunday of
      // October (02:00 BST, the local time in the STANDARD DTSTART).
      expect(isBst(Date.UTC(year, 2, march, 0, 59))).toBe(false);
      expect(isBst(Date.UTC(year, 2, march, 1, 0))).toBe(true);
      expect(isBst(Date.UTC(year, 9, october, 0, 59))).toBe(true);
      expect(isBst(Date.UTC(year, 9, october, 1, 0))).toBe(false);
    }
  });
});

describe('calendar-file in the public contract', () => {
  it('is exported from index.ts', () => {
    const names = [
      'meetingToIcs',
      'escapeIcsText',
      'foldIcsLine',
      'EUROPE_LONDON_VTIMEZONE',
      'ICS_MAX_LINE_OCTETS',
      'ICS_PRODUCT_ID',
    ];
    const exported = new Set(Object.keys(domain));
    expect(names.filter((name) => !exported.has(name))).toEqual([]);
  });
});

describe('meetingCalendarTitle: calendars never carry the child’s name', () => {
  const child = { childRef: 'LA123456', givenName: 'sofia', familyName: 'Taylor-Brown' };

  it('names the child by council reference by default', () => {
    expect(meetingCalendarTitle(child)).toBe('Review meeting: LA123456');
  });

  it('or by initials, a council setting', () => {
    expect(meetingCalendarTitle(child, 'initials')).toBe('Review meeting: S. T.');
    expect(meetingCalendarTitle({ ...child, givenName: ' ', familyName: '' }, 'initials')).toBe(
      'Review meeting: LA123456',
    );
  });
});
