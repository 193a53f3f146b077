import type { Database } from './db/database';

// Figures worked out over the whole database (the annual report, the team's year to date, the
// queues and the SSDA903 export), kept until the next write. The database's generation goes up on
// every write that could change any of them (children and their records, staff, today, settings)
// and on every reload from the store, so a kept figure is never read after a write: the first
// request after one works it out again.

interface Kept {
  generation: number;
  figures: Map<string, unknown>;
}

const kept = new WeakMap<Database, Kept>();

/**
 * The figure named `key` (what it is, and every query value it depends on), worked out by
 * `compute` once per database generation. A figure that throws is not kept.
 */
export function keptFigure<T>(db: Database, key: string, compute: () => T): T {
  let entry = kept.get(db);
  if (entry?.generation !== db.generation) {
    entry = { generation: db.generation, figures: new Map() };
    kept.set(db, entry);
  }
  if (entry.figures.has(key)) return entry.figures.get(key) as T;
  const figure = compute();
  entry.figures.set(key, figure);
  return figure;
}
