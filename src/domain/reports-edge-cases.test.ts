import { describe, expect, it } from 'vitest';
import { type ParticipationCode } from './participation';
import { children, FY, input, review } from './report-test-data';
import {
  annualReportFigures,
  formatPercent,
  type AnnualReportInput,
  type ReportChild,
} from './reports';
import { SHORT_BREAK_REVIEW_RULES } from './schedule';
import { CALENDAR } from './test-holidays';

describe('annualReportFigures edge cases', () => {
  const empty: AnnualReportInput = {
    period: FY,
    children: [],
    reviews: [],
    escalations: [],
    iros: [],
    holidays: CALENDAR,
  };

  it('an empty dataset gives zeros and n/a, never a division by zero', () => {
    const f = annualReportFigures(empty);
    expect(f.reviewsHeld.value).toBe(0);
    expect(f.reviewsInTimescale.value).toEqual({ count: 0, outOf: 0, percent: null });
    expect(formatPercent(f.reviewsInTimescale.value)).toBe('n/a');
    expect(f.participation.value.percent).toBeNull();
    expect(f.participationIncludingUnder4s.value.percent).toBeNull();
    expect(f.advocacyOffered.value.percent).toBeNull();
    expect(f.recordOfReviewWithinTarget.value.percent).toBeNull();
    expect(f.managerSignOffInTime.value.percent).toBeNull();
    expect(f.caseloads.value).toEqual({
      byIro: [],
      allocated: 0,
      unallocated: 0,
      totalFte: 0,
      perFte: null,
    });
    expect(f.reviewsByMonth.value).toHaveLength(12);
    expect(f.lateReviews.value).toEqual([]);
  });

  it('a one-day period and a period within one month', () => {
    const day = annualReportFigures({ ...input, period: { from: '2026-03-31', to: '2026-03-31' } });
    expect(day.reviewsHeld.value).toBe(1); // E's review
    expect(day.childrenStartedToBeLookedAfter.value).toBe(0);
    expect(day.childrenCeasedToBeLookedAfter.value).toBe(1); // H
    expect(day.reviewsByMonth.value).toEqual([
      { month: '2026-03', label: 'March 2026', held: 1, inTimescale: 0 },
    ]);
    expect(day.escalationsRaised.value).toEqual({ total: 1, byStage: { 1: 1, 2: 0, 3: 1 } });
  });

  it('reviews on the boundary dates are in the period; the day either side is not', () => {
    const april = annualReportFigures({
      ...input,
      period: { from: '2025-04-01', to: '2025-04-14' },
    });
    expect(april.reviewsHeld.value).toBe(1); // D on 1 Apr; A on 15 Apr is outside
    const withA = annualReportFigures({
      ...input,
      period: { from: '2025-04-02', to: '2025-04-15' },
    });
    expect(withA.reviewsHeld.value).toBe(1); // A on 15 Apr; D on 1 Apr is outside
  });

  it('the 4th birthday: aged 4 counts in the denominator, the day before does not', () => {
    const child = {
      id: 'K',
      dateOfBirth: '2021-11-20',
      iroId: null,
      periods: [{ start: '2025-10-01', end: null }],
    };
    const run = (heldOn: string, code: ParticipationCode) =>
      annualReportFigures({ ...empty, children: [child], reviews: [review('K', heldOn, code)] });
    expect(run('2025-11-20', 'PN1').participation.value).toEqual({
      count: 1,
      outOf: 1,
      percent: 100,
    });
    expect(run('2025-11-20', 'PN0').participation.value).toEqual({
      count: 0,
      outOf: 1,
      percent: 0,
    });
    expect(run('2025-11-19', 'PN0').participation.value).toEqual({
      count: 0,
      outOf: 0,
      percent: null,
    });
    expect(run('2025-11-19', 'PN0').participationIncludingUnder4s.value).toEqual({
      count: 1,
      outOf: 1,
      percent: 100,
    });
  });

  it('uses the leap-day birthday setting for the age', () => {
    // Born 29 Feb 2096: 4th birthday in 2100 (not a leap year) is 1 March, or 28 Feb by setting.
    const child = {
      id: 'L',
      dateOfBirth: '2096-02-29',
      iroId: null,
      periods: [{ start: '2100-01-04', end: null }],
    };
    const base = {
      ...empty,
      period: { from: '2100-01-01', to: '2100-12-31' },
      children: [child],
      reviews: [review('L', '2100-02-28', 'PN1')],
    };
    expect(annualReportFigures(base).participation.value.outOf).toBe(0);
    expect(
      annualReportFigures({ ...base, settings: { leapDayRule: 'february-28' } }).participation.value
        .outOf,
    ).toBe(1);
  });

  it('a late review of a child on short breaks (reg. 48)', () => {
    const child: ReportChild = {
      id: 'S',
      dateOfBirth: '2014-05-05',
      iroId: null,
      periods: [{ start: '2025-04-10', end: null, ruleSet: SHORT_BREAK_REVIEW_RULES }],
    };
    const f = annualReportFigures({
      ...empty,
      children: [child],
      // First due 10 Jul 2025 (3 months after the first short break); next due 10 Jan 2026.
      reviews: [review('S', '2025-07-10'), review('S', '2026-01-15')],
    });
    expect(f.lateReviews.value).toEqual([
      {
        childId: 'S',
        heldOn: '2026-01-15',
        due: '2026-01-10',
        daysLate: 5,
        dueReason: '6 months after the first review held on 10 July 2025',
        reason: null,
        reasonCode: null,
      },
    ]);
  });

  it('rejects records it cannot count', () => {
    const bad = (change: Partial<AnnualReportInput>) => () =>
      annualReportFigures({ ...input, ...change });
    expect(bad({ period: { from: '2026-04-01', to: '2026-03-31' } })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', field: 'period.to' }),
    );
    expect(bad({ reviews: [review('Z', '2025-05-01')] })).toThrow(
      expect.objectContaining({ field: 'reviews[0].childId' }),
    );
    expect(bad({ reviews: [review('D', '2025-10-01')] })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', field: 'reviews[0].heldOn' }),
    );
    expect(bad({ reviews: [review('A', '2025-05-01'), review('A', '2025-05-01')] })).toThrow(
      expect.objectContaining({ code: 'duplicate-review-date', field: 'reviews[1]' }),
    );
    expect(bad({ reviews: [review('A', '2025-05-01', 'PN9' as ParticipationCode)] })).toThrow(
      expect.objectContaining({ code: 'invalid-participation-code' }),
    );
    expect(
      bad({
        reviews: [
          review('A', '2025-05-01', 'PN1', 'in-person', {
            recordOfReviewCompletedOn: '2025-04-30',
          }),
        ],
      }),
    ).toThrow(expect.objectContaining({ field: 'reviews[0].recordOfReviewCompletedOn' }));
    // A date that is not one names its review and field.
    expect(bad({ reviews: [review('A', '2025-05-01'), review('A', '2025-02-30')] })).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'reviews[1].heldOn' }),
    );
    expect(
      bad({
        reviews: [review('A', '2025-05-01', 'PN1', 'in-person', { managerSignOffOn: '1 May' })],
      }),
    ).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'reviews[0].managerSignOffOn' }),
    );
    expect(
      bad({ reviews: [review('A', '2025-05-01', 'PN1', 'in-person', { decisionsSentOn: '' })] }),
    ).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'reviews[0].decisionsSentOn' }),
    );
    expect(
      bad({
        children: [
          {
            id: 'X',
            dateOfBirth: '2010-01-01',
            iroId: null,
            periods: [
              { start: '2025-01-01', end: '2025-06-01' },
              { start: '2025-05-01', end: null },
            ],
          },
        ],
        reviews: [],
      }),
    ).toThrow(expect.objectContaining({ field: 'children[0].periods' }));
    expect(bad({ children: [children[0]!, children[0]!], reviews: [] })).toThrow(
      expect.objectContaining({ field: 'children[1].id' }),
    );
    expect(
      bad({
        escalations: [
          { childId: 'A', stage: 4 as 1, raisedOn: '2025-05-01', resolvedOn: null, stages: [] },
        ],
      }),
    ).toThrow(expect.objectContaining({ field: 'escalations[0].stage' }));
    expect(bad({ settings: { managerSignOffWorkingDays: -1 } })).toThrow(
      expect.objectContaining({ field: 'managerSignOffWorkingDays' }),
    );
    expect(bad({ iros: [{ id: 'i1', name: 'x', fte: -1 }] })).toThrow(
      expect.objectContaining({ field: 'iros[0].fte' }),
    );
  });

  it('a new period may start on the day the previous one ended', () => {
    const child: ReportChild = {
      id: 'T',
      dateOfBirth: '2010-01-01',
      iroId: null,
      periods: [
        { start: '2025-01-06', end: '2025-05-01' },
        { start: '2025-05-01', end: null },
      ],
    };
    // The review on 1 May belongs to the new period: its first review, due 30 May 2025.
    const f = annualReportFigures({
      ...empty,
      children: [child],
      reviews: [review('T', '2025-05-01')],
    });
    expect(f.reviewsInTimescale.value.count).toBe(1);
    expect(f.childrenStartedToBeLookedAfter.value).toBe(1);
    expect(f.childrenCeasedToBeLookedAfter.value).toBe(1);
  });
});
