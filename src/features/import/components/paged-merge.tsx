import type { ReactNode } from 'react';
import { Pagination, pageRangeText, type PageInfo } from '@/components';
import { useFetchedPages } from './use-fetched-pages';

/**
 * The comparison's changes or its conflicts a page at a time: page 1 as the preview's comparison
 * sent it, the others asked of POST /ssda903/compare again (the server merges; the tracker's
 * records stay there).
 */
export function PagedMerge<T>({
  first,
  fetchPage,
  name,
  noun,
  children,
}: {
  first: PageInfo & { items: readonly T[] };
  fetchPage: (page: number) => Promise<readonly T[]>;
  /** What the list is, in lower case, for ids and the status line: 'changes'. */
  name: string;
  /** Its items, capitalised, for "Children 501 to 1,000 of 2,340". */
  noun: string;
  children: (rows: readonly T[]) => ReactNode;
}) {
  const { page, rows, failed, loading, status, goTo } = useFetchedPages(first.items, fetchPage);
  return (
    <>
      <p
        className="govuk-body govuk-!-font-weight-bold"
        role="status"
        tabIndex={-1}
        ref={status}
        id={`${name}-status`}
      >
        {loading
          ? `Loading the ${name}…`
          : failed
            ? `The ${name} could not be loaded. Try again.`
            : pageRangeText({ ...first, page }, noun)}
      </p>
      {children(rows)}
      <Pagination
        page={page}
        totalPages={first.totalPages}
        hrefFor={(n) => `#${name}-page-${String(n)}`}
        onChange={(n) => {
          void goTo(n);
        }}
        landmarkLabel={`Pages of ${name}`}
      />
    </>
  );
}
