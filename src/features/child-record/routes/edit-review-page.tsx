import { useState } from 'react';
import { useParams } from 'react-router';
import { InsetText } from '@/components';
import { formatDate } from '@/domain';
import type { ChildDetail, Review } from '@/lib/api/schemas';
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
import { WithReviewTiming } from '../forms/with-review-timing';
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

/** A withdrawn review is kept as it was withdrawn: it cannot be changed. */
function WithdrawnReview({ child, review }: { child: ChildDetail; review: Review }) {
  useDocumentTitle('Change a review');
  return (
    <>
      <h1 className="govuk-heading-l">Change a review</h1>
      <p className="govuk-body">
        The review held on {formatDate(review.heldOn)} was withdrawn on{' '}
        {formatDate(review.withdrawn?.on ?? review.heldOn)} as entered in error, so it cannot be
        changed. It stays on the child’s record, struck through.
      </p>
      <BackToChildRecord childId={child.id} />
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
        if (review.withdrawn !== null) return <WithdrawnReview child={child} review={review} />;
        return (
          <WithReviewTiming child={child} review={review}>
            {(timing) => (
              <ReviewForm
                timing={timing}
                // A new version (after a conflict and reload) starts the form again from it.
                key={`${review.id}-${review.version}`}
                mode="edit"
                child={child}
                draftOf={{ subjectId: review.id, recordVersion: review.version }}
                initial={reviewFormFrom(review)}
                notice={
                  reloaded ? (
                    <InsetText>
                      This form now shows the review as it is now, with the other person’s changes.
                      Make your changes again and save.
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
            )}
          </WithReviewTiming>
        );
      }}
    </ChildFormPage>
  );
}
