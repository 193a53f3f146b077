import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { CharacterCount, FormPage, InsetText, SummaryList, WarningText } from '@/components';
import {
  formatDate,
  nextReviewDue,
  WITHDRAWAL_REASON_LIMIT,
  type ReviewTimingContext,
} from '@/domain';
import type { ChildDetail, Review } from '@/lib/api/schemas';
import { checkText } from '@/lib/forms/text';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { REVIEW_KIND_LABELS } from '@/lib/labels';
import { paths } from '@/lib/paths';
import { useCurrentUser } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useWithdrawReview } from '../api/withdraw-review';
import { BackToChildRecord, ChildFormPage, isAllocatedIro } from '../components/child-loader';
import { WithReviewTiming } from '../forms/with-review-timing';

const TITLE = 'Withdraw a review';
/** The words of the API's messages ("Enter the reason for withdrawing the review"). */
const REASON_LABEL = 'The reason for withdrawing the review';
const FIELD_ORDER = ['reason', 'withdrawn'];

function Refusal({ child, message }: { child: ChildDetail; message: string }) {
  useDocumentTitle(TITLE);
  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">{message}</p>
      <BackToChildRecord childId={child.id} />
    </>
  );
}

/** What happens to the next review's due date once the review no longer counts. */
function nextReviewText(
  child: ChildDetail,
  review: Review,
  timing: ReviewTimingContext | null,
): string | null {
  if (child.nextReview === null || timing === null) return null;
  if (review.heldOn < child.currentPeriod.start) return null;
  const after = nextReviewDue(timing.episode, timing.holidays, timing.rules);
  return after.due === child.nextReview.due
    ? `The next review stays due on ${formatDate(after.due)}.`
    : `The next review will be due on ${formatDate(after.due)} instead of ${formatDate(child.nextReview.due)} (${after.reason.charAt(0).toLowerCase()}${after.reason.slice(1)}).`;
}

function WithdrawForm({
  child,
  review,
  timing,
  onReload,
}: {
  child: ChildDetail;
  review: Review;
  timing: ReviewTimingContext | null;
  onReload: () => Promise<void>;
}) {
  const navigate = useNavigate();
  const withdraw = useWithdrawReview();
  const [reason, setReason] = useState('');
  const submission = useFormSubmission();
  const { errors } = submission;
  const { blocker, allowLeaving } = useLeaveGuard(reason !== '');
  const held = child.history.find((entry) => entry.held === review.heldOn);
  const next = nextReviewText(child, review, timing);

  async function onSubmit() {
    const checked = checkText(reason, {
      label: REASON_LABEL,
      limit: WITHDRAWAL_REASON_LIMIT,
      required: 'Enter the reason for withdrawing the review',
    });
    const clientErrors: FieldErrors = checked.error === null ? {} : { reason: checked.error };
    await submission.submit(clientErrors, async () => {
      await withdraw.mutateAsync({
        reviewId: review.id,
        body: { reason: checked.text, version: review.version },
      });
      allowLeaving();
      await navigate(paths.child(child.id), {
        state: { banner: `Review held on ${formatDate(review.heldOn)} withdrawn` },
      });
    });
  }

  return (
    <FormPage
      caption="Child record"
      title={TITLE}
      submission={submission}
      fieldOrder={FIELD_ORDER}
      idFor={(path) => (path === 'reason' ? 'reason' : undefined)}
      onSubmit={onSubmit}
      submitLabel="Withdraw review"
      submitVariant="warning"
      cancelHref={paths.child(child.id)}
      blocker={blocker}
      onReload={onReload}
      intro={
        <>
          <SummaryList
            rows={[
              { key: 'Review held on', value: formatDate(review.heldOn) },
              ...(held === undefined
                ? []
                : [
                    {
                      key: 'Review',
                      value: `Review ${held.sequence} (${REVIEW_KIND_LABELS[held.kind].toLowerCase()}), due ${formatDate(held.due)}`,
                    },
                  ]),
              { key: 'Participation', value: review.participationCode },
            ]}
          />
          <WarningText>
            Only withdraw a review that was entered in error (for example for the wrong child, or a
            meeting that did not take place). It is not deleted: it stays on the child’s record and
            in the audit history, struck through with your reason, and no due date, status, report
            or return counts it.
          </WarningText>
          {next !== null && <InsetText>{next}</InsetText>}
        </>
      }
    >
      <CharacterCount
        id="reason"
        label="Why are you withdrawing this review?"
        labelSize="m"
        hint="For example: recorded for the wrong child; the meeting was cancelled."
        limit={WITHDRAWAL_REASON_LIMIT}
        error={errors.reason ?? errors.withdrawn}
        value={reason}
        onChange={setReason}
      />
    </FormPage>
  );
}

/**
 * Route: paths.withdrawReviewPattern ('/children/:childId/reviews/:reviewId/withdraw'). The child's
 * allocated IRO or a team manager; POST with the version read (409 when someone changed it first).
 */
export function WithdrawReviewPage() {
  const { reviewId = '' } = useParams();
  const user = useCurrentUser();
  return (
    <ChildFormPage title={TITLE}>
      {(child, reload) => {
        const review = child.reviews.find((candidate) => candidate.id === reviewId);
        if (review === undefined) {
          return (
            <Refusal child={child} message="There is no such review on this child’s record." />
          );
        }
        if (!isAllocatedIro(user, child) && user.role !== 'team-manager') {
          return (
            <Refusal
              child={child}
              message="Only the child’s allocated IRO or a team manager can withdraw a review."
            />
          );
        }
        if (review.withdrawn !== null) {
          return (
            <Refusal
              child={child}
              message={`The review held on ${formatDate(review.heldOn)} was already withdrawn on ${formatDate(review.withdrawn.on)}.`}
            />
          );
        }
        return (
          <WithReviewTiming child={child} review={review}>
            {(timing) => (
              <WithdrawForm
                key={`${review.id}-${review.version}`}
                child={child}
                review={review}
                timing={timing}
                onReload={reload}
              />
            )}
          </WithReviewTiming>
        );
      }}
    </ChildFormPage>
  );
}
