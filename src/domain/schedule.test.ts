import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  DEFAULT_GAP_STARTS_NEW_PERIOD_OF_CARE,
  DEFAULT_MIDPOINT_ROUNDING,
  episodeOfCareFor,
  groupIntoPeriodsOfCare,
  midpointCheckDue,
  nextReviewDue,
  reviewHistory,
  reviewRulesForLegalStatus,
  SHORT_BREAK_REVIEW_RULES,
  STANDARD_REVIEW_RULES,
  type EpisodeRecord,
} from './schedule';
import { CALENDAR, HOLIDAYS } from './test-holidays';

function firstReviewDue(becameLookedAfter: string): string {
  return nextReviewDue({ becameLookedAfter, reviews: [] }, CALENDAR).due;
}

describe('the rule sets', () => {
  it('standard (reg. 33): 20 working days, then 3 months, then every 6 months', () => {
    expect(STANDARD_REVIEW_RULES).toEqual({
      id: 'standard',
      label: 'Standard review cycle (reg. 33)',
      firstReview: { unit: 'working-days', amount: 20 },
      secondReviewMonths: 3,
      subsequentReviewMonths: 6,
    });
  });

  it('short breaks (reg. 48): 3 months from the first short break, then every 6 months', () => {
    expect(SHORT_BREAK_REVIEW_RULES).toEqual({
      id: 'short-breaks',
      label: 'Series of short breaks (reg. 48)',
      firstReview: { unit: 'months', amount: 3 },
      secondReviewMonths: null,
      subsequentReviewMonths: 6,
    });
  });

  it('picks short breaks for SSDA903 legal status V3 and V4 only', () => {
    expect(reviewRulesForLegalStatus('V3')).toBe(SHORT_BREAK_REVIEW_RULES);
    expect(reviewRulesForLegalStatus('V4')).toBe(SHORT_BREAK_REVIEW_RULES);
    expect(reviewRulesForLegalStatus(' v4 ')).toBe(SHORT_BREAK_REVIEW_RULES);
    expect(reviewRulesForLegalStatus('V2')).toBe(STANDARD_REVIEW_RULES);
    expect(reviewRulesForLegalStatus('C2')).toBe(STANDARD_REVIEW_RULES);
    expect(reviewRulesForLegalStatus('J2')).toBe(STANDARD_REVIEW_RULES);
    expect(reviewRulesForLegalStatus('')).toBe(STANDARD_REVIEW_RULES);
  });
});

describe('first review: the 20th working day after becoming looked after (day 0)', () => {
  it('an ordinary month', () => {
    expect(nextReviewDue({ becameLookedAfter: '2026-03-02', reviews: [] }, CALENDAR)).toEqual({
      due: '2026-03-30',
      kind: 'first',
      sequence: 1,
      countedFrom: '2026-03-02',
      reason: '20 working days after becoming looked after on 2 March 2026',
    });
  });

  it.each([
    // [became looked after, due, why]
    ['2025-12-15', '2026-01-15', 'Christmas Day, Boxing Day and New Year’s Day skipped'],
    ['2025-12-19', '2026-01-21', 'starts on a Friday before Christmas'],
    ['2026-12-24', '2027-01-26', 'Christmas 2026 with Boxing Day substitute on 28 December'],
    ['2026-12-18', '2027-01-20', 'Friday before Christmas 2026'],
    ['2026-03-27', '2026-04-28', 'Good Friday and Easter Monday skipped'],
    ['2026-04-03', '2026-05-05', 'starts on Good Friday; Easter Monday and early May skipped'],
    ['2022-05-27', '2022-06-28', 'Spring bank holiday and Platinum Jubilee (2-3 June 2022)'],
    ['2022-05-20', '2022-06-21', 'before the Jubilee weekend'],
    ['2022-09-09', '2022-10-10', 'state funeral of Queen Elizabeth II (19 September 2022)'],
    ['2023-04-21', '2023-05-23', 'early May and coronation bank holidays (1 and 8 May 2023)'],
    ['2023-05-05', '2023-06-06', 'coronation and Spring bank holidays'],
    ['2025-12-25', '2026-01-26', 'starts on a bank holiday (Christmas Day)'],
    ['2025-12-27', '2026-01-26', 'starts on a Saturday'],
    ['2026-03-14', '2026-04-14', 'starts on a Saturday over Easter'],
    ['2026-03-15', '2026-04-14', 'starts on a Sunday over Easter'],
    ['2026-03-13', '2026-04-14', 'starts on a Friday over Easter'],
  ])('looked after %s: due %s (%s)', (becameLookedAfter, due) => {
    expect(firstReviewDue(becameLookedAfter)).toBe(due);
  });

  it('is the same from a plain list of holidays as from a calendar', () => {
    expect(nextReviewDue({ becameLookedAfter: '2025-12-15', reviews: [] }, HOLIDAYS).due).toBe(
      '2026-01-15',
    );
  });
});

