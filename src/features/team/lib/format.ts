import { formatPercent, type Ratio } from '@/domain';

/** 59.2 (one decimal place), or 'n/a' for no FTE. */
export function formatPerFte(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(1);
}

/** '66.7% (4 of 6)'. */
export function formatRatio(ratio: Ratio): string {
  return ratio.outOf === 0
    ? 'n/a (none yet)'
    : `${formatPercent(ratio)} (${ratio.count} of ${ratio.outOf})`;
}

/** '2 children', '1 child'. */
export function childrenText(count: number): string {
  return `${count} ${count === 1 ? 'child' : 'children'}`;
}

/** '3 reviews', '1 review'. */
export function reviewsText(count: number): string {
  return `${count} ${count === 1 ? 'review' : 'reviews'}`;
}

export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}

export const STAGE_LABELS: Record<1 | 2 | 3, string> = {
  1: 'Stage 1 (team manager)',
  2: 'Stage 2 (head of service)',
  3: 'Stage 3 (director)',
};

/** 'in the next 4 weeks (to 13 April 2026)' or 'up to 2 August 2026'. */
export function horizonPhrase(horizon: { weeks: number | null; label: string }): string {
  return horizon.weeks === null ? horizon.label : `in ${horizon.label}`;
}
