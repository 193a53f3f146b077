import { useState } from 'react';
import {
  AppLink,
  Button,
  EmptyState,
  ErrorState,
  formatCount,
  formatIsoDate,
  ListPagination,
  LoadingState,
  NotificationBanner,
  Table,
} from '@/components';
import { TASK_DUE_SOON_WORKING_DAYS } from '@/domain';
import type { OutboxMessageSummary, SendDigestsResult, StaffRole } from '@/lib/api/schemas';
import { hrefForPage, pageFromSearch } from '@/lib/page-param';
import { paths } from '@/lib/paths';
import { useCurrentUser } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUrlSearchParams } from '@/lib/use-url-search-params';
import { OUTBOX_PAGE_SIZE, useOutbox, useSendDigests } from '../api/outbox';
import { OutboxStatusTag } from '../components/outbox-status-tag';

const TITLE = 'Outbox';

const ROLE_WORDS: Record<StaffRole, string> = {
  iro: 'IRO',
  'team-manager': 'Team manager',
  'business-support': 'Business support',
};

const people = (n: number) => `${formatCount(n)} ${n === 1 ? 'person' : 'people'}`;

function SentBanner({ result }: { result: SendDigestsResult }) {
  const built =
    result.built === 0
      ? 'No new reminders: nobody else has tasks due or late today'
      : `${formatCount(result.built)} new reminder${result.built === 1 ? '' : 's'} built`;
  return (
    <NotificationBanner type="success" heading={`${built}.`} focusOnMount>
      <p className="govuk-body">
        {result.alreadyBuilt > 0 &&
          `${people(result.alreadyBuilt)} had theirs for ${formatIsoDate(result.day)} already: nothing is sent twice. `}
        {result.nothingDue > 0 && `${people(result.nothingDue)} had nothing due or late.`}
      </p>
    </NotificationBanner>
  );
}

function OutboxTable({ items, showRole }: { items: OutboxMessageSummary[]; showRole: boolean }) {
  return (
    <Table
      caption="Reminder messages"
      captionClassName="govuk-visually-hidden"
      firstCellIsHeader
      head={[{ content: 'To' }, { content: 'Subject' }, { content: 'For' }, { content: 'Status' }]}
      rowKeys={items.map((m) => m.id)}
      rows={items.map((m) => [
        {
          content: (
            <>
              {m.to.name}
              {showRole && (
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
                  {ROLE_WORDS[m.to.role]}
                </span>
              )}
            </>
          ),
        },
        {
          content: (
            <AppLink className="govuk-link" href={paths.outboxMessage(m.id)}>
              {m.subject}
            </AppLink>
          ),
        },
        { content: formatIsoDate(m.day) },
        { content: <OutboxStatusTag status={m.status} /> },
      ])}
    />
  );
}

/**
 * Route: paths.outbox. The reminder digests built from each person's tasks, newest first: an IRO
 * and business support see the messages to them, a team manager everyone's and sends today's.
 */
export function OutboxPage() {
  useDocumentTitle(TITLE);
  const user = useCurrentUser();
  const manager = user.role === 'team-manager';
  const [searchParams] = useUrlSearchParams();
  const page = pageFromSearch(searchParams.get('page'));
  const list = useOutbox({ page, pageSize: OUTBOX_PAGE_SIZE });
  const send = useSendDigests();
  const [result, setResult] = useState<SendDigestsResult | null>(null);

  return (
    <>
      {result !== null && <SentBanner result={result} />}
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        Once a working day, everyone with tasks that are late or due within{' '}
        {TASK_DUE_SOON_WORKING_DAYS} working days gets one reminder email listing them, late first,
        with a link to each. Where the tracker has a mail server it sends them; without one (as in
        this demo) they wait here, not sent.
        {manager ? ' You see everyone’s.' : ' These are the reminders sent to you.'}
      </p>

      {manager && (
        <>
          {send.isError && (
            <ErrorState
              title="Today’s reminders could not be sent"
              message={send.error.message}
              onRetry={() => {
                send.reset();
              }}
            />
          )}
          <Button
            disabled={send.isPending}
            onClick={() => {
              send.mutate(undefined, { onSuccess: setResult });
            }}
          >
            Send today’s reminders
          </Button>
        </>
      )}

      <p className="govuk-body govuk-!-font-weight-bold" role="status">
        {list.data && !list.isError
          ? `${formatCount(list.data.totalItems)} message${list.data.totalItems === 1 ? '' : 's'}`
          : ''}
      </p>

      {list.isPending ? (
        <LoadingState label="Loading the outbox" />
      ) : list.isError ? (
        <ErrorState message="The outbox could not be loaded." onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title="No reminders yet">
          <p className="govuk-body">
            {manager
              ? 'Send today’s reminders to build one for everyone with tasks due or late.'
              : 'You get one on a working day when you have tasks due or late.'}
          </p>
        </EmptyState>
      ) : (
        <>
          <OutboxTable items={list.data.items} showRole={manager} />
          <ListPagination
            info={list.data}
            noun="Messages"
            hrefFor={(n) => hrefForPage(paths.outbox, searchParams, n)}
            landmarkLabel="Pages of the outbox"
          />
        </>
      )}
    </>
  );
}
