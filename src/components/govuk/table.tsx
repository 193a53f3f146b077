import type { ReactNode } from 'react';
import { cx } from '../cx';
import { cellLabels, plainText, STACKED_TABLE_CLASS } from '../table-stack';

export type TableCell = {
  content: ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  colSpan?: number;
  rowSpan?: number;
  className?: string;
  /** A head cell's plain-text name, shown beside its column's cells on narrow screens. */
  label?: string;
};

export type TableProps = {
  caption?: ReactNode;
  /** e.g. 'govuk-table__caption--m'. */
  captionClassName?: string;
  head?: readonly TableCell[];
  rows: readonly (readonly TableCell[])[];
  /** The first cell of each row is a row header (`<th scope="row">`). */
  firstCellIsHeader?: boolean;
  /** Keys for the rows, in order (defaults to the index). */
  rowKeys?: readonly string[];
  className?: string;
  /**
   * Below the tablet breakpoint, each row as a stacked block of "column name: value" (default);
   * false keeps the columns (a table a phone shows whole).
   */
  stacked?: boolean;
};

/** GOV.UK table. */
export function Table({
  caption,
  captionClassName,
  head,
  rows,
  firstCellIsHeader,
  rowKeys,
  className,
  stacked = true,
}: TableProps) {
  const headLabels = (head ?? []).map((cell) => ({
    label: cell.label ?? plainText(cell.content),
    colSpan: cell.colSpan,
  }));
  return (
    <table className={cx('govuk-table', stacked && STACKED_TABLE_CLASS, className)}>
      {caption !== undefined && caption !== null && (
        <caption className={cx('govuk-table__caption', captionClassName)}>{caption}</caption>
      )}
      {head && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => (
              <th
                key={index}
                scope="col"
                className={cx(
                  'govuk-table__header',
                  cell.numeric && 'govuk-table__header--numeric',
                  cell.className,
                )}
                colSpan={cell.colSpan}
                rowSpan={cell.rowSpan}
              >
                {cell.content}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {rows.map((row, rowIndex) => {
          const labels = stacked ? cellLabels(headLabels, row) : [];
          return (
            <tr key={rowKeys?.[rowIndex] ?? rowIndex} className="govuk-table__row">
              {row.map((cell, index) =>
                index === 0 && firstCellIsHeader ? (
                  <th
                    key={index}
                    scope="row"
                    className={cx('govuk-table__header', cell.className)}
                    colSpan={cell.colSpan}
                    rowSpan={cell.rowSpan}
                    data-label={labels[index]}
                  >
                    {cell.content}
                  </th>
                ) : (
                  <td
                    key={index}
                    className={cx(
                      'govuk-table__cell',
                      cell.numeric && 'govuk-table__cell--numeric',
                      cell.className,
                    )}
                    colSpan={cell.colSpan}
                    rowSpan={cell.rowSpan}
                    data-label={labels[index]}
                  >
                    {cell.content}
                  </td>
                ),
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
