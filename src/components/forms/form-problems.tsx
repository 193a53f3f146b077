import type { FieldErrors, SaveFailure } from '@/lib/forms/use-form-submission';
import { ErrorSummary, type ErrorSummaryItem } from '../govuk/error-summary';

/**
 * Where each field path lives on the page: the id of the input to focus from the error summary.
 * Dates point at their day input ('heldOn-day'). Unknown paths are shown without a link.
 */
export type FieldIdFor = (path: string) => string | undefined;

/** Orders errors as the fields appear on the form, then any the form does not know. */
function ordered(errors: FieldErrors, fieldOrder: readonly string[]): [string, string][] {
  const entries = Object.entries(errors);
  const position = (path: string) => {
    const exact = fieldOrder.indexOf(path);
    if (exact >= 0) return exact;
    const prefix = fieldOrder.findIndex((field) => path.startsWith(`${field}.`));
    return prefix >= 0 ? prefix + 0.5 : fieldOrder.length;
  };
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => position(a.entry[0]) - position(b.entry[0]) || a.index - b.index)
    .map(({ entry }) => entry);
}

export function errorSummaryItems(
  errors: FieldErrors,
  fieldOrder: readonly string[],
  idFor: FieldIdFor,
): ErrorSummaryItem[] {
  return ordered(errors, fieldOrder).map(([path, message]) => {
    const id = idFor(path);
    return id === undefined ? { text: message } : { href: `#${id}`, text: message };
  });
}

export type FormProblemsProps = {
  errors: FieldErrors;
  failure: SaveFailure | null;
  submitCount: number;
  fieldOrder: readonly string[];
  idFor: FieldIdFor;
};

/** The error summary at the top of a form: field errors, or a failed save. */
export function FormProblems({
  errors,
  failure,
  submitCount,
  fieldOrder,
  idFor,
}: FormProblemsProps) {
  if (failure !== null) {
    return (
      <ErrorSummary
        title={failure.title}
        description={failure.message}
        errors={[]}
        focusKey={submitCount}
      />
    );
  }
  return (
    <ErrorSummary errors={errorSummaryItems(errors, fieldOrder, idFor)} focusKey={submitCount} />
  );
}
