// Paging of a list endpoint: a thin layer over the list the handler has already worked out (sorted,
// with its whole-result counts), so whatever computes the list can change without touching it.
import type { Page } from '@/lib/api/schemas';

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** Where page `page` of `total` items falls: the fields every paged response carries. */
export function pageInfo(total: number, request: PageRequest): Omit<Page<never>, 'items'> {
  return {
    page: request.page,
    pageSize: request.pageSize,
    totalItems: total,
    // An empty list still has one (empty) page, as the other paged endpoints say.
    totalPages: Math.max(1, Math.ceil(total / request.pageSize)),
  };
}

/** The items of page `page` (none past the last page). */
export function pageItems<T>(items: readonly T[], request: PageRequest): T[] {
  const start = (request.page - 1) * request.pageSize;
  return items.slice(start, start + request.pageSize);
}

/** Page `page` of the list, with where it falls. */
export function pageOf<T>(items: readonly T[], request: PageRequest): Page<T> {
  return { items: pageItems(items, request), ...pageInfo(items.length, request) };
}
