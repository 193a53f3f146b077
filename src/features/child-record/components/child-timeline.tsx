import { Link } from 'react-router';
import {
  Details,
  formatIsoDate,
  Table,
  Tag,
  Timeline,
  type TableCell,
  type TimelineItem,
} from '@/components';
import { lateReviewReasonText } from '@/domain';
import type { ChildDetail, HeldReview, Review } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { REVIEW_KIND_LABELS } from '@/lib/labels';
import { participationText } from '../lib/review-record-labels';
import { ReviewRecordSummary, ReviewSignOffStatus } from './review-record-summary';

function timescaleText(held: HeldReview): string {
  if (held.inTimescale) return 'in timescale';
  return `${held.daysLate} ${held.daysLate === 1 ? 'day' : 'days'} late`;
}

function advocacyText(review: Review): string {
  const { advocacy } = review;
  const offered = advocacy.offered ? 'Advocacy offered' : 'Advocacy not offered';
  if (advocacy.referralMade) {
    const when = advocacy.referralDate ? ` on ${formatIsoDate(advocacy.referralDate)}` : '';
    return `${offered}; referred to ${advocacy.provider ?? 'an advocate'}${when}`;
  }
  if (advocacy.declined) return `${offered}; the child declined`;
  return offered;
}

const MEETING_LABELS: Record<string, string> = {
  booked: 'Review meeting booked',
  cancelled: 'Review meeting cancelled',
  postponed: 'Review meeting postponed',
  adjourned: 'Review meeting adjourned',
};

const OUTCOME_LABELS: Record<string, string> = {
  'on-track': 'on track',
  concerns: 'concerns',
  escalated: 'escalated',
};

/**
 * A review withdrawn as entered in error: kept, struck through, with who withdrew it, when and why.
 * It is in no due date (the history above it is worked out without it).
 */
function withdrawnItem(review: Review): TimelineItem {
  const withdrawn = review.withdrawn;
  return {
    id: `review-withdrawn-${review.id}`,
    label: (
      <>
        <del>Review held</del> <Tag colour="grey">Withdrawn</Tag>
      </>
    ),
    datetime: review.heldOn,
    className: 'app-timeline__item--withdrawn',
    description: (
      <>
        <p className="govuk-body">
          <del>
            Review held {formatIsoDate(review.heldOn)}: participation {participationText(review)}
          </del>
        </p>
        {withdrawn && (
          <p className="govuk-body">
            Withdrawn as entered in error on {formatIsoDate(withdrawn.on)} by {withdrawn.byName}:{' '}
            {withdrawn.reason}. It counts towards no due date, report or return.
          </p>
        )}
      </>
    ),
  };
}

