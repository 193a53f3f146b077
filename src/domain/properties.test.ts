import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dateInEngland,
  dayNumberFromParts,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
} from './calendar';
import {
  nextReviewDue,
  reviewHistory,
  SHORT_BREAK_REVIEW_RULES,
  STANDARD_REVIEW_RULES,
} from './schedule';
import { reviewStatus } from './status';
import { CALENDAR, HOLIDAYS } from './test-holidays';

const FIRST = dayNumberFromParts(2015, 1, 1);
const LAST = dayNumberFromParts(2028, 12, 31);
const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const rules = fc.constantFrom(STANDARD_REVIEW_RULES, SHORT_BREAK_REVIEW_RULES);

// A deliberately naive reference: one day at a time, using the JavaScript Date in UTC only.
const holidaySet = new Set(HOLIDAYS);
const MS_PER_DAY = 86_400_000;
function naiveIsWorkingDay(iso: string): boolean {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidaySet.has(iso);
}
function naiveNext(iso: string, step: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + step * MS_PER_DAY).toISOString().slice(0, 10);
}
function naiveWorkingDaysBetween(from: string, to: string): number {
  let count = 0;
  if (from <= to) {
    for (let d = from; d < to;) {
      d = naiveNext(d, 1);
      if (naiveIsWorkingDay(d)) count++;
    }
    return count;
  }
  for (let d = to; d < from; d = naiveNext(d, 1)) if (naiveIsWorkingDay(d)) count--;
  return count;
}
function naiveAddWorkingDays(start: string, n: number): string {
  let d = start;
  const step = n >= 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0;) {
    d = naiveNext(d, step);
    if (naiveIsWorkingDay(d)) left--;
  }
  return d;
}

/** A period of care with 0-8 distinct reviews on or after the start, given in shuffled order. */
const episode = fc
  .record({
    start: fc.integer({ min: FIRST, max: LAST - 1500 }),
    offsets: fc.uniqueArray(fc.integer({ min: 0, max: 1500 }), { maxLength: 8 }),
  })
  .chain(({ start, offsets }) =>
    fc.shuffledSubarray(offsets, { minLength: offsets.length }).map((shuffled) => ({
      becameLookedAfter: fromDayNumber(start),
      reviews: shuffled.map((offset) => fromDayNumber(start + offset)),
    })),
  );

describe('properties of the calendar', () => {
  it('day numbers agree with the JavaScript Date in UTC for years 1 to 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumberFromParts(1, 1, 1), max: dayNumberFromParts(9999, 12, 31) }),
        (n) => {
          const viaDate = new Date(0);
          viaDate.setTime(n * MS_PER_DAY);
          const iso = viaDate.toISOString().slice(0, 10);
          expect(fromDayNumber(n)).toBe(iso);
          expect(toDayNumber(iso)).toBe(n);
        },
      ),
    );
  });

  it('isIsoDate accepts exactly the real dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const utc = new Date(0);
          utc.setUTCFullYear(y, m - 1, d);
          const real =
            m >= 1 &&
            m <= 12 &&
            d >= 1 &&
            utc.getUTCFullYear() === y &&
            utc.getUTCMonth() === m - 1 &&
            utc.getUTCDate() === d;
          expect(isIsoDate(iso)).toBe(real);
        },
      ),
    );
  });

  it('addMonths never yields an invalid date and never moves back', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 240 }), (d, months) => {
        const result = addMonths(d, months);
        expect(isIsoDate(result)).toBe(true);
        expect(compareDates(result, d)).toBeGreaterThanOrEqual(0);
        // Same day of the month, or the last day of a shorter month.
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const [ry, rm, rday] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
        if (rday !== day) {
          expect(rday).toBeLessThan(day);
          expect(addDays(result, 1).slice(8)).toBe('01');
        }
      }),
    );
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -3000, max: 3000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });

  it('dateInEngland is the UTC date or the day after (England is UTC+0 or UTC+1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2028, 11, 31) }), (ms) => {
        const utcDate = new Date(ms).toISOString().slice(0, 10);
        const inEngland = dateInEngland(new Date(ms));
        expect([utcDate, addDays(utcDate, 1)]).toContain(inEngland);
      }),
    );
  });
});

