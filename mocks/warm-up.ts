// Cold start at council scale: working out 100,000 children's summaries (due dates, statuses,
// midpoints) takes seconds, and the first list would otherwise do it all in one go with the server
// blocked. Warming does it in short slices after the server starts, yielding to the event loop
// between them, so other requests are answered meanwhile; a list asked for mid-way works out only
// the summaries still missing (each is cached per child version, mocks/compute.ts).
import { activeChildIds, summariseChild } from './compute';
import { currentDatabase } from './db/current';
import type { Database } from './db/database';

/** Long enough to get through about a thousand children, short enough not to be noticed. */
export const WARM_UP_SLICE_MS = 25;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Works out the summary of every child in the active caseloads, in slices of about `sliceMs`.
 * Stops early when the database is replaced (a reset or reseed). Resolves with how many were
 * worked out here (the rest were already cached, or worked out by a request meanwhile).
 */
export async function warmUpSummaries(db: Database, sliceMs = WARM_UP_SLICE_MS): Promise<number> {
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