describe('second and later reviews: calendar months from the review actually held', () => {
  it('second review: 3 months after the first review held', () => {
    expect(
      nextReviewDue({ becameLookedAfter: '2026-08-20', reviews: ['2026-09-14'] }, CALENDAR),
    ).toEqual({
      due: '2026-12-14',
      kind: 'second',
      sequence: 2,
      countedFrom: '2026-09-14',
      reason: '3 months after the first review held on 14 September 2026',
    });
  });

  it('later reviews: 6 months after the previous review held', () => {
    expect(
      nextReviewDue(
        { becameLookedAfter: '2026-08-20', reviews: ['2026-09-14', '2026-12-10'] },
        CALENDAR,
      ),
    ).toEqual({
      due: '2027-06-10',
      kind: 'subsequent',
      sequence: 3,
      countedFrom: '2026-12-10',
      reason: '6 months after the review held on 10 December 2026',
    });
    expect(
      nextReviewDue(
        { becameLookedAfter: '2026-08-20', reviews: ['2026-09-14', '2026-12-10', '2027-03-14'] },
        CALENDAR,
      ),
    ).toMatchObject({ due: '2027-09-14', kind: 'subsequent', sequence: 4 });
  });

  it('month ends clamp: 31 August + 3 months is 30 November', () => {
    expect(
      nextReviewDue({ becameLookedAfter: '2026-08-03', reviews: ['2026-08-31'] }, CALENDAR).due,
    ).toBe('2026-11-30');
  });

  it('31 August + 6 months is 28 February, or 29 February in a leap year', () => {
    expect(
      nextReviewDue(
        { becameLookedAfter: '2025-05-01', reviews: ['2025-05-29', '2025-08-31'] },
        CALENDAR,
      ).due,
    ).toBe('2026-02-28');
    expect(
      nextReviewDue(
        { becameLookedAfter: '2023-05-02', reviews: ['2023-05-30', '2023-08-31'] },
        CALENDAR,
      ).due,
    ).toBe('2024-02-29');
  });

  it('31 January + 3 months is 30 April', () => {
    expect(
      nextReviewDue({ becameLookedAfter: '2026-01-02', reviews: ['2026-01-31'] }, CALENDAR).due,
    ).toBe('2026-04-30');
  });

  it('never moves a due date off a weekend or bank holiday', () => {
    // 20 March 2026 + 3 months = Saturday 20 June 2026.
    expect(
      nextReviewDue({ becameLookedAfter: '2026-03-02', reviews: ['2026-03-20'] }, CALENDAR).due,
    ).toBe('2026-06-20');
    // 25 June 2026 + 6 months = Christmas Day 2026.
    expect(
      nextReviewDue(
        { becameLookedAfter: '2026-02-02', reviews: ['2026-03-02', '2026-06-25'] },
        CALENDAR,
      ).due,
    ).toBe('2026-12-25');
  });

  it('a review held early restarts the interval from the date it was held', () => {
    // First review due 30 March 2026 but held early on 20 March: second due 20 June, not 30 June.
    const early = nextReviewDue(
      { becameLookedAfter: '2026-03-02', reviews: ['2026-03-20'] },
      CALENDAR,
    );
    expect(early).toMatchObject({ due: '2026-06-20', countedFrom: '2026-03-20' });
    // A review brought forward (reg. 33(3)) within the 6-monthly cycle restarts it too.
    expect(
      nextReviewDue(
        { becameLookedAfter: '2026-03-02', reviews: ['2026-03-20', '2026-06-01', '2026-08-05'] },
        CALENDAR,
      ).due,
    ).toBe('2027-02-05');
  });

  it('a review held late restarts the interval from the date it was held', () => {
    const late = nextReviewDue(
      { becameLookedAfter: '2026-03-02', reviews: ['2026-04-10'] },
      CALENDAR,
    );
    expect(late).toMatchObject({ due: '2026-07-10', countedFrom: '2026-04-10' });
  });

  it('reviews may be given in any order', () => {
    const inOrder = nextReviewDue(
      { becameLookedAfter: '2026-03-02', reviews: ['2026-03-20', '2026-06-15', '2026-12-01'] },
      CALENDAR,
    );
    const shuffled = nextReviewDue(
      { becameLookedAfter: '2026-03-02', reviews: ['2026-12-01', '2026-03-20', '2026-06-15'] },
      CALENDAR,
    );
    expect(shuffled).toEqual(inOrder);
    expect(shuffled).toMatchObject({ due: '2027-06-01', sequence: 4 });
  });

  it('allows a review on the day the child became looked after', () => {
    expect(
      nextReviewDue({ becameLookedAfter: '2026-03-02', reviews: ['2026-03-02'] }, CALENDAR).due,
    ).toBe('2026-06-02');
  });
});

