import { memo, useEffect, useState } from 'react';
import { Button, CharacterCount, Input, Radios, VisuallyHidden } from '@/components';
import { CHILD_VIEWS_LIMIT, DECISIONS_LIMIT, formatDate, type IsoDate } from '@/domain';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import { MultilineText } from '../components/multiline-text';
import {
  setValue,
  addRow,
  removeRow,
  updateRow,
  type ReviewFormValues,
  type UpdateReviewValues,
} from './review-form-values';
import {
  ATTENDANCE_METHOD_OPTIONS,
  newAttendeeRow,
  type AttendeeRow,
} from './review-record-values';

export type RecordOfReviewFieldsProps = Pick<
  ReviewFormValues,
  'attendees' | 'childViews' | 'decisions' | 'carePlanEndorsed'
> & {
  errors: FieldErrors;
  update: UpdateReviewValues;
  /** The decisions were signed off on this date: they are shown, not changed. */
  signedOffOn: IsoDate | null;
};

function AttendeeFields({
  row,
  index,
  errors,
  update,
}: {
  row: AttendeeRow;
  index: number;
  errors: FieldErrors;
  update: UpdateReviewValues;
}) {
  const prefix = `attendees-${index}`;
  const path = `attendees.${index}`;
  const number = index + 1;
  const person = (
    <>
      {' '}
      <VisuallyHidden>of person {number}</VisuallyHidden>
    </>
  );
  return (
    <fieldset className="govuk-fieldset app-attendee">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Person {number}</legend>
      <Input
        id={`${prefix}-name`}
        label={<>Name{person}</>}
        width={20}
        autoComplete="off"
        spellCheck={false}
        error={errors[`${path}.name`]}
        value={row.name}
        onChange={(event) => {
          updateRow(update, 'attendees', index, { name: event.target.value });
        }}
      />
      <Input
        id={`${prefix}-role`}
        label={<>Role{person}</>}
        hint="For example, social worker, foster carer or parent"
        width={20}
        error={errors[`${path}.role`]}
        value={row.role}
        onChange={(event) => {
          updateRow(update, 'attendees', index, { role: event.target.value });
        }}
      />
      <Radios
        name={`${prefix}-method`}
        legend={<>How did they take part?{person}</>}
        legendSize="s"
        small
        error={errors[`${path}.method`]}
        value={row.method}
        onChange={(value) => {
          const option = ATTENDANCE_METHOD_OPTIONS.find((candidate) => candidate.value === value);
          if (option !== undefined) updateRow(update, 'attendees', index, { method: option.value });
        }}
        items={ATTENDANCE_METHOD_OPTIONS.map((option) => ({
          value: option.value,
          text: option.text,
        }))}
      />
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          removeRow(update, 'attendees', index);
        }}
      >
        Remove person {number}
      </Button>
    </fieldset>
  );
}

/**
 * The record of the review that the team manager reads to sign it off: who took part and how, the
 * child's views, the decisions and whether the care plan was endorsed.
 */
export const RecordOfReviewFields = memo(function RecordOfReviewFields({
  attendees,
  childViews,
  decisions,
  carePlanEndorsed,
  errors,
  update,
  signedOffOn,
}: RecordOfReviewFieldsProps) {
  // After 'Add a person', focus moves to the new row's name.
  const [focusRow, setFocusRow] = useState<{ index: number } | null>(null);
  useEffect(() => {
    if (focusRow === null) return;
    document.getElementById(`attendees-${focusRow.index}-name`)?.focus();
  }, [focusRow]);

  return (
    <>
      <h2 className="govuk-heading-m">The record of the review</h2>
      <h3 className="govuk-heading-s">Who took part</h3>
      <p className="govuk-body">
        Everyone who took part in the review, and how. The child’s own participation is recorded
        above.
      </p>
      {attendees.length === 0 && <p className="govuk-body">No one added.</p>}
      {attendees.map((row, index) => (
        <AttendeeFields key={row.key} row={row} index={index} errors={errors} update={update} />
      ))}
      <Button
        type="button"
        variant="secondary"
        id="add-attendee"
        onClick={() => {
          setFocusRow({ index: attendees.length });
          addRow(update, 'attendees', newAttendeeRow());
        }}
      >
        Add a person
      </Button>

      <CharacterCount
        id="childViews"
        label="The child’s views (optional)"
        labelSize="s"
        hint="In summary, or how they were conveyed, for example through their advocate or a consultation form."
        limit={CHILD_VIEWS_LIMIT}
        rows={5}
        error={errors.childViews}
        value={childViews}
        onChange={(value) => {
          setValue(update, 'childViews', value);
        }}
      />

      {signedOffOn === null ? (
        <CharacterCount
          id="decisions"
          label="Decisions"
          labelSize="s"
          hint="The team manager reads these to sign the review off. Needed before you enter the date the decisions were sent."
          limit={DECISIONS_LIMIT}
          rows={8}
          error={errors.decisions}
          value={decisions}
          onChange={(value) => {
            setValue(update, 'decisions', value);
          }}
        />
      ) : (
        <div id="decisions" className="govuk-form-group">
          <h3 className="govuk-heading-s">Decisions</h3>
          {decisions.trim() === '' ? (
            <p className="govuk-body">No decisions recorded.</p>
          ) : (
            <MultilineText text={decisions} />
          )}
          <p className="govuk-hint">
            Signed off by a team manager on {formatDate(signedOffOn)}: the decisions cannot be
            changed.
          </p>
        </div>
      )}

      <Radios
        name="carePlanEndorsed"
        legend="Did the review endorse the care plan?"
        legendSize="s"
        hint="Needed before you enter the date the decisions were sent."
        inline
        error={errors.carePlanEndorsed}
        value={carePlanEndorsed}
        onChange={(value) => {
          setValue(update, 'carePlanEndorsed', value === 'yes' ? 'yes' : 'no');
        }}
        items={[
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No' },
        ]}
      />
    </>
  );
});
