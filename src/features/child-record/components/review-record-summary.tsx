import { Details, formatIsoDate, SummaryList } from '@/components';
import { QUALITY_CHECKS, recommendationState, signOffState } from '@/domain';
import type { Recommendation, Review } from '@/lib/api/schemas';
import { carePlanEndorsedText } from '../lib/review-record-labels';
import { AttendeesList } from './attendees-list';
import { MultilineText } from './multiline-text';

const ANSWER_LABELS = { yes: 'Yes', no: 'No', 'not-applicable': 'Not applicable' } as const;

/** 'Open', 'Done on 3 March 2026' or 'No longer needed on 3 March 2026: the note'. */
export function recommendationStateText(recommendation: Recommendation): string {
  const closed = recommendation.noLongerNeeded;
  switch (recommendationState(recommendation)) {
    case 'done':
      return `Done on ${formatIsoDate(recommendation.completedOn ?? '')}`;
    case 'not-needed':
      return `No longer needed on ${formatIsoDate(closed?.on ?? '')}: ${closed?.note ?? ''}`;
    case 'open':
      return 'Open';
  }
}

/**
 * Where the manager's sign-off of the decisions stands: each query with the IRO's answer, then
 * signed off (by whom and when), awaiting the manager, or awaiting the IRO's answer.
 */
export function ReviewSignOffStatus({ review }: { review: Review }) {
  const state = signOffState(review);
  return (
    <ul className="govuk-list">
      {review.signOffQueries.map((query) => (
        <li key={query.id}>
          Queried by {query.raisedBy.name} on {formatIsoDate(query.raisedOn)}: {query.reason}
          {query.answer !== null && (
            <>
              <br />
              Answered by {query.answer.by.name} on {formatIsoDate(query.answer.on)}:{' '}
              {query.answer.text}
            </>
          )}
        </li>
      ))}
      {state === 'signed-off' && review.managerSignOffOn !== null && (
        <li>
          Signed off{review.signedOffBy === null ? '' : ` by ${review.signedOffBy.name}`} on{' '}
          {formatIsoDate(review.managerSignOffOn)}
        </li>
      )}
      {state === 'decisions-not-sent' && <li>Decisions not sent to the manager yet</li>}
      {state === 'awaiting-manager' && <li>Awaiting the manager’s sign-off</li>}
      {state === 'queried' && <li>Awaiting the IRO’s answer to the manager’s query</li>}
    </ul>
  );
}

function TextOrNotRecorded({ text }: { text: string | null }) {
  return text === null || text.trim() === '' ? (
    'Not recorded'
  ) : (
    <MultilineText text={text} className="govuk-!-margin-bottom-2" />
  );
}

/**
 * The record of a review, folded away: who took part and how, the child's views, the decisions,
 * whether the care plan was endorsed, the quality checks and each recommendation as it stands.
 */
export function ReviewRecordSummary({ review }: { review: Review }) {
  const checks = review.qualityChecks;
  return (
    <Details summary="Record of the review">
      <SummaryList
        rows={[
          {
            key: 'Who took part',
            value: <AttendeesList attendees={review.attendees} none="Not recorded" />,
          },
          { key: 'The child’s views', value: <TextOrNotRecorded text={review.childViews} /> },
          { key: 'Decisions', value: <TextOrNotRecorded text={review.decisions} /> },
          { key: 'Care plan endorsed', value: carePlanEndorsedText(review.carePlanEndorsed) },
          {
            key: 'Quality checks',
            value:
              checks === null ? (
                'Not recorded'
              ) : (
                <ul className="govuk-list">
                  {QUALITY_CHECKS.map((check) => {
                    const { answer, note } = checks[check.key];
                    return (
                      <li key={check.key}>
                        {check.question} <strong>{ANSWER_LABELS[answer]}</strong>
                        {note !== null && note.trim() !== '' && <>: {note}</>}
                      </li>
                    );
                  })}
                </ul>
              ),
          },
          {
            key: 'Recommendations',
            value:
              review.recommendations.length === 0 ? (
                'None made'
              ) : (
                <ul className="govuk-list">
                  {review.recommendations.map((recommendation) => (
                    <li key={recommendation.id}>
                      {recommendation.action} ({recommendation.owner}, target date{' '}
                      {formatIsoDate(recommendation.targetDate)}):{' '}
                      <strong>{recommendationStateText(recommendation)}</strong>
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </Details>
  );
}
