import { describe, expect, it } from 'vitest';
import * as domain from './index';
import { children, escalations, input, reviews } from './report-test-data';
import {
  annualReportFigures,
  DEFAULT_ANNUAL_REPORT_SETTINGS,
  DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS,
  formatPercent,
} from './reports';

// The hand-built dataset (report-test-data.ts): 8 children, financial year 2025-26. Every expected
// answer below is worked out by hand in the comments there and here.

describe('annualReportFigures on a hand-built dataset', () => {
  const figures = annualReportFigures(input);

  it('labels the period and uses the default settings', () => {
    expect(figures.period).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
      label: '1 April 2025 to 31 March 2026',
      soFarTo: null,
    });
    expect(figures.settings).toEqual({
      recordOfReviewTargetWorkingDays: 15,
      recordOfReviewLimitWorkingDays: 20,
      managerSignOffWorkingDays: 5,
      leapDayRule: 'march-1',
      iroContactMonths: 6,
      midpointCheckGraceDays: 0,
    });
    expect(DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS).toBe(15);
    expect(DEFAULT_ANNUAL_REPORT_SETTINGS).toEqual(figures.settings);
  });

  it('children looked after at the start and end, started and ceased', () => {
    // Start (1 Apr 2025): A, B (started that day), C, D, F, H = 6. E was out of care, G not yet in.
    expect(figures.childrenLookedAfterAtStart.value).toBe(6);
    // End (31 Mar 2026): A, B, C, E, F, H (ended that day: still counted) = 6.
    expect(figures.childrenLookedAfterAtEnd.value).toBe(6);
    // Started: B (1 Apr 2025), G (1 Jun 2025), E (2 Mar 2026) = 3.
    expect(figures.childrenStartedToBeLookedAfter.value).toBe(3);
    // Ceased: G (30 Jun 2025), D (30 Sep 2025), H (31 Mar 2026) = 3. E's earlier end is in 2024.
    expect(figures.childrenCeasedToBeLookedAfter.value).toBe(3);
    expect(figures.childrenLookedAfterAtEnd.definition).toContain(
      'The end date of a period of care is taken as the last day the child was looked after',
    );
  });

  it('reviews held and held in timescale', () => {
    expect(figures.reviewsHeld.value).toBe(14);
    // Late: 2, 9 and 10. 11 of 14 in timescale = 78.571...%.
    expect(figures.reviewsInTimescale.value).toEqual({
      count: 11,
      outOf: 14,
      percent: (11 * 100) / 14,
    });
    expect(formatPercent(figures.reviewsInTimescale.value)).toBe('78.6%');
    expect(figures.lateReviews.value).toEqual([
      {
        childId: 'F',
        heldOn: '2025-06-20',
        due: '2025-06-10',
        daysLate: 10,
        dueReason: '3 months after the first review held on 10 March 2025',
        reason: null,
        reasonCode: null,
      },
      {
        childId: 'A',
        heldOn: '2025-10-20',
        due: '2025-10-15',
        daysLate: 5,
        dueReason: '6 months after the review held on 15 April 2025',
        reason: null,
        reasonCode: null,
      },
      {
        childId: 'E',
        heldOn: '2026-03-31',
        due: '2026-03-30',
        daysLate: 1,
        dueReason: '20 working days after becoming looked after on 2 March 2026',
        reason: null,
        reasonCode: null,
      },
    ]);
  });

  it('late reviews carry the reason recorded for holding them late (trimmed), if any', () => {
    const withReasons = reviews.map((r) => {
      // Review 2 (A, 5 days late): a reason with spaces around it.
      if (r.childId === 'A' && r.heldOn === '2025-10-20') {
        return { ...r, lateReason: '  The child asked for the review after their exams ' };
      }
      // Review 10 (F, 10 days late): only spaces, so none recorded.
      if (r.childId === 'F' && r.heldOn === '2025-06-20') return { ...r, lateReason: '   ' };
      // Review 1 (A, in timescale): a reason on a review that was not late is not listed.
      if (r.childId === 'A' && r.heldOn === '2025-04-15') return { ...r, lateReason: 'Ignored' };
      return r;
    });
    const late = annualReportFigures({ ...input, reviews: withReasons }).lateReviews.value;
    expect(late.map((r) => [r.childId, r.reason])).toEqual([
      ['F', null],
      ['A', 'The child asked for the review after their exams'],
      ['E', null],
    ]);
    expect(figures.lateReviews.definition).toContain('the reason it was held late as recorded');
  });

  it('participation by code', () => {
    // PN0: B x3, C x2. PN1: A x2, D. Then one each of PN2 (G), PN3, PN4 (H), PN5, PN6 (F), PN7 (E).
    expect(figures.participationByCode.value).toEqual({
      PN0: 5,
      PN1: 3,
      PN2: 1,
      PN3: 1,
      PN4: 1,
      PN5: 1,
      PN6: 1,
      PN7: 1,
    });
  });

  it('% participation of children aged 4 or over', () => {
    // Under 4: B x3 and C on 26 Sep 2025 = 4, leaving 10. Of those, C on her 4th birthday (PN0)
    // and E (PN7) did not participate: 8 of 10.
    expect(figures.participation.value).toEqual({ count: 8, outOf: 10, percent: 80 });
    expect(formatPercent(figures.participation.value)).toBe('80.0%');
    expect(figures.participation.definition).toContain('aged 4 or over on the day of the review');
  });

  it('participation including under-4s is (PN0 + PN1-PN6) / all reviews', () => {
    // 5 PN0 + 8 PN1-PN6 = 13 of 14: only E's PN7 counts against it.
    expect(figures.participationIncludingUnder4s.value.count).toBe(13);
    expect(figures.participationIncludingUnder4s.value.outOf).toBe(14);
    expect(formatPercent(figures.participationIncludingUnder4s.value)).toBe('92.9%');
    expect(figures.participationIncludingUnder4s.definition).toContain(
      'not because the child took part but because a child under 4 cannot be expected to',
    );
  });

  it('participation methods', () => {
    // In person: 1, 8, 13. Virtual: 2, 14. Hybrid: 12. Advocate: 10. Form: 11. Not recorded:
    // B x3, C x2, E.
    expect(figures.participationMethods.value).toEqual({
      'in-person': 3,
      virtual: 2,
      hybrid: 1,
      'via-advocate': 1,
      'consultation-form': 1,
      'not-recorded': 6,
    });
  });

  it('advocacy', () => {
    // Offered at 1, 2, 8, 9, 10, 11, 12, 14 = 8 of 14.
    expect(figures.advocacyOffered.value).toEqual({ count: 8, outOf: 14, percent: 800 / 14 });
    expect(formatPercent(figures.advocacyOffered.value)).toBe('57.1%');
    // Referrals at 2 (Coram Voice), 10 (' coram voice ': the same provider), 12, 14 (no provider).
    expect(figures.advocacyReferrals.value).toBe(4);
    expect(figures.advocacyReferralsByProvider.value).toEqual([
      { provider: 'Coram Voice', count: 2 },
      { provider: 'Young Lives Foundation', count: 1 },
      { provider: null, count: 1 },
    ]);
    expect(figures.advocacyDeclined.value).toBe(1);
  });

  it('caseload per IRO and per FTE at the end of the period', () => {
    // Looked after at the end: A, B (i1); C (i2; D has left); E, H (i3); F (no IRO).
    expect(figures.caseloads.value).toEqual({
      byIro: [
        { iroId: 'i1', name: 'Asha', fte: 1, children: 2, perFte: 2 },
        { iroId: 'i2', name: 'Ben', fte: 0.8, children: 1, perFte: 1.25 },
        { iroId: 'i3', name: 'Cara', fte: 0.5, children: 2, perFte: 4 },
        { iroId: 'i4', name: 'Dev', fte: 0, children: 0, perFte: null },
      ],
      allocated: 5,
      unallocated: 1,
      totalFte: 2.3,
      perFte: 5 / 2.3,
    });
  });

  it('dispute resolution escalations raised, resolved and open by stage', () => {
    // Raised in the period: e2, e3, e4 = 3. Stages reached in the period: stage 1 by e2, e3, e4;
    // stage 2 by e1 (10 Apr 2025) and e3; stage 3 by e3 (on the last day).
    expect(figures.escalationsRaised.value).toEqual({ total: 3, byStage: { 1: 3, 2: 2, 3: 1 } });
    // Resolved in the period: e1 at stage 2, e2 at stage 1. e4 was resolved after the period.
    expect(figures.escalationsResolved.value).toEqual({ total: 2, byStage: { 1: 1, 2: 1, 3: 0 } });
    // Open on 31 Mar 2026: e3 and e4.
    expect(figures.escalationsOpenAtEnd.value).toBe(2);
  });

  it('record of review within the local target and the limit', () => {
    // Within 15: 1, 5, 6, 7, 10 (on the deadline), 12, 13 = 7. Within 20: those and 2, 8, 11 = 10.
    // 4 and 9 are not completed and count against both (no "today" given).
    expect(figures.recordOfReviewWithinTarget.value).toEqual({ count: 7, outOf: 14, percent: 50 });
    expect(figures.recordOfReviewWithinLimit.value).toEqual({
      count: 10,
      outOf: 14,
      percent: 1000 / 14,
    });
    expect(formatPercent(figures.recordOfReviewWithinLimit.value)).toBe('71.4%');
    expect(figures.recordOfReviewNotYetCompleted.value).toBe(2);
    expect(figures.recordOfReviewWithinTarget.label).toBe(
      'Record of review within 15 working days (local target)',
    );
  });

  it('manager sign-off within 5 working days of the decisions being sent', () => {
    // Decisions sent for 1, 2, 8, 9, 10, 14 (6). In time: 1 and 10. Not yet signed off: 8, 9, 14.
    // Review 3's sign-off has no decisionsSentOn, so it cannot be timed and is left out.
    expect(figures.managerSignOffInTime.value).toEqual({ count: 2, outOf: 6, percent: 100 / 3 });
    expect(formatPercent(figures.managerSignOffInTime.value)).toBe('33.3%');
    expect(figures.managerSignOffNotYetDone.value).toBe(3);
  });

  it('with today given, work not yet due is left out', () => {
    // Today 8 Apr 2026: review 9's record is due by 23 Apr (target) and 30 Apr (limit), and its
    // sign-off by 9 Apr: all left out. Review 14's sign-off was due 2 Apr: still counted.
    const asAt = annualReportFigures({ ...input, today: '2026-04-08' });
    expect(asAt.recordOfReviewWithinTarget.value).toEqual({
      count: 7,
      outOf: 13,
      percent: 700 / 13,
    });
    expect(formatPercent(asAt.recordOfReviewWithinTarget.value)).toBe('53.8%');
    expect(formatPercent(asAt.recordOfReviewWithinLimit.value)).toBe('76.9%');
    expect(asAt.recordOfReviewNotYetCompleted.value).toBe(2);
    expect(asAt.managerSignOffInTime.value).toEqual({ count: 2, outOf: 5, percent: 40 });
    expect(asAt.recordOfReviewWithinTarget.definition).toContain('today is 8 April 2026');
  });

  it('a different local target', () => {
    // Within 10 working days: 5 (same day), 6 (10 Oct = 10 working days), 7 (7), 12 (5),
    // 13 (6) = 5.
    const ten = annualReportFigures({
      ...input,
      settings: { recordOfReviewTargetWorkingDays: 10 },
    });
    expect(ten.recordOfReviewWithinTarget.value.count).toBe(5);
    expect(ten.recordOfReviewWithinTarget.label).toBe(
      'Record of review within 10 working days (local target)',
    );
    // A setting given as undefined keeps its default.
    const same = annualReportFigures({
      ...input,
      settings: { recordOfReviewTargetWorkingDays: undefined },
    });
    expect(same.recordOfReviewWithinTarget.value.count).toBe(7);
  });

  it('reviews by month', () => {
    expect(figures.reviewsByMonth.value).toEqual([
      { month: '2025-04', label: 'April 2025', held: 2, inTimescale: 2 }, // 1, 8
      { month: '2025-05', label: 'May 2025', held: 1, inTimescale: 1 }, // 3
      { month: '2025-06', label: 'June 2025', held: 2, inTimescale: 1 }, // 10 late, 12
      { month: '2025-07', label: 'July 2025', held: 2, inTimescale: 2 }, // 4, 13
      { month: '2025-08', label: 'August 2025', held: 0, inTimescale: 0 },
      { month: '2025-09', label: 'September 2025', held: 1, inTimescale: 1 }, // 6
      { month: '2025-10', label: 'October 2025', held: 1, inTimescale: 0 }, // 2 late
      { month: '2025-11', label: 'November 2025', held: 1, inTimescale: 1 }, // 7
      { month: '2025-12', label: 'December 2025', held: 1, inTimescale: 1 }, // 11
      { month: '2026-01', label: 'January 2026', held: 2, inTimescale: 2 }, // 5, 14
      { month: '2026-02', label: 'February 2026', held: 0, inTimescale: 0 },
      { month: '2026-03', label: 'March 2026', held: 1, inTimescale: 0 }, // 9 late
    ]);
  });

  it('every figure has a label and a definition', () => {
    const entries = Object.entries(figures).filter(
      ([key]) => key !== 'period' && key !== 'settings' && key !== 'qualityChecks',
    );
    expect(entries).toHaveLength(30);
    // The quality checks are a list of figures, one a check.
    expect(figures.qualityChecks).toHaveLength(5);
    const all: unknown[] = [...entries.map(([, v]): unknown => v), ...figures.qualityChecks];
    for (const value of all) {
      const figure = value as { label: string; definition: string };
      expect(figure.label.length).toBeGreaterThan(0);
      expect(figure.definition.length).toBeGreaterThan(20);
    }
  });

  it('the same answers in any input order', () => {
    const shuffled = annualReportFigures({
      ...input,
      children: [...children].reverse(),
      reviews: [...reviews].reverse(),
      escalations: [...escalations].reverse(),
    });
    expect(shuffled.lateReviews.value).toEqual(figures.lateReviews.value);
    expect(shuffled.reviewsInTimescale.value).toEqual(figures.reviewsInTimescale.value);
    expect(shuffled.participation.value).toEqual(figures.participation.value);
    expect(shuffled.reviewsByMonth.value).toEqual(figures.reviewsByMonth.value);
  });
});

