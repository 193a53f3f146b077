import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CharacterCount, FormPage, InsetText, Radios } from '@/components';
import {
  formatDate,
  SIGN_OFF_QUERY_LIMIT,
  signOffDecisionProblems,
  type FieldProblem,
  type SignOffDecisionEntry,
} from '@/domain';
import type { ChildDetail, Review } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useCurrentUser, useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSignOffReview } from '../api/sign-off-review';
import { BackToChildRecord, ChildFormPage } from '../components/child-loader';
import { ReviewSignOffRecord, SignOffQueryHistory } from '../components/review-sign-off-record';

/** Never the child's name: titles go into the browser's history. */
const TITLE = 'Sign off the review’s decisions';
const FIELD_ORDER = ['decision', 'reason'];

/** The domain's problems by field, the first for each field. */
function errorsFrom(problems: readonly FieldProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) errors[problem.field] ??= problem.message;
  return errors;
}

function BackToQueue() {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={paths.signOff}>
        Back to the sign-off queue
      </Link>
    </p>
  );
}

/** The review cannot be agreed or queried now: why, then the record as it is. */
function NotReady({ review, message }: { review: Review | null; message: string }) {
  useDocumentTitle(TITLE);
  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <InsetText>{message}</InsetText>
      {review !== null && (
        <>
          <ReviewSignOffRecord review={review} />
          <SignOffQueryHistory queries={review.signOffQueries} />
        </>
      )}
      <BackToQueue />
    </>
  );
}

/** Why the review is not ready for the manager's decision, or null when it is. */
function notReadyMessage(review: Review): string | null {
  if (review.withdrawn !== null) {
    return `This review was withdrawn on ${formatDate(review.withdrawn.on)} as entered in error: there is nothing to sign off.`;
  }
  // The domain's own words for a review that cannot be decided on now (the backend says the same).
  const problem = signOffDecisionProblems(review, { decision: 'agree', reason: null })[0];
  if (problem === undefined) return null;
  return review.signedOffBy === null
    ? `${problem.message}.`
    : `${problem.message} by ${review.signedOffBy.name}.`;
}

function SignOffForm({
  review,
  reloaded,
  onReload,
}: {
  review: Review;
  reloaded: boolean;
  onReload: () => Promise<void>;
}) {
  const today = useToday();
  const navigate = useNavigate();
  const signOff = useSignOffReview();
  const [decision, setDecision] = useState<SignOffDecisionEntry['decision']>(null);
  const [reason, setReason] = useState('');
  const submission = useFormSubmission();
  const { errors } = submission;
  const { blocker, allowLeaving } = useLeaveGuard(decision !== null || reason !== '');
  const held = formatDate(review.heldOn);

  async function onSubmit() {
    const clientErrors = errorsFrom(signOffDecisionProblems(review, { decision, reason }));
    await submission.submit(clientErrors, async () => {
      if (decision === null) return;
      await signOff.mutateAsync({
        reviewId: review.id,
        body: {
          version: review.version,
          decision,
          reason: decision === 'query' ? reason.trim() : null,
        },
      });
      allowLeaving();
      await navigate(paths.signOff, {
        state: {
          banner:
            decision === 'agree'
              ? `You signed off the decisions of the review held on ${held}`
              : `You queried the decisions of the review held on ${held}: the IRO has been asked to answer`,
        },
      });
    });
  }

  return (
    <FormPage
      caption={`Review held on ${held}`}
      title={TITLE}
      submission={submission}
      fieldOrder={FIELD_ORDER}
      idFor={(path) => (FIELD_ORDER.includes(path) ? path : undefined)}
      onSubmit={onSubmit}
      submitLabel="Save"
      cancelHref={paths.signOff}
      blocker={blocker}
      onReload={onReload}
      notice={reloaded && <InsetText>This page now shows the review as it is now.</InsetText>}
      intro={
        <>
          <p className="govuk-body">
            Read the record of the review and its decisions, then agree the decisions or query them
            with the IRO.
          </p>
          <ReviewSignOffRecord review={review} />
          <SignOffQueryHistory queries={review.signOffQueries} heading="Earlier queries" />
        </>
      }
    >
      <Radios
        name="decision"
        legend="Do you agree the decisions?"
        legendSize="m"
        error={errors.decision}
        value={decision}
        onChange={(value) => {
          setDecision(value === 'agree' || value === 'query' ? value : null);
        }}
        items={[
          {
            value: 'agree',
            text: 'I agree the decisions',
            hint: `They are signed off today, ${formatDate(today)}, in your name.`,
          },
          {
            value: 'query',
            text: 'I want to query the decisions',
            hint: 'Your query goes back to the IRO, who answers it (and may revise the decisions) before you decide again.',
            conditional: (
              <CharacterCount
                id="reason"
                label="What are you querying and why?"
                limit={SIGN_OFF_QUERY_LIMIT}
                error={errors.reason}
                value={reason}
                onChange={setReason}
              />
            ),
          },
        ]}
      />
    </FormPage>
  );
}

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

/**
 * Route: paths.signOffReviewPattern ('/children/:childId/reviews/:reviewId/sign-off'). Team
 * managers only: the record the decisions rest on, then agree (signed off today) or query them
 * with a reason. POST with the version read (409 when someone changed the review first).
 */
export function SignOffReviewPage() {
  const { reviewId = '' } = useParams();
  const user = useCurrentUser();
  const [reloaded, setReloaded] = useState(false);
  return (
    <ChildFormPage title={TITLE}>
      {(child, reload) => {
        const review = child.reviews.find((candidate) => candidate.id === reviewId);
        if (review === undefined) {
          return (
            <Refusal child={child} message="There is no such review on this child’s record." />
          );
        }
        if (user.role !== 'team-manager') {
          return (
            <Refusal
              child={child}
              message="Only a team manager can sign off a review’s decisions."
            />
          );
        }
        const message = notReadyMessage(review);
        if (message !== null) {
          return <NotReady review={review.withdrawn === null ? review : null} message={message} />;
        }
        return (
          <SignOffForm
            key={`${review.id}-${review.version}`}
            review={review}
            reloaded={reloaded}
            onReload={async () => {
              await reload();
              setReloaded(true);
            }}
          />
        );
      }}
    </ChildFormPage>
  );
}
