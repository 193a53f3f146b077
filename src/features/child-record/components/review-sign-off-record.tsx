import { SummaryList, Table } from '@/components';
import { formatDate } from '@/domain';
import type { Review, SignOffQuery } from '@/lib/api/schemas';
import { carePlanEndorsedText, participationText } from '../lib/review-record-labels';
import { AttendeesList } from './attendees-list';
import { MultilineText } from './multiline-text';

/** The review's decisions as the IRO wrote them (line breaks kept). */
export function DecisionsText({ review }: { review: Pick<Review, 'decisions'> }) {
  return review.decisions === null || review.decisions.trim() === '' ? (
    <p className="govuk-body">The IRO has not written the decisions yet.</p>
  ) : (
    <MultilineText text={review.decisions} />
  );
}

/**
 * What the manager reads before signing off: the review's date, who took part and how, the
 * child's views, the decisions, whether the care plan was endorsed and the recommendations.
 */
export function ReviewSignOffRecord({ review }: { review: Review }) {
  return (
    <>
      <h2 className="govuk-heading-m">The review</h2>
      <SummaryList
        rows={[
          { key: 'Review held on', value: formatDate(review.heldOn) },
          {
            key: 'Decisions sent on',
            value:
              review.decisionsSentOn === null ? 'Not sent' : formatDate(review.decisionsSentOn),
          },
          {
            key: 'Who took part',
            value: <AttendeesList attendees={review.attendees} none="No one recorded" />,
          },
          { key: 'How the child took part', value: participationText(review) },
          {
            key: 'The child’s views',
            value:
              review.childViews === null || review.childViews.trim() === '' ? (
                'Not recorded'
              ) : (
                <MultilineText text={review.childViews} className="govuk-!-margin-bottom-2" />
              ),
          },
          {
            key: 'Care plan endorsed',
            value: carePlanEndorsedText(review.carePlanEndorsed),
          },
        ]}
      />
      <h2 className="govuk-heading-m">Decisions</h2>
      <DecisionsText review={review} />
      <h2 className="govuk-heading-m">Recommendations</h2>
      {review.recommendations.length === 0 ? (
        <p className="govuk-body">The review made no recommendations.</p>
      ) : (
        <Table
          caption="Recommendations of the review"
          captionClassName="govuk-visually-hidden"
          rowKeys={review.recommendations.map((item) => item.id)}
          head={[
            { content: 'Action' },
            { content: 'Who is responsible' },
            { content: 'Target date' },
          ]}
          rows={review.recommendations.map((item) => [
            { content: item.action },
            { content: item.owner },
            { content: formatDate(item.targetDate) },
          ])}
        />
      )}
    </>
  );
}

function queryTitle(query: SignOffQuery): string {
  return `Query raised on ${formatDate(query.raisedOn)}`;
}

/** The manager's queries of the decisions and the IRO's answers, oldest first. */
export function SignOffQueryHistory({
  queries,
  heading = 'Queries and answers',
}: {
  queries: readonly SignOffQuery[];
  heading?: string;
}) {
  if (queries.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">{heading}</h2>
      {queries.map((query) => (
        <SummaryList
          key={query.id}
          card={{ title: queryTitle(query), headingLevel: 3 }}
          rows={[
            { key: 'Raised by', value: query.raisedBy.name },
            {
              key: 'Query',
              value: <MultilineText text={query.reason} className="govuk-!-margin-bottom-2" />,
            },
            {
              key: 'Answer',
              value:
                query.answer === null ? (
                  'Waiting for the IRO’s answer'
                ) : (
                  <>
                    <p className="govuk-body-s govuk-!-margin-bottom-1">
                      {query.answer.by.name}, {formatDate(query.answer.on)}
                    </p>
                    <MultilineText text={query.answer.text} className="govuk-!-margin-bottom-2" />
                  </>
                ),
            },
          ]}
        />
      ))}
    </>
  );
}