describe('properties of working days', () => {
  it('WorkingDayCalendar agrees with a naive day-by-day count on random ranges', () => {
    const wide = fc
      .integer({ min: dayNumberFromParts(2014, 6, 1), max: dayNumberFromParts(2029, 6, 30) })
      .map(fromDayNumber);
    fc.assert(
      fc.property(wide, fc.integer({ min: -120, max: 120 }), (from, offset) => {
        const to = addDays(from, offset);
        expect(CALENDAR.workingDaysBetween(from, to)).toBe(naiveWorkingDaysBetween(from, to));
        expect(CALENDAR.isWorkingDay(from)).toBe(naiveIsWorkingDay(from));
      }),
      { numRuns: 500 },
    );
  });

  it('addWorkingDays agrees with a naive day-by-day walk', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }), (d, n) => {
        expect(CALENDAR.addWorkingDays(d, n)).toBe(naiveAddWorkingDays(d, n));
      }),
      { numRuns: 500 },
    );
  });

  it('addWorkingDays then workingDaysBetween round-trips', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }), (d, n) => {
        const result = CALENDAR.addWorkingDays(d, n);
        expect(CALENDAR.workingDaysBetween(d, result)).toBe(n);
        if (n !== 0) expect(CALENDAR.isWorkingDay(result)).toBe(true);
      }),
    );
  });

  it('workingDaysBetween has the sign of the calendar-day difference', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const count = CALENDAR.workingDaysBetween(a, b);
        if (compareDates(a, b) <= 0) expect(count).toBeGreaterThanOrEqual(0);
        else expect(count).toBeLessThanOrEqual(0);
        expect(Math.abs(count)).toBeLessThanOrEqual(Math.abs(daysBetween(a, b)));
      }),
    );
  });
});

describe('properties of the review schedule', () => {
  it('the first review is due on a working day, exactly 20 working days on', () => {
    fc.assert(
      fc.property(date, (becameLookedAfter) => {
        const { due } = nextReviewDue({ becameLookedAfter, reviews: [] }, CALENDAR);
        expect(CALENDAR.isWorkingDay(due)).toBe(true);
        expect(CALENDAR.workingDaysBetween(becameLookedAfter, due)).toBe(20);
        // ...and the earliest such day.
        expect(CALENDAR.workingDaysBetween(becameLookedAfter, addDays(due, -1))).toBe(19);
      }),
    );
  });

  it('due dates never go down as the previous review (or start) gets later', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 3 }),
        rules,
        (start, gap, heldBefore, ruleSet) => {
          // Reviews held at fixed offsets, then a last review (or the start itself) moved later.
          const earlier = Array.from({ length: heldBefore }, (_, i) => addDays(start, i * 30));
          const base = heldBefore === 0 ? start : addDays(start, heldBefore * 30);
          const later = addDays(base, gap);
          const dueEarly =
            heldBefore === 0
              ? nextReviewDue({ becameLookedAfter: base, reviews: [] }, CALENDAR, ruleSet)
              : nextReviewDue(
                  { becameLookedAfter: start, reviews: [...earlier, base] },
                  CALENDAR,
                  ruleSet,
                );
          const dueLate =
            heldBefore === 0
              ? nextReviewDue({ becameLookedAfter: later, reviews: [] }, CALENDAR, ruleSet)
              : nextReviewDue(
                  { becameLookedAfter: start, reviews: [...earlier, later] },
                  CALENDAR,
                  ruleSet,
                );
          expect(compareDates(dueEarly.due, dueLate.due)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  it('reviewHistory agrees with calling nextReviewDue before each review', () => {
    fc.assert(
      fc.property(episode, rules, (ep, ruleSet) => {
        const history = reviewHistory(ep, CALENDAR, ruleSet);
        const sorted = [...ep.reviews].sort();
        expect(history.map((h) => h.held)).toEqual(sorted);
        history.forEach((held, i) => {
          const expected = nextReviewDue(
            { becameLookedAfter: ep.becameLookedAfter, reviews: sorted.slice(0, i) },
            CALENDAR,
            ruleSet,
          );
          expect(held).toMatchObject({
            due: expected.due,
            kind: expected.kind,
            sequence: expected.sequence,
            reason: expected.reason,
          });
          expect(held.inTimescale).toBe(compareDates(held.held, held.due) <= 0);
          expect(held.daysLate).toBe(Math.max(0, daysBetween(held.due, held.held)));
        });
        const next = nextReviewDue(ep, CALENDAR, ruleSet);
        expect(next.sequence).toBe(history.length + 1);
        expect(next.countedFrom).toBe(sorted[sorted.length - 1] ?? ep.becameLookedAfter);
      }),
    );
  });

  it('the next review is never due before the date it is counted from', () => {
    fc.assert(
      fc.property(episode, rules, (ep, ruleSet) => {
        const next = nextReviewDue(ep, HOLIDAYS, ruleSet);
        expect(compareDates(next.due, next.countedFrom)).toBeGreaterThan(0);
      }),
    );
  });
});

describe('properties of review status', () => {
  it('overdue exactly when today is after the due date', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: -200, max: 200 }),
        fc.boolean(),
        (due, offset, booked) => {
          const today = addDays(due, offset);
          const result = reviewStatus({
            due,
            today,
            holidays: CALENDAR,
            bookedMeetingDate: booked ? addDays(today, 3) : null,
          });
          expect(result.status === 'overdue').toBe(offset > 0);
          expect(result.daysOverdue).toBe(Math.max(0, offset));
          expect(result.workingDaysLeft).toBe(CALENDAR.workingDaysBetween(today, due));
        },
      ),
    );
  });
});
