import { Link, useLocation, useSearchParams } from 'react-router';
import {
  Button,
  ErrorState,
  formatCount,
  ListPagination,
  LoadingState,
  NotificationBanner,
  Table,
  Tag,
  type TableCell,
} from '@/components';
import { formatDate } from '@/domain';
import type { AllocationQueue } from '@/lib/api/schemas';
import { hrefForPage, pageFromSearch } from '@/lib/page-param';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAllocationQueue } from '../api/get-allocation-queue';
import { bannerFrom, fullName } from '../lib/care-format';

const TITLE = 'Children awaiting an IRO';

type Item = AllocationQueue['items'][number];

function Secondary({ children }: { children: string }) {
  return (
    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0 govuk-!-margin-top-1">
      {children}
    </span>
  );
}

function rows(items: readonly Item[]): TableCell[][] {
  return items.map((item) => [
    {
      content: (
        <>
          <Link className="govuk-link" to={paths.careRecord(item.id)}>
            {fullName(item)}
          </Link>
          <Secondary>{item.childRef}</Secondary>
        </>
      ),
    },
    { content: formatDate(item.becameLookedAfterOn) },
    {
      content: (
        <>
          {formatDate(item.allocation.due)} {item.allocation.late && <Tag colour="red">Late</Tag>}
          <Secondary>{item.allocation.reason}</Secondary>
        </>
      ),
    },
    {
      content: (
        <>
          {formatDate(item.nextReview.due)}
          <Secondary>{item.nextReview.reason}</Secondary>
        </>
      ),
    },
    {
      content: (
        <Link className="govuk-link" to={paths.allocateChild(item.id)}>
          Allocate <span className="govuk-visually-hidden">an IRO to {fullName(item)}</span>
        </Link>
      ),
    },
  ]);
}

/** Route: paths.allocationQueue ('/care/allocation'). Team managers. */
export function AllocationQueuePage() {
  const [searchParams] = useSearchParams();
  const queue = useAllocationQueue(pageFromSearch(searchParams.get('page')));
  const location = useLocation();
  const banner = bannerFrom(location.state);
  useDocumentTitle(TITLE);
  const items = queue.data?.items ?? [];
  const total = queue.data?.totalItems ?? 0;
  const late = queue.data?.late ?? 0;
  return (
    <>
      {banner && <NotificationBanner type="success" focusOnMount heading={banner} />}
      <h1 className="govuk-heading-l">{TITLE}</h1>
      {queue.isPending ? (
        <LoadingState label="Loading the children awaiting an IRO" />
      ) : queue.isError ? (
        <ErrorState
          message="The children awaiting an IRO could not be loaded."
          onRetry={() => void queue.refetch()}
        />
      ) : (
        <>
          <p className="govuk-body">
            An IRO should be allocated within {queue.data.allocationWorkingDays} working days of a
            child becoming looked after (IRO Handbook; a council setting). Oldest first.
          </p>
          {total === 0 ? (
            <p className="govuk-body">Every child who is looked after has an IRO.</p>
          ) : (
            <Table
              caption={`${formatCount(total)} ${total === 1 ? 'child' : 'children'} awaiting an IRO${late > 0 ? `, ${formatCount(late)} late` : ''}`}
              captionClassName="govuk-table__caption--m"
              firstCellIsHeader
              rowKeys={items.map((item) => item.id)}
              head={[
                { content: 'Child' },
                { content: 'Looked after from' },
                { content: 'Allocate by' },
                { content: 'First review due' },
                { content: <span className="govuk-visually-hidden">Action</span> },
              ]}
              rows={rows(items)}
            />
          )}
          <ListPagination
            info={queue.data}
            noun="Children"
            hrefFor={(page) => hrefForPage(paths.allocationQueue, searchParams, page)}
            landmarkLabel="Pages of children awaiting an IRO"
          />
        </>
      )}
      <Button href={paths.careNewChild} variant="secondary">
        Record a child becoming looked after
      </Button>
    </>
  );
}
