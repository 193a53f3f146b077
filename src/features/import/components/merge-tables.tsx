import type { ReactNode } from 'react';
import type { Ssda903MergeOutcome } from '@/domain';
import { formatCount } from '@/components';

/** More rows than this make the page slow: the totals still count every child. */
export const MERGE_ROWS_SHOWN = 500;

/** A child's changes and conflicts: the preview's (`mergeSsda903`) or the import's response. */
export interface MergeRow {
  childRef: string;
  outcome: Ssda903MergeOutcome;
  changes: readonly { kind: string; message: string }[];
  conflicts: readonly { kind: string; message: string; blocking: boolean }[];
}

function caption(text: string, shown: number, total: number): string {
  return total > shown ? `${text}: the first ${formatCount(shown)} of ${formatCount(total)}` : text;
}

/** A table of the merge, child by child: the caption, a header a column, then the rows. */
function MergeTable({
  caption: text,
  headings,
  children,
}: {
  caption: string;
  headings: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="app-import-problems-wrapper">
      <table className="govuk-table app-import-problems">
        <caption className="govuk-table__caption govuk-table__caption--s">{text}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {headings.map((heading) => (
              <th key={heading} scope="col" className="govuk-table__header">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">{children}</tbody>
      </table>
    </div>
  );
}

/** Child by child, what the import changes (new children and changed ones). */
export function ChangesTable({
  rows,
  title,
  total,
}: {
  rows: readonly MergeRow[];
  /** The caption, e.g. 'What will change, child by child'. */
  title: string;
  /** Children with changes in all, when `rows` is the first page of them (the comparison's). */
  total?: number;
}) {
  const changing = rows.filter((row) => row.changes.length > 0);
  const shown = changing.slice(0, MERGE_ROWS_SHOWN);
  return (
    <MergeTable
      caption={caption(title, shown.length, total ?? changing.length)}
      headings={['CHILD', 'Change']}
    >
      {shown.map((row) => (
        <tr className="govuk-table__row" key={row.childRef}>
          <th scope="row" className="govuk-table__header">
            {row.childRef}
          </th>
          <td className="govuk-table__cell">
            <ul className="govuk-list">
              {row.changes.map((change) => (
                <li key={`${change.kind}-${change.message}`}>{change.message}</li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </MergeTable>
  );
}

/** One conflict of one child. */
export interface ConflictRow {
  childRef: string;
  message: string;
  blocking: boolean;
}

/** The conflicts of the children, one row each, in the children's order. */
export function conflictsOf(rows: readonly MergeRow[]): ConflictRow[] {
  return rows.flatMap((row) =>
    row.conflicts.map((conflict) => ({ childRef: row.childRef, ...conflict })),
  );
}

/** Every conflict, child by child, with what happens to the child. */
export function ConflictsTable({
  conflicts,
  total,
}: {
  conflicts: readonly ConflictRow[];
  /** Conflicts in all, when `conflicts` is the first page of them (the comparison's). */
  total?: number;
}) {
  const shown = conflicts.slice(0, MERGE_ROWS_SHOWN);
  return (
    <MergeTable
      caption={caption('Conflicts, child by child', shown.length, total ?? conflicts.length)}
      headings={['CHILD', 'Conflict', 'What happens']}
    >
      {shown.map((conflict, index) => (
        <tr className="govuk-table__row" key={`${conflict.childRef}-${String(index)}`}>
          <th scope="row" className="govuk-table__header">
            {conflict.childRef}
          </th>
          <td className="govuk-table__cell">{conflict.message}</td>
          <td className="govuk-table__cell">
            {conflict.blocking
              ? 'Nothing about this child changes'
              : 'The tracker’s record is kept; the child’s other changes are made'}
          </td>
        </tr>
      ))}
    </MergeTable>
  );
}
