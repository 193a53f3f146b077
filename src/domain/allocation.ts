// Appointing an IRO: the IRO Handbook expects one within 5 working days of a child becoming looked
// after. Guidance, not regulation, so the number is a council setting with this default.
import { compareDates, formatDate, type IsoDate } from './calendar';
import { addWorkingDays, workingDaysBetween, type HolidaySource } from './working-days';

/** The IRO Handbook's expectation; a local setting (Settings.allocationWorkingDays), not statute. */
export const DEFAULT_ALLOCATION_WORKING_DAYS = 5;

export interface AllocationDue {
  /** The last working day an IRO should be appointed by. */
  due: IsoDate;
  late: boolean;
  /** Working days from today to `due` (negative once late). */
  workingDaysLeft: number;
  /** "An IRO should be allocated by 9 January 2026 (5 working days after becoming looked after on 2 January 2026)" */
  reason: string;
}

/** When a child who became looked after on `start` should have an IRO, seen from `today`. */
export function allocationDue(
  start: IsoDate,
  today: IsoDate,
  holidays: HolidaySource,
  workingDays: number = DEFAULT_ALLOCATION_WORKING_DAYS,
): AllocationDue {
  const due = addWorkingDays(start, workingDays, holidays);
  const late = compareDates(today, due) > 0;
  // The mirror image when late (minus the working days in [due, today)), as in reviewStatus.
  const left = workingDaysBetween(today, due, holidays);
  const when = `${workingDays} working days after becoming looked after on ${formatDate(start)}`;
  return {
    due,
    late,
    workingDaysLeft: left,
    reason: late
      ? `An IRO should have been allocated by ${formatDate(due)} (${when})`
      : `An IRO should be allocated by ${formatDate(due)} (${when})`,
  };
}
