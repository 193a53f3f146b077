import { useState } from 'react';
import { isApiError, type ApiError } from '@/lib/api/client';

/** One message per field, keyed by the API's dotted field path (e.g. 'advocacy.referralDate'). */
export type FieldErrors = Record<string, string>;

/** A save that failed for a reason other than the fields (500, network, 403): what to say. */
export type SaveFailure = { title: string; message: string };

/**
 * The state of a form's submission: field errors (from the form's own checks first, then the
 * backend's 422), a failed save (500, network, 403) that keeps every typed value, and a 409
 * conflict (someone else changed the record). FormPage in src/components shows it.
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
