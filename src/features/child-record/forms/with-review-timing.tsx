import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '@/components';
import { lateReviewReasonOptionsFor, type ReviewTimingContext } from '@/domain';
import type { ChildDetail, Review } from '@/lib/api/schemas';
import { useBankHolidays } from '@/lib/queries/get-bank-holidays';
import { useSettings } from '@/lib/session';
import { reviewTimingFor } from './review-timing';

/**
 * The review form needs the bank holidays (a first review is due 20 working days after becoming
 * looked after) and the council's late reasons before it can say whether a date is late or
 * back-dated: it waits for them.
 */
export function WithReviewTiming({
  child,
  review,
  children,
}: {
  child: ChildDetail;
  /** The saved review being changed; undefined for a new one. */
  review?: Review;
  children: (timing: ReviewTimingContext | null) => ReactNode;
}) {
  const settings = useSettings();
  const holidays = useBankHolidays();
  if (holidays.isPending) return <LoadingState label="Loading the review dates" />;
  if (holidays.isError) {
    return (
      <ErrorState
        title="Sorry, the review dates could not be worked out"
        message="The bank holidays could not be loaded. Try again."
        onRetry={() => void holidays.refetch()}
      />
    );
  }
  return (
    <>
      {children(
        reviewTimingFor(
          child,
          review,
          holidays.data.calendar,
          // A reason since removed from the list is still offered to the review recorded with it.
          lateReviewReasonOptionsFor(settings.lateReviewReasons, review?.lateReason ?? null),
        ),
      )}
    </>
  );
}
