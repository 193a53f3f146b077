import type { IsoDate } from './calendar';
import { DomainError } from './errors';
import { addWorkingDays, type HolidaySource } from './working-days';

/** A review is "at risk" when it is due within this many working days and no meeting is booked. */
export const DEFAULT_AT_RISK_WORKING_DAYS = 15;

/**
 * The IRO's record of the review: 20 working days is the statutory-guidance limit (IRO Handbook);
 * many councils set a local target of 15, so callers pass their own setting.
 */
export const DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS = 20;

/** The social work manager agrees or queries the review's decisions within 5 working days. */
export const DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS = 5;

function assertWorkingDays(workingDays: number): void {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new DomainError(
      'invalid-argument',
      `workingDays must be a whole number of 0 or more: got ${workingDays}`,
      'workingDays',
    );
  }
}

/** The review day is day 0; the record is due on the nth working day after it. */
export function recordOfReviewDue(
  reviewHeld: IsoDate,
  holidays: HolidaySource,
  workingDays: number = DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS,
): IsoDate {
  assertWorkingDays(workingDays);
  return addWorkingDays(reviewHeld, workingDays, holidays);
}

/** The day the decisions were received is day 0. */
export function managerSignOffDue(
  decisionsReceived: IsoDate,
  holidays: HolidaySource,
  workingDays: number = DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS,
): IsoDate {
  assertWorkingDays(workingDays);
  return addWorkingDays(decisionsReceived, workingDays, holidays);
}
