// Withdrawing a review entered in error: it is never deleted. It stays in the history and the
// audit, shown struck through with the reason, and every due date, status, report and export is
// worked out again without it.
import { formatDate, type IsoDate } from './calendar';
import { FieldProblemList, type FieldProblem } from './field-problems';

/** The longest reason for withdrawing a review (checked where it is typed: the form and the API). */
export const WITHDRAWAL_REASON_LIMIT = 500;

/** A review as withdrawing it sees it: when it was held, and whether it is withdrawn already. */
export interface WithdrawableReview {
  heldOn: IsoDate;
  withdrawn: { on: IsoDate } | null;
}

/**
 * Only a review still counted can be withdrawn: one already withdrawn stays as it was (field
 * `withdrawn`). Whether the reason is blank or too long is checked where it is typed.
 */
export function reviewWithdrawalProblems(review: WithdrawableReview): FieldProblem[] {
  const problems = new FieldProblemList();
  if (review.withdrawn !== null) {
    problems.add(
      'withdrawn',
      `The review held on ${formatDate(review.heldOn)} was already withdrawn on ${formatDate(review.withdrawn.on)}`,
    );
  }
  return problems.list();
}

/** The reviews still counted: every due date, status, report and export reads only these. */
export function heldReviews<T extends { withdrawn: unknown }>(reviews: readonly T[]): T[] {
  return reviews.filter((review) => review.withdrawn === null || review.withdrawn === undefined);
}
