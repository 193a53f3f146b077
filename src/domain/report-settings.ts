// The annual report's settings: the council's local target and the national limits it measures
// against, each with a named default.
import { DEFAULT_LEAP_DAY_BIRTHDAY_RULE, type LeapDayBirthdayRule } from './calendar';
import { DomainError } from './errors';
import {
  DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS,
  DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS,
} from './follow-ups';
import { DEFAULT_IRO_CONTACT_MONTHS } from './iro-contact-record';

export interface AnnualReportSettings {
  /** The council's local target for the record of review (working days, review day = day 0). */
  recordOfReviewTargetWorkingDays: number;
  /** The IRO Handbook's limit for the record of review. */
  recordOfReviewLimitWorkingDays: number;
  /** Manager sign-off, counted from the day the decisions were sent (day 0). */
  managerSignOffWorkingDays: number;
  /** Used for the child's age on the review date (29 February birthdays). */
  leapDayRule: LeapDayBirthdayRule;
  /** "Seen by the IRO in the last N months" (the council setting iroContactMonths). */
  iroContactMonths: number;
  /** Days after a midpoint's date a check still counts as on time (0: on or before the date). */
  midpointCheckGraceDays: number;
}

/**
 * A midpoint check is practice, not regulation, and no rule says how late is late: by default it
 * is on time when recorded on or before its date (see src/domain/README.md; to confirm).
 */
export const DEFAULT_MIDPOINT_CHECK_GRACE_DAYS = 0;

/** Many councils set a local target of 15 working days for the record of review. */
export const DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS = 15;

export const DEFAULT_ANNUAL_REPORT_SETTINGS: AnnualReportSettings = Object.freeze({
  recordOfReviewTargetWorkingDays: DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS,
  recordOfReviewLimitWorkingDays: DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS,
  managerSignOffWorkingDays: DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS,
  leapDayRule: DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
  iroContactMonths: DEFAULT_IRO_CONTACT_MONTHS,
  midpointCheckGraceDays: DEFAULT_MIDPOINT_CHECK_GRACE_DAYS,
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
    if (given.iroContactMonths !== undefined) settings.iroContactMonths = given.iroContactMonths;
    if (given.midpointCheckGraceDays !== undefined) {
      settings.midpointCheckGraceDays = given.midpointCheckGraceDays;
    }
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
  assertWorkingDaysSetting(settings.iroContactMonths, 'iroContactMonths');
  assertWorkingDaysSetting(settings.midpointCheckGraceDays, 'midpointCheckGraceDays');
  return settings;
}
