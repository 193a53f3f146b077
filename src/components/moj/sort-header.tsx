import { useState, type CSSProperties, type ReactNode } from 'react';
import { cx } from '../cx';
import { plainText } from '../table-stack';

export type SortDirection = 'ascending' | 'descending';
export type SortState = { key: string; direction: SortDirection };

/** A column of SortableTable or VirtualTable. */
export type TableColumn<Row> = {
  key: string;
  header: ReactNode;
  /** Plain-text name used in the sort announcement when `header` is not a string. */
  label?: string;
  render: (row: Row) => ReactNode;
  sortable?: boolean;
  /** Right-aligned with tabular figures. */
  numeric?: boolean;
  /** CSS width of the column, e.g. '20%' or '12rem'. */
  width?: string;
  /** Cells of this column are row headers (`<th scope="row">`), e.g. the child's name. */
  rowHeader?: boolean;
};

/** The sort after activating a column's button: ascending first, then toggling (MOJ behaviour). */
export function nextSort(current: SortState | null | undefined, key: string): SortState {
  return current?.key === key && current.direction === 'ascending'
    ? { key, direction: 'descending' }
    : { key, direction: 'ascending' };
}

function columnLabel<Row>(column: TableColumn<Row>): string {
  return column.label ?? (typeof column.header === 'string' ? column.header : column.key);
}

/** 'Sorted by Next review due, ascending'. */
export function sortAnnouncement<Row>(
  columns: readonly TableColumn<Row>[],
  sort: SortState,
): string {
  const column = columns.find((c) => c.key === sort.key);
  return column ? `Sorted by ${columnLabel(column)}, ${sort.direction}` : '';
}

/**
 * The polite status message for a sortable table: empty until the user sorts (nothing is announced
 * on page load), then describes the current sort.
 */
export function useSortStatus<Row>(
  columns: readonly TableColumn<Row>[],
  sort: SortState | null | undefined,
  onSortChange: (sort: SortState) => void,
) {
  const [userHasSorted, setUserHasSorted] = useState(false);
  const message = userHasSorted && sort ? sortAnnouncement(columns, sort) : '';
  function sortBy(key: string) {
    setUserHasSorted(true);
    onSortChange(nextSort(sort, key));
  }
  return { message, sortBy };
}

export function SortStatus({ message }: { message: string }) {
  return (
    <div className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}

export const sortableCaptionHint = ' (column headers with buttons are sortable).';

function SortIcon({ direction }: { direction: SortDirection | 'none' }) {
  const common = {
    width: 22,
    height: 22,
    focusable: 'false' as const,
    'aria-hidden': true,
    viewBox: '0 0 22 22',
    fill: 'none',
    xmlns: 'http://www.w3.org/2000/svg',
  };
  if (direction === 'ascending') {
    return (
      <svg {...common}>
        <path d="M6.5625 15.5L11 6.63125L15.4375 15.5H6.5625Z" fill="currentColor" />
      </svg>
    );
  }
  if (direction === 'descending') {
    return (
      <svg {...common}>
        <path d="M15.4375 7L11 15.8687L6.5625 7L15.4375 7Z" fill="currentColor" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <path d="M8.1875 9.5L10.9609 3.95703L13.7344 9.5H8.1875Z" fill="currentColor" />
      <path d="M13.7344 12.0781L10.9609 17.6211L8.1875 12.0781H13.7344Z" fill="currentColor" />
    </svg>
  );
}

/** A column header: sortable columns get `aria-sort` and a `<button>` (MOJ sortable table markup). */
export function SortableHeaderCell<Row>({
  column,
  sort,
  onSort,
  className,
  style,
}: {
  column: TableColumn<Row>;
  sort: SortState | null | undefined;
  onSort: (key: string) => void;
  className?: string;
  style?: CSSProperties;
}) {
  const direction = sort?.key === column.key ? sort.direction : 'none';
  return (
    <th
      scope="col"
      className={cx(
        'govuk-table__header',
        column.numeric && 'govuk-table__header--numeric',
        className,
      )}
      aria-sort={column.sortable ? direction : undefined}
      style={column.width ? { width: column.width, ...style } : style}
    >
      {column.sortable ? (
        <button
          type="button"
          className="app-sort-button"
          onClick={() => {
            onSort(column.key);
          }}
        >
          {column.header}
          <SortIcon direction={direction} />
        </button>
      ) : (
        column.header
      )}
    </th>
  );
}

/** A body cell of a column: `<th scope="row">` for row-header columns, else `<td>`. */
export function ColumnCell<Row>({ column, row }: { column: TableColumn<Row>; row: Row }) {
  if (column.rowHeader) {
    return (
      <th
        scope="row"
        className={cx('govuk-table__header', column.numeric && 'govuk-table__header--numeric')}
      >
        {column.render(row)}
      </th>
    );
  }
  return (
    <td
      className={cx('govuk-table__cell', column.numeric && 'govuk-table__cell--numeric')}
      // The column's name beside the value when the table stacks on a narrow screen.
      data-label={column.label ?? plainText(column.header)}
    >
      {column.render(row)}
    </td>
  );
}
