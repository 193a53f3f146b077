import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesChildListFilter } from '@/domain';
import type { ChildSummary } from '@/lib/api/schemas';
import { activeChildren, summariseChild } from './compute';
import { resetMockDatabase } from './node';
import {
  dateNumber,
  filterChildren,
  sortedChildren,
  type ChildListFilter,
} from './sorted-children';

type ReviewStatus = ChildSummary['nextReview']['status'];
const STATUSES: readonly ReviewStatus[] = [
  'overdue',
  'booked-late',
  'at-risk',
  'booked',
  'on-track',
];

const db = resetMockDatabase({ size: 300, seed: 7 });
const byRef = (a: ChildSummary, b: ChildSummary) =>
  a.childRef < b.childRef ? -1 : a.childRef > b.childRef ? 1 : 0;

/** The domain's own filter (src/domain/child-list.ts), one child at a time. */
function naive(summaries: readonly ChildSummary[], filter: ChildListFilter): string[] {
  return summaries
    .filter((summary) => matchesChildListFilter(summary, filter))
    .map((summary) => summary.id);
}

describe('the sorted list view and its filters', () => {
  const view = sortedChildren(db, 'ref', byRef);
  // The list holds the active caseloads: not children who have left care or await an IRO.
  const summaries = activeChildren(db)
    .map((child) => summariseChild(db, child))
    .sort(byRef);
  const iroIds = [...new Set(summaries.flatMap((summary) => summary.iroId ?? []))];
  const dueDates = summaries.map((summary) => summary.nextReview.due);
  // Search terms drawn from real names and references, parts of them, the '|' between fields and
  // text no child has.
  const terms = summaries.flatMap((summary) => [
    summary.givenName.toLowerCase().slice(0, 3),
    `${summary.familyName} ${summary.givenName}`.toLowerCase(),
    summary.childRef.toLowerCase().slice(-2),
  ]);

  it('holds every child once, in the sort order', () => {
    expect(view.summaries.map((summary) => summary.id)).toEqual(summaries.map((s) => s.id));
  });

  it('finds exactly the children the obvious filter finds, for any combination', () => {
    fc.assert(
      fc.property(
        fc.record({
          iroId: fc.option(fc.constantFrom(...iroIds, 'st_nobody'), { nil: undefined }),
          statuses: fc.subarray([...STATUSES]),
          dueAfter: fc.option(fc.constantFrom(...dueDates), { nil: undefined }),
          dueBefore: fc.option(fc.constantFrom(...dueDates), { nil: undefined }),
          needle: fc.oneof(
            fc.constant(''),
            fc.constantFrom(...terms),
            fc.constantFrom('|', 'e|', ' ', 'zzzz', '\u0000', 'a\u0000b'),
            fc.string({ maxLength: 3 }).map((text) => text.toLowerCase()),
          ),
        }),
        (filter) => {
          const found = filterChildren(view, filter).map((p) => view.summaries[p]?.id);
          expect(found).toEqual(naive(summaries, filter));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is rebuilt after a change to the children, and reused until then', () => {
    expect(sortedChildren(db, 'ref', byRef)).toBe(view);
    const child = [...db.all('children')][0]!;
    void db.commit({ puts: { children: [{ ...child, givenName: 'Zebedee' }] }, deletes: {} });
    const rebuilt = sortedChildren(db, 'ref', byRef);
    expect(rebuilt).not.toBe(view);
    expect(filterChildren(rebuilt, { statuses: [], needle: 'zebedee' })).toHaveLength(1);
  });

  it('compares due dates as YYYYMMDD numbers, in date order', () => {
    expect(dateNumber('2026-11-23')).toBe(20261123);
    expect(dateNumber('2026-12-01')).toBeGreaterThan(dateNumber('2026-11-30'));
    expect(dateNumber('2027-01-01')).toBeGreaterThan(dateNumber('2026-12-31'));
  });
});
