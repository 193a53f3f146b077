import { dateInEngland, type IsoDate } from '@/domain';
import { seedDatabase, type SeedOptions } from '../seed/seed';
import { Database } from './database';
import { createMemoryAdapter } from './memory-adapter';
import type { PersistenceAdapter, Snapshot } from './types';

// The one database the handlers use. The browser sets it once the IndexedDB copy is open; in Node
// it is created on first use (or by resetMockDatabase in tests).

let current: Database | null = null;
let opening: Promise<Database> | null = null;
let fallbackOptions: () => SeedOptions = () => ({ today: realToday() });

/** The real date in England. The mock may read the clock; the domain never does. */
export function realToday(): IsoDate {
  return dateInEngland(new Date());
}

export function setDatabase(db: Database): void {
  current = db;
  opening = null;
}

/**
 * The database is being opened (a server seeding or loading it while it already listens): a
 * request meanwhile waits for it rather than getting a fallback seed.
 */
export function setDatabaseOpening(database: Promise<Database>): void {
  current = null;
  const pending: Promise<Database> = database.then((db) => {
    // Unless another database was set meanwhile (a reset).
    if (opening === pending) setDatabase(db);
    return current ?? db;
  });
  opening = pending;
  // Each request that waits on it sees a failure; the server that opens it reports it.
  pending.catch(() => undefined);
}

/** What to seed when a request arrives before any database was set (Node: tests). */
export function setFallbackSeed(options: () => SeedOptions): void {
  fallbackOptions = options;
}

export function currentDatabase(): Database | null {
  return current;
}

export function getDatabase(): Promise<Database> {
  if (current !== null) return Promise.resolve(current);
  opening ??= Promise.resolve().then(() => {
    current ??= new Database(seedDatabase(fallbackOptions()), createMemoryAdapter());
    return current;
  });
  return opening;
}

/**
 * Opens a persisted database: the stored copy when there is one in the current schema version,
 * otherwise (or when asked to reseed) a fresh seed written through to the adapter. A clock left at
 * its default ("today" not fixed by a test) follows the real date.
 */
export async function openPersistentDatabase(
  adapter: PersistenceAdapter,
  seed: Omit<SeedOptions, 'today'> & { today?: IsoDate } = {},
  options: { reseed?: boolean } = {},
): Promise<{ db: Database; seeded: boolean }> {
  const stored = options.reseed === true ? null : await adapter.load();
  if (stored !== null) {
    const db = new Database(stored, adapter);
    if (!stored.meta.todayFixed && stored.meta.today !== realToday()) {
      await db.commit({ puts: {}, deletes: {}, meta: { ...stored.meta, today: realToday() } });
    }
    return { db, seeded: false };
  }
  const snapshot: Snapshot = seedDatabase({ ...seed, today: seed.today ?? realToday() });
  snapshot.meta.todayFixed = seed.today !== undefined;
  const revision = await adapter.replaceAll(snapshot);
  const db = new Database({ ...snapshot, revision }, adapter);
  return { db, seeded: true };
}
