import type { Child, ChildSummary } from '@/lib/api/schemas';
import { summariseChild } from './compute';
import type { Database } from './db/database';

interface SortedView {
  generation: number;
  rows: readonly { child: Child; summary: ChildSummary }[];
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
  const rows = [...db.all('children')].map((child) => ({
    child,
    summary: summariseChild(db, child),
  }));
  rows.sort((a, b) => compare(a.summary, b.summary));
  byKey.set(sortKey, { generation: db.generation, rows });
  return rows;
}
