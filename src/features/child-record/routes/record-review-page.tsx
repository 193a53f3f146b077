import { formatDate } from '@/domain';
import { useRecordReview } from '../api/record-review';
import { ChildFormPage } from '../components/child-loader';
import { ReviewForm } from '../forms/review-form';
import { createReviewBody, emptyReviewForm } from '../forms/review-form-values';

/** Route: paths.recordReviewPattern ('/children/:childId/reviews/new'). */
export function RecordReviewPage() {
  const recordReview = useRecordReview();
  return (
    <ChildFormPage title="Record a review" allocatedIroOnly="record a review">
      {(child) => (
        <ReviewForm
          mode="create"
          child={child}
          initial={emptyReviewForm()}
          save={async (checked) => {
            const review = await recordReview.mutateAsync({
              childId: child.id,
              body: createReviewBody(checked),
            });
            return `Review held on ${formatDate(review.heldOn)} recorded`;
          }}
        />
      )}
    </ChildFormPage>
  );
}
