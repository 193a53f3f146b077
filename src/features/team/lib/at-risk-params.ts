import {
  AT_RISK_CATEGORIES,
  AT_RISK_HORIZON_WEEKS,
  isIsoDate,
  TEAM_OVERVIEW_HORIZON_WEEKS,
  type AtRiskCategory,
} from '@/domain';
import type { AtRiskParams } from '@/lib/api/team-schemas';

/**
 * The at-risk list's choices live in the URL (?weeks=4, or ?until=2026-05-01; ?iro=; ?status=),
 * so back, reload and a shared link show the same list. Only opaque ids and dates go in it.
 */
export interface AtRiskSearch {
  weeks: number | null;
  until: string | null;
  iro: string | null;
  categories: AtRiskCategory[];
  /** The page of the list, from 1. */
  page: number;
}

function isCategory(value: string): value is AtRiskCategory {
  return (AT_RISK_CATEGORIES as readonly string[]).includes(value);
}

export function parseAtRiskSearch(params: URLSearchParams): AtRiskSearch {
  const until = params.get('until');
  const weeks = Number(params.get('weeks'));
  const validUntil = until !== null && isIsoDate(until) ? until : null;
  const categories = (params.get('status') ?? '').split(',').filter(isCategory);
  return {
    weeks:
      validUntil !== null
        ? null
        : (AT_RISK_HORIZON_WEEKS as readonly number[]).includes(weeks)
          ? weeks
          : TEAM_OVERVIEW_HORIZON_WEEKS,
    until: validUntil,
    iro: params.get('iro') || null,
    categories: AT_RISK_CATEGORIES.filter((category) => categories.includes(category)),
    page: pageFrom(params.get('page')),
  };
}

/** A whole number from 1, else the first page. */
function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export function atRiskSearchParams(search: Partial<AtRiskSearch>): URLSearchParams {
  const out = new URLSearchParams();
  if (search.until) out.set('until', search.until);
  else if (search.weeks) out.set('weeks', String(search.weeks));
  if (search.iro) out.set('iro', search.iro);
  if (search.categories && search.categories.length > 0) {
    out.set('status', search.categories.join(','));
  }
  if (search.page !== undefined && search.page > 1) out.set('page', String(search.page));
  return out;
}

/** '?weeks=4&iro=st_01&status=overdue' for links from the overview. */
export function atRiskSearch(search: Partial<AtRiskSearch>): string {
  const text = atRiskSearchParams(search).toString();
  return text === '' ? '' : `?${text}`;
}

export function apiParams(search: AtRiskSearch): AtRiskParams {
  return {
    ...(search.until === null ? { weeks: search.weeks ?? TEAM_OVERVIEW_HORIZON_WEEKS } : {}),
    ...(search.until === null ? {} : { until: search.until }),
    ...(search.iro === null ? {} : { iroId: search.iro }),
    ...(search.categories.length === 0 ? {} : { category: search.categories }),
    ...(search.page === 1 ? {} : { page: search.page }),
  };
}
