import { formatDate, type IsoDate } from './calendar';
import { FieldProblemList, type FieldProblem } from './field-problems';

// An escalation under the dispute resolution protocol: raised at a stage (1 team manager, 2 head
// of service, 3 director), moved on a stage at a time, then resolved. At any stage, even without
// moving on, the IRO may refer the child's case to Cafcass (once).

export interface EscalationState {
  stage: 1 | 2 | 3;
  raisedOn: IsoDate;
  resolvedOn: IsoDate | null;
  /** The stages reached, in order: the last one is where it is now. */
  stages: readonly { reachedOn: IsoDate }[];
  /** When the IRO referred the child's case to Cafcass; null if not (yet) referred. */
  cafcassReferredOn: IsoDate | null;
}

/** What is being recorded; a date is null when blank or not a real date. */
export type EscalationChange =
  | { action: 'advance'; on: IsoDate | null }
  | { action: 'resolve'; resolvedOn: IsoDate | null }
  | { action: 'refer-to-cafcass'; cafcassReferredOn: IsoDate | null };

/** The label of the referral's date, as the form and the API's schema word it. */
export const CAFCASS_REFERRAL_DATE_LABEL = 'Date of the referral to Cafcass';

/** The last stage of the dispute resolution protocol. */
const LAST_ESCALATION_STAGE = 3;

/**
 * A referral of the child's case to Cafcass, on a new escalation or an open one: today or in the
 * past, not before the escalation was raised, and once only (an escalation already referred gives
 * that one message, on `action`). `raisedOn` is null when it is unknown or has a problem itself.
 */
export function cafcassReferralProblems(
  escalation: { raisedOn: IsoDate | null; cafcassReferredOn: IsoDate | null },
  referredOn: IsoDate | null,
  today: IsoDate,
): FieldProblem[] {
  const problems = new FieldProblemList();
  if (escalation.cafcassReferredOn !== null) {
    problems.add(
      'action',
      `The case was already referred to Cafcass on ${formatDate(escalation.cafcassReferredOn)}`,
    );
    return problems.list();
  }
  const field = 'cafcassReferredOn';
  problems.notInFuture(field, CAFCASS_REFERRAL_DATE_LABEL, referredOn, today);
  if (escalation.raisedOn !== null) {
    problems.notBefore(
      field,
      `${CAFCASS_REFERRAL_DATE_LABEL} must be the same as or after the escalation was raised on ${formatDate(escalation.raisedOn)}`,
      referredOn,
      escalation.raisedOn,
    );
  }
  return problems.list();
}

/**
 * A new escalation's date is in the past and, when `lookedAfterOn` is given, not before the child
 * became looked after; a referral to Cafcass made with it follows `cafcassReferralProblems`.
 */
export function escalationRaisedProblems(
  escalation: { raisedOn: IsoDate | null; cafcassReferredOn?: IsoDate | null },
  context: { today: IsoDate; lookedAfterOn?: IsoDate | null },
): FieldProblem[] {
  const problems = new FieldProblemList();
  const label = 'Date the escalation was raised';
  problems.notInFuture('raisedOn', label, escalation.raisedOn, context.today);
  const lookedAfterOn = context.lookedAfterOn ?? null;
  if (lookedAfterOn !== null) {
    problems.notBefore(
      'raisedOn',
      `${label} cannot be before the child became looked after on ${formatDate(lookedAfterOn)}`,
      escalation.raisedOn,
      lookedAfterOn,
    );
  }
  const referral = cafcassReferralProblems(
    { raisedOn: problems.usable('raisedOn', escalation.raisedOn), cafcassReferredOn: null },
    escalation.cafcassReferredOn ?? null,
    context.today,
  );
  for (const problem of referral) problems.add(problem.field, problem.message);
  return problems.list();
}

/**
 * Moving an escalation on, resolving it or referring the case to Cafcass: only an open one, never
 * past stage 3, on a date in the past and not before the stage it is at (moving on) or the day it
 * was raised (resolving, referring); a referral once only, at any stage.
 */
export function escalationChangeProblems(
  escalation: EscalationState,
  change: EscalationChange,
  today: IsoDate,
): FieldProblem[] {
  const problems = new FieldProblemList();
  if (escalation.resolvedOn !== null) {
    problems.add(
      'action',
      `This escalation was resolved on ${formatDate(escalation.resolvedOn)}: raise a new one`,
    );
    return problems.list();
  }
  if (change.action === 'advance') {
    if (escalation.stage >= LAST_ESCALATION_STAGE) {
      problems.add('action', 'The escalation is already at stage 3, the last stage');
    }
    const label = 'Date the escalation moved to the next stage';
    const lastReached = escalation.stages.at(-1)?.reachedOn ?? escalation.raisedOn;
    problems.notInFuture('on', label, change.on, today);
    problems.notBefore(
      'on',
      `${label} must be the same as or after ${formatDate(lastReached)}`,
      change.on,
      lastReached,
    );
  } else if (change.action === 'refer-to-cafcass') {
    return cafcassReferralProblems(escalation, change.cafcassReferredOn, today);
  } else {
    const label = 'Date the escalation was resolved';
    problems.notInFuture('resolvedOn', label, change.resolvedOn, today);
    problems.notBefore(
      'resolvedOn',
      `${label} must be the same as or after it was raised on ${formatDate(escalation.raisedOn)}`,
      change.resolvedOn,
      escalation.raisedOn,
    );
  }
  return problems.list();
}
