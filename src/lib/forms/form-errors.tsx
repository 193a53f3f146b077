import { useState } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '@/components';
import { isApiError, type ApiError } from '@/lib/api/client';

/** One message per field, keyed by the API's dotted field path (e.g. 'advocacy.referralDate'). */
export type FieldErrors = Record<string, string>;

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

export type SaveFailure = { title: string; message: string };

/**
 * The state of a form's submission: field errors (from the form's own checks first, then the
 * backend's 422), a failed save (500, network, 403) that keeps every typed value, and a 409
 * conflict (someone else changed the record).
 */
export function useFormSubmission() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const [saving, setSaving] = useState(false);

  /** Runs the form's checks, then `save` if they pass. Resolves true when saved. */
  async function submit(clientErrors: FieldErrors, save: () => Promise<void>): Promise<boolean> {
    setSubmitCount((count) => count + 1);
    setFailure(null);
    setConflict(null);
    if (Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors);
      return false;
    }
    setErrors({});
    setSaving(true);
    try {
      await save();
      return true;
    } catch (error) {
      if (isApiError(error) && error.isValidation && Object.keys(error.fieldErrors).length > 0) {
        setErrors(error.fieldErrors);
      } else if (isApiError(error) && error.isConflict) {
        setConflict(error);
      } else if (isApiError(error) && (error.status === 403 || error.status === 404)) {
        setFailure({ title: 'Your changes have not been saved', message: error.message });
      } else {
        setFailure({
          title: 'Your changes have not been saved',
          message:
            isApiError(error) && error.kind === 'network'
              ? 'The service could not be reached. Check your connection and try again: what you entered is still here.'
              : 'Sorry, there is a problem with the service. Try again: what you entered is still here.',
        });
      }
      return false;
    } finally {
      setSaving(false);
    }
  }

  return {
    errors,
    failure,
    conflict,
    submitCount,
    saving,
    submit,
    clearConflict: () => {
      setConflict(null);
    },
    hasErrors: Object.keys(errors).length > 0 || failure !== null,
  };
}

/** A form's submission state, as useFormSubmission returns it. */
export type FormSubmission = ReturnType<typeof useFormSubmission>;

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
