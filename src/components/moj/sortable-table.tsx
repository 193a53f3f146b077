import type { ReactNode } from 'react';
import { cx } from '../cx';
import { STACKED_TABLE_CLASS } from '../table-stack';
import {
  ColumnCell,
  SortableHeaderCell,
  SortStatus,
  sortableCaptionHint,
  useSortStatus,
  type SortState,
  type TableColumn,
} from './sort-header';

export type SortableTableProps<Row> = {
  caption: ReactNode;
  captionClassName?: string;
  columns: readonly TableColumn<Row>[];
  /** Rows in display order: the parent sorts them (the table is controlled). */
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sort: SortState | null | undefined;
  onSortChange: (sort: SortState) => void;
  /** Shown in a single cell when there are no rows. */
  emptyMessage?: ReactNode;
  className?: string;
  /** Below the tablet breakpoint, each row as a stacked block (default); false keeps the columns. */
  stacked?: boolean;
};

/**
 * MOJ sortable table, controlled: header buttons inside `<th aria-sort>`, and a polite status
 * announcing the new sort ('Sorted by Next review due, ascending').
 */
export function SortableTable<Row>({
  caption,
  captionClassName,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  emptyMessage,
  className,
  stacked = true,
}: SortableTableProps<Row>) {
  const { message, sortBy } = useSortStatus(columns, sort, onSortChange);
  const anySortable = columns.some((column) => column.sortable);
  return (
    <>
      <table className={cx('govuk-table', stacked && STACKED_TABLE_CLASS, className)}>
        <caption className={cx('govuk-table__caption', captionClassName)}>
          {caption}
          {anySortable && <span className="govuk-visually-hidden">{sortableCaptionHint}</span>}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <SortableHeaderCell key={column.key} column={column} sort={sort} onSort={sortBy} />
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.length === 0 && emptyMessage ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={columns.length}>
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className="govuk-table__row">
                {columns.map((column) => (
                  <ColumnCell key={column.key} column={column} row={row} />
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
      <SortStatus message={message} />
    </>
  );
}
