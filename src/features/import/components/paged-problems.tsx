import { Pagination } from '@/components';
import type { Ssda903CheckBody, Ssda903CheckResult } from '@/lib/api/ssda903-schemas';
import { checkReturn } from '../api/check-return';
import type { ImportProblem } from '../lib/analyse-return';
import { PROBLEMS_SHOWN, ProblemsTable } from './problems-table';
import { useFetchedPages } from './use-fetched-pages';

const number = new Intl.NumberFormat('en-GB');

/**
 * The problems a page at a time: the first page as the preview's check sent it (with the CSV's own
 * problems before it), the others fetched from POST /ssda903/check when asked for. Without the
 * backend's check, the browser's own problems are paged here.
 */
export function PagedProblems({
  first,
  total,
  check,
  body,
  isShown,
}: {
  /** Page 1's rows, ready to show. */
  first: readonly ImportProblem[];
  /** How many problems there are in the table in all. */
  total: number;
  check: Ssda903CheckResult | null;
  /** The body of the preview's check, to ask for the other pages. */
  body: Ssda903CheckBody | null;
  /** Which of the backend's problems go in the table (not the whole-file ones). */
  isShown: (problem: ImportProblem) => boolean;
}) {
  const serverPaged = check !== null && body !== null;
  const pageSize = serverPaged ? check.pageSize : PROBLEMS_SHOWN;
  const pages = serverPaged ? check.pages : Math.max(1, Math.ceil(first.length / pageSize));
  const extra = serverPaged ? first.length - check.problems.filter(isShown).length : 0;
  const { page, rows, failed, loading, status, goTo } = useFetchedPages(
    serverPaged ? first : first.slice(0, pageSize),
    async (next) =>
      serverPaged
        ? (await checkReturn({ ...body, page: next, pageSize })).problems.filter(isShown)
        : first.slice((next - 1) * pageSize, next * pageSize),
  );

  // Page 1 has the CSV's own problems before the backend's; later pages follow on from them.
  const from =
    page === 1 || !serverPaged ? (page - 1) * pageSize + 1 : extra + (page - 1) * pageSize + 1;
  const to = Math.min(total, from + rows.length - 1);
  return (
    <>
      <p
        className="govuk-body govuk-!-font-weight-bold"
        role="status"
        tabIndex={-1}
        ref={status}
        id="problems-status"
      >
        {loading
          ? 'Loading the problems…'
          : failed
            ? 'The problems could not be loaded. Try again.'
            : pages > 1
              ? `Problems ${number.format(from)} to ${number.format(to)} of ${number.format(total)}`
              : ''}
      </p>
      <div className="app-import-problems-wrapper">
        <ProblemsTable problems={rows} total={rows.length} limit={rows.length} />
      </div>
      <Pagination
        page={page}
        totalPages={pages}
        hrefFor={(n) => `#problems-page-${String(n)}`}
        onChange={(n) => {
          void goTo(n);
        }}
        landmarkLabel="Pages of problems"
      />
    </>
  );
}