describe('short breaks (reg. 48)', () => {
  it('first review 3 months after the first short break', () => {
    expect(
      nextReviewDue(
        { becameLookedAfter: '2026-03-02', reviews: [] },
        CALENDAR,
        SHORT_BREAK_REVIEW_RULES,
      ),
    ).toEqual({
      due: '2026-06-02',
      kind: 'first',
      sequence: 1,
      countedFrom: '2026-03-02',
      reason: '3 months after the first short break on 2 March 2026',
    });
    expect(
      nextReviewDue(
        { becameLookedAfter: '2025-11-30', reviews: [] },
        CALENDAR,
        SHORT_BREAK_REVIEW_RULES,
      ).due,
    ).toBe('2026-02-28');
  });

  it('then straight to every 6 months (no 3-month second review)', () => {
    expect(
      nextReviewDue(
        { becameLookedAfter: '2026-03-02', reviews: ['2026-05-20'] },
        CALENDAR,
        SHORT_BREAK_REVIEW_RULES,
      ),
    ).toEqual({
      due: '2026-11-20',
      kind: 'subsequent',
      sequence: 2,
      countedFrom: '2026-05-20',
      reason: '6 months after the first review held on 20 May 2026',
    });
    expect(
      nextReviewDue(
        { becameLookedAfter: '2026-03-02', reviews: ['2026-05-20', '2026-11-18'] },
        CALENDAR,
        SHORT_BREAK_REVIEW_RULES,
      ),
    ).toMatchObject({ due: '2027-05-18', kind: 'subsequent', sequence: 3 });
  });
});

