import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberFromParts, fromDayNumber } from './calendar';
import { type ParticipationCode, type ParticipationMethod } from './participation';
import {
  annualReportFigures,
  DEFAULT_ANNUAL_REPORT_SETTINGS,
  DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS,
  financialYearPeriod,
  formatPercent,
  ratio,
  type AnnualReportInput,
  type ReportChild,
  type ReportEscalation,
  type ReportIro,
  type ReportReview,
} from './reports';
import { SHORT_BREAK_REVIEW_RULES } from './schedule';
import { CALENDAR } from './test-holidays';
import * as domain from './index';

// ---------------------------------------------------------------------------------------------
// A hand-built dataset: 8 children, financial year 2025-26 (1 April 2025 to 31 March 2026).
// Every expected answer below is worked out by hand in the comments. Bank holidays that matter:
// 2025: Good Friday 18 Apr, Easter Monday 21 Apr, 5 May, 26 May, 25 Aug, 25 and 26 Dec;
// 2026: 1 Jan, Good Friday 3 Apr, Easter Monday 6 Apr. 2024: Easter Monday 1 Apr.
// ---------------------------------------------------------------------------------------------

const FY = { from: '2025-04-01', to: '2026-03-31' };

const children: ReportChild[] = [
  // A: looked after throughout. Aged 14-15.
  {
    id: 'A',
    dateOfBirth: '2010-06-15',
    iroId: 'i1',
    periods: [{ start: '2024-01-10', end: null }],
  },
  // B: became looked after on the first day of the period. Aged 2-3 all year: PN0.
  {
    id: 'B',
    dateOfBirth: '2022-05-10',
    iroId: 'i1',
    periods: [{ start: '2025-04-01', end: null }],
  },
  // C: turns 4 on 20 November 2025, the day of a review.
  {
    id: 'C',
    dateOfBirth: '2021-11-20',
    iroId: 'i2',
    periods: [{ start: '2024-06-03', end: null }],
  },
  // D: ceased to be looked after on 30 September 2025.
  {
    id: 'D',
    dateOfBirth: '2008-03-31',
    iroId: 'i2',
    periods: [{ start: '2025-01-06', end: '2025-09-30' }],
  },
  // E: left care at the end of 2024, came back on 2 March 2026 (a new period of care).
  {
    id: 'E',
    dateOfBirth: '2012-02-29',
    iroId: 'i3',
    periods: [
      { start: '2020-01-01', end: '2024-12-31' },
      { start: '2026-03-02', end: null },
    ],
  },
  // F: no IRO allocated.
  {
    id: 'F',
    dateOfBirth: '2009-09-09',
    iroId: null,
    periods: [{ start: '2025-02-10', end: null }],
  },
  // G: a short stay in June 2025 (started on a Sunday).
  {
    id: 'G',
    dateOfBirth: '2015-01-01',
    iroId: 'i1',
    periods: [{ start: '2025-06-01', end: '2025-06-30' }],
  },
  // H: ceased to be looked after on the last day of the period.
  {
    id: 'H',
    dateOfBirth: '2009-04-01',
    iroId: 'i3',
    periods: [{ start: '2024-04-01', end: '2026-03-31' }],
  },
];

const noAdvocacy = { offered: false, referralMade: false, provider: null, declined: false };
const offeredOnly = { offered: true, referralMade: false, provider: null, declined: false };

function review(
  childId: string,
  heldOn: string,
  participationCode: ParticipationCode = 'PN1',
  participationMethod: ParticipationMethod | null = 'in-person',
  extra: Partial<ReportReview> = {},
): ReportReview {
  return {
    childId,
    heldOn,
    participationCode,
    participationMethod,
    advocacy: noAdvocacy,
    recordOfReviewCompletedOn: null,
    decisionsSentOn: null,
    managerSignOffOn: null,
    ...extra,
  };
}

