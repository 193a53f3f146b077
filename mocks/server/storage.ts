// Where the HTTP server keeps its data: in memory (tests, the browser benchmark: every start is a
// fresh seed), in the embedded PostgreSQL (PGlite, a data directory on disk: the default of the
// command line) or in a PostgreSQL server (DATABASE_URL). The last two share one SQL
// implementation (mocks/db/postgres-adapter.ts): the stored copy is loaded at start, a new
// database is seeded with demo data, and every write is committed there before it is answered.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openPersistentDatabase } from '../db/current';
import { createPostgresAdapter } from '../db/postgres-adapter';
import type { SqlClient } from '../db/sql-client';
import { SCHEMA_VERSION } from '../db/types';
import { Database } from '../db/database';
import { createMemoryAdapter } from '../db/memory-adapter';
import { mockSeedOptions, type ResetOptions } from '../node';
import { seedDatabaseInSlices } from '../seed/seed';
import { WARM_UP_SLICE_MS as OPENING_SLICE_MS } from '../warm-up';
import { openPostgres } from './pg-client';
import { openPglite } from './pglite-client';

export type StorageConfig =
  | { kind: 'memory' }
  /** The folder holds PGlite's data directory (`pgdata/`) and the server's lock file. */
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string };

export interface OpenStorageOptions {
  /** What to seed a new (or, with `reseed`, any) database with; 450 children unless said. */
  seed?: ResetOptions;
  /** Replace whatever is stored with fresh demo data. */
  reseed?: boolean;
  log?: (message: string) => void;
}

export interface Storage {
  db: Database;
  /** For people: where the data is, and whether it was loaded or seeded (with the times taken). */
  description: string;
  /** Closes the database cleanly (PGlite: a shutdown checkpoint). Safe to call twice. */
  close(): Promise<void>;
}

/** A data directory in use by a live process is refused; one left by a killed process is taken. */
function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'server.lock');
  let holder = NaN;
  try {
    holder = Number(readFileSync(path, 'utf8').trim());
  } catch {
    // No lock file: nobody has it.
  }
  if (Number.isInteger(holder) && holder !== process.pid) {
    let alive = true;
    try {
      process.kill(holder, 0);
    } catch (error) {
      alive = (error as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (alive) {
      throw new Error(
        `The data directory ${dir} is in use by another server (process ${holder}): stop it first, or give this one its own --data-dir`,
      );
    }
    rmSync(path, { force: true });
  }
  // 'wx': if two servers start at once, only one creates the lock file.
  let fd: number;
  try {
    fd = openSync(path, holder === process.pid ? 'w' : 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new Error(`The data directory ${dir} is being opened by another server`, {
      cause: error,
    });
  }
  writeSync(fd, `${process.pid}\n`);
  closeSync(fd);
  return () => {
    try {
      if (Number(readFileSync(path, 'utf8').trim()) === process.pid) rmSync(path);
    } catch {
      // Already gone.
    }
  };
}

export async function openStorage(
  config: StorageConfig,
  options: OpenStorageOptions = {},
): Promise<Storage> {
  const seed = { size: 450, ...options.seed };
  if (config.kind === 'memory') {
    // In slices: a server that listens already answers between them (mocks/http-server.ts).
    const snapshot = await seedDatabaseInSlices(mockSeedOptions(seed), OPENING_SLICE_MS);
    const db = await Database.loadInSlices(snapshot, createMemoryAdapter(), OPENING_SLICE_MS);
    return {
      db,
      description: `in memory (lost when the server stops), seeded with ${db.count('children')} children`,
      close: () => Promise.resolve(),
    };
  }

  let unlock: () => void = () => undefined;
  let sql: SqlClient;
  if (config.kind === 'pglite') {
    const dir = resolve(config.dataDir);
    unlock = lockDataDir(dir);
    try {
      sql = await openPglite(join(dir, 'pgdata'));
    } catch (error) {
      unlock();
      throw error;
    }
  } else {
    sql = await openPostgres(config.url, options.log);
  }
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= sql.close().finally(() => {
      unlock();
    }));

  try {
    const adapter = await createPostgresAdapter(sql);
    const stored = await adapter.storedSchemaVersion();
    if (stored !== null && stored !== SCHEMA_VERSION && options.reseed !== true) {
      // Never wipe a database behind anyone's back: a council's data may be in it.
      throw new Error(
        `${sql.description} holds data of schema version ${stored}; this server writes version ${SCHEMA_VERSION}. Start it with --reseed to replace everything there with fresh demo data.`,
      );
    }
    const started = performance.now();
    const { db, seeded } = await openPersistentDatabase(
      adapter,
      { seed: seed.seed, size: seed.size, today: seed.today },
      { reseed: options.reseed },
    );
    const ms = Math.round(performance.now() - started);
    let records = 0;
    for (const table of Object.values(db.snapshot().tables)) records += table.length;
    const what = seeded
      ? `seeded with ${db.count('children')} children (${records} records) in ${ms} ms`
      : `loaded ${records} records (${db.count('children')} children) in ${ms} ms`;
    return { db, description: `${sql.description}, ${what}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}
