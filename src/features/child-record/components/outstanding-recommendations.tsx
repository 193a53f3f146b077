import { useState } from 'react';
import { Alert, formatIsoDate, Table, Tag, type TableCell } from '@/components';
import {
  compareOutstanding,
  daysBetween,
  formatDate,
  isPastTarget,
  openRecommendations,
  type IsoDate,
} from '@/domain';
import { isApiError } from '@/lib/api/client';
import type { ChildDetail, Recommendation } from '@/lib/api/schemas';
import { useToday } from '@/lib/session';
import { useUpdateRecommendation } from '../api/update-recommendation';
import { ClosedRecommendations, closedRecommendations } from './closed-recommendations';
import {
  OUTCOME_TITLE,
  RecommendationOutcomeForm,
  type ClosingOutcome,
  type ClosingValues,
} from './recommendation-outcome-form';

/** A recommendation with the review it came from. */
export interface RecommendationRow {
  reviewId: string;
  reviewHeldOn: IsoDate;
  recommendation: Recommendation;
}

type Message = {
  key: number;
  variant: 'success' | 'warning' | 'error';
  title: string;
  text: string;
};

const CONFLICT =
  'Someone else changed this review at the same time. The list now shows the review as it is: try again.';

/** The reviews whose recommendations are followed up: counted (not withdrawn), this period. */
export function reviewsInPeriod(child: ChildDetail): ChildDetail['reviews'] {
  return child.reviews.filter(
    (review) => review.withdrawn === null && review.heldOn >= child.currentPeriod.start,
  );
}

function daysPastText(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'} past target`;
}

function TargetDate({ recommendation, today }: { recommendation: Recommendation; today: IsoDate }) {
  if (!isPastTarget(recommendation, today)) return <>{formatIsoDate(recommendation.targetDate)}</>;
  return (
    <>
      {formatIsoDate(recommendation.targetDate)}
      <span className="govuk-!-display-block govuk-!-margin-top-1">
        <Tag colour="red">Past target</Tag>
      </span>
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
        {daysPastText(daysBetween(recommendation.targetDate, today))}
      </span>
    </>
  );
}

function countsText(open: readonly RecommendationRow[], today: IsoDate): string {
  const past = open.filter((row) => isPastTarget(row.recommendation, today)).length;
  return `${open.length} outstanding, ${past} past target`;
}

/**
 * The open recommendations of every counted review in the current period of care (an earlier
 * review's stay until followed up), past target first, each with the review it came from. The
 * allocated IRO marks one done or no longer needed (with a note) on a date, and can open again
 * one closed by mistake from the list of those closed in this period.
 */
