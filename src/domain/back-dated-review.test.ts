import { describe, expect, it } from 'vitest';
import {
  backDatedReviewImpact,
  lateEntryProblems,
  reviewAsEntered,
  type BackDatedReviewImpact,
} from './back-dated-review';
import { DEFAULT_LATE_REVIEW_REASONS } from './late-review-reason';
import { reviewRecordProblems, type ReviewRecord, type ReviewTimingContext } from './review-record';
import {
  nextReviewDue,
  SHORT_BREAK_REVIEW_RULES,
  STANDARD_REVIEW_RULES,
  type EpisodeOfCare,
} from './schedule';
import { CALENDAR } from './test-holidays';

// Looked after on Monday 5 January 2026: the first review is due on the 20th working day, Monday
// 2 February 2026, and was held that day; the second, due 3 months later on 2 May, was held late
// on 26 May 2026. Then someone records a review "held on 1 May 2026".
const PERIOD: EpisodeOfCare = {
  becameLookedAfter: '2026-01-05',
  reviews: ['2026-02-02', '2026-05-26'],
};

function impactOf(heldOn: string, episode = PERIOD): BackDatedReviewImpact {
  const impact = backDatedReviewImpact(episode, heldOn, CALENDAR);
  if (impact === null) throw new Error(`${heldOn} is not back-dated`);
  return impact;
}

describe('backDatedReviewImpact', () => {
  it('a review dated before the latest becomes the second review and the latest is relabelled subsequent, due from it', () => {
    const impact = impactOf('2026-05-01');
    expect(impact.latestRecorded).toBe('2026-05-26');
    expect(impact.entered).toMatchObject({
      held: '2026-05-01',
      sequence: 2,
      kind: 'second',
      due: '2026-05-02',
      inTimescale: true,
    });
    expect(impact.renumbered).toHaveLength(1);
    expect(impact.renumbered[0]).toMatchObject({
      held: '2026-05-26',
      before: { sequence: 2, kind: 'second', due: '2026-05-02', inTimescale: false, daysLate: 24 },
      after: {
        sequence: 3,
        kind: 'subsequent',
        due: '2026-11-01',
        inTimescale: true,
        reason: '6 months after the review held on 1 May 2026',
      },
      dueChanges: true,
      kindChanges: true,
    });
    // The next review still runs from 26 May, so its date stays; only its number moves on.
    expect(impact.nextReview).toMatchObject({
      before: { due: '2026-11-26', sequence: 3, kind: 'subsequent' },
      after: { due: '2026-11-26', sequence: 4, kind: 'subsequent' },
      dueChanges: false,
    });
  });

  it('says when the next review is due on another day: a first review becomes the second', () => {
    // Looked after 20 April 2026; the first review held 18 May 2026, next (second) due 18 August.
    const episode = { becameLookedAfter: '2026-04-20', reviews: ['2026-05-18'] };
    const impact = impactOf('2026-05-05', episode);
    expect(impact.entered).toMatchObject({ sequence: 1, kind: 'first' });
    expect(impact.renumbered[0]).toMatchObject({
      before: { sequence: 1, kind: 'first' },
      after: { sequence: 2, kind: 'second', due: '2026-08-05' },
      dueChanges: true,
      kindChanges: true,
    });
    expect(impact.nextReview).toMatchObject({
      before: { due: '2026-08-18', kind: 'second' },
      after: { due: '2026-11-18', kind: 'subsequent' },
      dueChanges: true,
    });
  });

  it('lists every later review, in date order, and only those', () => {
    const episode = {
      becameLookedAfter: '2026-01-05',
      reviews: ['2026-10-20', '2026-02-02', '2026-04-30'],
    };
    const impact = impactOf('2026-03-10', episode);
    expect(impact.renumbered.map((r) => [r.held, r.before.sequence, r.after.sequence])).toEqual([
      ['2026-04-30', 2, 3],
      ['2026-10-20', 3, 4],
    ]);
    // Only the review just after it counts from a new date.
    expect(impact.renumbered.map((r) => r.dueChanges)).toEqual([true, false]);
  });

  it('is null when the review is not dated before the latest, or cannot be entered', () => {
    expect(backDatedReviewImpact(PERIOD, '2026-06-01', CALENDAR)).toBeNull();
    expect(backDatedReviewImpact({ ...PERIOD, reviews: [] }, '2026-02-01', CALENDAR)).toBeNull();
    // A taken date, a date before the period and a date that is not a date: other rules say so.
    expect(backDatedReviewImpact(PERIOD, '2026-02-02', CALENDAR)).toBeNull();
    expect(backDatedReviewImpact(PERIOD, '2025-12-31', CALENDAR)).toBeNull();
    expect(backDatedReviewImpact(PERIOD, '2026-02-30', CALENDAR)).toBeNull();
  });

  it('follows the period’s rule set (short breaks: every review after the first is 6-monthly)', () => {
    const episode = { becameLookedAfter: '2026-01-05', reviews: ['2026-04-01', '2026-09-01'] };
    const impact = backDatedReviewImpact(episode, '2026-06-01', CALENDAR, SHORT_BREAK_REVIEW_RULES);
    expect(impact?.renumbered[0]?.after).toMatchObject({
      sequence: 3,
      kind: 'subsequent',
      due: '2026-12-01',
    });
  });
});

