import { DueDate, formatIsoDate, ReviewStatusTag, SummaryList } from '@/components';
import { formatDateWithWeekday } from '@/domain';
import type { BookingChild, BookingReview } from '@/lib/api/schemas';

function workingDaysText(review: BookingReview): string {
  const n = review.workingDaysToLatest;
  if (n < 0) return 'None: the latest in-timescale working day has passed';
  if (n === 0) return 'Today is the last working day in timescale';
  return `${n} working day${n === 1 ? '' : 's'}`;
}

/** Who the child is and the review to book, as business support need it. */
export function ChildBookingSummary({
  child,
  review,
}: {
  child: BookingChild;
  review: BookingReview;
}) {
  return (
    <SummaryList
      rows={[
        { key: 'Name', value: `${child.givenName} ${child.familyName}` },
        { key: 'Council reference', value: child.childRef },
        { key: 'IRO', value: child.iro.name },
        {
          key: 'Social worker',
          value: `${child.socialWorker.name}, ${child.socialWorker.team}`,
        },
        {
          key: 'Next review due',
          value: (
            <>
              <DueDate
                due={review.due}
                workingDaysLeft={review.workingDaysLeft}
                daysOverdue={review.daysOverdue}
              />
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
                {review.reason}
              </span>
            </>
          ),
        },
        {
          key: 'Latest working day in timescale',
          value:
            review.daysOverdue > 0
              ? `None: the review was due on ${formatIsoDate(review.due)}`
              : formatDateWithWeekday(review.latestWorkingDay),
        },
        { key: 'Working days left to book in timescale', value: workingDaysText(review) },
        {
          key: 'Status',
          value: (
            <>
              <ReviewStatusTag status={review.status} />
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                {review.statusReason}
              </span>
            </>
          ),
        },
      ]}
    />
  );
}
