// A hand-built team for the page tests: four children, two IROs, today Monday 16 March 2026
// (financial year 2025-26 so far: 1 April 2025 to 16 March 2026). Every expected figure is worked
// out by hand in the comments. Bank holidays that matter: 25-26 December 2025, 1 January 2026,
// Good Friday 3 April 2026, Easter Monday 6 April 2026 (Sept, Oct 2025 and Feb-Mar 2026 have none).
import type { ReviewMeeting } from '@/lib/api/schemas';
import { handBuiltChild, handBuiltReview, loadHandBuiltData } from '@/test/hand-built-data';

export const TEAM_TODAY = '2026-03-16';
export const HANNAH = 'st_01';
export const DANIEL = 'st_02';

/**
 * Amelia Brown (Hannah, aged 15): looked after since 3 June 2024. Reviews 28 Jun 2024, 20 Sep
 * 2024, 18 Mar 2025 (all before the year), then 25 Sep 2025: due 18 Sep 2025 (6 months after
 * 18 Mar 2025), so LATE. PN1, advocacy referral. Next due 25 Mar 2026 = 7 working days away
 * (17, 18, 19, 20, 23, 24, 25), nothing booked: AT RISK (not booked) within 4 weeks.
 * Midpoint: halfway between 25 Sep 2025 and 25 Mar 2026 (181 days -> 90) = 24 Dec 2025, no
 * check: MISSED.
 *
 * Ben Clarke (Hannah, aged 3): looked after since Mon 2 June 2025. First review due 20 working days
 * later = 30 Jun 2025; held 27 Jun 2025: IN TIME. Second due 27 Sep 2025; held 26 Sep 2025: IN
 * TIME. Both PN0. Next due 26 Mar 2026, meeting booked 24 Mar 2026: BOOKED (not at risk).
 * Decisions of the 26 Sep review sent 29 Sep 2025, not signed off: due 6 Oct 2025, LATE in the
 * sign-off queue. Midpoint check done 22 Dec 2025.
 *
 * Chloe Davies (Daniel, aged 14): looked after since Wed 1 Oct 2025. First review due 29 Oct
 * 2025; held 28 Oct 2025: IN TIME, PN7. Second due 28 Jan 2026; held 2 Feb 2026: LATE, PN6.
 * Record of the 2 Feb review not written: RECORD OVERDUE (target 15 working days). Decisions sent
 * 10 Mar 2026, not signed off: due 17 Mar 2026, not late. Next review due 2 Aug 2026: on track.
 * Escalation raised 5 Jan 2026, stage 1, open: 50 working days, OVER the 20-day limit.
 *
 * Dylan Evans (Daniel, aged 17): looked after since 2 Sep 2024. Reviews 27 Sep 2024, 20 Dec 2024
 * (before the year), 18 Jun 2025 (due 20 Jun 2025: IN TIME, PN5 with an advocacy referral).
 * Next due 18 Dec 2025, not held: OVERDUE. No midpoint check since 18 Jun 2025: MISSED. An
 * escalation raised and resolved in 2025 is not open.
 *
 * Year to date: reviews held 6 (Amelia 1, Ben 2, Chloe 2, Dylan 1); in timescale 4 of 6 = 66.7%;
 * participation, children aged 4 or over: Amelia PN1, Chloe PN7 and PN6, Dylan PN5 = 3 of 4 =
 * 75.0%; including under-4s: those 3 + Ben's two PN0 = 5 of 6 = 83.3%; advocacy referrals 2.
 *
 * Overview: Hannah 2 children, overdue 0, at risk 1, booked late 0, midpoint missed 1, records
 * overdue 0, open escalations 0, awaiting sign-off 1. Daniel 2 children, overdue 1, at risk 0,
 * booked late 0, midpoint missed 1, records overdue 1, open escalations 1, awaiting sign-off 1.
 * Everyone else 0. Team: 4 children over 7.6 FTE (eight working IROs) = 0.5 per FTE.
 */