describe('bad input is an error, never a wrong date', () => {
  it('invalid becameLookedAfter', () => {
    expect(() => nextReviewDue({ becameLookedAfter: '2026-02-30', reviews: [] }, CALENDAR)).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'becameLookedAfter' }),
    );
  });

  it('invalid review date, naming its position', () => {
    expect(() =>
      nextReviewDue(
        { becameLookedAfter: '2026-03-02', reviews: ['2026-03-20', '2026-06-15', '15/09/2026'] },
        CALENDAR,
      ),
    ).toThrow(expect.objectContaining({ code: 'invalid-date', field: 'reviews[2]' }));
  });

  it('a review before the child became looked after', () => {
    expect(() =>
      nextReviewDue({ becameLookedAfter: '2026-03-02', reviews: ['2026-03-01'] }, CALENDAR),
    ).toThrow(expect.objectContaining({ code: 'review-before-looked-after', field: 'reviews[0]' }));
  });

  it('two reviews on the same day', () => {
    expect(() =>
      nextReviewDue(
        { becameLookedAfter: '2026-03-02', reviews: ['2026-03-20', '2026-06-15', '2026-03-20'] },
        CALENDAR,
      ),
    ).toThrow(expect.objectContaining({ code: 'duplicate-review-date', field: 'reviews[2]' }));
    expect(() =>
      reviewHistory(
        { becameLookedAfter: '2026-03-02', reviews: ['2026-03-20', '2026-03-20'] },
        CALENDAR,
      ),
    ).toThrow(DomainError);
  });

  it('a broken rule set', () => {
    expect(() =>
      nextReviewDue({ becameLookedAfter: '2026-03-02', reviews: [] }, CALENDAR, {
        ...STANDARD_REVIEW_RULES,
        subsequentReviewMonths: 5.5,
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('reviewHistory', () => {
  it('gives each review held its due date and whether it was in timescale', () => {
    const history = reviewHistory(
      {
        becameLookedAfter: '2026-03-02',
        reviews: ['2026-12-03', '2026-03-30', '2026-07-01'],
      },
      CALENDAR,
    );
    expect(history).toEqual([
      {
        held: '2026-03-30',
        due: '2026-03-30',
        kind: 'first',
        sequence: 1,
        inTimescale: true, // held on the due date
        daysLate: 0,
        reason: '20 working days after becoming looked after on 2 March 2026',
      },
      {
        held: '2026-07-01',
        due: '2026-06-30',
        kind: 'second',
        sequence: 2,
        inTimescale: false,
        daysLate: 1,
        reason: '3 months after the first review held on 30 March 2026',
      },
      {
        held: '2026-12-03',
        due: '2027-01-01',
        kind: 'subsequent',
        sequence: 3,
        inTimescale: true,
        daysLate: 0,
        reason: '6 months after the review held on 1 July 2026',
      },
    ]);
  });

  it('is empty when no review has been held', () => {
    expect(reviewHistory({ becameLookedAfter: '2026-03-02', reviews: [] }, CALENDAR)).toEqual([]);
  });

  it('counts late days in calendar days', () => {
    const [first] = reviewHistory(
      { becameLookedAfter: '2025-12-15', reviews: ['2026-02-02'] },
      CALENDAR,
    );
    expect(first).toMatchObject({ due: '2026-01-15', inTimescale: false, daysLate: 18 });
  });
});

describe('midpointCheckDue', () => {
  it('halfway between becoming looked after and the first review', () => {
    expect(midpointCheckDue({ becameLookedAfter: '2026-03-02', reviews: [] }, CALENDAR)).toEqual({
      due: '2026-03-16',
      intervalStart: '2026-03-02',
      reviewDue: '2026-03-30',
      reason:
        'Halfway between becoming looked after on 2 March 2026 and the review due on 30 March 2026',
    });
  });

  it('halfway between the last review held and the next due date, rounding down by default', () => {
    // 14 September 2026 to 14 March 2027 is 181 days: 90 days on is 13 December.
    expect(DEFAULT_MIDPOINT_ROUNDING).toBe('down');
    const episode = { becameLookedAfter: '2026-08-20', reviews: ['2026-09-14', '2026-09-01'] };
    expect(midpointCheckDue(episode, CALENDAR)).toEqual({
      due: '2026-12-13',
      intervalStart: '2026-09-14',
      reviewDue: '2027-03-14',
      reason:
        'Halfway between the review held on 14 September 2026 and the review due on 14 March 2027',
    });
    expect(midpointCheckDue(episode, CALENDAR, STANDARD_REVIEW_RULES, 'up').due).toBe('2026-12-14');
  });

  it('for short breaks counts from the first short break', () => {
    const midpoint = midpointCheckDue(
      { becameLookedAfter: '2026-03-02', reviews: [] },
      CALENDAR,
      SHORT_BREAK_REVIEW_RULES,
    );
    expect(midpoint).toMatchObject({ due: '2026-04-17', reviewDue: '2026-06-02' });
    expect(midpoint.reason).toContain('the first short break on 2 March 2026');
  });
});

describe('groupIntoPeriodsOfCare (SSDA903 reason for new episode)', () => {
  const episodes: EpisodeRecord[] = [
    { start: '2024-01-10', end: '2024-03-01', reasonForNewEpisode: 'S', legalStatus: 'V2' },
    { start: '2024-03-01', end: '2024-06-15', reasonForNewEpisode: 'P', legalStatus: 'C2' },
    { start: '2024-06-15', end: '2024-09-30', reasonForNewEpisode: 'L', legalStatus: 'C1' },
    { start: '2024-09-30', end: '2025-01-20', reasonForNewEpisode: 'T' },
    { start: '2025-01-20', end: '2025-02-01', reasonForNewEpisode: 'U' },
    { start: '2025-02-01', end: '2025-02-14', reasonForNewEpisode: 'B' },
    { start: '2025-11-03', end: '2026-01-05', reasonForNewEpisode: 'S', legalStatus: 'C2' },
    { start: '2026-01-05', end: null, reasonForNewEpisode: 'P', legalStatus: 'C2' },
  ];

  it('starts a new period at RNE S; P, L, T, U and B continue the period', () => {
    const periods = groupIntoPeriodsOfCare(episodes);
    expect(periods).toHaveLength(2);
    expect(periods[0]).toEqual({
      start: '2024-01-10',
      end: '2025-02-14',
      episodes: episodes.slice(0, 6),
    });
    expect(periods[1]).toEqual({ start: '2025-11-03', end: null, episodes: episodes.slice(6) });
  });

  it('sorts episodes given in any order', () => {
    const periods = groupIntoPeriodsOfCare([...episodes].reverse());
    expect(periods.map((p) => p.start)).toEqual(['2024-01-10', '2025-11-03']);
    expect(periods[0]?.episodes.map((e) => e.reasonForNewEpisode)).toEqual([
      'S',
      'P',
      'L',
      'T',
      'U',
      'B',
    ]);
  });

  it('a new period of care restarts the review cycle at 20 working days', () => {
    const reviews = ['2024-02-06', '2024-05-01', '2024-10-30', '2025-12-01'];
    const periods = groupIntoPeriodsOfCare(episodes);
    const current = periods[periods.length - 1]!;
    const episode = episodeOfCareFor(current, reviews);
    expect(episode).toEqual({ becameLookedAfter: '2025-11-03', reviews: ['2025-12-01'] });
    expect(nextReviewDue({ ...episode, reviews: [] }, CALENDAR)).toMatchObject({
      due: '2025-12-01',
      kind: 'first',
    });
    expect(nextReviewDue(episode, CALENDAR)).toMatchObject({ due: '2026-03-01', kind: 'second' });
  });

  it('by default a gap between episodes starts a new period even without RNE S', () => {
    expect(DEFAULT_GAP_STARTS_NEW_PERIOD_OF_CARE).toBe(true);
    const withGap: EpisodeRecord[] = [
      { start: '2025-01-06', end: '2025-03-01', reasonForNewEpisode: 'S' },
      { start: '2025-05-01', end: null, reasonForNewEpisode: 'P' },
    ];
    expect(groupIntoPeriodsOfCare(withGap).map((p) => p.start)).toEqual([
      '2025-01-06',
      '2025-05-01',
    ]);
    expect(groupIntoPeriodsOfCare(withGap, { gapStartsNewPeriod: false })).toHaveLength(1);
  });

  it('an episode starting the day the previous ended is no gap', () => {
    const contiguous: EpisodeRecord[] = [
      { start: '2025-01-06', end: '2025-03-01', reasonForNewEpisode: 'S' },
      { start: '2025-03-01', end: null, reasonForNewEpisode: 'u' },
    ];
    expect(groupIntoPeriodsOfCare(contiguous)).toHaveLength(1);
  });

  it('the earliest episode starts a period whatever its RNE', () => {
    const periods = groupIntoPeriodsOfCare([
      { start: '2025-03-01', end: null, reasonForNewEpisode: 'P' },
    ]);
    expect(periods).toEqual([
      {
        start: '2025-03-01',
        end: null,
        episodes: [{ start: '2025-03-01', end: null, reasonForNewEpisode: 'P' }],
      },
    ]);
    expect(groupIntoPeriodsOfCare([])).toEqual([]);
  });

  it('a REC other than X1 ends the period: the next episode starts a new one whatever its RNE', () => {
    const left: EpisodeRecord[] = [
      { start: '2025-01-06', end: '2025-03-03', reasonForNewEpisode: 'S', reasonEnded: 'E13' },
      { start: '2025-03-03', end: null, reasonForNewEpisode: 'P', reasonEnded: null },
    ];
    expect(groupIntoPeriodsOfCare(left).map((p) => [p.start, p.end])).toEqual([
      ['2025-01-06', '2025-03-03'],
      ['2025-03-03', null],
    ]);
    // Even where a gap would not count (the setting off), and in any order.
    expect(groupIntoPeriodsOfCare(left, { gapStartsNewPeriod: false })).toHaveLength(2);
    expect(groupIntoPeriodsOfCare([...left].reverse())).toHaveLength(2);
    // The REC is read in any case.
    const lower = left.map((e, i) => (i === 0 ? { ...e, reasonEnded: 'e4a' } : e));
    expect(groupIntoPeriodsOfCare(lower)).toHaveLength(2);
  });

  it('X1, a blank REC or a REC without an end does not end the period', () => {
    const withRec = (reasonEnded: string | null, end: string | null): EpisodeRecord[] => [
      { start: '2025-01-06', end, reasonForNewEpisode: 'S', reasonEnded },
      { start: '2025-03-03', end: null, reasonForNewEpisode: 'L' },
    ];
    for (const rec of ['X1', 'x1', '', null]) {
      const periods = groupIntoPeriodsOfCare(withRec(rec, '2025-03-03'));
      expect(periods).toEqual([
        { start: '2025-01-06', end: null, episodes: withRec(rec, '2025-03-03') },
      ]);
    }
    // An open episode with a REC has not ended; the next one continues the period.
    expect(
      groupIntoPeriodsOfCare(withRec('E13', null), { gapStartsNewPeriod: false }),
    ).toHaveLength(1);
  });

  it('a period ended by its REC gives the next one its own 20-working-day clock', () => {
    const periods = groupIntoPeriodsOfCare([
      { start: '2025-01-06', end: '2025-03-03', reasonForNewEpisode: 'S', reasonEnded: 'E8' },
      { start: '2025-03-03', end: null, reasonForNewEpisode: 'U' },
    ]);
    const current = episodeOfCareFor(periods[1]!, ['2025-02-03']);
    expect(current).toEqual({ becameLookedAfter: '2025-03-03', reviews: [] });
    expect(nextReviewDue(current, CALENDAR)).toMatchObject({ due: '2025-03-31', kind: 'first' });
  });

  it('rejects unknown RNE codes, invalid dates and episodes ending before they start', () => {
    expect(() =>
      groupIntoPeriodsOfCare([{ start: '2025-03-01', reasonForNewEpisode: 'X' }]),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        field: 'episodes[0].reasonForNewEpisode',
      }),
    );
    expect(() =>
      groupIntoPeriodsOfCare([
        { start: '2025-03-01', reasonForNewEpisode: 'S' },
        { start: '2025-02-30', reasonForNewEpisode: 'P' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'invalid-date', field: 'episodes[1].start' }));
    expect(() =>
      groupIntoPeriodsOfCare([
        { start: '2025-03-01', end: '2025-02-01', reasonForNewEpisode: 'S' },
      ]),
    ).toThrow(expect.objectContaining({ code: 'invalid-argument', field: 'episodes[0].end' }));
  });
});
