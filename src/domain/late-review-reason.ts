// Why a review was held after its due date: a reason from the council's short list (a setting),
// with details when the reason needs them. The form asks only when the date held is after the
// review's due date, and the backend refuses a late review without one.
import { compareDates, daysBetween, formatDate, type IsoDate } from './calendar';
import { FieldProblemList, isBlank, type FieldProblem } from './field-problems';

/** One reason on the council's list. */
export interface LateReviewReasonOption {
  /** Stable, stored with the review and used to group the annual report: 'child-unwell'. */
  code: string;
  /** As the form and the report show it: 'The child was unwell'. */
  label: string;
  /** The person must say more ('Other'). */
  detailsRequired: boolean;
}

/**
 * The default list (a council setting, `Settings.lateReviewReasons`): no statute lists the
 * reasons, so these are the ones IRO annual reports most often give, and "Other" with details.
 */
export const DEFAULT_LATE_REVIEW_REASONS: readonly LateReviewReasonOption[] = Object.freeze([
  Object.freeze({ code: 'child-unwell', label: 'The child was unwell', detailsRequired: false }),
  Object.freeze({
    code: 'key-person-unavailable',
    label: 'A key person could not attend',
    detailsRequired: false,
  }),
  Object.freeze({
    code: 'iro-unavailable',
    label: 'The IRO was unavailable',
    detailsRequired: false,
  }),
  Object.freeze({ code: 'placement-move', label: 'A placement move', detailsRequired: false }),
  Object.freeze({ code: 'other', label: 'Other', detailsRequired: true }),
]);

/** The longest details a reason may have (checked where it is typed: the form and the API). */
export const LATE_REVIEW_REASON_DETAILS_LIMIT = 500;

/** A reason as entered: the code chosen (null: none) and any details (null or blank: none). */
export interface LateReviewReasonEntry {
  code: string | null;
  details: string | null;
}

/** Held after its due date (a review held on its due date is in timescale). */
export function isHeldLate(heldOn: IsoDate, due: IsoDate): boolean {
  return compareDates(heldOn, due) > 0;
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** "The review was held 12 days after it was due on 14 March 2026" (for the question's hint). */
export function heldLateText(heldOn: IsoDate, due: IsoDate): string {
  return `The review was held ${days(daysBetween(due, heldOn))} after it was due on ${formatDate(due)}`;
}

/**
 * A review held after its due date needs a reason from the list, and details when that reason
 * needs them. Nothing is asked of a review held in timescale (a reason given is not kept), nor
 * when the date held or the due date is not known. Fields: `lateReason.code`, `lateReason.details`.
 */
export function lateReviewReasonProblems(
  reason: LateReviewReasonEntry | null,
  context: {
    heldOn: IsoDate | null;
    due: IsoDate | null;
    options: readonly LateReviewReasonOption[];
  },
): FieldProblem[] {
  const { heldOn, due, options } = context;
  const problems = new FieldProblemList();
  if (heldOn === null || due === null || !isHeldLate(heldOn, due)) return problems.list();
  const code = reason?.code ?? null;
  if (isBlank(code)) {
    problems.add(
      'lateReason.code',
      `Select why the review was held late: it was due on ${formatDate(due)}`,
    );
    return problems.list();
  }
  const option = options.find((candidate) => candidate.code === code);
  if (option === undefined) {
    problems.add('lateReason.code', 'Select a reason for holding the review late from the list');
    return problems.list();
  }
  if (option.detailsRequired && isBlank(reason?.details)) {
    problems.add('lateReason.details', 'Enter details of why the review was held late');
  }
  return problems.list();
}

/** The reason in words: 'The child was unwell', or 'Other: the family were abroad'. */
export function lateReviewReasonText(reason: { label: string; details: string | null }): string {
  const details = reason.details?.trim() ?? '';
  return details === '' ? reason.label : `${reason.label}: ${details}`;
}

/**
 * The council's list itself (the settings): at least one reason, each with a code (lower case
 * letters, digits and hyphens) used once and a label.
 */
export function lateReviewReasonOptionsProblems(
  options: readonly LateReviewReasonOption[],
): FieldProblem[] {
  const problems = new FieldProblemList();
  if (options.length === 0) {
    problems.add('lateReviewReasons', 'Enter at least one reason for holding a review late');
  }
  const seen = new Set<string>();
  options.forEach((option, index) => {
    const path = `lateReviewReasons.${index}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(option.code)) {
      problems.add(
        `${path}.code`,
        'Reason code must be lower case letters, numbers and hyphens, like child-unwell',
      );
    } else if (seen.has(option.code)) {
      problems.add(`${path}.code`, `Reason code ${option.code} is used more than once`);
    }
    seen.add(option.code);
    if (isBlank(option.label)) problems.add(`${path}.label`, 'Enter the reason as people see it');
  });
  return problems.list();
}
