import { childSearchText, seenByIroWithin, type ChildListFilter } from '@/domain';
import type { ChildSummary } from '@/lib/api/schemas';
import { activeChildren, summariseChild } from './compute';
import type { Database } from './db/database';

type ReviewStatus = ChildSummary['nextReview']['status'];

/**
 * Every child's summary in one sort order, with the fields the list filters test held in columns
 * (typed arrays and one joined search string) rather than on 100,000 objects. A filter then reads a
 * few contiguous arrays: reading a field off each row object cost ~30 ms per request at 100,000
 * children, and a name search ~90 ms, because the objects are scattered across a large heap
 * (bench/backend.bench.ts).
 */
export interface ChildListView {
  generation: number;
  summaries: readonly ChildSummary[];
  /** Per position: the code of the child's IRO in `iroCodes`. */
  iro: Int32Array;
  iroCodes: ReadonlyMap<string, number>;
  /** Per position: the code of the next review's status in `statusCodes`. */
  status: Uint8Array;
  statusCodes: ReadonlyMap<ReviewStatus, number>;
  /** Per position: the next review's due date as the number YYYYMMDD, which sorts as the date. */
  due: Int32Array;
  /** Per position: what a name or ID search matches (src/domain/child-list.ts). */
  haystacks: readonly string[];
  /** The haystacks joined by SEPARATOR, so a search is one indexOf scan over one string. */
  searchText: string;
  /** Per position: where its haystack starts in `searchText`. */
  searchStarts: Int32Array;
}

export type { ChildListFilter };

// A character no name, reference or search can usefully contain; a needle that contains it falls
// back to testing each haystack, so the joined string never changes what a search finds.
const SEPARATOR = '\u0000';

/** 'YYYY-MM-DD' as the number YYYYMMDD: the same order as the dates, compared as integers. */
export function dateNumber(date: string): number {
  return (
    Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10))
  );
}

function codeFor<K>(codes: Map<K, number>, key: K): number {
  let code = codes.get(key);
  if (code === undefined) {
    code = codes.size;
    codes.set(key, code);
  }
  return code;
}

function buildView(
  db: Database,
  compare: (a: ChildSummary, b: ChildSummary) => number,
): ChildListView {
  // Only the active caseloads: children who have left care, or await an IRO, are listed elsewhere.
  const summaries = activeChildren(db).map((child) => summariseChild(db, child));
  summaries.sort(compare);
  const size = summaries.length;
  const iroCodes = new Map<string, number>();
  const statusCodes = new Map<ReviewStatus, number>();
  const iro = new Int32Array(size);
  const status = new Uint8Array(size);
  const due = new Int32Array(size);
  const haystacks: string[] = [];
  const searchStarts = new Int32Array(size);
  let offset = 0;
  summaries.forEach((summary, position) => {
    iro[position] = codeFor(iroCodes, summary.iroId);
    status[position] = codeFor(statusCodes, summary.nextReview.status);
    due[position] = dateNumber(summary.nextReview.due);
    const haystack = childSearchText(summary);
    haystacks.push(haystack);
    searchStarts[position] = offset;
    offset += haystack.length + SEPARATOR.length;
  });
  return {
    generation: db.generation,
    summaries,
    iro,
    iroCodes,
    status,
    statusCodes,
    due,
    haystacks,
    searchText: haystacks.join(SEPARATOR),
    searchStarts,
  };
}

// Per database, per sort: one view. Sorting 100,000 summaries on each request would blow the 50 ms
// budget; a list request instead filters this view (one pass over a few arrays) and slices a page.
// Rebuilt on the first request after anything about the children changes (db.generation).
const views = new WeakMap<Database, Map<string, ChildListView>>();

export function sortedChildren(
  db: Database,
  sortKey: string,
  compare: (a: ChildSummary, b: ChildSummary) => number,
): ChildListView {
  let byKey = views.get(db);
  if (byKey === undefined) {
    byKey = new Map();
    views.set(db, byKey);
  }
  const cached = byKey.get(sortKey);
  if (cached?.generation === db.generation) return cached;
  const view = buildView(db, compare);
  byKey.set(sortKey, view);
  return view;
}

/** The last position whose haystack starts at or before `offset` (binary search). */
function positionAt(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Positions (in the view's order) whose haystack contains the needle. */
function searchPositions(view: ChildListView, needle: string): number[] {
  const found: number[] = [];
  if (needle.includes(SEPARATOR)) {
    view.haystacks.forEach((haystack, position) => {
      if (haystack.includes(needle)) found.push(position);
    });
    return found;
  }
  const { searchText, searchStarts } = view;
  let from = 0;
  for (;;) {
    const at = searchText.indexOf(needle, from);
    if (at === -1) return found;
    const position = positionAt(searchStarts, at);
    found.push(position);
    // One match per child: carry on from the next child's haystack.
    const next = searchStarts[position + 1];
    if (next === undefined) return found;
    from = next;
  }
}

/** The positions of the children that pass every filter, in the view's order. */
export function filterChildren(view: ChildListView, filter: ChildListFilter): number[] {
  const iroCode = filter.iroId === undefined ? undefined : view.iroCodes.get(filter.iroId);
  if (filter.iroId !== undefined && iroCode === undefined) return [];
  const statusMask = new Uint8Array(Math.max(1, view.statusCodes.size));
  for (const status of filter.statuses) {
    const code = view.statusCodes.get(status);
    if (code !== undefined) statusMask[code] = 1;
  }
  const anyStatus = filter.statuses.length === 0;
  const after = filter.dueAfter === undefined ? -Infinity : dateNumber(filter.dueAfter);
  const before = filter.dueBefore === undefined ? Infinity : dateNumber(filter.dueBefore);
  const { iro, status, due } = view;
  const notSeen = filter.notSeenByIro;
  const passes = (position: number): boolean =>
    (iroCode === undefined || iro[position] === iroCode) &&
    (anyStatus || statusMask[status[position] ?? 0] === 1) &&
    (due[position] ?? 0) >= after &&
    (due[position] ?? 0) <= before &&
    // The domain's rule, as the caseload page applies it to a caseload it holds.
    (notSeen === undefined ||
      !seenByIroWithin(
        view.summaries[position]?.lastSeenByIroOn ?? null,
        notSeen.today,
        notSeen.months,
      ));

  if (filter.needle !== '') return searchPositions(view, filter.needle).filter(passes);
  const matches: number[] = [];
  for (let position = 0; position < view.summaries.length; position += 1) {
    if (passes(position)) matches.push(position);
  }
  return matches;
}
