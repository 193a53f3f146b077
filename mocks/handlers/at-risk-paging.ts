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

/** The whole result in the groups' order, with the groups' counts (kept until the next write). */
export interface GroupedReviewsAtRisk {
  groups: AtRiskWeekGroup[];
  ordered: readonly AtRiskReview[];
}

export function groupReviews(reviews: readonly AtRiskReview[]): GroupedReviewsAtRisk {
  const ordered = orderReviewsAtRisk(reviews);
  return { groups: groupReviewsAtRisk(ordered), ordered };
}

/** The groups count the whole result; the items are one page of it, in the groups' order. */
export function pageOfGroups(
  { groups, ordered }: GroupedReviewsAtRisk,
  page: number,
  pageSize: number,
): AtRiskPage {
  const start = (page - 1) * pageSize;
  return {
    groups,
    items: ordered.slice(start, start + pageSize),
    page,
    pageSize,
    totalItems: ordered.length,
    totalPages: Math.max(1, Math.ceil(ordered.length / pageSize)),
  };
}
