import { memo } from 'react';
import { CharacterCount, Radios, VisuallyHidden } from '@/components';
import { QUALITY_CHECK_NOTE_LIMIT, QUALITY_CHECKS, type QualityCheckKey } from '@/domain';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import type { ReviewFormValues, UpdateReviewValues } from './review-form-values';
import { QUALITY_CHECK_ANSWER_OPTIONS } from './review-record-values';

export type QualityCheckFieldsProps = Pick<ReviewFormValues, 'qualityChecks'> & {
  errors: FieldErrors;
  update: UpdateReviewValues;
};

/**
 * The IRO's five quality checks (src/domain/quality-checks.ts), each yes, no or not applicable
 * with a note. Optional as a whole: once one is answered, all five are (the domain's rule).
 */
export const QualityCheckFields = memo(function QualityCheckFields({
  qualityChecks,
  errors,
  update,
}: QualityCheckFieldsProps) {
  function change(
    key: QualityCheckKey,
    patch: Partial<ReviewFormValues['qualityChecks'][QualityCheckKey]>,
  ) {
    update((current) => ({
      ...current,
      qualityChecks: {
        ...current.qualityChecks,
        [key]: { ...current.qualityChecks[key], ...patch },
      },
    }));
  }
  return (
    <>
      <h2 className="govuk-heading-m">Quality checks</h2>
      <p className="govuk-body">
        These are optional, but if you answer one of them, answer all five.
      </p>
      {QUALITY_CHECKS.map((check) => {
        const prefix = `qualityChecks-${check.key}`;
        const path = `qualityChecks.${check.key}`;
        const entry = qualityChecks[check.key];
        return (
          <div key={check.key} className="app-quality-check">
            <Radios
              name={`${prefix}-answer`}
              legend={check.question}
              legendSize="s"
              hint={`${check.hint}.`}
              inline
              error={errors[`${path}.answer`]}
              value={entry.answer}
              onChange={(value) => {
                const option = QUALITY_CHECK_ANSWER_OPTIONS.find(
                  (candidate) => candidate.value === value,
                );
                if (option !== undefined) change(check.key, { answer: option.value });
              }}
              items={QUALITY_CHECK_ANSWER_OPTIONS.map((option) => ({
                value: option.value,
                text: option.text,
              }))}
            />
            <CharacterCount
              id={`${prefix}-note`}
              label={
                <>
                  Note (optional) <VisuallyHidden>on “{check.question}”</VisuallyHidden>
                </>
              }
              limit={QUALITY_CHECK_NOTE_LIMIT}
              rows={2}
              error={errors[`${path}.note`]}
              value={entry.note}
              onChange={(value) => {
                change(check.key, { note: value });
              }}
            />
          </div>
        );
      })}
    </>
  );
});
