import { useState } from 'react';
import { Alert, Button, formatIsoDate, Table, Tag } from '@/components';
import { isApiError } from '@/lib/api/client';
import type { ChildDetail } from '@/lib/api/schemas';
import { useToday } from '@/lib/session';
import { useUpdateReview } from '../api/update-review';

/** The last review's recommendations not yet done: tracked here until marked done. */
export function OutstandingRecommendations({
  child,
  canEdit,
}: {
  child: ChildDetail;
  canEdit: boolean;
}) {
  const today = useToday();
  const updateReview = useUpdateReview();
  const [message, setMessage] = useState<{ variant: 'success' | 'error'; text: string } | null>(
    null,
  );
  // The latest review that counts (a withdrawn one has no recommendations to follow up).
  const review = child.reviews.filter((candidate) => candidate.withdrawn === null).at(-1);
  const outstanding = review?.recommendations.filter((item) => item.completedOn === null) ?? [];

  async function markDone(recommendationId: string) {
    if (review === undefined) return;
    setMessage(null);
    const action = review.recommendations.find((item) => item.id === recommendationId)?.action;
    try {
      await updateReview.mutateAsync({
        reviewId: review.id,
        body: {
          version: review.version,
          recommendations: review.recommendations.map((item) =>
            item.id === recommendationId ? { ...item, completedOn: today } : item,
          ),
        },
      });
      setMessage({ variant: 'success', text: `Marked as done: ${action ?? 'recommendation'}` });
    } catch (error) {
      setMessage({
        variant: 'error',
        text:
          isApiError(error) && error.isConflict
            ? 'Someone else changed this review at the same time. The list now shows the review as it is: try again.'
            : 'Sorry, the recommendation could not be marked as done. Try again.',
      });
    }
  }

  return (
    <section aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading" className="govuk-heading-m">
        Outstanding recommendations
      </h2>
      {message && (
        <Alert
          variant={message.variant}
          title={message.variant === 'success' ? 'Recommendation done' : 'Not saved'}
          role={message.variant === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </Alert>
      )}
      {review === undefined ? (
        <p className="govuk-body">No review has been recorded yet.</p>
      ) : outstanding.length === 0 ? (
        <p className="govuk-body">
          Every recommendation from the review held on {formatIsoDate(review.heldOn)} is done.
        </p>
      ) : (
        <Table
          caption={`From the review held on ${formatIsoDate(review.heldOn)}`}
          captionClassName="govuk-table__caption--s"
          head={[
            { content: 'Action' },
            { content: 'Who' },
            { content: 'Target date' },
            ...(canEdit
              ? [{ content: <span className="govuk-visually-hidden">Actions</span> }]
              : []),
          ]}
          rowKeys={outstanding.map((item) => item.id)}
          rows={outstanding.map((item) => [
            { content: item.action },
            { content: item.owner },
            {
              content: (
                <>
                  {formatIsoDate(item.targetDate)}
                  {item.targetDate < today && (
                    <>
                      {' '}
                      <Tag colour="red">Overdue</Tag>
                    </>
                  )}
                </>
              ),
            },
            ...(canEdit
              ? [
                  {
                    content: (
                      <Button
                        type="button"
                        variant="secondary"
                        className="govuk-!-margin-bottom-0"
                        disabled={updateReview.isPending}
                        onClick={() => void markDone(item.id)}
                      >
                        Mark as done<span className="govuk-visually-hidden">: {item.action}</span>
                      </Button>
                    ),
                  },
                ]
              : []),
          ])}
        />
      )}
    </section>
  );
}
