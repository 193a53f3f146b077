import { queryOptions, type QueryFunctionContext } from '@tanstack/react-query';
import { fetchAllPages, walkOptions } from '@/lib/api/all-pages';
import { api } from '@/lib/api/client';
import type { ListChildrenParams } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';

/** A list of children as a screen asks for it: the filters and sort, never a page. */
export type ChildrenListParams = Omit<ListChildrenParams, 'page' | 'pageSize'>;

/**
 * GET /api/children: every child matching the filters (the server filters, searches and sorts),
 * fetched a page at a time so no one response is large enough to hold up the page.
 */
export function fetchAllChildren(params: ChildrenListParams, context: QueryFunctionContext) {
  return fetchAllPages(
    (page, pageSize) => api.listChildren({ ...params, page, pageSize }),
    walkOptions(context),
  );
}

/** Every child matching the filters, as one query (the caseload, an IRO's children). */
export const allChildrenQuery = (params: ChildrenListParams) =>
  queryOptions({
    queryKey: queryKeys.children.list(params),
    queryFn: (context) => fetchAllChildren(params, context),
    // The walk retries each failed page itself; retrying the whole walk would only repeat it.
    retry: false,
  });
