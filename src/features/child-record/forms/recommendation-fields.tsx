import { memo, useEffect, useState } from 'react';
import { Button, DateField, ErrorMessage, Input, Tag, Textarea } from '@/components';
import { formatDate } from '@/domain';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import {
  newRecommendationRow,
  addRow,
  removeRow,
  updateRow,
  type ReviewFormValues,
  type UpdateReviewValues,
} from './review-form-values';

export type RecommendationFieldsProps = {
  mode: 'create' | 'edit';
  recommendations: ReviewFormValues['recommendations'];
  errors: FieldErrors;
  update: UpdateReviewValues;
};

/** This review's recommendations: rows to add and remove, each a SMART action. */
export const RecommendationFields = memo(function RecommendationFields({
  mode,
  recommendations,
  errors,
  update,
}: RecommendationFieldsProps) {
  // After 'Add a recommendation', focus moves to the new row's first field.
  const [focusRow, setFocusRow] = useState<{ index: number } | null>(null);
  useEffect(() => {
    if (focusRow === null) return;
    document.getElementById(`recommendations-${focusRow.index}-action`)?.focus();
  }, [focusRow]);

  return (
    <>
      <h2 className="govuk-heading-m">Recommendations</h2>
      <p className="govuk-body">
        Make each one a SMART action: say what will be done, who will do it and by when.
      </p>
      {recommendations.length === 0 && <p className="govuk-body">No recommendations added.</p>}
      {recommendations.map((row, index) => {
        const prefix = `recommendations-${index}`;
        const path = `recommendations.${index}`;
        const number = index + 1;
        const closed = row.noLongerNeeded;
        const closedError =
          errors[`${path}.noLongerNeeded.on`] ?? errors[`${path}.noLongerNeeded.note`];
        return (
          <fieldset key={row.key} className="govuk-fieldset app-recommendation">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              Recommendation {number}
            </legend>
            <Textarea
              id={`${prefix}-action`}
              label="Action"
              rows={2}
              error={errors[`${path}.action`]}
              value={row.action}
              onChange={(event) => {
                updateRow(update, 'recommendations', index, { action: event.target.value });
              }}
            />
            <Input
              id={`${prefix}-owner`}
              label="Who is responsible"
              width={20}
              error={errors[`${path}.owner`]}
              value={row.owner}
              onChange={(event) => {
                updateRow(update, 'recommendations', index, { owner: event.target.value });
              }}
            />
            <DateField
              id={`${prefix}-targetDate`}
              legend="Target date"
              legendSize="s"
              error={errors[`${path}.targetDate`]}
              value={row.targetDate}
              onChange={(value) => {
                updateRow(update, 'recommendations', index, { targetDate: value });
              }}
            />
            {closed !== null ? (
              // Closed without being done: kept as recorded (never reopened by saving the review).
              <div
                id={`${prefix}-noLongerNeeded`}
                className={closedError ? 'govuk-form-group govuk-form-group--error' : undefined}
              >
                {closedError && <ErrorMessage>{closedError}</ErrorMessage>}
                <p className="govuk-body">
                  <Tag colour="grey">No longer needed</Tag> Found no longer needed on{' '}
                  {formatDate(closed.on)}: {closed.note}
                </p>
              </div>
            ) : (
              mode === 'edit' && (
                <DateField
                  id={`${prefix}-completedOn`}
                  legend="Date completed (optional)"
                  legendSize="s"
                  error={errors[`${path}.completedOn`]}
                  value={row.completedOn}
                  onChange={(value) => {
                    updateRow(update, 'recommendations', index, { completedOn: value });
                  }}
                />
              )
            )}
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                removeRow(update, 'recommendations', index);
              }}
            >
              Remove recommendation {number}
            </Button>
          </fieldset>
        );
      })}
      <Button
        type="button"
        variant="secondary"
        id="add-recommendation"
        onClick={() => {
          setFocusRow({ index: recommendations.length });
          addRow(update, 'recommendations', newRecommendationRow());
        }}
      >
        Add a recommendation
      </Button>
    </>
  );
});
