import { useLayoutEffect } from 'react';
import { Link } from 'react-router';
import {
  DueDate,
  formatIsoDate,
  ReviewStatusTag,
  VirtualTable,
  type SortState,
  type TableColumn,
} from '@/components';
import { midpointDateWording } from '@/domain';
import type { ChildSummary } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import type { CaseloadSortKey } from '../lib/caseload-params';
import { markCaseloadRendered } from '../lib/performance-marks';
import {
  ADVOCACY_STATE_LABELS,
  MIDPOINT_STATE_LABELS,
  participationShort,
  REVIEW_KIND_LABELS,
} from '@/lib/labels';

const columns: TableColumn<ChildSummary>[] = [
  {
    key: 'name',
    header: 'Name',
    sortable: true,
    rowHeader: true,
    render: (child) => (
      <Link className="govuk-link" to={paths.child(child.id)}>
        {child.givenName} {child.familyName}
      </Link>
    ),
  },
  { key: 'childRef', header: 'ID', sortable: true, render: (child) => child.childRef },
  { key: 'age', header: 'Age', sortable: true, numeric: true, render: (child) => child.age },
  {
    key: 'nextReviewDue',
    header: 'Next review due',
    sortable: true,
    render: (child) => (
      <>
        <DueDate
          due={child.nextReview.due}
          workingDaysLeft={child.nextReview.workingDaysLeft}
          daysOverdue={child.nextReview.daysOverdue}
        />
        <span className="app-caseload-table__secondary">
          {REVIEW_KIND_LABELS[child.nextReview.kind]}
        </span>
      </>
    ),
  },
  {
    key: 'status',
    header: 'Status',
    sortable: true,
    render: (child) => (
      <>
        <ReviewStatusTag status={child.nextReview.status} />
        <span className="app-caseload-table__secondary">{child.nextReview.statusReason}</span>
      </>
    ),
  },
  {
    key: 'meetingDate',
    header: 'Meeting booked',
    sortable: true,
    render: (child) => (child.meeting ? formatIsoDate(child.meeting.date) : 'Not booked'),
  },
  {
    key: 'midpointDue',
    header: 'Midpoint check',
    sortable: true,
    render: (child) => (
      <>
        {MIDPOINT_STATE_LABELS[child.midpoint.state]}
        <span className="app-caseload-table__secondary">
          {midpointDateWording(child.midpoint.state, child.midpoint.due, child.midpoint.checkedOn)}
        </span>
      </>
    ),
  },
  {
    key: 'participation',
    header: 'Participation at last review',
    label: 'Participation at last review',
    sortable: true,
    render: (child) =>
      child.lastParticipation ? (
        <>
          <strong>{child.lastParticipation.code}</strong>
          <span className="app-caseload-table__secondary">
            {participationShort(child.lastParticipation.code)}
          </span>
        </>
      ) : (
        'No review yet'
      ),
  },
  {
    key: 'advocacy',
    header: 'Advocacy',
    sortable: true,
    render: (child) => ADVOCACY_STATE_LABELS[child.advocacy.state],
  },
];

export type CaseloadTableProps = {
  caption: string;
  rows: readonly ChildSummary[];
  sort: CaseloadSortKey;
  order: 'asc' | 'desc';
  onSortChange: (sort: CaseloadSortKey, order: 'asc' | 'desc') => void;
};

/** The IRO's children, virtualised so thousands of rows stay smooth. */
export function CaseloadTable({ caption, rows, sort, order, onSortChange }: CaseloadTableProps) {
  const sortState: SortState = {
    key: sort,
    direction: order === 'asc' ? 'ascending' : 'descending',
  };
  // Runs once the new rows are in the DOM (before paint).
  useLayoutEffect(() => {
    markCaseloadRendered();
  }, [rows]);
  return (
    <VirtualTable
      caption={caption}
      captionClassName="govuk-visually-hidden"
      columns={columns}
      rows={rows}
      rowKey={(child) => child.id}
      sort={sortState}
      className="app-caseload-table"
      // One line a row on a laptop (src/styles/_caseload.scss); rows stack on a phone.
      estimateRowHeight={37}
      onSortChange={(next) => {
        onSortChange(next.key as CaseloadSortKey, next.direction === 'ascending' ? 'asc' : 'desc');
      }}
    />
  );
}
