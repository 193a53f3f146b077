import {
  CharacterCount,
  Checkboxes,
  Radios,
  Table,
  WarningText,
  type TableCell,
} from '@/components';
import {
  formatDate,
  heldLateText,
  LATE_ENTRY_REASON_LIMIT,
  LATE_REVIEW_REASON_DETAILS_LIMIT,
  type BackDatedReviewImpact,
  type LateReviewReasonOption,
  type ReviewKind,
} from '@/domain';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import { REVIEW_KIND_LABELS } from '@/lib/labels';
import {
  LATE_ENTRY_REASON_LABEL,
  LATE_REASON_DETAILS_LABEL,
  type ReviewFormValues,
} from './review-form-values';
import type { ReviewTimingView } from './review-timing';

/** 'Review 2 (second review), due 26 August 2026'. */
function placeText(place: { sequence: number; kind: ReviewKind; due: string }): string {
  return `Review ${place.sequence} (${REVIEW_KIND_LABELS[place.kind].toLowerCase()}), due ${formatDate(place.due)}`;
}

function cell(content: string, changed = false): TableCell {
  return { content: changed ? <strong>{content}</strong> : content };
}

function dueChangeText(changes: boolean): string {
  return changes ? ': due date changes' : '';
}

/** Before and after: the review entered, each review renumbered, and the next review due. */
function ImpactTable({ impact }: { impact: BackDatedReviewImpact }) {
  const { entered, renumbered, nextReview } = impact;
  return (
    <Table
      caption="What recording this review changes"
      captionClassName="govuk-table__caption--s"
      firstCellIsHeader
      head={[
        { content: 'Review held on' },
        { content: 'Now' },
        { content: 'Once this review is recorded' },
      ]}
      rowKeys={[
        `entered-${entered.held}`,
        ...renumbered.map((r) => `renumbered-${r.held}`),
        'next-review',
      ]}
      rows={[
        [
          cell(`${formatDate(entered.held)} (this review)`),
          cell('Not recorded'),
          cell(placeText(entered), true),
        ],
        ...renumbered.map((r) => [
          cell(formatDate(r.held)),
          cell(placeText(r.before)),
          cell(`${placeText(r.after)}${dueChangeText(r.dueChanges)}`, true),
        ]),
        [
          cell('Next review'),
          cell(placeText(nextReview.before)),
          cell(
            `${placeText(nextReview.after)}${dueChangeText(nextReview.dueChanges)}`,
            nextReview.dueChanges,
          ),
        ],
      ]}
    />
  );
}

function impactSummary(impact: BackDatedReviewImpact): string {
  const later = impact.renumbered.length;
  const moved = impact.renumbered.filter((r) => r.dueChanges).length;
  const { before, after, dueChanges } = impact.nextReview;
  const renumbered =
    later === 1
      ? `The review after it is renumbered${moved > 0 ? ' and is due from a different date' : ''}.`
      : `The ${later} reviews after it are renumbered${moved === 1 ? ', and the first of them is due from a different date' : moved > 1 ? `, and ${moved} of them are due from different dates` : ''}.`;
  const next = dueChanges
    ? `The next review will be due on ${formatDate(after.due)} instead of ${formatDate(before.due)}.`
    : `The next review stays due on ${formatDate(after.due)}.`;
  return `It becomes review ${impact.entered.sequence}. ${renumbered} ${next}`;
}

type Set = <K extends keyof ReviewFormValues>(key: K, value: ReviewFormValues[K]) => void;

export type ReviewTimingFieldsProps = {
  view: ReviewTimingView;
  options: readonly LateReviewReasonOption[];
  values: ReviewFormValues;
  errors: FieldErrors;
  set: Set;
};

/**
 * Asked only when the date held makes them apply: a review dated before the latest one recorded
 * (confirm the late entry, having seen what it renumbers) and a review held after its due date
 * (why, from the council's list).
 */
export function ReviewTimingFields({
  view,
  options,
  values,
  errors,
  set,
}: ReviewTimingFieldsProps) {
  const { backDated, entered } = view;
  return (
    <>
      {backDated !== null && (
        <div className="app-late-entry" id="late-entry">
          <WarningText>
            This review is dated before the latest review recorded in this period of care, held on{' '}
            {formatDate(backDated.latestRecorded)}. Only record it if it really happened and was not
            recorded at the time.
          </WarningText>
          <p className="govuk-body">{impactSummary(backDated)}</p>
          <ImpactTable impact={backDated} />
          <Checkboxes
            name="lateEntryConfirmed"
            legend="Is this a late entry of a review that really happened?"
            legendSize="s"
            error={errors['lateEntry.confirmed']}
            values={values.lateEntryConfirmed ? ['confirmed'] : []}
            onChange={(checked) => {
              set('lateEntryConfirmed', checked.includes('confirmed'));
            }}
            items={[
              {
                value: 'confirmed',
                text: `Yes, the review was held on ${formatDate(backDated.heldOn)} and I am recording it late`,
              },
            ]}
          />
          <CharacterCount
            id="lateEntryReason"
            label={LATE_ENTRY_REASON_LABEL}
            labelSize="s"
            hint="Why it is being recorded after a later review, for example it was recorded on paper at the time."
            limit={LATE_ENTRY_REASON_LIMIT}
            rows={3}
            error={errors['lateEntry.reason']}
            value={values.lateEntryReason}
            onChange={(value) => {
              set('lateEntryReason', value);
            }}
          />
        </div>
      )}
      {view.late && entered !== null && (
        <Radios
          name="lateReasonCode"
          legend="Why was the review held after its due date?"
          legendSize="m"
          hint={`${heldLateText(entered.held, entered.due)} (${entered.reason}).`}
          error={errors['lateReason.code']}
          value={values.lateReasonCode}
          onChange={(value) => {
            set('lateReasonCode', value);
          }}
          items={options.map((option) => ({
            value: option.code,
            text: option.label,
            // One details box, under the reason chosen (so its id is on the page once).
            conditional:
              option.detailsRequired && values.lateReasonCode === option.code ? (
                <CharacterCount
                  id="lateReasonDetails"
                  label={LATE_REASON_DETAILS_LABEL}
                  labelSize="s"
                  limit={LATE_REVIEW_REASON_DETAILS_LIMIT}
                  rows={3}
                  error={errors['lateReason.details']}
                  value={values.lateReasonDetails}
                  onChange={(value) => {
                    set('lateReasonDetails', value);
                  }}
                />
              ) : undefined,
          }))}
        />
      )}
    </>
  );
}