describe('reviewAsEntered', () => {
  it('after the latest review it is the next review due', () => {
    const next = nextReviewDue(PERIOD, CALENDAR);
    expect(reviewAsEntered(PERIOD, '2026-06-01', CALENDAR)).toMatchObject({
      due: next.due,
      sequence: next.sequence,
      kind: next.kind,
      inTimescale: true,
    });
  });

  it('held late: the days late after the due date of its place', () => {
    expect(reviewAsEntered(PERIOD, '2026-12-01', CALENDAR, STANDARD_REVIEW_RULES)).toMatchObject({
      due: '2026-11-26',
      inTimescale: false,
      daysLate: 5,
    });
  });

  it('is null for a date taken or before the period', () => {
    expect(reviewAsEntered(PERIOD, '2026-05-26', CALENDAR)).toBeNull();
    expect(reviewAsEntered(PERIOD, '2026-01-04', CALENDAR)).toBeNull();
  });
});

describe('lateEntryProblems', () => {
  const impact = impactOf('2026-05-01');

  it('asks nothing of a review that is not back-dated', () => {
    expect(lateEntryProblems(null, null)).toEqual([]);
  });

  it('needs the confirmation and the reason', () => {
    expect(lateEntryProblems(null, impact)).toEqual([
      {
        field: 'lateEntry.confirmed',
        message:
          'Confirm this is a late entry of a review that really happened: it is dated before the review held on 26 May 2026',
      },
      { field: 'lateEntry.reason', message: 'Enter the reason for the late entry' },
    ]);
    expect(lateEntryProblems({ confirmed: true, reason: '   ' }, impact)).toEqual([
      { field: 'lateEntry.reason', message: 'Enter the reason for the late entry' },
    ]);
    expect(
      lateEntryProblems({ confirmed: true, reason: 'Recorded on paper at the time' }, impact),
    ).toEqual([]);
  });
});

describe('reviewRecordProblems with the review’s place in its period', () => {
  const timing: ReviewTimingContext = {
    episode: PERIOD,
    rules: STANDARD_REVIEW_RULES,
    holidays: CALENDAR,
    lateReviewReasons: DEFAULT_LATE_REVIEW_REASONS,
    confirmBackDating: true,
  };
  const review = (change: Partial<ReviewRecord>): ReviewRecord => ({
    heldOn: '2026-05-01',
    participationCode: 'PN1',
    advocacy: { referralMade: false, referralDate: null, provider: null, declined: false },
    recommendations: [],
    recordOfReviewCompletedOn: null,
    decisionsSentOn: null,
    managerSignOffOn: null,
    ...change,
  });
  const fields = (change: Partial<ReviewRecord>, more: Partial<ReviewTimingContext> = {}) =>
    reviewRecordProblems(review(change), {
      today: '2026-12-10',
      dateOfBirth: '2015-06-01',
      periodOfCare: { start: '2026-01-05', end: null },
      timing: { ...timing, ...more },
    }).map((p) => p.field);

  it('a back-dated new review is refused without the late entry, after the date held', () => {
    expect(fields({})).toEqual(['lateEntry.confirmed', 'lateEntry.reason']);
    expect(fields({ lateEntry: { confirmed: true, reason: 'On paper' } })).toEqual([]);
    // A change to a saved review is not a new entry.
    expect(fields({}, { confirmBackDating: false })).toEqual([]);
  });

  it('a review held after its due date needs a reason', () => {
    expect(fields({ heldOn: '2026-12-01' })).toEqual(['lateReason.code']);
    expect(fields({ heldOn: '2026-12-01', lateReason: { code: 'other', details: null } })).toEqual([
      'lateReason.details',
    ]);
    expect(
      fields({ heldOn: '2026-12-01', lateReason: { code: 'child-unwell', details: null } }),
    ).toEqual([]);
  });

  it('a date with a problem of its own is not judged again', () => {
    expect(fields({ heldOn: '2027-01-01' })).toEqual(['heldOn']);
    expect(fields({ heldOn: '2025-12-01' })).toEqual(['heldOn']);
  });
});