/** Everything that happened in the current period of care, newest first. */
export function timelineItems(
  child: ChildDetail,
  canEdit: boolean,
  canWithdraw: boolean = canEdit,
): TimelineItem[] {
  const start = child.currentPeriod.start;
  const items: TimelineItem[] = [];
  for (const review of child.reviews) {
    if (review.withdrawn !== null && review.heldOn >= start) items.push(withdrawnItem(review));
  }
  for (const held of child.history) {
    const review = child.reviews.find(
      (candidate) => candidate.heldOn === held.held && candidate.withdrawn === null,
    );
    items.push({
      id: `review-${held.sequence}-${held.held}`,
      label: `${REVIEW_KIND_LABELS[held.kind]} held`,
      datetime: held.held,
      description: (
        <>
          <p className="govuk-body">
            Due {formatIsoDate(held.due)}, held {formatIsoDate(held.held)}:{' '}
            <strong>{timescaleText(held)}</strong>. {held.reason}.
          </p>
          {review && (
            <ul className="govuk-list">
              <li>Participation: {participationText(review)}</li>
              <li>{advocacyText(review)}</li>
              {review.recordOfReviewCompletedOn && (
                <li>
                  Record of the review completed on{' '}
                  {formatIsoDate(review.recordOfReviewCompletedOn)}
                </li>
              )}
              {review.decisionsSentOn && (
                <li>Decisions sent on {formatIsoDate(review.decisionsSentOn)}</li>
              )}
              {review.lateReason && !held.inTimescale && (
                <li>Held late: {lateReviewReasonText(review.lateReason)}</li>
              )}
              {review.lateEntry && (
                <li>Recorded as a late entry, after a later review: {review.lateEntry.reason}</li>
              )}
            </ul>
          )}
          {review && <ReviewSignOffStatus review={review} />}
          {review && <ReviewRecordSummary review={review} />}
          {review && (canEdit || canWithdraw) && (
            <ul className="govuk-list app-timeline__actions">
              {canEdit && (
                <li>
                  <Link className="govuk-link" to={paths.editReview(child.id, review.id)}>
                    Change this review{' '}
                    <span className="govuk-visually-hidden">
                      held on {formatIsoDate(review.heldOn)}
                    </span>
                  </Link>
                </li>
              )}
              {canWithdraw && (
                <li>
                  <Link className="govuk-link" to={paths.reviewDocuments(child.id, review.id)}>
                    Letter to the child and decisions summary{' '}
                    <span className="govuk-visually-hidden">
                      for the review held on {formatIsoDate(review.heldOn)}
                    </span>
                  </Link>
                </li>
              )}
              {canWithdraw && (
                <li>
                  <Link className="govuk-link" to={paths.withdrawReview(child.id, review.id)}>
                    Withdraw this review{' '}
                    <span className="govuk-visually-hidden">
                      held on {formatIsoDate(review.heldOn)}
                    </span>
                  </Link>
                </li>
              )}
            </ul>
          )}
        </>
      ),
    });
  }
  for (const check of child.midpointChecks) {
    if (check.checkedOn < start) continue;
    items.push({
      id: `midpoint-${check.id}`,
      label: `Midpoint check: ${OUTCOME_LABELS[check.outcome] ?? check.outcome}`,
      datetime: check.checkedOn,
      description: check.note ? <p className="govuk-body">{check.note}</p> : undefined,
    });
  }
  for (const meeting of child.meetings) {
    const label = MEETING_LABELS[meeting.status];
    if (meeting.date < start || label === undefined) continue;
    items.push({
      id: `meeting-${meeting.id}`,
      label,
      datetime: meeting.date,
      description: <p className="govuk-body">Starts at {meeting.startTime}</p>,
    });
  }
  for (const escalation of child.escalations) {
    if (escalation.raisedOn < start && escalation.resolvedOn === null) {
      // Still open: keep it visible even if raised in an earlier period.
    } else if (escalation.raisedOn < start) {
      continue;
    }
    escalation.stages.forEach((stage, index) => {
      items.push({
        id: `escalation-${escalation.id}-${stage.stage}`,
        label:
          index === 0
            ? `Escalation raised at stage ${stage.stage}`
            : `Escalation moved to stage ${stage.stage}`,
        datetime: stage.reachedOn,
        description: <p className="govuk-body">{stage.note}</p>,
      });
    });
    if (escalation.resolvedOn) {
      items.push({
        id: `escalation-${escalation.id}-resolved`,
        label: 'Escalation resolved',
        datetime: escalation.resolvedOn,
        description: escalation.outcome ? (
          <p className="govuk-body">{escalation.outcome}</p>
        ) : undefined,
      });
    }
  }
  return items.sort((a, b) => (a.datetime < b.datetime ? 1 : a.datetime > b.datetime ? -1 : 0));
}

/** An earlier period's reviews by date, those withdrawn struck through with the reason. */
function earlierPeriodRows(
  child: ChildDetail,
  period: ChildDetail['previousPeriods'][number],
): TableCell[][] {
  const withdrawn = child.reviews.filter(
    (review) =>
      review.withdrawn !== null &&
      review.heldOn >= period.start &&
      (period.end === null || review.heldOn <= period.end),
  );
  if (period.reviews.length === 0 && withdrawn.length === 0) {
    return [[{ content: 'No reviews held in this period', colSpan: 4 }]];
  }
  const rows: { date: string; cells: TableCell[] }[] = [
    ...period.reviews.map((held) => ({
      date: held.held,
      cells: [
        { content: REVIEW_KIND_LABELS[held.kind] },
        { content: formatIsoDate(held.due) },
        { content: formatIsoDate(held.held) },
        { content: timescaleText(held) },
      ],
    })),
    ...withdrawn.map((review) => ({
      date: review.heldOn,
      cells: [
        { content: <del>Review</del> },
        { content: '' },
        { content: <del>{formatIsoDate(review.heldOn)}</del> },
        { content: `Withdrawn: ${review.withdrawn?.reason ?? ''}` },
      ],
    })),
  ];
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((r) => r.cells);
}

export function ChildTimeline({
  child,
  canEdit,
  canWithdraw = canEdit,
}: {
  child: ChildDetail;
  /** The allocated IRO: changes a review. */
  canEdit: boolean;
  /** The allocated IRO or a team manager: withdraws a review entered in error. */
  canWithdraw?: boolean;
}) {
  const items = timelineItems(child, canEdit, canWithdraw);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="govuk-heading-m">
        This period of care
      </h2>
      {items.length === 0 ? (
        <p className="govuk-body">Nothing recorded yet in this period of care.</p>
      ) : (
        <Timeline items={items} headingLevel={3} />
      )}
      {child.previousPeriods.length > 0 && (
        <Details summary={`Earlier periods of care (${child.previousPeriods.length})`}>
          {child.previousPeriods.map((period) => (
            <Table
              key={period.start}
              caption={`${formatIsoDate(period.start)} to ${period.end ? formatIsoDate(period.end) : 'now'} (${period.ruleSet.label})`}
              captionClassName="govuk-table__caption--s"
              head={[
                { content: 'Review' },
                { content: 'Due' },
                { content: 'Held' },
                { content: 'Timescale' },
              ]}
              rows={earlierPeriodRows(child, period)}
            />
          ))}
        </Details>
      )}
    </section>
  );
}
