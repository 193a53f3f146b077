import { formatDate, type IsoDate } from './calendar';
import { FieldProblemList, type FieldProblem } from './field-problems';

// An escalation under the dispute resolution protocol: raised at a stage (1 team manager, 2 head
// of service, 3 director), moved on a stage at a time, then resolved.

export interface EscalationState {
  stage: 1 | 2 | 3;
  raisedOn: IsoDate;
  resolvedOn: IsoDate | null;
  /** The stages reached, in order: the last one is where it is now. */
  stages: readonly { reachedOn: IsoDate }[];
}

/** What is being recorded; a date is null when blank or not a real date. */
export type EscalationChange =
  { action: 'advance'; on: IsoDate | null } | { action: 'resolve'; resolvedOn: IsoDate | null };

/** The last stage of the dispute resolution protocol. */
const LAST_ESCALATION_STAGE = 3;

/**
 * A new escalation's date is in the past and, when `lookedAfterOn` is given, not before the child
 * became looked after.
 */
export function escalationRaisedProblems(
  escalation: { raisedOn: IsoDate | null },
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
  return problems.list();
}

/**
 * Moving an escalation on or resolving it: only an open one, never past stage 3, on a date in the
 * past and not before the stage it is at (moving on) or the day it was raised (resolving).
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
