import { DueDate, formatIsoDate, ReviewStatusTag, SummaryList } from '@/components';
import { midpointDateWording } from '@/domain';
import type { ChildDetail } from '@/lib/api/schemas';
import { MIDPOINT_STATE_LABELS, REVIEW_KIND_LABELS } from '@/lib/labels';

/** When the next review is due, why then, and where it stands today (all from the backend). */
export function NextReviewPanel({ child }: { child: ChildDetail }) {
  const next = child.nextReview;
  const midpoint = child.midpoint;
  if (next === null || midpoint === null) return <LeftCarePanel child={child} />;
  return (
    <section aria-labelledby="next-review-heading" className="app-next-review">
      <h2 id="next-review-heading" className="govuk-heading-m">
        Next review
      </h2>
      <SummaryList
        rows={[
          {
            key: 'Due',
            value: (
              <DueDate
                due={next.due}
                workingDaysLeft={next.workingDaysLeft}
                daysOverdue={next.daysOverdue}
              />
            ),
          },
          {
            key: 'Review',
            value: `${REVIEW_KIND_LABELS[next.kind]} (review ${next.sequence} of this period of care)`,
          },
          { key: 'Why it is due then', value: next.reason },
          {
            key: 'Status',
            value: (
              <>
                <ReviewStatusTag status={next.status} />
                <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                  {next.statusReason}
                </p>
              </>
            ),
          },
          {
            key: 'Meeting',
            value: child.meeting ? `Booked for ${formatIsoDate(child.meeting.date)}` : 'Not booked',
          },
          {
            key: 'Midpoint check',
            value: (
              <>
                {MIDPOINT_STATE_LABELS[midpoint.state]}
                {`: ${midpointDateWording(midpoint.state, midpoint.due, midpoint.checkedOn)}`}
                <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                  {midpoint.reason}
                </p>
              </>
            ),
          },
        ]}
      />
    </section>
  );
}

/** A child who has left care: nothing is due, and the record says when and why. */
function LeftCarePanel({ child }: { child: ChildDetail }) {
  const left = child.care.leftCare;
  return (
    <section aria-labelledby="next-review-heading" className="app-next-review">
      <h2 id="next-review-heading" className="govuk-heading-m">
        Left care
      </h2>
      <SummaryList
        rows={[
          { key: 'Left care', value: left === null ? 'Not known' : formatIsoDate(left.on) },
          { key: 'Reason', value: left?.reason ?? 'Not known' },
          { key: 'Next review', value: 'None: no review is due for a child who has left care' },
          {
            key: 'Meeting',
            value: child.meeting
              ? `Still booked for ${formatIsoDate(child.meeting.date)}: business support have been asked to cancel it`
              : 'None booked',
          },
        ]}
      />
    </section>
  );
}
