// The annual report's settings: the council's local target and the national limits it measures
// against, each with a named default.
import { DEFAULT_LEAP_DAY_BIRTHDAY_RULE, type LeapDayBirthdayRule } from './calendar';
import { DomainError } from './errors';
import {
  DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS,
  DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS,
} from './follow-ups';

export interface AnnualReportSettings {
  /** The council's local target for the record of review (working days, review day = day 0). */
  recordOfReviewTargetWorkingDays: number;
  /** The IRO Handbook's limit for the record of review. */
  recordOfReviewLimitWorkingDays: number;
  /** Manager sign-off, counted from the day the decisions were sent (day 0). */
  managerSignOffWorkingDays: number;
  /** Used for the child's age on the review date (29 February birthdays). */
  leapDayRule: LeapDayBirthdayRule;
}

/** Many councils set a local target of 15 working days for the record of review. */
export const DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS = 15;

export const DEFAULT_ANNUAL_REPORT_SETTINGS: AnnualReportSettings = Object.freeze({
  recordOfReviewTargetWorkingDays: DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS,
  recordOfReviewLimitWorkingDays: DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS,
  managerSignOffWorkingDays: DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS,
  leapDayRule: DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
});

function assertWorkingDaysSetting(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new DomainError(
      'invalid-argument',
      `${field} must be a whole number of 0 or more: got ${value}`,
      field,
    );
  }
}

/** The settings given, each one missing (or given as undefined) taking its default. */
export function settingsWithDefaults(
  given: Partial<AnnualReportSettings> | undefined,
): AnnualReportSettings {
  const settings: AnnualReportSettings = { ...DEFAULT_ANNUAL_REPORT_SETTINGS };
  if (given !== undefined) {
    // A setting given as undefined keeps its default.
    if (given.recordOfReviewTargetWorkingDays !== undefined) {
      settings.recordOfReviewTargetWorkingDays = given.recordOfReviewTargetWorkingDays;
    }
    if (given.recordOfReviewLimitWorkingDays !== undefined) {
      settings.recordOfReviewLimitWorkingDays = given.recordOfReviewLimitWorkingDays;
    }
    if (given.managerSignOffWorkingDays !== undefined) {
      settings.managerSignOffWorkingDays = given.managerSignOffWorkingDays;
    }
    if (given.leapDayRule !== undefined) settings.leapDayRule = given.leapDayRule;
  }
  assertWorkingDaysSetting(
    settings.recordOfReviewTargetWorkingDays,
    'recordOfReviewTargetWorkingDays',
  );
  assertWorkingDaysSetting(
    settings.recordOfReviewLimitWorkingDays,
    'recordOfReviewLimitWorkingDays',
  );
  assertWorkingDaysSetting(settings.managerSignOffWorkingDays, 'managerSignOffWorkingDays');
  return settings;
}
