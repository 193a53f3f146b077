// Test support only (not exported from index.ts): the annual report's hand-built dataset, shared
// by the reports*.test.ts files.
import { type ParticipationCode, type ParticipationMethod } from './participation';
import type {
  AnnualReportInput,
  ReportChild,
  ReportEscalation,
  ReportIro,
  ReportReview,
} from './report-types';
import { CALENDAR } from './test-holidays';

// ---------------------------------------------------------------------------------------------
// A hand-built dataset: 8 children, financial year 2025-26 (1 April 2025 to 31 March 2026).
// Every expected answer below is worked out by hand in the comments. Bank holidays that matter:
// 2025: Good Friday 18 Apr, Easter Monday 21 Apr, 5 May, 26 May, 25 Aug, 25 and 26 Dec;
// 2026: 1 Jan, Good Friday 3 Apr, Easter Monday 6 Apr. 2024: Easter Monday 1 Apr.
// ---------------------------------------------------------------------------------------------

export const FY = { from: '2025-04-01', to: '2026-03-31' };

export const children: ReportChild[] = [
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

export function review(
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

export const reviews: ReportReview[] = [
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

export const escalations: ReportEscalation[] = [
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

export const input: AnnualReportInput = {
  period: FY,
  children,
  reviews,
  escalations,
  iros,
  holidays: CALENDAR,
};
