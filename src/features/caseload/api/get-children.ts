import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAllPages, ListTooLong, walkOptions } from '@/lib/api/all-pages';
import { api } from '@/lib/api/client';
import type { ChildSummary } from '@/lib/api/schemas';
import { queryKeys } from '@/lib/query-keys';
import {
  allChildrenQuery,
  fetchAllChildren,
  type ChildrenListParams,
} from '@/lib/queries/get-children';
import { CASELOAD_DATA_RECEIVED } from '../lib/performance-marks';

/**
 * The most children the caseload page holds in memory to sort, filter and search itself. A
 * caseload of 10,000 is about 10 MB of JSON and 60-90 MB of heap (bench/browser.bench.ts); a list
 * longer than this (every IRO's children, for a team manager of a large service) is filtered and
 * sorted by the server instead, and only the matches are fetched.
 */
export const HELD_CASELOAD_LIMIT = 20_000;

/** The whole caseload in hand, or word that it is too long to hold (the server filters it). */
export type HeldCaseload =
  { held: true; children: readonly ChildSummary[] } | { held: false; totalItems: number };

/** The caseload's list: every child matching the filters, marked for the benchmark when in hand. */
export const childrenQuery = (params: ChildrenListParams) =>
  queryOptions({
    ...allChildrenQuery(params),
    queryFn: async (context) => {
      const page = await fetchAllChildren(params, context);
      // For bench/browser.bench.ts: data in hand; the table marks when it has rendered it.
      performance.mark(CASELOAD_DATA_RECEIVED);
      return page;
    },
  });

/**
 * One IRO's whole caseload (or everyone's), unfiltered, fetched once: the page then sorts, filters
 * and searches it in the browser with the domain's own list rules (src/domain/child-list.ts), so a
 * click repaints in milliseconds instead of re-downloading the list. Under the children's list
 * keys, so every write about children makes it stale as it did the filtered lists.
 */
export const heldCaseloadQuery = (iroId: string | undefined) =>
  queryOptions({
    queryKey: [...queryKeys.children.lists(), 'held', iroId ?? 'everyone'] as const,
    queryFn: async (context): Promise<HeldCaseload> => {
      try {
        const page = await fetchAllPages(
          (page, pageSize) =>
            api.listChildren({ ...(iroId === undefined ? {} : { iroId }), page, pageSize }),
          { ...walkOptions(context), maxItems: HELD_CASELOAD_LIMIT },
        );
        return { held: true, children: page.items };
      } catch (error) {
        if (error instanceof ListTooLong) return { held: false, totalItems: error.totalItems };
        throw error;
      }
    },
    // The walk retries each failed page itself; retrying the whole walk would only repeat it.
    retry: false,
  });

export function useHeldCaseload(iroId: string | undefined) {
  return useQuery(heldCaseloadQuery(iroId));
}

/** The server's filtered list, for a caseload too long to hold (enabled only then). */
export function useChildren(params: ChildrenListParams, enabled = true) {
  // Keep showing the last list while a new filter or sort loads, so the table does not flash.
  return useQuery({ ...childrenQuery(params), enabled, placeholderData: keepPreviousData });
}
