import { useEffect, useState } from 'react';
import { Button, Checkboxes, ErrorMessage, Input } from '@/components';
import { LATE_REVIEW_REASON_LABEL_LIMIT } from '@/domain';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import {
  ADD_LATE_REASON_ID,
  lateReasonLabelId,
  newLateReasonRow,
  type LateReasonRow,
} from '../lib/late-reason-rows';

export type LateReasonFieldsProps = {
  rows: readonly LateReasonRow[];
  errors: FieldErrors;
  onChange: (rows: LateReasonRow[]) => void;
};

const HINT_ID = 'lateReviewReasons-hint';

/**
 * The council's reasons for holding a review late, as an "add another" list: a box for each
 * reason's words, whether it asks for details, and a button to remove it. Saved with the rest.
 */
export function LateReasonFields({ rows, errors, onChange }: LateReasonFieldsProps) {
  // After adding or removing, focus goes to a reason's box (or the add button when none is left),
  // so keyboard and screen reader users are not left on a button that has gone.
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focus !== null) document.getElementById(focus.id)?.focus();
  }, [focus]);

  const change = (index: number, patch: Partial<LateReasonRow>) => {
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  };
  const listError = errors.lateReviewReasons;

  return (
    <fieldset
      className="govuk-fieldset govuk-!-margin-bottom-6"
      aria-describedby={HINT_ID}
      id="lateReviewReasons"
    >
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">Reasons a review was late</h2>
      </legend>
      <div className="govuk-hint" id={HINT_ID}>
        The list an IRO chooses from when a review is held after its due date, and the annual report
        counts late reviews by. Reviews already recorded keep the reason and the words they were
        recorded with. Change a reason’s words only to reword it: for a different reason, add one.
        Each reason is up to {LATE_REVIEW_REASON_LABEL_LIMIT} characters.
      </div>
      {rows.map((row, index) => {
        const number = index + 1;
        const path = `lateReviewReasons.${index}`;
        return (
          <div key={row.key} className="app-late-reason govuk-!-margin-bottom-6">
            <Input
              id={lateReasonLabelId(index)}
              label={`Reason ${number}`}
              labelSize="s"
              width="two-thirds"
              value={row.label}
              error={errors[`${path}.label`] ?? errors[`${path}.code`] ?? errors[path]}
              onChange={(event) => {
                change(index, { label: event.target.value });
              }}
            />
            <Checkboxes
              name={`lateReviewReasons-${index}-detailsRequired`}
              small
              values={row.detailsRequired ? ['yes'] : []}
              onChange={(checked) => {
                change(index, { detailsRequired: checked.includes('yes') });
              }}
              items={[{ value: 'yes', text: `Ask for details when reason ${number} is chosen` }]}
            />
            <Button
              type="button"
              variant="secondary"
              className="govuk-!-margin-bottom-0"
              onClick={() => {
                const left = rows.filter((_, at) => at !== index);
                setFocus({
                  id:
                    left.length === 0
                      ? ADD_LATE_REASON_ID
                      : lateReasonLabelId(Math.min(index, left.length - 1)),
                });
                onChange(left);
              }}
            >
              Remove reason {number}
            </Button>
          </div>
        );
      })}
      <div className={listError ? 'govuk-form-group govuk-form-group--error' : undefined}>
        {listError && <ErrorMessage id="lateReviewReasons-error">{listError}</ErrorMessage>}
        <Button
          type="button"
          variant="secondary"
          id={ADD_LATE_REASON_ID}
          aria-describedby={listError ? 'lateReviewReasons-error' : undefined}
          onClick={() => {
            setFocus({ id: lateReasonLabelId(rows.length) });
            onChange([...rows, newLateReasonRow()]);
          }}
        >
          Add another reason
        </Button>
      </div>
    </fieldset>
  );
}
