// Where the review on the form falls in its period of care, from the child's record and the
// domain: is it dated before the latest review (a late entry to confirm, with what it renumbers),
// and was it held after its due date (then why). The backend works out the same with the same
// functions and refuses what the form would refuse.
import {
  backDatedReviewImpact,
  reviewAsEntered,
  SHORT_BREAK_REVIEW_RULES,
  STANDARD_REVIEW_RULES,
  type BackDatedReviewImpact,
  type HeldReview,
  type HolidaySource,
  type IsoDate,
  type LateReviewReasonOption,
  type ReviewTimingContext,
} from '@/domain';
import type { ChildDetail, Review } from '@/lib/api/schemas';

function rulesFor(ruleSet: { id: 'standard' | 'short-breaks' }) {
  return ruleSet.id === 'short-breaks' ? SHORT_BREAK_REVIEW_RULES : STANDARD_REVIEW_RULES;
}

/**
 * The period the review is judged in, with its other reviews (held, not withdrawn): for a new
 * review the current period; for a saved one the period it was held in, without itself. null
 * when the saved review is in no period the record shows.
 */
export function reviewTimingFor(
  child: ChildDetail,
  review: Review | undefined,
  holidays: HolidaySource,
  lateReviewReasons: readonly LateReviewReasonOption[],
): ReviewTimingContext | null {
  const common = { holidays, lateReviewReasons };
  if (review === undefined) {
    return {
      ...common,
      episode: {
        becameLookedAfter: child.currentPeriod.start,
        reviews: child.history.map((held) => held.held),
      },
      rules: rulesFor(child.currentPeriod.ruleSet),
      confirmBackDating: true,
    };
  }
  const others = (held: readonly { held: IsoDate }[]) =>
    held.map((h) => h.held).filter((date) => date !== review.heldOn);
  if (review.heldOn >= child.currentPeriod.start) {
    return {
      ...common,
      episode: { becameLookedAfter: child.currentPeriod.start, reviews: others(child.history) },
      rules: rulesFor(child.currentPeriod.ruleSet),
      confirmBackDating: false,
    };
  }
  const period = child.previousPeriods.find(
    (p) => review.heldOn >= p.start && (p.end === null || review.heldOn <= p.end),
  );
  if (period === undefined) return null;
  return {
    ...common,
    episode: { becameLookedAfter: period.start, reviews: others(period.reviews) },
    rules: rulesFor(period.ruleSet),
    confirmBackDating: false,
  };
}

export interface ReviewTimingView {
  /** Dated before the latest review in the period (a new review only): what it changes. */
  backDated: BackDatedReviewImpact | null;
  /** Its place and due date; null when the date is not known or cannot be judged. */
  entered: HeldReview | null;
  /** Held after its due date: the form asks why. */
  late: boolean;
}

const NOTHING: ReviewTimingView = { backDated: null, entered: null, late: false };

/** What the form shows for the date held entered (null: not a real date yet). */
export function reviewTimingView(
  heldOn: IsoDate | null,
  timing: ReviewTimingContext | null,
  today: IsoDate,
): ReviewTimingView {
  if (heldOn === null || timing === null || heldOn > today) return NOTHING;
  if (heldOn < timing.episode.becameLookedAfter) return NOTHING;
  const { episode, holidays, rules } = timing;
  const entered = reviewAsEntered(episode, heldOn, holidays, rules);
  const backDated = timing.confirmBackDating
    ? backDatedReviewImpact(episode, heldOn, holidays, rules)
    : null;
  return { backDated, entered, late: entered !== null && !entered.inTimescale };
}
