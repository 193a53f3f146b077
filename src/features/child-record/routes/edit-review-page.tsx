import { useState } from 'react';
import { useParams } from 'react-router';
import { InsetText } from '@/components';
import { formatDate } from '@/domain';
import { useCurrentUser } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUpdateReview } from '../api/update-review';
import {
  BackToChildRecord,
  ChildFormPage,
  isAllocatedIro,
  NotAllocated,
} from '../components/child-loader';
import { ReviewForm } from '../forms/review-form';
import { reviewFormFrom, updateReviewBody } from '../forms/review-form-values';

function ReviewNotFound({ childId }: { childId: string }) {
  useDocumentTitle('Review not found');
  return (
    <>
      <h1 className="govuk-heading-l">Review not found</h1>
      <BackToChildRecord childId={childId} />
    </>
  );
}

/** Route: paths.editReviewPattern ('/children/:childId/reviews/:reviewId'). PATCH with version. */
export function EditReviewPage() {
  const { reviewId = '' } = useParams();
  const user = useCurrentUser();
  const updateReview = useUpdateReview();
  const [reloaded, setReloaded] = useState(false);
  return (
    <ChildFormPage title="Change a review">
      {(child, reload) => {
        const review = child.reviews.find((candidate) => candidate.id === reviewId);
        if (review === undefined) return <ReviewNotFound childId={child.id} />;
        if (!isAllocatedIro(user, child)) {
          return <NotAllocated child={child} what="change a review" title="Change a review" />;
        }
        return (
          <ReviewForm
            // A new version (after a conflict and reload) starts the form again from it.
            key={`${review.id}-${review.version}`}
            mode="edit"
            child={child}
            initial={reviewFormFrom(review)}
            notice={
              reloaded ? (
                <InsetText>
                  This form now shows the review as it is now, with the other person’s changes. Make
                  your changes again and save.
                </InsetText>
              ) : undefined
            }
            onReloadCurrent={async () => {
              await reload();
              setReloaded(true);
            }}
            save={async (checked) => {
              const saved = await updateReview.mutateAsync({
                reviewId: review.id,
                body: updateReviewBody(checked, review.version),
              });
              return `Review held on ${formatDate(saved.heldOn)} updated`;
            }}
          />
        );
      }}
    </ChildFormPage>
  );
}
