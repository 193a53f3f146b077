import { useState } from 'react';
import { useUrlSearchParams } from '@/lib/use-url-search-params';
import {
  Alert,
  Button,
  EmptyState,
  ErrorState,
  formatIsoDate,
  LoadingState,
  NotificationBanner,
  Select,
  Table,
  Tag,
} from '@/components';
import { isApiError } from '@/lib/api/client';
import type { SignOffQueueItem } from '@/lib/api/team-schemas';
import { useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSignOffQueue } from '../api/get-sign-off-queue';
import { useTeamOverview } from '../api/get-team-overview';
import { useSignOffReview } from '../api/sign-off-review';
import { ChildNameCell } from '../components/child-name-cell';
import { fullName, reviewsText } from '../lib/format';

type Outcome =
  | { kind: 'signed'; text: string }
  | { kind: 'conflict'; text: string }
  | { kind: 'failed'; text: string };

function reviewWords(item: SignOffQueueItem): string {
  return `the review of ${fullName(item)} held on ${formatIsoDate(item.heldOn)}`;
}

/**
 * Reviews whose decisions wait for the manager's sign-off, oldest first, flagged once past the
 * setting (5 working days). Signing off records today's date on the review.
 */
export function SignOffPage() {
  useDocumentTitle('Decisions awaiting sign-off');
  const today = useToday();
  const [searchParams, setSearchParams] = useUrlSearchParams();
  const iroId = searchParams.get('iro') || undefined;
  const overview = useTeamOverview();
  const queue = useSignOffQueue(iroId);
  const signOff = useSignOffReview();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function signOffReview(item: SignOffQueueItem) {
    setOutcome(null);
    setBusy(item.reviewId);
    try {
      await signOff.mutateAsync({ reviewId: item.reviewId, version: item.version, on: today });
      setOutcome({
        kind: 'signed',
        text: `You signed off ${reviewWords(item)} on ${formatIsoDate(today)}.`,
      });
    } catch (error) {
      if (isApiError(error) && error.isConflict) {
        setOutcome({
          kind: 'conflict',
          text: `Someone else changed ${reviewWords(item)} before your sign-off was saved. The list has been refreshed: check the review and sign it off again if it is still waiting.`,
        });
      } else {
        setOutcome({
          kind: 'failed',
          text: `${reviewWords(item).replace(/^the/, 'The')} has not been signed off. ${isApiError(error) ? error.message : 'Try again.'}`,
        });
      }
    } finally {
      setBusy(null);
    }
  }

  const data = queue.data;
  const iroName = overview.data?.iros.find((row) => row.id === iroId)?.name;

  return (
    <>
      {outcome?.kind === 'signed' && (
        <NotificationBanner type="success" focusOnMount>
          <p className="govuk-notification-banner__heading">{outcome.text}</p>
        </NotificationBanner>
      )}
      {outcome !== null && outcome.kind !== 'signed' && (
        <Alert
          variant={outcome.kind === 'conflict' ? 'warning' : 'error'}
          title={
            outcome.kind === 'conflict'
              ? 'Someone else has changed this review'
              : 'The review has not been signed off'
          }
          showTitleAsHeading
          role="alert"
          focusOnMount
        >
          <p className="govuk-body">{outcome.text}</p>
        </Alert>
      )}

      <h1 className="govuk-heading-l">Decisions awaiting sign-off</h1>
      <p className="govuk-body">
        The manager agrees or queries the review’s decisions within {data ? data.workingDays : 5}{' '}
        working days of receiving them. Reviews past that are flagged late. Signing off records
        today’s date, {formatIsoDate(today)}.
      </p>

      <Select
        id="iro"
        label="Show reviews chaired by"
        value={iroId ?? ''}
        onChange={(event) => {
          setOutcome(null);
          setSearchParams(event.target.value === '' ? {} : { iro: event.target.value });
        }}
        options={[
          { value: '', text: 'All IROs' },
          ...(overview.data?.iros ?? []).map((row) => ({ value: row.id, text: row.name })),
        ]}
      />

      {queue.isPending ? (
        <LoadingState label="Loading the sign-off queue" />
      ) : queue.isError ? (
        <ErrorState
          message="The sign-off queue could not be loaded."
          onRetry={() => void queue.refetch()}
        />
      ) : queue.data.items.length === 0 ? (
        <EmptyState title="No decisions are waiting for sign-off">
          <p className="govuk-body">
            {iroName ? `Nothing from ${iroName}'s reviews` : 'Nothing'} is waiting for you.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {reviewsText(queue.data.items.length)} waiting
            {iroName ? ` from ${iroName}` : ''}, {queue.data.late} late.
          </p>
          <div className="app-table-scroll">
            <Table
              caption="Decisions awaiting sign-off"
              captionClassName="govuk-visually-hidden"
              className="app-team-table"
              firstCellIsHeader
              rowKeys={queue.data.items.map((item) => item.reviewId)}
              head={[
                { content: 'Child' },
                { content: 'IRO' },
                { content: 'Review held' },
                { content: 'Decisions sent' },
                { content: 'Working days waiting', numeric: true },
                { content: 'Sign-off' },
                { content: <span className="govuk-visually-hidden">Action</span> },
              ]}
              rows={queue.data.items.map((item) => [
                { content: <ChildNameCell child={item} /> },
                { content: item.iroName },
                { content: formatIsoDate(item.heldOn) },
                { content: formatIsoDate(item.decisionsSentOn) },
                { content: item.workingDaysWaiting, numeric: true },
                {
                  content: (
                    <>
                      {item.late && <Tag colour="red">Late</Tag>}
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
                        {item.reason}
                      </span>
                    </>
                  ),
                },
                {
                  content: (
                    <Button
                      className="govuk-!-margin-bottom-0"
                      variant="secondary"
                      disabled={busy !== null}
                      onClick={() => void signOffReview(item)}
                    >
                      Sign off <span className="govuk-visually-hidden">{reviewWords(item)}</span>
                    </Button>
                  ),
                },
              ])}
            />
          </div>
        </>
      )}
    </>
  );
}
