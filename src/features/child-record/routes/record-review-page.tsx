import { useParams } from 'react-router';
import { BackLink } from '@/components';
import { formatDate } from '@/domain';
import { paths } from '@/lib/paths';
import { useCurrentUser } from '@/lib/session';
import { useRecordReview } from '../api/record-review';
import { ChildLoader, isAllocatedIro, NotAllocated } from '../components/child-loader';
import { ReviewForm } from '../forms/review-form';
import { createReviewBody, emptyReviewForm } from '../forms/review-form-values';

/** Route: paths.recordReviewPattern ('/children/:childId/reviews/new'). */
export function RecordReviewPage() {
  const { childId = '' } = useParams();
  const user = useCurrentUser();
  const recordReview = useRecordReview();
  return (
    <>
      <BackLink href={paths.child(childId)}>Back to the child record</BackLink>
      <ChildLoader childId={childId} title="Record a review">
        {(child) =>
          isAllocatedIro(user, child) ? (
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
          ) : (
            <NotAllocated child={child} what="record a review" title="Record a review" />
          )
        }
      </ChildLoader>
    </>
  );
}
