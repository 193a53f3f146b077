import { describe, expect, it } from 'vitest';
import { annualReportFigures, type AnnualReportInput, type ReportReview } from './reports';
import { CALENDAR } from './test-holidays';

// A hand-built dataset for the IRO's footprint, financial year 2025-26 (1 April 2025 to
// 31 March 2026). Every figure below is worked out by hand in the comments.

function review(childId: string, heldOn: string): ReportReview {
  return {
    childId,
    heldOn,
    participationCode: 'PN1',
    participationMethod: 'in-person',
    advocacy: { offered: true, referralMade: false, provider: null, declined: false },
    recordOfReviewCompletedOn: null,
    decisionsSentOn: null,
    managerSignOffOn: null,
  };
}

const child = (id: string, start: string, end: string | null = null) => ({
  id,
  dateOfBirth: '2010-05-05',
  iroId: 'i1',
  periods: [{ start, end }],
});

const input: AnnualReportInput = {
  period: { from: '2025-04-01', to: '2026-03-31' },
  children: [
    child('A', '2024-01-10'),
    // B: no review held yet; the first was due 1 May 2025, its midpoint 16 April: not checked.
    child('B', '2025-04-01'),
    // C: left care (last day looked after 30 September 2025).
    child('C', '2024-06-03', '2025-09-30'),
    child('D', '2024-06-03'),
    child('M', '2025-04-01'),
    // N: left care, last day looked after 31 January 2026.
    child('N', '2024-01-10', '2026-01-31'),
  ],
  reviews: [
    // M: first review due 1 May 2025 (20 working days from 1 April, Good Friday and Easter Monday
    // skipped), midpoint 16 April; held 29 April. Second due 29 July, midpoint 13 June; held
    // 20 July. Third due 20 January 2026, midpoint 20 October 2025; held 15 January. Fourth due
    // 15 July 2026, midpoint 15 April 2026: after the period.
    review('M', '2025-04-29'),
    review('M', '2025-07-20'),
    review('M', '2026-01-15'),
    // N: after the review of 1 March 2025 (the second), the next is due 1 September, midpoint
    // 1 June; held early on 20 May, before the midpoint: no midpoint due. Then due 20 November,
    // midpoint 20 August; held 18 November. Then midpoint 16 February 2026: N had left care.
    review('N', '2024-02-01'),
    review('N', '2025-03-01'),
    review('N', '2025-05-20'),
    review('N', '2025-11-18'),
  ],
  escalations: [],
  iros: [{ id: 'i1', name: 'An IRO', fte: 1 }],
  holidays: CALENDAR,
  iroContacts: [
    { childId: 'A', contactOn: '2025-12-01', type: 'visit' },
    // B: a phone call does not see the child; the visit is before the last 6 months.
    { childId: 'B', contactOn: '2026-03-01', type: 'phone-call' },
    { childId: 'B', contactOn: '2025-08-01', type: 'visit' },
    { childId: 'C', contactOn: '2025-09-01', type: 'visit' },
    // D: a video call on 30 September 2025, exactly 6 months before 31 March 2026, counts; the
    // visit after the period does not matter.
    { childId: 'D', contactOn: '2025-09-30', type: 'video-call' },
    { childId: 'D', contactOn: '2026-04-05', type: 'visit' },
  ],
  midpointChecks: [
    // M: 15 April, before the midpoint of 16 April: on time. 20 June, 7 days after 13 June: late.
    // None for 20 October: missed.
    { childId: 'M', checkedOn: '2025-04-15' },
    { childId: 'M', checkedOn: '2025-06-20' },
    // N: on the midpoint's own date: on time.
    { childId: 'N', checkedOn: '2025-08-20' },
  ],
  today: '2026-11-23',
};

describe('the IRO’s footprint in the annual report', () => {
  it('gives the share of children looked after at the end seen by their IRO in the last 6 months', () => {
    const figure = annualReportFigures(input).seenByIroInLastMonths;
    // Looked after on 31 March 2026: A, B, D, M. Seen from 30 September 2025: A and D.
    expect(figure.value).toEqual({ count: 2, outOf: 4, percent: 50 });
    expect(figure.label).toBe('Children seen by their IRO in the last 6 months');
    expect(figure.definition).toContain('from 30 September 2025 to 31 March 2026');
  });

  it('reads the months from the setting', () => {
    const figure = annualReportFigures({
      ...input,
      settings: { iroContactMonths: 3 },
    }).seenByIroInLastMonths;
    // From 31 December 2025: nobody (A's visit was 1 December).
    expect(figure.value).toEqual({ count: 0, outOf: 4, percent: 0 });
    expect(figure.label).toBe('Children seen by their IRO in the last 3 months');
  });

  it('counts midpoint checks due in the period and those done on or before their date', () => {
    const figure = annualReportFigures(input).midpointChecksOnTime;
    // Due: B 16 April; M 16 April, 13 June, 20 October; N 20 August. On time: M 16 April and N.
    expect(figure.value).toEqual({ count: 2, outOf: 5, percent: 40 });
  });

  it('counts a check a few days late as on time when the grace setting allows it', () => {
    const figure = annualReportFigures({
      ...input,
      settings: { midpointCheckGraceDays: 7 },
    }).midpointChecksOnTime;
    // M's check of 20 June is 7 days after 13 June.
    expect(figure.value).toEqual({ count: 3, outOf: 5, percent: 60 });
    expect(figure.definition).toContain('no later than 7 days after its date');
  });

  it('counts so far, to today, while the year has not ended', () => {
    const onTheDay = annualReportFigures({ ...input, today: '2025-10-20' });
    // M's midpoint of 20 October is today, not recorded: not late yet, left out.
    expect(onTheDay.midpointChecksOnTime.value).toEqual({ count: 2, outOf: 4, percent: 50 });
    // Looked after on 20 October 2025: A, B, D, M, N. Seen from 20 April: B (1 August) and D.
    expect(onTheDay.seenByIroInLastMonths.value).toEqual({ count: 2, outOf: 5, percent: 40 });
    expect(onTheDay.seenByIroInLastMonths.label).toBe(
      'Children seen by their IRO in the last 6 months, so far, to 20 October 2025',
    );
    const dayAfter = annualReportFigures({ ...input, today: '2025-10-21' });
    expect(dayAfter.midpointChecksOnTime.value).toEqual({ count: 2, outOf: 5, percent: 40 });
  });

  it('has nothing to count without contacts or checks', () => {
    const { iroContacts: _contacts, midpointChecks: _checks, ...bare } = input;
    const figures = annualReportFigures(bare);
    expect(figures.seenByIroInLastMonths.value).toEqual({ count: 0, outOf: 4, percent: 0 });
    expect(figures.midpointChecksOnTime.value).toEqual({ count: 0, outOf: 5, percent: 0 });
  });
});
