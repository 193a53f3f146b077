import { useState, type ReactNode } from 'react';
import { AppLink, plainText, STACKED_TABLE_CLASS, VisuallyHidden, cx } from '@/components';
import { downloadTextFile } from '@/lib/download';
import { csvFilename, toCsv } from '../lib/csv';
import { tableCsvRows, type ReportCell, type ReportTable } from '../lib/report-tables';

function Cell({
  cell,
  header,
  label,
}: {
  cell: ReportCell;
  header?: 'col' | 'row';
  /** The column's name, shown beside the value when the table stacks on a narrow screen. */
  label?: string;
}) {
  const content =
    cell.href === undefined ? cell.text : <AppLink href={cell.href}>{cell.text}</AppLink>;
  if (header !== undefined) {
    return (
      <th
        scope={header}
        className={cx(
          'govuk-table__header',
          cell.numeric === true && 'govuk-table__header--numeric',
        )}
      >
        {content}
      </th>
    );
  }
  return (
    <td
      className={cx(
        'govuk-table__cell',
        cell.numeric === true && 'govuk-table__cell--numeric app-numeric',
      )}
      data-label={label}
    >
      {content}
    </td>
  );
}

/**
 * One table of the report: what it counts, the table (or a sentence when it is empty) and a button
 * that downloads exactly these rows as CSV.
 */
export function ReportTableView({
  table,
  filenamePrefix,
  hideCaption = false,
  pagination,
  everyRow,
}: {
  table: ReportTable;
  /** Links to the other pages, when the table shows one page of a longer list. */
  pagination?: ReactNode;
  /** Every row of a paged table, fetched for the CSV file (the page shown is only part of it). */
  everyRow?: () => Promise<ReportCell[][]>;
  /** The caption repeats the section's heading: keep it for assistive technology only. */
  hideCaption?: boolean;
  /** e.g. ['IRO annual report', '2025-26']: the table's title is added. */
  filenamePrefix: readonly string[];
}) {
  const [download, setDownload] = useState<'idle' | 'fetching' | 'failed'>('idle');
  // A page past the last of a non-empty list is not "none held late".
  const empty =
    table.rows.length === 0 &&
    table.empty !== undefined &&
    (table.page === undefined || table.page.totalItems === 0);
  return (
    <div className="app-report-table" id={table.id}>
      {table.definitions.map((definition) => (
        <p key={definition} className="govuk-body-s app-report__definition">
          {definition}
        </p>
      ))}
      {empty ? (
        <p className="govuk-body">{table.empty}</p>
      ) : (
        <table
          className={cx(
            'govuk-table app-report-table__table',
            STACKED_TABLE_CLASS,
            table.kind === 'figures' && 'app-report-table--figures',
          )}
        >
          <caption
            className={cx(
              'govuk-table__caption govuk-table__caption--s',
              hideCaption && 'govuk-visually-hidden',
            )}
          >
            {table.title}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {table.head.map((cell) => (
                <Cell key={cell.text} cell={cell} header="col" />
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {table.rows.map((row, i) => (
              <tr key={`${row[0]?.text ?? ''}-${i}`} className="govuk-table__row">
                {row.map((cell, j) => (
                  <Cell
                    key={j}
                    cell={cell}
                    header={j === 0 ? 'row' : undefined}
                    label={plainText(table.head[j]?.text)}
                  />
                ))}
              </tr>
            ))}
          </tbody>
          {table.total !== undefined && (
            <tfoot className="app-report-table__total">
              <tr className="govuk-table__row">
                {table.total.map((cell, j) => (
                  <Cell
                    key={j}
                    cell={cell}
                    header={j === 0 ? 'row' : undefined}
                    label={plainText(table.head[j]?.text)}
                  />
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      )}
      {pagination}
      {!empty && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary app-report__csv app-no-print"
          data-module="govuk-button"
          aria-disabled={download === 'fetching' ? true : undefined}
          onClick={() => {
            const write = (rows: ReportCell[][]) => {
              downloadTextFile(
                csvFilename(...filenamePrefix, table.title),
                toCsv(tableCsvRows({ ...table, rows })),
              );
            };
            if (everyRow === undefined) {
              write(table.rows);
              return;
            }
            if (download === 'fetching') return;
            setDownload('fetching');
            everyRow().then(
              (rows) => {
                setDownload('idle');
                write(rows);
              },
              () => {
                setDownload('failed');
              },
            );
          }}
        >
          Download as CSV <VisuallyHidden>({table.title})</VisuallyHidden>
        </button>
      )}
      {download === 'failed' && (
        <p className="govuk-error-message" role="alert">
          <VisuallyHidden>Error:</VisuallyHidden> The CSV file could not be made. Try again.
        </p>
      )}
    </div>
  );
}
