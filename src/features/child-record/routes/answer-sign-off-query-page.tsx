import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { CharacterCount, FormPage, InsetText, SummaryList } from '@/components';
import {
  DECISIONS_LIMIT,
  formatDate,
  openSignOffQuery,
  SIGN_OFF_ANSWER_LIMIT,
  signOffAnswerProblems,
} from '@/domain';
import type { ChildDetail, Review, SignOffQuery } from '@/lib/api/schemas';
import { checkText } from '@/lib/forms/text';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAnswerSignOffQuery } from '../api/answer-sign-off-query';
import { BackToChildRecord, ChildFormPage } from '../components/child-loader';
import { MultilineText } from '../components/multiline-text';
import { DecisionsText, SignOffQueryHistory } from '../components/review-sign-off-record';

const TITLE = 'Answer the manager’s query';
const FIELD_ORDER = ['answer', 'decisions'];

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

function AnswerForm({
  child,
  review,
  query,
  reloaded,
  onReload,
}: {
  child: ChildDetail;
  review: Review;
  query: SignOffQuery;
  reloaded: boolean;
  onReload: () => Promise<void>;
}) {
  const navigate = useNavigate();
  const answerQuery = useAnswerSignOffQuery();
  const current = review.decisions ?? '';
  const [answer, setAnswer] = useState('');
  const [decisions, setDecisions] = useState(current);
  const submission = useFormSubmission();
  const { errors } = submission;
  const { blocker, allowLeaving } = useLeaveGuard(answer !== '' || decisions !== current);
  const held = formatDate(review.heldOn);
  const earlier = review.signOffQueries.filter((each) => each.id !== query.id);

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    for (const problem of signOffAnswerProblems(review, answer)) {
      clientErrors[problem.field] ??= problem.message;
    }
    const revised = checkText(decisions, {
      label: 'The decisions',
      limit: DECISIONS_LIMIT,
      required: 'Enter the decisions: leave them as they were if your answer does not change them',
    });
    if (revised.error !== null) clientErrors.decisions = revised.error;
    // Sent only when changed: null leaves the decisions as they are.
    const changed = revised.text !== current.trim();
    await submission.submit(clientErrors, async () => {
      await answerQuery.mutateAsync({
        reviewId: review.id,
        queryId: query.id,
        body: {
          version: review.version,
          answer: answer.trim(),
          decisions: changed ? revised.text : null,
        },
      });
      allowLeaving();
      await navigate(paths.child(child.id), {
        state: {
          banner: changed
            ? `Answer sent and decisions revised for the review held on ${held}`
            : `Answer sent for the review held on ${held}`,
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
      submitLabel="Send your answer"
      cancelHref={paths.child(child.id)}
      blocker={blocker}
      onReload={onReload}
      notice={reloaded && <InsetText>This page now shows the review as it is now.</InsetText>}
      intro={
        <>
          <h2 className="govuk-heading-m">The manager’s query</h2>
          <SummaryList
            rows={[
              { key: 'Raised by', value: query.raisedBy.name },
              { key: 'Raised on', value: formatDate(query.raisedOn) },
              {
                key: 'Query',
                value: <MultilineText text={query.reason} className="govuk-!-margin-bottom-2" />,
              },
            ]}
          />
          <h2 className="govuk-heading-m">The decisions as they are</h2>
          <DecisionsText review={review} />
          <SignOffQueryHistory queries={earlier} heading="Earlier queries" />
        </>
      }
    >
      <CharacterCount
        id="answer"
        label="Your answer"
        labelSize="m"
        hint="The team manager reads it before they agree or query the decisions again."
        limit={SIGN_OFF_ANSWER_LIMIT}
        error={errors.answer}
        value={answer}
        onChange={setAnswer}
      />
      <CharacterCount
        id="decisions"
        label="Revised decisions (optional)"
        labelSize="m"
        hint="Change the decisions here if your answer changes them; otherwise leave them as they are."
        limit={DECISIONS_LIMIT}
        threshold={0.75}
        rows={8}
        error={errors.decisions}
        value={decisions}
        onChange={setDecisions}
      />
    </FormPage>
  );
}

/**
 * Route: paths.answerSignOffQueryPattern ('/children/:childId/reviews/:reviewId/answer-query'). The
 * child's allocated IRO answers the manager's open query of the decisions, and may revise them.
 * POST with the version read (409 when someone changed the review first).
 */
export function AnswerSignOffQueryPage() {
  const { reviewId = '' } = useParams();
  const [reloaded, setReloaded] = useState(false);
  return (
    <ChildFormPage title={TITLE} allocatedIroOnly="answer a query of the review’s decisions">
      {(child, reload) => {
        const review = child.reviews.find((candidate) => candidate.id === reviewId);
        if (review === undefined) {
          return (
            <Refusal child={child} message="There is no such review on this child’s record." />
          );
        }
        if (review.withdrawn !== null) {
          return (
            <Refusal
              child={child}
              message={`This review was withdrawn on ${formatDate(review.withdrawn.on)} as entered in error: there is no query to answer.`}
            />
          );
        }
        const query = openSignOffQuery(review);
        if (query === null) {
          // The domain's words (the backend says the same).
          const problem = signOffAnswerProblems(review, null)[0];
          return (
            <Refusal
              child={child}
              message={`${problem?.message ?? 'There is no open query to answer'}.`}
            />
          );
        }
        return (
          <AnswerForm
            key={`${review.id}-${review.version}`}
            child={child}
            review={review}
            query={query}
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
