import { formatDate, type IsoDate } from './calendar';
import { FieldProblemList, type FieldProblem } from './field-problems';

export interface MidpointCheckContext {
  /** Today in England (the domain never reads the clock). */
  today: IsoDate;
  /** The day the child became looked after (the period of care the check belongs to); null: none. */
  lookedAfterOn: IsoDate | null;
}

const CHECKED = 'Date of the midpoint check';

/** The date of a midpoint check (null: blank or not a real date) is in the past and in care. */
export function midpointCheckProblems(
  check: { checkedOn: IsoDate | null },
  context: MidpointCheckContext,
): FieldProblem[] {
  const problems = new FieldProblemList();
  problems.notInFuture('checkedOn', CHECKED, check.checkedOn, context.today);
  if (context.lookedAfterOn !== null) {
    problems.notBefore(
      'checkedOn',
      `${CHECKED} cannot be before the child became looked after on ${formatDate(context.lookedAfterOn)}`,
      check.checkedOn,
      context.lookedAfterOn,
    );
  }
  return problems.list();
}
