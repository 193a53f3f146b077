import { compareDates, daysBetween, formatDate, type IsoDate } from './calendar';
import { workingDaysBetween, type HolidaySource } from './working-days';

/**
 * A midpoint check is "due" in the working days leading up to its date (a reminder to arrange it)
 * and on the date itself; once its date has passed with no check recorded it is "missed". Practice,
 * not regulation (IRO Handbook), so a named constant.
 */
export const MIDPOINT_DUE_SOON_WORKING_DAYS = 10;

export type MidpointState = 'not-yet-due' | 'due' | 'done' | 'missed';

export interface MidpointStateReading {
  state: MidpointState;
  /** Why, in words a person can check. */
  reason: string;
}

/**
 * The state of a child's midpoint check on `today`: done when a check is recorded, missed once its
 * date has passed without one, due from MIDPOINT_DUE_SOON_WORKING_DAYS working days before it.
 * `why` is the reason the check falls on its date ("Halfway between ...").
 */
export function midpointState(
  midpoint: { due: IsoDate; why: string },
  checkedOn: IsoDate | null,
  today: IsoDate,
  holidays: HolidaySource,
): MidpointStateReading {
  if (checkedOn !== null) {
    return { state: 'done', reason: `Midpoint check recorded on ${formatDate(checkedOn)}` };
  }
  const order = compareDates(today, midpoint.due);
  if (order > 0) {
    const late = daysBetween(midpoint.due, today);
    return {
      state: 'missed',
      reason: `No midpoint check recorded by ${formatDate(midpoint.due)} (${late} ${late === 1 ? 'day' : 'days'} ago)`,
    };
  }
  if (workingDaysBetween(today, midpoint.due, holidays) <= MIDPOINT_DUE_SOON_WORKING_DAYS) {
    const when = order === 0 ? 'Due today' : `Due on ${formatDate(midpoint.due)}`;
    return { state: 'due', reason: `${when}: ${lowerFirst(midpoint.why)}` };
  }
  return { state: 'not-yet-due', reason: midpoint.why };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** How a midpoint check's state reads beside its date, the same on every screen. */
export function midpointDateWording(
  state: MidpointState,
  due: IsoDate,
  checkedOn: IsoDate | null,
): string {
  if (state === 'done' && checkedOn !== null) return `checked on ${formatDate(checkedOn)}`;
  if (state === 'missed') return `was due on ${formatDate(due)}`;
  return `due on ${formatDate(due)}`;
}