const reviews: ReportReview[] = [
  // Before the period: they set the due dates of the reviews in it.
  review('A', '2024-02-05'), // 1st, due 7 Feb 2024 (20 working days after 10 Jan)
  review('A', '2024-05-01'), // 2nd, due 5 May 2024
  review('A', '2024-10-20'), // 3rd, due 1 Nov 2024
  review('C', '2024-06-28', 'PN0', null), // 1st, due 1 Jul 2024
  review('C', '2024-09-27', 'PN0', null), // 2nd, due 28 Sep 2024
  review('C', '2025-03-27', 'PN0', null), // 3rd, due 27 Mar 2025
  review('D', '2025-01-30'), // 1st, due 3 Feb 2025
  review('F', '2025-03-10'), // 1st, due 10 Mar 2025 (20 working days after 10 Feb)
  review('H', '2024-04-26'), // 1st, due 29 Apr 2024 (20 working days after Easter Monday)
  review('H', '2024-07-25'), // 2nd, due 26 Jul 2024
  review('H', '2025-01-24'), // 3rd, due 25 Jan 2025

  // In the period (14 reviews), numbered for the comments below.
  // 1. A: due 20 Apr 2025 (6 months after 20 Oct 2024): in timescale.
  review('A', '2025-04-15', 'PN1', 'in-person', {
    advocacy: offeredOnly,
    recordOfReviewCompletedOn: '2025-05-09', // target 9 May, limit 16 May: within both
    decisionsSentOn: '2025-04-16',
    managerSignOffOn: '2025-04-25', // due 25 Apr (5 working days over Easter): in time
  }),
  // 2. A: due 15 Oct 2025 (6 months after 15 Apr): 5 days LATE.
  review('A', '2025-10-20', 'PN1', 'virtual', {
    advocacy: { offered: true, referralMade: true, provider: 'Coram Voice', declined: false },
    recordOfReviewCompletedOn: '2025-11-11', // target 10 Nov, limit 17 Nov: limit only
    decisionsSentOn: '2025-10-21',
    managerSignOffOn: '2025-10-29', // due 28 Oct: late
  }),
  // 3. B: first review, due 1 May 2025 (20 working days after 1 Apr, skipping Easter): held on
  //    the due date, in timescale.
  review('B', '2025-05-01', 'PN0', null, {
    recordOfReviewCompletedOn: '2025-06-03', // target 23 May, limit 2 Jun: neither
    managerSignOffOn: '2025-05-05', // no decisionsSentOn: not in the sign-off measure
  }),
  // 4. B: second, due 1 Aug 2025: in timescale. Record not completed.
  review('B', '2025-07-30', 'PN0', null),
  // 5. B: third, due 30 Jan 2026: in timescale.
  review('B', '2026-01-29', 'PN0', null, { recordOfReviewCompletedOn: '2026-01-29' }),
  // 6. C: due 27 Sep 2025: in timescale. Aged 3.
  review('C', '2025-09-26', 'PN0', null, { recordOfReviewCompletedOn: '2025-10-10' }),
  // 7. C: brought forward (due 26 Mar 2026): in timescale. On the 4th birthday, coded PN0
  //    (which the DfE accepts that day); aged 4, so in the 4-and-over denominator.
  review('C', '2025-11-20', 'PN0', null, { recordOfReviewCompletedOn: '2025-12-01' }),
  // 8. D: second, due 30 Apr 2025, held on the first day of the period: in timescale.
  review('D', '2025-04-01', 'PN1', 'in-person', {
    advocacy: { offered: true, referralMade: false, provider: null, declined: true },
    recordOfReviewCompletedOn: '2025-04-25', // target 24 Apr, limit 1 May: limit only
    decisionsSentOn: '2025-04-02', // not signed off (due 9 Apr)
  }),
  // 9. E: first review of the new period, due 30 Mar 2026 (20 working days after 2 Mar), held on
  //    the last day of the period: 1 day LATE. Record not completed.
  review('E', '2026-03-31', 'PN7', null, {
    advocacy: offeredOnly,
    decisionsSentOn: '2026-03-31', // not signed off (due 9 Apr 2026)
  }),
  // 10. F: second, due 10 Jun 2025 (3 months after 10 Mar): 10 days LATE.
  review('F', '2025-06-20', 'PN5', 'via-advocate', {
    advocacy: { offered: true, referralMade: true, provider: ' coram voice ', declined: false },
    recordOfReviewCompletedOn: '2025-07-11', // target 11 Jul, limit 18 Jul: within both
    decisionsSentOn: '2025-06-23',
    managerSignOffOn: '2025-06-24', // due 30 Jun: in time
  }),
  // 11. F: third, due 20 Dec 2025: in timescale.
  review('F', '2025-12-19', 'PN6', 'consultation-form', {
    advocacy: offeredOnly,
    recordOfReviewCompletedOn: '2026-01-15', // target 14 Jan, limit 21 Jan: limit only
  }),
  // 12. G: first, due 27 Jun 2025: in timescale.
  review('G', '2025-06-26', 'PN2', 'hybrid', {
    advocacy: {
      offered: true,
      referralMade: true,
      provider: 'Young Lives Foundation',
      declined: false,
    },
    recordOfReviewCompletedOn: '2025-07-03',
  }),
  // 13. H: fourth, due 24 Jul 2025, held on the due date: in timescale.
  review('H', '2025-07-24', 'PN3', 'in-person', { recordOfReviewCompletedOn: '2025-08-01' }),
  // 14. H: fifth, due Saturday 24 Jan 2026: in timescale.
  review('H', '2026-01-23', 'PN4', 'virtual', {
    advocacy: { offered: true, referralMade: true, provider: null, declined: false },
    recordOfReviewCompletedOn: '2026-03-02', // 26 working days: neither
    decisionsSentOn: '2026-03-26', // not signed off (due 2 Apr 2026)
  }),

  // After the period: not counted.
  review('A', '2026-04-14'),
];

