// A review entered with a date before the latest review already recorded in its period of care
// ("back-dated"): it takes its place in the numbering, so every review after it is renumbered and
// the one just after it is due from a different date, and the next review may be due on another
// day. That is right for a review that really happened and was recorded late, and corrupts the
// record for one that did not: so the person must confirm it, with a reason, having seen exactly
// what changes (worked out here, before and after, with `reviewHistory` and `nextReviewDue`).
import { compareDates, formatDate, isIsoDate, type IsoDate } from './calendar';
import { FieldProblemList, isBlank, type FieldProblem } from './field-problems';
import {
  nextReviewDue,
  reviewHistory,
  STANDARD_REVIEW_RULES,
  type EpisodeOfCare,
  type HeldReview,
  type ReviewDue,
  type ReviewRuleSet,
} from './schedule';
import type { HolidaySource } from './working-days';

/** The longest reason for a late entry (checked where it is typed: the form and the API). */
export const LATE_ENTRY_REASON_LIMIT = 500;

/** The confirmation a back-dated review needs: it really happened, and why it is entered now. */
export interface LateEntry {
  confirmed: boolean;
  reason: string | null;
}

/** A review already recorded whose place changes: as it is numbered and due now, and after. */
export interface RenumberedReview {
  held: IsoDate;
  before: HeldReview;
  after: HeldReview;
  /** Its due date moves (it now counts from the review entered). */
  dueChanges: boolean;
  /** It becomes another kind of review (second to subsequent). */
  kindChanges: boolean;
}

export interface BackDatedReviewImpact {
  heldOn: IsoDate;
  /** The latest review already recorded in the period, after the date entered. */
  latestRecorded: IsoDate;
  /** The place the review entered takes: its number, kind and due date. */
  entered: HeldReview;
  /** Every review recorded after the date entered, in date order: each is renumbered. */
  renumbered: RenumberedReview[];
  /** The next review due, now and once the review is entered. */
  nextReview: { before: ReviewDue; after: ReviewDue; dueChanges: boolean };
}

/** Whether a review on `heldOn` can take a place in the period (in it, and not a taken date). */
function canEnter(episode: EpisodeOfCare, heldOn: IsoDate): boolean {
  return (
    isIsoDate(heldOn) &&
    compareDates(heldOn, episode.becameLookedAfter) >= 0 &&
    !episode.reviews.includes(heldOn)
  );
}

function withReview(episode: EpisodeOfCare, heldOn: IsoDate): EpisodeOfCare {
  return { becameLookedAfter: episode.becameLookedAfter, reviews: [...episode.reviews, heldOn] };
}

/**
 * The place a review held on `heldOn` takes among the period's reviews (`episode`, without it): its
 * number, kind, due date and whether it was in timescale. For a review after the latest one this
 * is the next review due. null when the date is before the period started or a review is already
 * recorded that day (the review record's own rules say so).
 */
export function reviewAsEntered(
  episode: EpisodeOfCare,
  heldOn: IsoDate,
  holidays: HolidaySource,
  rules: ReviewRuleSet = STANDARD_REVIEW_RULES,
): HeldReview | null {
  if (!canEnter(episode, heldOn)) return null;
  return (
    reviewHistory(withReview(episode, heldOn), holidays, rules).find(
      (review) => review.held === heldOn,
    ) ?? null
  );
}

/**
 * What entering a review on `heldOn` changes, when it is dated before the latest review already
 * recorded in the period (`episode`, without it); null when it is not (or cannot be entered).
 */
export function backDatedReviewImpact(
  episode: EpisodeOfCare,
  heldOn: IsoDate,
  holidays: HolidaySource,
  rules: ReviewRuleSet = STANDARD_REVIEW_RULES,
): BackDatedReviewImpact | null {
  if (!canEnter(episode, heldOn)) return null;
  const before = reviewHistory(episode, holidays, rules);
  const latest = before[before.length - 1];
  if (latest === undefined || compareDates(heldOn, latest.held) > 0) return null;
  const inserted = withReview(episode, heldOn);
  const after = new Map(reviewHistory(inserted, holidays, rules).map((r) => [r.held, r]));
  const entered = after.get(heldOn);
  if (entered === undefined) return null;
  const renumbered = before.flatMap((was) => {
    const now = after.get(was.held);
    if (now === undefined || compareDates(was.held, heldOn) < 0) return [];
    return [
      {
        held: was.held,
        before: was,
        after: now,
        dueChanges: was.due !== now.due,
        kindChanges: was.kind !== now.kind,
      },
    ];
  });
  const nextBefore = nextReviewDue(episode, holidays, rules);
  const nextAfter = nextReviewDue(inserted, holidays, rules);
  return {
    heldOn,
    latestRecorded: latest.held,
    entered,
    renumbered,
    nextReview: {
      before: nextBefore,
      after: nextAfter,
      dueChanges: nextBefore.due !== nextAfter.due,
    },
  };
}

/**
 * A back-dated review is entered only when the person confirms it is a late entry of a review that
 * really happened, and says why it is entered now. Nothing is asked when `impact` is null (the
 * review is not back-dated). Fields: `lateEntry.confirmed`, `lateEntry.reason`.
 */
export function lateEntryProblems(
  lateEntry: LateEntry | null,
  impact: BackDatedReviewImpact | null,
): FieldProblem[] {
  const problems = new FieldProblemList();
  if (impact === null) return problems.list();
  if (lateEntry?.confirmed !== true) {
    problems.add(
      'lateEntry.confirmed',
      `Confirm this is a late entry of a review that really happened: it is dated before the review held on ${formatDate(impact.latestRecorded)}`,
    );
  }
  if (isBlank(lateEntry?.reason)) {
    problems.add('lateEntry.reason', 'Enter the reason for the late entry');
  }
  return problems.list();
}
