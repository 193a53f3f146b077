// Reviews at risk grouped (week due, then IRO) and cut into pages: kept apart from working out
// which reviews are at risk (team.ts), so how the list is shaped changes without touching that.
import { groupReviewsAtRisk, orderReviewsAtRisk, type AtRiskWeekGroup } from '@/domain';
import type { AtRiskReview } from '@/lib/api/team-schemas';

export interface AtRiskPage {
  groups: AtRiskWeekGroup[];
  items: AtRiskReview[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

/** The groups count the whole result; the items are one page of it, in the groups' order. */
export function groupAndPage(
  reviews: readonly AtRiskReview[],
  page: number,
  pageSize: number,
): AtRiskPage {
  const ordered = orderReviewsAtRisk(reviews);
  const start = (page - 1) * pageSize;
  return {
    groups: groupReviewsAtRisk(ordered),
    items: ordered.slice(start, start + pageSize),
    page,
    pageSize,
    totalItems: ordered.length,
    totalPages: Math.max(1, Math.ceil(ordered.length / pageSize)),
  };
}
