import { SSDA903_FILE_LABELS } from '@/domain';
import type { ImportProblem } from '../lib/analyse-return';
import { ruleLabel } from '../lib/words';

/** More than this many rows would make the page slow: the rest are in the downloadable list. */
export const PROBLEMS_SHOWN = 500;

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function ProblemsTable({
  problems,
  total = problems.length,
  limit = PROBLEMS_SHOWN,
}: {
  problems: readonly ImportProblem[];
  /** How many there are in all (the backend sends a page of them). */
  total?: number;
  /** At most this many rows (a page of them). */
  limit?: number;
}) {
  const shown = problems.slice(0, limit);
  return (
    <table className="govuk-table app-import-problems">
      <caption className="govuk-table__caption govuk-table__caption--s">
        {total > shown.length
          ? `The first ${shown.length} of ${total} problems, by file and row`
          : 'Problems by file and row'}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            File
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Row
          </th>
          <th scope="col" className="govuk-table__header">
            Column
          </th>
          <th scope="col" className="govuk-table__header">
            CHILD
          </th>
          <th scope="col" className="govuk-table__header">
            Problem
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {shown.map((problem, index) => (
          <tr
            className="govuk-table__row"
            key={`${problem.file}-${problem.row}-${problem.field}-${String(index)}`}
          >
            <td className="govuk-table__cell">{upperFirst(SSDA903_FILE_LABELS[problem.file])}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{problem.row}</td>
            <td className="govuk-table__cell">
              {problem.field === '' ? 'Whole row' : problem.field}
            </td>
            <td className="govuk-table__cell">{problem.childRef ?? 'Not given'}</td>
            <td className="govuk-table__cell">
              {ruleLabel(problem.rule)}
              {problem.message}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
