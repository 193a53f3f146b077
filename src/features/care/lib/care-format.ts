// Words and small checks the care pages share.
import type { z } from 'zod';
import type { SelectOption } from '@/components';
import type { CareCode, FieldProblem } from '@/domain';
import type { CareRecord } from '@/lib/api/schemas';
import type { FieldErrors } from '@/lib/forms/use-form-submission';

export function fullName(child: { givenName: string; familyName: string }): string {
  return `${child.givenName} ${child.familyName}`;
}

/** SSDA903 SEX: 1 male, 2 female. */
export const SEX_LABELS: Record<'1' | '2', string> = { '1': 'Male', '2': 'Female' };

export function sexText(sex: CareRecord['sex']): string {
  return sex === null ? 'Not recorded' : SEX_LABELS[sex];
}

/** A select's options for an SSDA903 code list: 'C2: Full care order', after a blank choice. */
export function codeOptions(list: readonly CareCode[], blank: string): SelectOption[] {
  return [
    { value: '', text: blank },
    ...list.map((entry) => ({ value: entry.code, text: `${entry.code}: ${entry.description}` })),
  ];
}

/** The domain's problems as a form's errors (one a field), field names renamed where asked. */
export function problemErrors(
  problems: readonly FieldProblem[],
  rename: Record<string, string> = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems)
    errors[rename[problem.field] ?? problem.field] ??= problem.message;
  return errors;
}

/** Adds the domain's problems to a form's errors, after any message a field already has. */
export function addProblems(
  errors: FieldErrors,
  problems: readonly FieldProblem[],
  rename: Record<string, string> = {},
): void {
  for (const [field, message] of Object.entries(problemErrors(problems, rename))) {
    errors[field] ??= message;
  }
}

/** Adds a check's message to a form's errors, unless the field already has one. */
export function addError(errors: FieldErrors, field: string, result: { error: string | null }) {
  if (result.error !== null) errors[field] ??= result.error;
}

/**
 * A typed value checked with the API's own schema for the field, so the form says exactly what the
 * backend would: the trimmed value and the first message, if any.
 */
export function checkWith<T>(
  schema: z.ZodType<T>,
  value: unknown,
): { value: T | null; error: string | null } {
  const result = schema.safeParse(value);
  if (result.success) return { value: result.data, error: null };
  return { value: null, error: result.error.issues[0]?.message ?? 'Check this answer' };
}

/** The message a page put in the navigation state for the next page (after a save). */
export function bannerFrom(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'banner' in state) {
    const { banner } = state;
    return typeof banner === 'string' ? banner : null;
  }
  return null;
}

/** Reviews whose participation code no longer fits, passed on after correcting the details. */
export function participationWarningsFrom(state: unknown): string[] {
  if (typeof state === 'object' && state !== null && 'participation' in state) {
    const { participation } = state;
    if (Array.isArray(participation)) {
      return participation.filter((item): item is string => typeof item === 'string');
    }
  }
  return [];
}

/** '2 meetings', '1 meeting'. */
export function meetingsText(count: number): string {
  return `${count} ${count === 1 ? 'meeting' : 'meetings'}`;
}

/** The current (or last) period of care: the last in the record. */
export function lastPeriod(record: CareRecord): CareRecord['periods'][number] | null {
  return record.periods[record.periods.length - 1] ?? null;
}

export const isLookedAfter = (record: CareRecord): boolean => record.care.status === 'looked-after';