const escalations: ReportEscalation[] = [
  // e1: raised before the period; reached stage 2 and was resolved in it.
  {
    childId: 'A',
    stage: 2,
    raisedOn: '2025-03-20',
    resolvedOn: '2025-05-01',
    stages: [
      { stage: 1, reachedOn: '2025-03-20' },
      { stage: 2, reachedOn: '2025-04-10' },
    ],
  },
  // e2: raised and resolved at stage 1 in the period.
  {
    childId: 'F',
    stage: 1,
    raisedOn: '2025-07-01',
    resolvedOn: '2025-07-15',
    stages: [{ stage: 1, reachedOn: '2025-07-01' }],
  },
  // e3: raised in the period, reached stage 3 on the last day, still open.
  {
    childId: 'H',
    stage: 3,
    raisedOn: '2026-01-05',
    resolvedOn: null,
    stages: [
      { stage: 1, reachedOn: '2026-01-05' },
      { stage: 2, reachedOn: '2026-02-02' },
      { stage: 3, reachedOn: '2026-03-31' },
    ],
  },
  // e4: raised on the last day (no stage list: stage 1 on raisedOn), resolved after the period.
  { childId: 'C', stage: 1, raisedOn: '2026-03-31', resolvedOn: '2026-04-02', stages: [] },
  // e5: raised and resolved before the period: not counted anywhere.
  {
    childId: 'A',
    stage: 1,
    raisedOn: '2024-11-01',
    resolvedOn: '2025-03-31',
    stages: [{ stage: 1, reachedOn: '2024-11-01' }],
  },
];

const iros: ReportIro[] = [
  { id: 'i1', name: 'Asha', fte: 1 },
  { id: 'i2', name: 'Ben', fte: 0.8 },
  { id: 'i3', name: 'Cara', fte: 0.5 },
  { id: 'i4', name: 'Dev', fte: 0 },
];

const input: AnnualReportInput = {
  period: FY,
  children,
  reviews,
  escalations,
  iros,
  holidays: CALENDAR,
};

