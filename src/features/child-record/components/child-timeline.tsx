import { Link } from 'react-router';
import { Details, formatIsoDate, Table, Timeline, type TimelineItem } from '@/components';
import { PARTICIPATION_CODES, PARTICIPATION_METHODS } from '@/domain';
import type { ChildDetail, HeldReview, Review } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { REVIEW_KIND_LABELS } from '@/lib/labels';

function timescaleText(held: HeldReview): string {
  if (held.inTimescale) return 'in timescale';
  return `${held.daysLate} ${held.daysLate === 1 ? 'day' : 'days'} late`;
}

function participationText(review: Review): string {
  const code = PARTICIPATION_CODES.find((entry) => entry.code === review.participationCode);
  const method = PARTICIPATION_METHODS.find((entry) => entry.method === review.participationMethod);
  return `${review.participationCode}${code ? `: ${code.meaning}` : ''} (${method?.label ?? review.participationMethod})`;
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

/** Everything that happened in the current period of care, newest first. */
export function timelineItems(child: ChildDetail, canEdit: boolean): TimelineItem[] {
  const start = child.currentPeriod.start;
  const items: TimelineItem[] = [];
  for (const held of child.history) {
    const review = child.reviews.find((candidate) => candidate.heldOn === held.held);
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
              {review.managerSignOffOn && (
                <li>Manager signed off on {formatIsoDate(review.managerSignOffOn)}</li>
              )}
            </ul>
          )}
          {review && canEdit && (
            <Link className="govuk-link" to={paths.editReview(child.id, review.id)}>
              Change this review{' '}
              <span className="govuk-visually-hidden">held on {formatIsoDate(review.heldOn)}</span>
            </Link>
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

export function ChildTimeline({ child, canEdit }: { child: ChildDetail; canEdit: boolean }) {
  const items = timelineItems(child, canEdit);
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
              rows={
                period.reviews.length === 0
                  ? [[{ content: 'No reviews held in this period', colSpan: 4 }]]
                  : period.reviews.map((held) => [
                      { content: REVIEW_KIND_LABELS[held.kind] },
                      { content: formatIsoDate(held.due) },
                      { content: formatIsoDate(held.held) },
                      { content: timescaleText(held) },
                    ])
              }
            />
          ))}
        </Details>
      )}
    </section>
  );
}
