import type { Child, ChildSummary } from '@/lib/api/schemas';
import { summariseChild } from './compute';
import type { Database } from './db/database';

/**
 * One child in a sorted view, with the fields list filters test copied flat onto the row: a filter
 * over 100,000 rows then reads one small object per child instead of chasing summary objects
 * scattered across the heap (that cost ~250 ms per request at 100,000).
 */
export interface SortedRow {
  child: Child;
  summary: ChildSummary;
  iroId: string;
  status: ChildSummary['nextReview']['status'];
  due: string;
  /** Lower-case "given family|family given|ref", for the name or ID search. */
  haystack: string;
}

interface SortedView {
  generation: number;
  rows: readonly SortedRow[];
}

// Per database, per sort: every child's summary in order. Sorting 100,000 summaries on each request
// would blow the 50 ms budget (bench/backend.bench.ts); a list request instead filters this view
// (one linear pass) and slices a page. Rebuilt on the first request after anything changes.
const views = new WeakMap<Database, Map<string, SortedView>>();

export function sortedChildren(
  db: Database,
  sortKey: string,
  compare: (a: ChildSummary, b: ChildSummary) => number,
): SortedView['rows'] {
  let byKey = views.get(db);
  if (byKey === undefined) {
    byKey = new Map();
    views.set(db, byKey);
  }
  const cached = byKey.get(sortKey);
  if (cached?.generation === db.generation) return cached.rows;
  const rows = [...db.all('children')].map((child): SortedRow => {
    const summary = summariseChild(db, child);
    return {
      child,
      summary,
      iroId: child.iroId,
      status: summary.nextReview.status,
      due: summary.nextReview.due,
      haystack:
        `${summary.givenName} ${summary.familyName}|${summary.familyName} ${summary.givenName}|${summary.childRef}`.toLowerCase(),
    };
  });
  rows.sort((a, b) => compare(a.summary, b.summary));
  byKey.set(sortKey, { generation: db.generation, rows });
  return rows;
}
