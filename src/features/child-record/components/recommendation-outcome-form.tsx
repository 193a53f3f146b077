import { useState } from 'react';
import {
  Button,
  CharacterCount,
  checkDate,
  DateField,
  FormProblems,
  isoToDateInput,
} from '@/components';
import { RECOMMENDATION_NOTE_LIMIT, recommendationOutcomeProblems, type IsoDate } from '@/domain';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';

export type ClosingOutcome = 'done' | 'not-needed';

/** What the form sends: the date, and the note when it is no longer needed. */
export interface ClosingValues {
  on: IsoDate;
  note: string | null;
}

const DATE_LABEL: Record<ClosingOutcome, string> = {
  done: 'Date the action was completed',
  'not-needed': 'Date it was found no longer needed',
};

/** The form's heading, and its button: 'Mark as done: Update the care plan'. */
export const OUTCOME_TITLE: Record<ClosingOutcome, string> = {
  done: 'Mark as done',
  'not-needed': 'No longer needed',
};

const FIELD_ORDER = ['outcome', 'on', 'note'] as const;

export type RecommendationOutcomeFormProps = {
  /** Unique on the page: the fields' ids start with it. */
  id: string;
  outcome: ClosingOutcome;
  /** The recommendation's words, naming the form. */
  action: string;
  /** Nothing is done before the review that made it. */
  reviewHeldOn: IsoDate;
  today: IsoDate;
  /**
   * Saves; resolves once saved or once the parent has dealt with the failure itself. Throws an
   * ApiError to show here: a 422's field errors go on the fields, as the form's own checks do.
   */
  onSave: (values: ClosingValues) => Promise<void>;
  onCancel: () => void;
};

/**
 * Closes one open recommendation: done on a date, or no longer needed on a date with a note
 * (required, limit shown). Runs the domain's rules before sending (the backend runs the same), so
 * the wording is one; keeps what was typed when there is a problem.
 */
export function RecommendationOutcomeForm({
  id,
  outcome,
  action,
  reviewHeldOn,
  today,
  onSave,
  onCancel,
}: RecommendationOutcomeFormProps) {
  const [on, setOn] = useState(() => isoToDateInput(today));
  const [note, setNote] = useState('');
  const submission = useFormSubmission();
  const { errors } = submission;
  const label = DATE_LABEL[outcome];
  const titleId = `${id}-title`;
  const fieldIds: Record<string, string> = { on: `${id}-on-day`, note: `${id}-note` };

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const date = checkDate(on, { label, required: true });
    const typedNote = outcome === 'not-needed' ? note : null;
    // The domain's rules (the backend runs the same): the date against today and the review, and
    // the note. A date that is not a real date says so in GOV.UK's words instead.
    for (const problem of recommendationOutcomeProblems(
      { outcome, on: date.iso, note: typedNote },
      { today, reviewHeldOn },
    )) {
      clientErrors[problem.field] = problem.message;
    }
    if (date.error !== null && date.iso === null) clientErrors.on = date.error;
    await submission.submit(clientErrors, () =>
      onSave({ on: date.iso ?? '', note: typedNote === null ? null : typedNote.trim() }),
    );
  }

  return (
    <form
      noValidate
      aria-labelledby={titleId}
      className="govuk-!-margin-top-2"
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <FormProblems
        errors={errors}
        failure={submission.failure}
        submitCount={submission.submitCount}
        fieldOrder={FIELD_ORDER}
        idFor={(path) => fieldIds[path]}
      />
      <p className="govuk-body govuk-!-font-weight-bold" id={titleId}>
        {OUTCOME_TITLE[outcome]}: {action}
      </p>
      {errors.outcome !== undefined && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {errors.outcome}
        </p>
      )}
      <DateField
        id={`${id}-on`}
        legend={label}
        legendSize="s"
        error={errors.on}
        value={on}
        onChange={setOn}
      />
      {outcome === 'not-needed' && (
        <CharacterCount
          id={`${id}-note`}
          label="Why is it no longer needed?"
          labelSize="s"
          limit={RECOMMENDATION_NOTE_LIMIT}
          rows={3}
          error={errors.note}
          value={note}
          onChange={setNote}
        />
      )}
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <Button type="submit" className="govuk-!-margin-bottom-0" disabled={submission.saving}>
          {outcome === 'done' ? 'Save as done' : 'Save as no longer needed'}
        </Button>
        <Button
          type="button"
          variant="secondary"
          className="govuk-!-margin-bottom-0"
          onClick={onCancel}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