export function OutstandingRecommendations({
  child,
  canEdit,
}: {
  child: ChildDetail;
  canEdit: boolean;
}) {
  const today = useToday();
  const update = useUpdateRecommendation();
  const [message, setMessage] = useState<Message | null>(null);
  const [editing, setEditing] = useState<{ id: string; outcome: ClosingOutcome } | null>(null);
  const reviews = reviewsInPeriod(child);
  const open: RecommendationRow[] = openRecommendations(reviews).sort((a, b) =>
    compareOutstanding(
      { targetDate: a.recommendation.targetDate, reviewHeldOn: a.reviewHeldOn },
      { targetDate: b.recommendation.targetDate, reviewHeldOn: b.reviewHeldOn },
      today,
    ),
  );
  const closed = closedRecommendations(reviews);

  function say(variant: Message['variant'], title: string, text: string) {
    setMessage((previous) => ({ key: (previous?.key ?? 0) + 1, variant, title, text }));
  }

  /**
   * Sends one outcome with the review's version as it is now. Resolves when saved or when the
   * failure is shown here (409, 403, network); throws a 422 with field errors for the form.
   */
  async function send(
    row: RecommendationRow,
    body: { outcome: 'open' | ClosingOutcome; on: IsoDate | null; note: string | null },
    success: string,
  ): Promise<boolean> {
    setMessage(null);
    const review = child.reviews.find((candidate) => candidate.id === row.reviewId);
    try {
      await update.mutateAsync({
        reviewId: row.reviewId,
        recommendationId: row.recommendation.id,
        body: { version: review?.version ?? 0, ...body },
      });
      say('success', 'Recommendation updated', success);
      return true;
    } catch (error) {
      if (isApiError(error) && error.isValidation && Object.keys(error.fieldErrors).length > 0) {
        throw error;
      }
      if (isApiError(error) && error.isConflict) {
        say('warning', 'Someone else has changed this review', CONFLICT);
      } else {
        say(
          'error',
          'Not saved',
          isApiError(error) && (error.status === 403 || error.status === 404)
            ? error.message
            : 'Sorry, the recommendation could not be updated. Try again.',
        );
      }
      return false;
    }
  }

  async function close(row: RecommendationRow, outcome: ClosingOutcome, values: ClosingValues) {
    const saved = await send(
      row,
      { outcome, on: values.on, note: outcome === 'not-needed' ? values.note : null },
      outcome === 'done'
        ? `Marked as done on ${formatDate(values.on)}: ${row.recommendation.action}`
        : `Marked as no longer needed on ${formatDate(values.on)}: ${row.recommendation.action}`,
    );
    if (saved) setEditing(null);
  }

  async function reopen(row: RecommendationRow) {
    await send(
      row,
      { outcome: 'open', on: null, note: null },
      `Opened again: ${row.recommendation.action}`,
    );
  }

  const head: TableCell[] = [
    { content: 'Action' },
    { content: 'Who' },
    { content: 'Target date' },
    { content: 'From the review held on' },
    ...(canEdit ? [{ content: <span className="govuk-visually-hidden">Actions</span> }] : []),
  ];

  function toggle(id: string, outcome: ClosingOutcome) {
    setEditing((current) =>
      current?.id === id && current.outcome === outcome ? null : { id, outcome },
    );
  }

  function actionButtons(row: RecommendationRow): TableCell {
    const { id, action } = row.recommendation;
    return {
      content: (
        <ul className="govuk-list govuk-!-margin-bottom-0">
          {(['done', 'not-needed'] as const).map((outcome) => {
            const expanded = editing?.id === id && editing.outcome === outcome;
            return (
              <li key={outcome}>
                <button
                  type="button"
                  className="govuk-link app-link-button"
                  aria-expanded={expanded}
                  aria-controls={expanded ? `recommendation-${id}-form` : undefined}
                  onClick={() => {
                    toggle(id, outcome);
                  }}
                >
                  {OUTCOME_TITLE[outcome]}
                  <span className="govuk-visually-hidden">: {action}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ),
    };
  }

  const rows: TableCell[][] = [];
  const rowKeys: string[] = [];
  for (const row of open) {
    const { recommendation } = row;
    rows.push([
      { content: recommendation.action },
      { content: recommendation.owner },
      { content: <TargetDate recommendation={recommendation} today={today} /> },
      { content: formatIsoDate(row.reviewHeldOn) },
      ...(canEdit ? [actionButtons(row)] : []),
    ]);
    rowKeys.push(recommendation.id);
    if (canEdit && editing?.id === recommendation.id) {
      const { outcome } = editing;
      rows.push([
        {
          colSpan: head.length,
          content: (
            <div id={`recommendation-${recommendation.id}-form`}>
              <RecommendationOutcomeForm
                key={outcome}
                id={`recommendation-${recommendation.id}-${outcome}`}
                outcome={outcome}
                action={recommendation.action}
                reviewHeldOn={row.reviewHeldOn}
                today={today}
                onSave={(values) => close(row, outcome, values)}
                onCancel={() => {
                  setEditing(null);
                }}
              />
            </div>
          ),
        },
      ]);
      rowKeys.push(`${recommendation.id}-form`);
    }
  }

  return (
    <section aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading" className="govuk-heading-m">
        Outstanding recommendations
      </h2>
      {message && (
        <Alert
          key={message.key}
          variant={message.variant}
          title={message.title}
          role="alert"
          focusOnMount
        >
          {message.text}
        </Alert>
      )}
      {reviews.length === 0 ? (
        <p className="govuk-body">No review has been recorded in this period of care yet.</p>
      ) : open.length === 0 ? (
        <p className="govuk-body">
          {closed.length === 0
            ? 'The reviews in this period of care made no recommendations.'
            : 'Every recommendation of the reviews in this period of care is done or no longer needed.'}
        </p>
      ) : (
        <div className="app-table-scroll">
          <Table
            caption={countsText(open, today)}
            captionClassName="govuk-table__caption--s"
            head={head}
            rowKeys={rowKeys}
            rows={rows}
          />
        </div>
      )}
      <ClosedRecommendations
        closed={closed}
        canEdit={canEdit}
        busy={update.isPending}
        onReopen={(row) => void reopen(row)}
      />
    </section>
  );
}
