import { formatDate } from '@/domain';
import { useRecordReview } from '../api/record-review';
import { ChildFormPage } from '../components/child-loader';
import { ReviewForm } from '../forms/review-form';
import { WithReviewTiming } from '../forms/with-review-timing';
import { createReviewBody, emptyReviewForm } from '../forms/review-form-values';

/** Route: paths.recordReviewPattern ('/children/:childId/reviews/new'). */
export function RecordReviewPage() {
  const recordReview = useRecordReview();
  return (
    <ChildFormPage title="Record a review" allocatedIroOnly="record a review">
      {(child) => (
        <WithReviewTiming child={child}>
          {(timing) => (
            <ReviewForm
              mode="create"
              child={child}
              initial={emptyReviewForm()}
              timing={timing}
              save={async (checked) => {
                const review = await recordReview.mutateAsync({
                  childId: child.id,
                  body: createReviewBody(checked),
                });
                return `Review held on ${formatDate(review.heldOn)} recorded${review.lateEntry === null ? '' : ' as a late entry'}`;
              }}
            />
          )}
        </WithReviewTiming>
      )}
    </ChildFormPage>
  );
}
