// The manager's sign-off of a review's decisions: the team manager reads the decisions and either
// agrees them or queries them with a reason. A query goes back to the IRO and stays open until the
// IRO answers it; the manager then agrees or queries again. The target (5 working days, a setting)
// counts from the decisions being sent, whatever queries come between.
import { formatDate, type IsoDate } from './calendar';
import { FieldProblemList, isBlank, type FieldProblem } from './field-problems';

export type SignOffState = 'decisions-not-sent' | 'awaiting-manager' | 'queried' | 'signed-off';

export interface SignOffQueryRecord {
  raisedOn: IsoDate;
  reason: string;
  answer: { on: IsoDate; text: string } | null;
}

/** What of a review the sign-off reads. */
export interface SignOffSubject {
  decisionsSentOn: IsoDate | null;
  decisions: string | null;
  managerSignOffOn: IsoDate | null;
  signOffQueries: readonly SignOffQueryRecord[];
}

export const SIGN_OFF_QUERY_LIMIT = 1000;
export const SIGN_OFF_ANSWER_LIMIT = 2000;

export function openSignOffQuery<Q extends SignOffQueryRecord>(review: {
  signOffQueries: readonly Q[];
}): Q | null {
  return review.signOffQueries.find((query) => query.answer === null) ?? null;
}

export function signOffState(review: SignOffSubject): SignOffState {
  if (review.managerSignOffOn !== null) return 'signed-off';
  if (review.decisionsSentOn === null) return 'decisions-not-sent';
  return openSignOffQuery(review) === null ? 'awaiting-manager' : 'queried';
}

export interface SignOffDecisionEntry {
  /** null: not chosen. */
  decision: 'agree' | 'query' | null;
  reason: string | null;
}

/**
 * Whether the manager may agree or query now, and the decision as entered. Fields: `decision`
 * (the review is not ready or already signed off) and `reason` (a query's reason).
 */
export function signOffDecisionProblems(
  review: SignOffSubject,
  entry: SignOffDecisionEntry,
): FieldProblem[] {
  const problems = new FieldProblemList();
  const state = signOffState(review);
  if (state === 'signed-off' && review.managerSignOffOn !== null) {
    problems.add(
      'decision',
      `The decisions were already signed off on ${formatDate(review.managerSignOffOn)}`,
    );
  } else if (state === 'decisions-not-sent' || isBlank(review.decisions)) {
    problems.add(
      'decision',
      'The IRO has not sent the review’s decisions yet: there is nothing to sign off',
    );
  } else if (state === 'queried') {
    const open = openSignOffQuery(review);
    problems.add(
      'decision',
      `Your query of ${formatDate(open?.raisedOn ?? '')} is waiting for the IRO’s answer: you can agree or query again once they answer`,
    );
  }
  if (problems.has('decision')) return problems.list();
  if (entry.decision === null) {
    problems.add('decision', 'Select whether you agree the decisions or query them');
  }
  if (entry.decision === 'query') {
    if (isBlank(entry.reason)) problems.add('reason', 'Enter what you are querying and why');
    else if ((entry.reason ?? '').trim().length > SIGN_OFF_QUERY_LIMIT) {
      problems.add('reason', `Your query must be ${SIGN_OFF_QUERY_LIMIT} characters or fewer`);
    }
  }
  return problems.list();
}

/** The IRO's answer to the open query. Fields: `answer`. */
export function signOffAnswerProblems(
  review: SignOffSubject,
  answer: string | null,
): FieldProblem[] {
  const problems = new FieldProblemList();
  if (openSignOffQuery(review) === null) {
    problems.add('answer', 'There is no open query on this review’s decisions to answer');
    return problems.list();
  }
  if (isBlank(answer)) problems.add('answer', 'Enter your answer to the manager’s query');
  else if ((answer ?? '').trim().length > SIGN_OFF_ANSWER_LIMIT) {
    problems.add('answer', `Your answer must be ${SIGN_OFF_ANSWER_LIMIT} characters or fewer`);
  }
  return problems.list();
}