describe('annualReportFigures on a hand-built dataset', () => {
  const figures = annualReportFigures(input);

  it('labels the period and uses the default settings', () => {
    expect(figures.period).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
      label: '1 April 2025 to 31 March 2026',
    });
    expect(figures.settings).toEqual({
      recordOfReviewTargetWorkingDays: 15,
      recordOfReviewLimitWorkingDays: 20,
      managerSignOffWorkingDays: 5,
      leapDayRule: 'march-1',
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
      },
      {
        childId: 'A',
        heldOn: '2025-10-20',
        due: '2025-10-15',
        daysLate: 5,
        dueReason: '6 months after the review held on 15 April 2025',
        reason: null,
      },
      {
        childId: 'E',
        heldOn: '2026-03-31',
        due: '2026-03-30',
        daysLate: 1,
        dueReason: '20 working days after becoming looked after on 2 March 2026',
        reason: null,
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
      ([key]) => key !== 'period' && key !== 'settings',
    );
    expect(entries).toHaveLength(25);
    for (const [, value] of entries) {
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

describe('financialYearPeriod', () => {
  it('from a label', () => {
    expect(financialYearPeriod('2025-26')).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
      label: '2025-26',
    });
    expect(financialYearPeriod('2025/26')).toEqual(financialYearPeriod('2025-26'));
    expect(financialYearPeriod('1999-00')).toEqual({
      from: '1999-04-01',
      to: '2000-03-31',
      label: '1999-00',
    });
  });

  it('from a date in the year', () => {
    expect(financialYearPeriod('2026-03-31').label).toBe('2025-26');
    expect(financialYearPeriod('2026-04-01').label).toBe('2026-27');
  });

  it('rejects anything else', () => {
    for (const bad of ['2025-27', '2025', '25-26', '2025-2026', '2026-02-30', '']) {
      expect(() => financialYearPeriod(bad)).toThrow(
        expect.objectContaining({ code: 'invalid-argument', field: 'financialYear' }),
      );
    }
  });
});

describe('formatPercent', () => {
  it('one decimal place, halves rounded up, exactly from the counts', () => {
    expect(formatPercent(ratio(1, 8))).toBe('12.5%');
    expect(formatPercent(ratio(1, 16))).toBe('6.3%'); // 6.25
    expect(formatPercent(ratio(1, 3))).toBe('33.3%');
    expect(formatPercent(ratio(2, 3))).toBe('66.7%');
    expect(formatPercent(ratio(14, 14))).toBe('100.0%');
    expect(formatPercent(ratio(0, 5))).toBe('0.0%');
    expect(formatPercent(ratio(17, 18))).toBe('94.4%');
    expect(formatPercent(ratio(999, 1000))).toBe('99.9%');
  });

  it('n/a when there is nothing to divide by', () => {
    expect(ratio(0, 0)).toEqual({ count: 0, outOf: 0, percent: null });
    expect(formatPercent(ratio(0, 0))).toBe('n/a');
    expect(formatPercent(null)).toBe('n/a');
    expect(formatPercent(Number.NaN)).toBe('n/a');
  });

  it('plain numbers too, without floating-point surprises', () => {
    expect(formatPercent(94.45)).toBe('94.5%');
    expect(formatPercent(0.05)).toBe('0.1%');
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatPercent(-2.25)).toBe('-2.3%');
  });

  it('property: agrees with the exact rounding for every count out of up to 500', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(500), (outOf, n) => {
        const count = n % (outOf + 1);
        const fromRatio = formatPercent(ratio(count, outOf));
        expect(fromRatio).toBe(formatPercent((count * 100) / outOf));
        // The exact answer by integer maths: round half up of 1000 * count / outOf.
        const tenths = Math.floor((2000 * count + outOf) / (2 * outOf));
        expect(fromRatio).toBe(`${Math.floor(tenths / 10)}.${tenths % 10}%`);
      }),
    );
  });
});

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
