import { Fragment } from 'react';
import { useParams } from 'react-router';
import {
  BackLink,
  Details,
  ErrorState,
  formatIsoDate,
  formatIsoDateTime,
  LoadingState,
  SummaryList,
} from '@/components';
import { isApiError } from '@/lib/api/client';
import type { OutboxMessage } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOutboxMessage } from '../api/outbox';
import { OutboxStatusTag } from '../components/outbox-status-tag';

const TITLE = 'Reminder message';

function Message({ message }: { message: OutboxMessage }) {
  useDocumentTitle(`${message.subject} – ${TITLE}`);
  return (
    <>
      <span className="govuk-caption-l">Reminder to {message.to.name}</span>
      <h1 className="govuk-heading-l">{message.subject}</h1>
      <SummaryList
        rows={[
          { key: 'To', value: `${message.to.name} (${message.to.email})` },
          { key: 'Tasks for', value: formatIsoDate(message.day) },
          {
            key: 'Tasks listed',
            value: `${message.taskCount}, of which ${message.lateCount} late`,
          },
          {
            key: 'Status',
            value: (
              <>
                <OutboxStatusTag status={message.status} />
                {message.sentAt !== null && (
                  <span className="govuk-!-margin-left-2">{formatIsoDateTime(message.sentAt)}</span>
                )}
                {message.error !== null && (
                  <span className="govuk-!-display-block govuk-!-margin-top-2">
                    The mail server said: {message.error}
                  </span>
                )}
              </>
            ),
          },
        ]}
      />
      <h2 className="govuk-heading-m">As the email shows it</h2>
      {/* Rendered from the message's data by React (every value escaped), never from its HTML. */}
      <div className="app-outbox-email">
        <p className="govuk-body">Hello {message.to.name},</p>
        {[
          { heading: 'Late', lines: message.lines.filter((line) => line.late) },
          { heading: 'Due', lines: message.lines.filter((line) => !line.late) },
        ].map(
          ({ heading, lines }) =>
            lines.length > 0 && (
              <Fragment key={heading}>
                <h3 className="govuk-heading-s">{heading}</h3>
                <ul className="govuk-list govuk-list--spaced">
                  {lines.map((line) => (
                    <li key={line.taskId}>
                      <a className="govuk-link" href={line.url}>
                        {line.what}: {line.name}
                      </a>
                      <br />
                      Due {line.dueText} (<strong>{line.timing}</strong>)
                      <br />
                      {line.reason}
                    </li>
                  ))}
                </ul>
              </Fragment>
            ),
        )}
      </div>
      <h2 className="govuk-heading-m">As plain text</h2>
      <pre className="app-outbox-text govuk-body">{message.text}</pre>
      <Details summary="The HTML as sent">
        <pre className="app-outbox-text govuk-body-s">{message.html}</pre>
      </Details>
    </>
  );
}

/** Route: paths.outboxMessagePattern. One reminder: who to, whether it was sent, its bodies. */
export function OutboxMessagePage() {
  const { messageId = '' } = useParams();
  const query = useOutboxMessage(messageId);
  return (
    <>
      <BackLink href={paths.outbox}>Back to the outbox</BackLink>
      {query.isPending ? (
        <LoadingState label="Loading the message" />
      ) : query.isError ? (
        <Refused error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Message message={query.data} />
      )}
    </>
  );
}

function Refused({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const status = isApiError(error) ? error.status : 0;
  const heading =
    status === 404 ? 'Page not found' : status === 403 ? 'You cannot see this message' : null;
  useDocumentTitle(heading ?? TITLE);
  if (heading === null) {
    return <ErrorState message="The message could not be loaded." onRetry={onRetry} />;
  }
  return (
    <>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">
        {status === 404 ? 'There is nothing at this link. Check it and try again.' : error.message}
      </p>
    </>
  );
}
