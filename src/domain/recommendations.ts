// A review's recommendations followed to done, across reviews: each stays open until the IRO marks
// it done (on a date) or no longer needed (with a note), at the next review or between reviews.
// Following up earlier actions is a core IRO duty (IRO Handbook), so an open recommendation is
// never dropped because a later review was recorded.
import { compareDates, formatDate, type IsoDate } from './calendar';
import { FieldProblemList, isBlank, type FieldProblem } from './field-problems';

export type RecommendationState = 'open' | 'done' | 'not-needed';

/** A recommendation as the record keeps it. */
export interface RecommendationRecord {
  targetDate: IsoDate;
  completedOn: IsoDate | null;
  noLongerNeeded: { on: IsoDate; note: string } | null;
}

export function recommendationState(recommendation: RecommendationRecord): RecommendationState {
  if (recommendation.completedOn !== null) return 'done';
  if (recommendation.noLongerNeeded !== null) return 'not-needed';
  return 'open';
}

/** Open and its target date has passed (due on the target date itself is not yet past). */
export function isPastTarget(recommendation: RecommendationRecord, today: IsoDate): boolean {
  return (
    recommendationState(recommendation) === 'open' &&
    compareDates(recommendation.targetDate, today) < 0
  );
}

/** The longest note on a recommendation no longer needed (checked in the form and the API). */
export const RECOMMENDATION_NOTE_LIMIT = 500;

/** What the IRO says happened to an open recommendation. */
export interface RecommendationOutcomeEntry {
  /** null: not answered yet. */
  outcome: RecommendationState | null;
  /** The date it was done, or found no longer needed; null when blank or not a real date. */
  on: IsoDate | null;
  note: string | null;
}

export interface RecommendationOutcomeContext {
  today: IsoDate;
  /** The date of the review that made the recommendation: nothing is done before it. */
  reviewHeldOn: IsoDate;
  /** The recommended action, to say which one a message is about (a form lists several). */
  action?: string;
}

const DONE_ON = 'Date the action was completed';
const NOT_NEEDED_ON = 'Date it was found no longer needed';

/**
 * The rules for marking one recommendation. Fields are relative (`outcome`, `on`, `note`): the
 * caller prefixes them with where the recommendation sits in its form or request.
 */
export function recommendationOutcomeProblems(
  entry: RecommendationOutcomeEntry,
  context: RecommendationOutcomeContext,
): FieldProblem[] {
  const problems = new FieldProblemList();
  if (entry.outcome === null) {
    problems.add(
      'outcome',
      context.action === undefined
        ? 'Select what happened to the recommendation'
        : `Select what happened to “${context.action}”`,
    );
    return problems.list();
  }
  if (entry.outcome === 'open') return problems.list();
  const label = entry.outcome === 'done' ? DONE_ON : NOT_NEEDED_ON;
  if (entry.on === null)
    problems.add('on', `Enter the ${label.charAt(0).toLowerCase()}${label.slice(1)}`);
  problems.notInFuture('on', label, entry.on, context.today);
  problems.notBefore(
    'on',
    `${label} must be the same as or after the review that made it, on ${formatDate(context.reviewHeldOn)}`,
    entry.on,
    context.reviewHeldOn,
  );
  if (entry.outcome === 'not-needed' && isBlank(entry.note)) {
    problems.add('note', 'Enter why the recommendation is no longer needed');
  }
  if ((entry.note ?? '').trim().length > RECOMMENDATION_NOTE_LIMIT) {
    problems.add(
      'note',
      `Why the recommendation is no longer needed must be ${RECOMMENDATION_NOTE_LIMIT} characters or fewer`,
    );
  }
  return problems.list();
}

/** A recommendation with the review it came from, for lists across reviews. */
export interface RecommendationInReview<R extends RecommendationRecord = RecommendationRecord> {
  reviewId: string;
  reviewHeldOn: IsoDate;
  recommendation: R;
}

/**
 * The open recommendations of a child's reviews (held, not withdrawn), oldest review first: what
 * the next review must follow up. Callers pass the reviews of the current period of care (a
 * recommendation belongs to a care plan; a child who left care and came back has a new one).
 */
export function openRecommendations<
  V extends { id: string; heldOn: IsoDate; recommendations: readonly RecommendationRecord[] },
>(reviews: readonly V[]): RecommendationInReview<V['recommendations'][number]>[] {
  type R = V['recommendations'][number];
  const found: RecommendationInReview<R>[] = [];
  for (const review of [...reviews].sort((a, b) => compareDates(a.heldOn, b.heldOn))) {
    for (const recommendation of review.recommendations) {
      if (recommendationState(recommendation) === 'open') {
        found.push({ reviewId: review.id, reviewHeldOn: review.heldOn, recommendation });
      }
    }
  }
  return found;
}

/** Past target first, then by target date (earliest first), then by the review's date. */
export function compareOutstanding(
  a: { targetDate: IsoDate; reviewHeldOn: IsoDate },
  b: { targetDate: IsoDate; reviewHeldOn: IsoDate },
  today: IsoDate,
): number {
  const pastA = compareDates(a.targetDate, today) < 0;
  const pastB = compareDates(b.targetDate, today) < 0;
  if (pastA !== pastB) return pastA ? -1 : 1;
  return compareDates(a.targetDate, b.targetDate) || compareDates(a.reviewHeldOn, b.reviewHeldOn);
}
