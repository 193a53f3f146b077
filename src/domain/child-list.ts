// The order and filters of a list of children (a caseload), said once: the backend sorts and
// filters GET /children with them (mocks/handlers/children.ts, mocks/sorted-children.ts), and the
// caseload page sorts and filters a caseload it already holds with the same functions, so the two
// can never list the children differently.
import { compareText } from './compare-text';
import { seenByIroWithin } from './iro-contact-record';
import type { ReviewStatus } from './status';

export const CHILD_LIST_SORT_KEYS = [
  'name',
  'childRef',
  'age',
  'nextReviewDue',
  'status',
  'meetingDate',
  'midpointDue',
] as const;
export type ChildListSortKey = (typeof CHILD_LIST_SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

/** What the list's order and filters read of a child (a ChildSummary has all of it). */
export interface ChildListEntry {
  givenName: string;
  familyName: string;
  childRef: string;
  dateOfBirth: string;
  iroId: string | null;
  nextReview: { due: string; status: ReviewStatus };
  meeting: { date: string } | null;
  midpoint: { due: string };
  /** The last day the IRO saw the child (a visit or video call); null or absent: never on record. */
  lastSeenByIroOn?: string | null;
}

/** Most urgent first. */
export const REVIEW_STATUS_ORDER: Record<ReviewStatus, number> = {
  overdue: 0,
  'booked-late': 1,
  'at-risk': 2,
  booked: 3,
  'on-track': 4,
};

// Names compare as Intl.Collator('en-GB', { sensitivity: 'base' }) would for the names we hold
// (case and accents ignored), but through a key worked out once per child: a collator call per
// comparison made sorting 100,000 children take seconds.
const nameKeys = new WeakMap<ChildListEntry, string>();
// Most names are plain ASCII, which has no accents to take off: only the rest are normalised.
const fold = (text: string) =>
  /^[\x20-\x7e]*$/.test(text)
    ? text.toLowerCase()
    : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
function nameKey(entry: ChildListEntry): string {
  let key = nameKeys.get(entry);
  if (key === undefined) {
    key = `${fold(entry.familyName)}\u0000${fold(entry.givenName)}`;
    nameKeys.set(entry, key);
  }
  return key;
}

/**
 * The list's comparator for a sort key and order; ties fall back to the child's reference, so the
 * order is total. A child with no meeting booked sorts last by meeting date, whatever the order.
 */
export function compareChildListEntries(
  key: ChildListSortKey,
  order: SortOrder,
): (a: ChildListEntry, b: ChildListEntry) => number {
  const dir = order === 'asc' ? 1 : -1;
  const primary = (a: ChildListEntry, b: ChildListEntry): number => {
    switch (key) {
      case 'name':
        return compareText(nameKey(a), nameKey(b));
      case 'childRef':
        return compareText(a.childRef, b.childRef);
      case 'age':
        // Older first in descending order: by date of birth, reversed.
        return compareText(b.dateOfBirth, a.dateOfBirth);
      case 'nextReviewDue':
        return compareText(a.nextReview.due, b.nextReview.due);
      case 'status':
        return (
          REVIEW_STATUS_ORDER[a.nextReview.status] - REVIEW_STATUS_ORDER[b.nextReview.status] ||
          compareText(a.nextReview.due, b.nextReview.due)
        );
      case 'meetingDate':
        return compareText(a.meeting?.date ?? '', b.meeting?.date ?? '');
      case 'midpointDue':
        return compareText(a.midpoint.due, b.midpoint.due);
    }
  };
  return (a, b) => {
    if (key === 'meetingDate' && (a.meeting === null) !== (b.meeting === null)) {
      return a.meeting === null ? 1 : -1;
    }
    return dir * primary(a, b) || compareText(a.childRef, b.childRef);
  };
}

/**
 * What a name or ID search looks in, lower case: "given family|family given|ref". A search matches
 * a child when this contains the search text (lower case), so "lee" finds Lee Smith and Ann Lee.
 */
export function childSearchText(entry: ChildListEntry): string {
  return `${entry.givenName} ${entry.familyName}|${entry.familyName} ${entry.givenName}|${entry.childRef}`.toLowerCase();
}

export interface ChildListFilter {
  /** Only this IRO's children. */
  iroId?: string | undefined;
  /** Only these statuses (none: every status). */
  statuses: readonly ReviewStatus[];
  /** Due on or after / on or before these dates (YYYY-MM-DD). */
  dueAfter?: string | undefined;
  dueBefore?: string | undefined;
  /** Lower-case text the name or ID must contain ('' for no search). */
  needle: string;
  /** Only children not seen by the IRO in the last `months` months on `today` (iroContactMonths). */
  notSeenByIro?: { today: string; months: number } | undefined;
}

/** Whether a child passes every filter of the list. */
export function matchesChildListFilter(entry: ChildListEntry, filter: ChildListFilter): boolean {
  return (
    (filter.iroId === undefined || entry.iroId === filter.iroId) &&
    (filter.statuses.length === 0 || filter.statuses.includes(entry.nextReview.status)) &&
    (filter.dueAfter === undefined || entry.nextReview.due >= filter.dueAfter) &&
    (filter.dueBefore === undefined || entry.nextReview.due <= filter.dueBefore) &&
    (filter.needle === '' || childSearchText(entry).includes(filter.needle)) &&
    (filter.notSeenByIro === undefined ||
      !seenByIroWithin(
        entry.lastSeenByIroOn ?? null,
        filter.notSeenByIro.today,
        filter.notSeenByIro.months,
      ))
  );
}

/** The children that pass the filter, in the sort's order (a new array; the input is kept). */
export function childList<T extends ChildListEntry>(
  entries: readonly T[],
  filter: ChildListFilter,
  key: ChildListSortKey,
  order: SortOrder,
): T[] {
  return entries
    .filter((entry) => matchesChildListFilter(entry, filter))
    .sort(compareChildListEntries(key, order));
}