describe('reports in the public contract', () => {
  it('is exported from index.ts', () => {
    const names = [
      'annualReportFigures',
      'financialYearPeriod',
      'formatPercent',
      'ratio',
      'DEFAULT_ANNUAL_REPORT_SETTINGS',
      'DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS',
    ];
    const exported = new Set(Object.keys(domain));
    expect(names.filter((name) => !exported.has(name))).toEqual([]);
  });
});

describe('annualReportFigures for a period that has not ended', () => {
  // Today is inside the period: every figure is counted to today and worded "so far".
  const soFar = annualReportFigures({ ...input, today: '2025-12-01' });
  const toToday = annualReportFigures({
    ...input,
    period: { from: '2025-04-01', to: '2025-12-01' },
  });

  it('counts to today, not to the future end of the period', () => {
    expect(soFar.period).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
      label: '1 April 2025 to 31 March 2026, so far, to 1 December 2025',
      soFarTo: '2025-12-01',
    });
    expect(soFar.childrenLookedAfterAtEnd.value).toBe(toToday.childrenLookedAfterAtEnd.value);
    expect(soFar.reviewsHeld.value).toBe(toToday.reviewsHeld.value);
    expect(soFar.escalationsOpenAtEnd.value).toBe(toToday.escalationsOpenAtEnd.value);
  });

  it('says so in the labels and definitions', () => {
    expect(soFar.childrenLookedAfterAtEnd.label).toBe(
      'Children looked after at the end of the period so far, to 1 December 2025',
    );
    expect(soFar.childrenLookedAfterAtEnd.definition).toMatch(
      /^Children looked after on 1 December 2025, today: the period has not ended/,
    );
    expect(soFar.escalationsOpenAtEnd.label).toBe(
      'Escalations open at the end of the period so far, to 1 December 2025',
    );
    expect(soFar.reviewsHeld.definition).toContain('from 1 April 2025 to 1 December 2025');
  });

  it('is the whole period once it has ended (today on or after its last day)', () => {
    const ended = annualReportFigures({ ...input, today: '2026-03-31' });
    expect(ended.period.soFarTo).toBeNull();
    expect(ended.childrenLookedAfterAtEnd.label).toBe(
      'Children looked after at the end of the period',
    );
  });
});
