// Cold start at council scale: working out 100,000 children's summaries (due dates, statuses,
// midpoints) takes seconds, and the first list would otherwise do it all in one go with the server
// blocked. Warming does it in short slices after the server starts, yielding to the event loop
// between them, so other requests are answered meanwhile; a list asked for mid-way waits for the
// warming (in slices too) instead of working out the rest in one go (each summary is cached per
// child version, mocks/compute.ts).
import { activeChildIds, summariseChild } from './compute';
import { currentDatabase } from './db/current';
import type { Database } from './db/database';
import { nextTurn } from './next-turn';

/** Long enough to get through about a thousand children, short enough not to be noticed. */
export const WARM_UP_SLICE_MS = 25;

/**
 * Below this many summaries still to work out, a request works them out itself (about one slice's
 * work, or two): a small caseload, or the few children written to since warming.
 */
export const WARM_IN_REQUEST_LIMIT = 2000;

// The warming under way for each database, which a request that needs every summary joins.
const warming = new WeakMap<Database, Promise<number>>();

async function warmInSlices(db: Database, sliceMs: number): Promise<number> {
  const ids = [...activeChildIds(db)];
  let worked = 0;
  let sliceStart = performance.now();
  for (const id of ids) {
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      if (currentDatabase() !== db) return worked;
      sliceStart = performance.now();
    }
    if (db.summaryCache.has(id)) continue;
    // The record as it is now: a write since the list of ids was taken may have replaced it.
    const child = db.get('children', id);
    if (child === undefined) continue;
    summariseChild(db, child);
    worked++;
  }
  return worked;
}

/**
 * Works out the summary of every child in the active caseloads, in slices of about `sliceMs`.
 * Stops early when the database is replaced (a reset or reseed). Resolves with how many were
 * worked out here (the rest were already cached, or worked out by a request meanwhile).
 */
export function warmUpSummaries(db: Database, sliceMs = WARM_UP_SLICE_MS): Promise<number> {
  const running = warmInSlices(db, sliceMs).finally(() => {
    if (warming.get(db) === running) warming.delete(db);
  });
  warming.set(db, running);
  return running;
}

// The generation at which every active child's summary was last found worked out: a write that
// drops one moves the generation on, so until then a list need not look again.
const warmAt = new WeakMap<Database, number>();

/** How many active children have no summary worked out yet, counting no further than `limit`. */
function missingSummaries(db: Database, limit: number): number {
  if (warmAt.get(db) === db.generation) return 0;
  let missing = 0;
  for (const id of activeChildIds(db)) {
    if (!db.summaryCache.has(id) && ++missing > limit) break;
  }
  if (missing === 0) warmAt.set(db, db.generation);
  return missing;
}

/**
 * Resolves once (nearly) every active child's summary is worked out, for a request that reads them
 * all (a list, the caseload's counts): at once when few are missing, else after the warming under
 * way, or one started now, so other requests are answered between its slices meanwhile.
 */
export async function summariesWarm(db: Database): Promise<void> {
  if (missingSummaries(db, WARM_IN_REQUEST_LIMIT) <= WARM_IN_REQUEST_LIMIT) return;
  await (warming.get(db) ?? warmUpSummaries(db));
}
