import type { IsoDate } from '@/domain';
import {
  dateInputToIso,
  missingDateParts,
  type DateInputValue,
  type DatePart,
} from '../govuk/date-input';

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const PART_WORDS: Record<DatePart, string> = { day: 'a day', month: 'a month', year: 'a year' };

function joinParts(parts: readonly DatePart[]): string {
  const words = parts.map((part) => PART_WORDS[part].replace(/^a /, ''));
  if (words.length === 1) return PART_WORDS[parts[0] ?? 'day'];
  return `a ${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

export function isBlankDate(value: DateInputValue): boolean {
  return missingDateParts(value).length === 3;
}

export interface DateRule {
  /** The field's name in a sentence, e.g. 'Date the review was held'. */
  label: string;
  required?: boolean;
  /** Today in England: the date must be today or in the past. */
  notAfter?: IsoDate;
  /** The earliest allowed date, and the message when it is earlier. */
  notBefore?: { date: IsoDate | null; message: string };
}

/**
 * Checks a typed date with GOV.UK's wording: 'Enter …', '… must include a month',
 * '… must be a real date', '… must be today or in the past'. Returns the ISO date (or null when
 * blank) and the message, if any.
 */
export function checkDate(
  value: DateInputValue,
  rule: DateRule,
): { iso: IsoDate | null; error: string | null } {
  const missing = missingDateParts(value);
  if (missing.length === 3) {
    // 'Enter the date the review was held' (GOV.UK wording).
    const what = /^Date\b/.test(rule.label)
      ? `the ${lowerFirst(rule.label)}`
      : lowerFirst(rule.label);
    return { iso: null, error: rule.required ? `Enter ${what}` : null };
  }
  if (missing.length > 0) {
    return { iso: null, error: `${rule.label} must include ${joinParts(missing)}` };
  }
  const iso = dateInputToIso(value);
  if (iso === null) return { iso: null, error: `${rule.label} must be a real date` };
  if (rule.notAfter !== undefined && iso > rule.notAfter) {
    return { iso, error: `${rule.label} must be today or in the past` };
  }
  if (rule.notBefore?.date && iso < rule.notBefore.date) {
    return { iso, error: rule.notBefore.message };
  }
  return { iso, error: null };
}

/** The parts to highlight for a date error: the missing ones, else all three. */
export function dateErrorParts(
  value: DateInputValue,
  error: string | undefined,
): DatePart[] | undefined {
  if (error === undefined) return undefined;
  const missing = missingDateParts(value);
  return /must include/.test(error) && missing.length > 0 ? missing : undefined;
}
