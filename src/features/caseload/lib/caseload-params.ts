import { CHILD_SORT_KEYS, REVIEW_STATUSES, type ChildSortKey } from '@/lib/api/schemas';
import type { ReviewStatus } from '@/domain';

/**
 * The caseload list's filters, sort and chosen IRO live in the URL's search params, so back,
 * reload and a shared link all show the same list. Only opaque ids and fixed words go into the
 * URL: the search box's text, often a child's name, is kept in memory instead
 * (src/stores/caseload-search-store.ts).
 */

/** Filters the summary counts link to that the list endpoint cannot apply: done in the browser. */
export const CASELOAD_FLAGS = [
  'midpoint-due',
  'midpoint-missed',
  'record-overdue',
  'open-escalations',
] as const;
export type CaseloadFlag = (typeof CASELOAD_FLAGS)[number];

/** Columns sorted in the browser (the server cannot sort by them). */
export const LOCAL_SORT_KEYS = ['participation', 'advocacy'] as const;
export type LocalSortKey = (typeof LOCAL_SORT_KEYS)[number];
export type CaseloadSortKey = ChildSortKey | LocalSortKey;

export interface CaseloadParams {
  statuses: ReviewStatus[];
  flag: CaseloadFlag | null;
  sort: CaseloadSortKey;
  order: 'asc' | 'desc';
  /** A team manager viewing another IRO's caseload ('' = everyone). null: not chosen. */
  iro: string | null;
  /** Only children not seen by the IRO in the last `iroContactMonths` months. */
  notSeen: boolean;
}

export const DEFAULT_SORT: CaseloadSortKey = 'nextReviewDue';

function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}

export function parseCaseloadParams(params: URLSearchParams): CaseloadParams {
  const statuses = (params.get('status') ?? '')
    .split(',')
    .filter((value): value is ReviewStatus => isOneOf(REVIEW_STATUSES, value));
  const flag = params.get('show');
  const sort = params.get('sort');
  const order = params.get('order');
  return {
    statuses: REVIEW_STATUSES.filter((status) => statuses.includes(status)),
    flag: isOneOf(CASELOAD_FLAGS, flag) ? flag : null,
    sort: isOneOf(CHILD_SORT_KEYS, sort) || isOneOf(LOCAL_SORT_KEYS, sort) ? sort : DEFAULT_SORT,
    order: order === 'desc' ? 'desc' : 'asc',
    iro: params.get('iro'),
    notSeen: params.get('seen') === 'not',
  };
}

/** The search params for a set of caseload filters; defaults are left out to keep URLs short. */
export function caseloadSearchParams(params: Partial<CaseloadParams>): URLSearchParams {
  const out = new URLSearchParams();
  if (params.iro !== undefined && params.iro !== null) out.set('iro', params.iro);
  if (params.statuses && params.statuses.length > 0) out.set('status', params.statuses.join(','));
  if (params.flag) out.set('show', params.flag);
  if (params.notSeen === true) out.set('seen', 'not');
  if (params.sort && params.sort !== DEFAULT_SORT) out.set('sort', params.sort);
  if (params.order === 'desc') out.set('order', 'desc');
  return out;
}

/** '?status=overdue' etc., or '' when there is nothing to add. */
export function caseloadSearch(params: Partial<CaseloadParams>): string {
  const search = caseloadSearchParams(params).toString();
  return search === '' ? '' : `?${search}`;
}

export function isServerSortKey(key: CaseloadSortKey): key is ChildSortKey {
  return isOneOf(CHILD_SORT_KEYS, key);
}
