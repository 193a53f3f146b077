// The page of a paged list, held in the URL (?page=2) so that a page can be bookmarked, shared and
// gone back to.

/** The page asked for in the URL: a whole number from 1, else the first. */
export function pageFromSearch(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** `path?…` with the same search but page `page` (page 1 is the address without ?page). */
export function hrefForPage(path: string, search: URLSearchParams, page: number): string {
  const next = new URLSearchParams(search);
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  const query = next.toString();
  return query === '' ? path : `${path}?${query}`;
}
