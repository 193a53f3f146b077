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

/**
 * The reasons a saved review may be saved with: the council's list and, when the reason it was
 * recorded with has since been removed from the list, that reason in its recorded words. So a
 * change to the list never stops an old review being corrected without changing its reason.
 */
export function lateReviewReasonOptionsFor(
  options: readonly LateReviewReasonOption[],
  recorded: { code: string; label: string; details: string | null } | null,
): readonly LateReviewReasonOption[] {
  if (recorded === null || options.some((option) => option.code === recorded.code)) return options;
  return [
    ...options,
    { code: recorded.code, label: recorded.label, detailsRequired: recorded.details !== null },
  ];
}

/** The reason in words: 'The child was unwell', or 'Other: the family were abroad'. */
export function lateReviewReasonText(reason: { label: string; details: string | null }): string {
  const details = reason.details?.trim() ?? '';
  return details === '' ? reason.label : `${reason.label}: ${details}`;
}

/** The longest code a reason may have (the settings' schema checks it). */
export const LATE_REVIEW_REASON_CODE_LIMIT = 40;

/** The longest words a reason may have: one line of a radio button. */
export const LATE_REVIEW_REASON_LABEL_LIMIT = 120;

/**
 * A code for a reason added to the list, from its words: 'The carer was ill' is
 * 'the-carer-was-ill', with '-2', '-3'… when that is taken. A reason keeps its code when its
 * words change, so reviews already recorded with it are still counted with it.
 */
export function lateReviewReasonCode(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const fit = (text: string, room: number) => text.slice(0, room).replace(/-+$/, '') || 'reason';
  const base = fit(
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, ''),
    LATE_REVIEW_REASON_CODE_LIMIT,
  );
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const code = `${fit(base, LATE_REVIEW_REASON_CODE_LIMIT - suffix.length)}${suffix}`;
    if (!used.has(code)) return code;
  }
}

const sameWords = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The council's list itself (the settings): at least one reason, each with a code (lower case
 * letters, digits and hyphens) used once and words (up to LATE_REVIEW_REASON_LABEL_LIMIT), no
 * two with the same words, whatever their case and spaces (the review form would offer both,
 * and no one could tell them apart).
 */
export function lateReviewReasonOptionsProblems(
  options: readonly LateReviewReasonOption[],
): FieldProblem[] {
  const problems = new FieldProblemList();
  if (options.length === 0) {
    problems.add('lateReviewReasons', 'Enter at least one reason for holding a review late');
  }
  const seen = new Set<string>();
  const seenWords = new Map<string, number>();
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
    // Numbered as the settings page shows them, so the error summary says which one.
    const number = index + 1;
    const words = sameWords(option.label);
    const first = seenWords.get(words);
    if (words === '') problems.add(`${path}.label`, `Enter reason ${number}`);
    else if (option.label.trim().length > LATE_REVIEW_REASON_LABEL_LIMIT) {
      problems.add(
        `${path}.label`,
        `Reason ${number} must be ${LATE_REVIEW_REASON_LABEL_LIMIT} characters or fewer`,
      );
    } else if (first !== undefined) {
      problems.add(`${path}.label`, `Reason ${number} is the same as reason ${first}`);
    }
    if (words !== '' && first === undefined) seenWords.set(words, number);
  });
  return problems.list();
}
