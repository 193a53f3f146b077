import { memo } from 'react';
import { CharacterCount, DateField, Radios, Tag } from '@/components';
import { formatDate, RECOMMENDATION_NOTE_LIMIT, type IsoDate } from '@/domain';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import { updateRow, type ReviewFormValues, type UpdateReviewValues } from './review-form-values';
import {
  FOLLOW_UP_DATE_LABELS,
  followUpRowsBefore,
  type FollowUpRow,
} from './review-record-values';

export type FollowUpFieldsProps = Pick<ReviewFormValues, 'followUps'> & {
  errors: FieldErrors;
  update: UpdateReviewValues;
  today: IsoDate;
  /** The date the new review was held, once a real date: only earlier reviews are followed up. */
  heldOn: IsoDate | null;
};

const OUTCOMES: readonly FollowUpRow['outcome'][] = ['open', 'done', 'not-needed'];

/**
 * The open recommendations of the child's earlier reviews in this period of care: for each, what
 * has happened to it, said at this review (none is assumed: each must be answered).
 */
export const FollowUpFields = memo(function FollowUpFields({
  followUps,
  errors,
  update,
  today,
  heldOn,
}: FollowUpFieldsProps) {
  const rows = followUpRowsBefore(followUps, heldOn);
  return (
    <>
      <h2 className="govuk-heading-m">Earlier recommendations</h2>
      {rows.length === 0 ? (
        <p className="govuk-body">No open recommendations from earlier reviews.</p>
      ) : (
        <p className="govuk-body">
          Say what has happened to each recommendation still open from the earlier reviews in this
          period of care.
        </p>
      )}
      {rows.map((row, index) => {
        const prefix = `followUps-${index}`;
        const path = `followUps.${index}`;
        const date = (legend: string) => (
          <DateField
            id={`${prefix}-on`}
            legend={legend}
            legendSize="s"
            error={errors[`${path}.on`]}
            value={row.on}
            onChange={(value) => {
              updateRow(update, 'followUps', index, { on: value });
            }}
          />
        );
        return (
          <Radios
            key={`${row.reviewId}-${row.recommendationId}`}
            name={`${prefix}-outcome`}
            legend={row.action}
            legendSize="s"
            hint={
              <>
                Who is responsible: {row.owner}. Target date: {formatDate(row.targetDate)}
                {row.targetDate < today && (
                  <>
                    {' '}
                    <Tag colour="red">Past target</Tag>
                  </>
                )}
                . From the review held on {formatDate(row.reviewHeldOn)}.
              </>
            }
            error={errors[`${path}.outcome`] ?? errors[`${path}.recommendationId`]}
            value={row.outcome}
            onChange={(value) => {
              const outcome = OUTCOMES.find((candidate) => candidate === value);
              if (outcome !== undefined) updateRow(update, 'followUps', index, { outcome });
            }}
            // Each date and note is shown under the answer chosen (so its id is on the page once).
            items={[
              { value: 'open', text: 'Still open' },
              {
                value: 'done',
                text: 'Done',
                conditional: row.outcome === 'done' ? date(FOLLOW_UP_DATE_LABELS.done) : undefined,
              },
              {
                value: 'not-needed',
                text: 'No longer needed',
                conditional:
                  row.outcome === 'not-needed' ? (
                    <>
                      {date(FOLLOW_UP_DATE_LABELS['not-needed'])}
                      <CharacterCount
                        id={`${prefix}-note`}
                        label="Why is it no longer needed?"
                        labelSize="s"
                        limit={RECOMMENDATION_NOTE_LIMIT}
                        rows={3}
                        error={errors[`${path}.note`]}
                        value={row.note}
                        onChange={(value) => {
                          updateRow(update, 'followUps', index, { note: value });
                        }}
                      />
                    </>
                  ) : undefined,
              },
            ]}
          />
        );
      })}
    </>
  );
});
