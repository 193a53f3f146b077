import { formatCount } from '../domain/format-count';
import { Pagination } from './govuk/pagination';

export interface PageInfo {
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

/** "Reviews 51 to 100 of 1,234": where a page falls in the list (empty for a single page). */
export function pageRangeText(info: PageInfo, noun: string): string {
  if (info.totalPages <= 1 || info.totalItems === 0) return '';
  const from = Math.min(info.totalItems, (info.page - 1) * info.pageSize + 1);
  const to = Math.min(info.totalItems, info.page * info.pageSize);
  return `${noun} ${formatCount(from)} to ${formatCount(to)} of ${formatCount(info.totalItems)}`;
}

/**
 * The block under a paged list: which items these are and GOV.UK pagination to the others, each
 * page a link (the page is in the URL). Renders nothing when everything fits on one page.
 */
export function ListPagination({
  info,
  noun,
  summary,
  hrefFor,
  landmarkLabel,
}: {
  info: PageInfo;
  /** What the list holds, capitalised: 'Reviews', 'Meetings'. */
  noun: string;
  /** Instead of "Reviews 51 to 100 of 1,234", where that would not fit (several lists paged). */
  summary?: string;
  hrefFor: (page: number) => string;
  landmarkLabel: string;
}) {
  if (info.totalPages <= 1) return null;
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-2">{summary ?? pageRangeText(info, noun)}</p>
      <Pagination
        page={info.page}
        totalPages={info.totalPages}
        hrefFor={hrefFor}
        landmarkLabel={landmarkLabel}
      />
    </>
  );
}
