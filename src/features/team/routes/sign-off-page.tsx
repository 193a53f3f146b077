import { Link, useLocation } from 'react-router';
import { useUrlSearchParams } from '@/lib/use-url-search-params';
import {
  EmptyState,
  ErrorState,
  formatIsoDate,
  ListPagination,
  LoadingState,
  NotificationBanner,
  Select,
  Table,
  Tag,
} from '@/components';
import type { SignOffQueueItem } from '@/lib/api/team-schemas';
import { hrefForPage, pageFromSearch } from '@/lib/page-param';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSignOffQueue } from '../api/get-sign-off-queue';
import { useTeamOverview } from '../api/get-team-overview';
import { ChildNameCell } from '../components/child-name-cell';
import { TableScroll } from '../components/table-scroll';
import { fullName, reviewsText } from '../lib/format';

function reviewWords(item: SignOffQueueItem): string {
  return `the review of ${fullName(item)} held on ${formatIsoDate(item.heldOn)}`;
}

/** The banner a page sends back here (the sign-off page, after a decision): router state. */
function bannerFrom(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'banner' in state) {
    const { banner } = state;
    return typeof banner === 'string' ? banner : null;
  }
  return null;
}

/** Where the review's sign-off stands: queried and waiting for the IRO, or the IRO answered. */
function QueryState({ item }: { item: SignOffQueueItem }) {
  if (item.query === null) return null;
  if (item.state === 'queried') {
    return (
      <span className="govuk-!-display-block govuk-!-margin-top-1">
        <Tag colour="yellow">
          Queried on {formatIsoDate(item.query.raisedOn)}: waiting for the IRO’s answer
        </Tag>
      </span>
    );
  }
  if (item.query.answeredOn === null) return null;
  return (
    <span className="govuk-!-display-block govuk-!-margin-top-1">
      <Tag colour="blue">IRO answered on {formatIsoDate(item.query.answeredOn)}</Tag>
    </span>
  );
}

/**
 * Reviews whose decisions wait for the manager's sign-off, oldest first, flagged once past the
 * setting (5 working days), each with where its query stands. The manager reads each review's
 * record and decisions on its sign-off page before agreeing or querying them: never a blind
 * sign-off from the list.
 */
export function SignOffPage() {
  useDocumentTitle('Decisions awaiting sign-off');
  const location = useLocation();
  const banner = bannerFrom(location.state);
  const [searchParams, setSearchParams] = useUrlSearchParams();
  const iroId = searchParams.get('iro') || undefined;
  const overview = useTeamOverview();
  const queue = useSignOffQueue(iroId, pageFromSearch(searchParams.get('page')));

  const data = queue.data;
  const iroName = overview.data?.iros.find((row) => row.id === iroId)?.name;

  return (
    <>
      {banner !== null && <NotificationBanner type="success" focusOnMount heading={banner} />}
      <h1 className="govuk-heading-l">Decisions awaiting sign-off</h1>
      <p className="govuk-body">
        The manager agrees or queries the review’s decisions within {data ? data.workingDays : 5}{' '}
        working days of receiving them. Reviews past that are flagged late. Read each review’s
        record and decisions before you agree or query them.
      </p>

      <Select
        id="iro"
        label="Show reviews chaired by"
        value={iroId ?? ''}
        onChange={(event) => {
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
      ) : queue.data.totalItems === 0 ? (
        <EmptyState title="No decisions are waiting for sign-off">
          <p className="govuk-body">
            {iroName ? `Nothing from ${iroName}'s reviews` : 'Nothing'} is waiting for you.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {reviewsText(queue.data.totalItems)} waiting
            {iroName ? ` from ${iroName}` : ''}, {queue.data.late} late.
          </p>
          <TableScroll label="Decisions awaiting sign-off">
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
                      <QueryState item={item} />
                    </>
                  ),
                },
                {
                  content: (
                    <Link
                      className="govuk-link"
                      to={paths.signOffReview(item.childId, item.reviewId)}
                    >
                      {item.state === 'queried'
                        ? 'Read the decisions and the query'
                        : 'Read the decisions and sign off'}{' '}
                      <span className="govuk-visually-hidden">{reviewWords(item)}</span>
                    </Link>
                  ),
                },
              ])}
            />
          </TableScroll>
          <ListPagination
            info={queue.data}
            noun="Reviews"
            hrefFor={(page) => hrefForPage(paths.signOff, searchParams, page)}
            landmarkLabel="Pages of decisions awaiting sign-off"
          />
        </>
      )}
    </>
  );
}