export async function loadTeamDataset(
  options: {
    /**
     * Also book Chloe (Daniel's) a meeting on Tuesday 24 March 2026 at 10:30 for an hour: Ben's
     * meeting (10:00 to 11:30) would overlap it if Ben moved to Daniel.
     */
    danielBusyWhenBenMeets?: boolean;
  } = {},
): Promise<void> {
  const amelia = handBuiltChild({
    id: 'c_amelia',
    childRef: 'LA000001',
    givenName: 'Amelia',
    familyName: 'Brown',
    dateOfBirth: '2010-05-01',
    iroId: HANNAH,
    start: '2024-06-03',
  });
  const ben = handBuiltChild({
    id: 'c_ben',
    childRef: 'LA000002',
    givenName: 'Ben',
    familyName: 'Clarke',
    dateOfBirth: '2023-01-10',
    iroId: HANNAH,
    start: '2025-06-02',
  });
  const chloe = handBuiltChild({
    id: 'c_chloe',
    childRef: 'LA000003',
    givenName: 'Chloe',
    familyName: 'Davies',
    dateOfBirth: '2012-02-14',
    iroId: DANIEL,
    start: '2025-10-01',
  });
  const dylan = handBuiltChild({
    id: 'c_dylan',
    childRef: 'LA000004',
    givenName: 'Dylan',
    familyName: 'Evans',
    dateOfBirth: '2008-07-01',
    iroId: DANIEL,
    start: '2024-09-02',
  });
  const done = (heldOn: string, record: string, sent: string, signed: string) => ({
    heldOn,
    recordOfReviewCompletedOn: record,
    decisionsSentOn: sent,
    managerSignOffOn: signed,
  });
  const reviews = [
    handBuiltReview({
      id: 'rv_a1',
      childId: amelia.id,
      participationCode: 'PN1',
      ...done('2024-06-28', '2024-07-05', '2024-07-01', '2024-07-03'),
    }),
    handBuiltReview({
      id: 'rv_a2',
      childId: amelia.id,
      participationCode: 'PN1',
      ...done('2024-09-20', '2024-09-27', '2024-09-23', '2024-09-25'),
    }),
    handBuiltReview({
      id: 'rv_a3',
      childId: amelia.id,
      participationCode: 'PN1',
      ...done('2025-03-18', '2025-03-25', '2025-03-19', '2025-03-21'),
    }),
    handBuiltReview({
      id: 'rv_a4',
      childId: amelia.id,
      participationCode: 'PN1',
      advocacyReferral: { on: '2025-09-10', provider: 'Coram Voice' },
      ...done('2025-09-25', '2025-10-03', '2025-09-26', '2025-09-30'),
    }),
    handBuiltReview({
      id: 'rv_b1',
      childId: ben.id,
      participationCode: 'PN0',
      ...done('2025-06-27', '2025-07-04', '2025-06-30', '2025-07-02'),
    }),
    handBuiltReview({
      id: 'rv_b2',
      childId: ben.id,
      participationCode: 'PN0',
      heldOn: '2025-09-26',
      recordOfReviewCompletedOn: '2025-10-03',
      decisionsSentOn: '2025-09-29',
    }),
    handBuiltReview({
      id: 'rv_c1',
      childId: chloe.id,
      participationCode: 'PN7',
      ...done('2025-10-28', '2025-11-10', '2025-10-30', '2025-11-03'),
    }),
    handBuiltReview({
      id: 'rv_c2',
      childId: chloe.id,
      participationCode: 'PN6',
      participationMethod: 'consultation-form',
      heldOn: '2026-02-02',
      decisionsSentOn: '2026-03-10',
    }),
    handBuiltReview({
      id: 'rv_d1',
      childId: dylan.id,
      participationCode: 'PN1',
      ...done('2024-09-27', '2024-10-04', '2024-09-30', '2024-10-02'),
    }),
    handBuiltReview({
      id: 'rv_d2',
      childId: dylan.id,
      participationCode: 'PN1',
      ...done('2024-12-20', '2025-01-08', '2024-12-23', '2025-01-06'),
    }),
    handBuiltReview({
      id: 'rv_d3',
      childId: dylan.id,
      participationCode: 'PN5',
      participationMethod: 'via-advocate',
      advocacyReferral: { on: '2025-06-01', provider: 'Coram Voice' },
      ...done('2025-06-18', '2025-06-25', '2025-06-20', '2025-06-24'),
    }),
  ];
  // Only the fields the backend reads for a booking; the rest of a meeting does not matter here.
  const meeting = {
    id: 'mt_ben',
    childId: ben.id,
    iroId: HANNAH,
    date: '2026-03-24',
    startTime: '10:00',
    durationMinutes: 90,
    format: 'in-person',
    venue: 'Riverside Family Centre',
    virtualLink: null,
    invitees: [],
    status: 'booked',
    history: [],
    outOfTimescaleReason: null,
    version: 1,
  } as unknown as ReviewMeeting;
  await loadHandBuiltData({
    today: TEAM_TODAY,
    children: [amelia, ben, chloe, dylan],
    reviews,
    meetings: options.danielBusyWhenBenMeets
      ? [
          meeting,
          {
            ...meeting,
            id: 'mt_chloe',
            childId: chloe.id,
            iroId: DANIEL,
            startTime: '10:30',
            durationMinutes: 60,
          },
        ]
      : [meeting],
    midpointChecks: [
      {
        id: 'mc_ben',
        childId: ben.id,
        checkedOn: '2025-12-22',
        outcome: 'on-track',
        note: '',
        version: 1,
      },
    ],
    escalations: [
      {
        id: 'es_chloe',
        childId: chloe.id,
        stage: 1,
        reason: 'Contact plan not followed',
        raisedOn: '2026-01-05',
        resolvedOn: null,
        outcome: null,
        stages: [{ stage: 1, reachedOn: '2026-01-05', note: 'Contact plan not followed' }],
        cafcassReferredOn: null,
        cafcassNote: null,
        version: 1,
      },
      {
        id: 'es_dylan',
        childId: dylan.id,
        stage: 1,
        reason: 'Pathway plan late',
        raisedOn: '2025-07-01',
        resolvedOn: '2025-07-20',
        outcome: 'Pathway plan completed',
        stages: [{ stage: 1, reachedOn: '2025-07-01', note: 'Pathway plan late' }],
        cafcassReferredOn: null,
        cafcassNote: null,
        version: 1,
      },
    ],
  });
}
