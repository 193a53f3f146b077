import { Link } from 'react-router';
import { formatIsoDate, Table, Tag, type TableCell } from '@/components';
import type { OutstandingRecommendation } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';

function daysPastText(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'} past target`;
}

function ChildCell({ item }: { item: OutstandingRecommendation }) {
  return (
    <>
      <Link className="govuk-link govuk-link--no-visited-state" to={paths.child(item.childId)}>
        {item.givenName} {item.familyName}
      </Link>
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">{item.childRef}</span>
    </>
  );
}

function TargetCell({ item }: { item: OutstandingRecommendation }) {
  return (
    <>
      {formatIsoDate(item.targetDate)}
      {item.pastTarget && (
        <>
          <span className="govuk-!-display-block govuk-!-margin-top-1">
            <Tag colour="red">Past target</Tag>
          </span>
          <span className="govuk-body-s govuk-!-display-block govuk-!-margin-0">
            {daysPastText(item.daysPastTarget)}
          </span>
        </>
      )}
    </>
  );
}

export type OutstandingTableProps = {
  items: readonly OutstandingRecommendation[];
  /** The team manager's view: which IRO each child is allocated to. */
  showIro: boolean;
  caption: string;
};

/** One page of outstanding recommendations, in the server's order (past target first). */
export function OutstandingTable({ items, showIro, caption }: OutstandingTableProps) {
  const head: TableCell[] = [
    { content: 'Child' },
    ...(showIro ? [{ content: 'IRO' }] : []),
    { content: 'Review held' },
    { content: 'Action' },
    { content: 'Who' },
    { content: 'Target date' },
  ];
  return (
    // Wide on a small screen: the table scrolls inside its box, never the page.
    <div className="app-table-scroll">
      <Table
        caption={caption}
        captionClassName="govuk-visually-hidden"
        className="app-team-table"
        firstCellIsHeader
        head={head}
        rowKeys={items.map((item) => `${item.reviewId}-${item.recommendationId}`)}
        rows={items.map((item) => [
          { content: <ChildCell item={item} /> },
          ...(showIro ? [{ content: item.iroName }] : []),
          { content: formatIsoDate(item.reviewHeldOn) },
          { content: item.action },
          { content: item.owner },
          { content: <TargetCell item={item} /> },
        ])}
      />
    </div>
  );
}
