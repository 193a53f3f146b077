import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberFromParts, fromDayNumber } from './calendar';
import { type ParticipationCode, type ParticipationMethod } from './participation';
import { review } from './report-test-data';
import { annualReportFigures, type ReportChild, type ReportReview } from './reports';
import { CALENDAR } from './test-holidays';

describe('properties of the report', () => {
  const FIRST = dayNumberFromParts(2024, 1, 1);
  const childArb = fc.record({
    dob: fc.integer({ min: dayNumberFromParts(2006, 1, 1), max: FIRST }),
    start: fc.integer({ min: FIRST, max: FIRST + 800 }),
    length: fc.option(fc.integer({ min: 0, max: 700 })),
    offsets: fc.uniqueArray(fc.integer({ min: 0, max: 700 }), { maxLength: 6 }),
    codes: fc.array(
      fc.constantFrom<ParticipationCode[]>('PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'),
      {
        minLength: 6,
        maxLength: 6,
      },
    ),
    method: fc.constantFrom<(ParticipationMethod | null)[]>(null, 'in-person', 'virtual', 'hybrid'),
  });

  it('held = sum of the PN counts = sum of the methods; in timescale <= held; months add up', () => {
    fc.assert(
      fc.property(
        fc.array(childArb, { maxLength: 8 }),
        fc.integer({ min: FIRST, max: FIRST + 900 }),
        fc.integer({ min: 0, max: 500 }),
        (raw, periodStart, periodLength) => {
          const kids: ReportChild[] = [];
          const revs: ReportReview[] = [];
          raw.forEach((c, i) => {
            const end = c.length === null ? null : c.start + c.length;
            kids.push({
              id: `c${i}`,
              dateOfBirth: fromDayNumber(c.dob),
              iroId: i % 2 === 0 ? 'i1' : null,
              periods: [
                { start: fromDayNumber(c.start), end: end === null ? null : fromDayNumber(end) },
              ],
            });
            c.offsets
              .filter((o) => end === null || c.start + o <= end)
              .forEach((o, j) => {
                revs.push(
                  review(`c${i}`, fromDayNumber(c.start + o), c.codes[j] ?? 'PN1', c.method),
                );
              });
          });
          const f = annualReportFigures({
            period: {
              from: fromDayNumber(periodStart),
              to: fromDayNumber(periodStart + periodLength),
            },
            children: kids,
            reviews: revs,
            escalations: [],
            iros: [{ id: 'i1', name: 'IRO', fte: 1 }],
            holidays: CALENDAR,
          });
          const held = f.reviewsHeld.value;
          const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
          expect(sum(Object.values(f.participationByCode.value))).toBe(held);
          expect(sum(Object.values(f.participationMethods.value))).toBe(held);
          const inTimescale = f.reviewsInTimescale.value.count;
          expect(inTimescale).toBeLessThanOrEqual(held);
          expect(f.lateReviews.value).toHaveLength(held - inTimescale);
          expect(sum(f.reviewsByMonth.value.map((m) => m.held))).toBe(held);
          expect(sum(f.reviewsByMonth.value.map((m) => m.inTimescale))).toBe(inTimescale);
          expect(f.participation.value.count).toBeLessThanOrEqual(f.participation.value.outOf);
          expect(f.participation.value.outOf).toBeLessThanOrEqual(held);
          expect(f.participationIncludingUnder4s.value.count).toBe(
            held - f.participationByCode.value.PN7,
          );
          expect(f.caseloads.value.allocated + f.caseloads.value.unallocated).toBe(
            f.childrenLookedAfterAtEnd.value,
          );
          expect(f.recordOfReviewWithinTarget.value.count).toBeLessThanOrEqual(
            f.recordOfReviewWithinLimit.value.count,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
