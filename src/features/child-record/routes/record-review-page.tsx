import { useState } from 'react';
import { InsetText } from '@/components';
import { formatDate } from '@/domain';
import { useRecordReview } from '../api/record-review';
import { ChildFormPage } from '../components/child-loader';
import { ReviewForm } from '../forms/review-form';
import { WithReviewTiming } from '../forms/with-review-timing';
import { createReviewBody, emptyReviewForm } from '../forms/review-form-values';
import { followUpRowsFor } from '../forms/review-record-values';

/** Route: paths.recordReviewPattern ('/children/:childId/reviews/new'). */
export function RecordReviewPage() {
  const recordReview = useRecordReview();
  const [reloaded, setReloaded] = useState(false);
  return (
    <ChildFormPage title="Record a review" allocatedIroOnly="record a review">
      {(child, reload) => (
        <WithReviewTiming child={child}>
          {(timing) => (
            <ReviewForm
              mode="create"
              child={child}
              draftOf={{ subjectId: child.id, recordVersion: child.version }}
              // The earlier reviews' open recommendations, each to be followed up at this review.
              initial={emptyReviewForm(followUpRowsFor(child))}
              timing={timing}
              notice={
                reloaded ? (
                  <InsetText>
                    The earlier recommendations now show the record as it is now, with the other
                    person’s changes. Check them and save the review again.
                  </InsetText>
                ) : undefined
              }
              // 409: someone else marked one of the earlier recommendations meanwhile.
              onReloadCurrent={async () => {
                await reload();
                setReloaded(true);
              }}
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
