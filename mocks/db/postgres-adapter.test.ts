// The PostgreSQL adapter (PGlite here; the same SQL runs on a PostgreSQL server through pg, see
// mocks/server/restart.test.ts): a snapshot comes back as it was stored, in the same order; each
// write is one transaction, so a write that fails (a copy that is behind, or an error half-way)
// leaves nothing behind; and on disk every commit is fsync'd before it resolves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openMemoryPglite, openPglite, type PgliteClient } from '../server/pglite-client';
import { seedDatabase } from '../seed/seed';
import { openPersistentDatabase } from './current';
import { Database } from './database';
import { createMemoryAdapter } from './memory-adapter';
import { createPostgresAdapter, type PostgresAdapter } from './postgres-adapter';
import type { SqlClient } from './sql-client';
import { SCHEMA_VERSION, StaleCopyError, type Snapshot } from './types';

const SEED = { seed: 7, size: 20, today: '2026-03-16' } as const;
/** Starting PGlite (WebAssembly, and initdb on a new directory) takes seconds on a busy machine. */
const START_TIMEOUT = 120_000;

function seed(): Snapshot {
  return seedDatabase(SEED);
}

describe('the PostgreSQL adapter', () => {
  let sql: SqlClient;
  let adapter: PostgresAdapter;
  beforeAll(async () => {
    sql = await openMemoryPglite();
  }, START_TIMEOUT);
  afterAll(async () => {
    await sql.close();
  });
  beforeEach(async () => {
    await sql.query('DROP TABLE IF EXISTS iro_records, iro_meta');
    adapter = await createPostgresAdapter(sql);
  });

  it('is empty at first, then loads what replaceAll stored, table by table in the same order', async () => {
    expect(await adapter.load()).toBeNull();
    expect(await adapter.storedSchemaVersion()).toBeNull();
    expect(await adapter.revision()).toBe(0);
    const snapshot = seed();
    expect(await adapter.replaceAll(snapshot)).toBe(1);
    const loaded = await adapter.load();
    expect(loaded).toEqual({ ...snapshot, revision: 1 });
    expect(await adapter.storedSchemaVersion()).toBe(SCHEMA_VERSION);
    // A second replaceAll (reset demo data) replaces everything and moves the revision on.
    const smaller = seedDatabase({ ...SEED, size: 5 });
    expect(await adapter.replaceAll(smaller)).toBe(2);
    expect(await adapter.load()).toEqual({ ...smaller, revision: 2 });
  });

  it('applies commits as the in-memory database does: the same records, in the same order', async () => {
    const { db } = await openPersistentDatabase(adapter, SEED);
    const twin = new Database(db.snapshot(), createMemoryAdapter());
    const [first, second] = [...db.all('children')];
    const review = [...db.all('reviews')][0]!;
    const changes = [
      // An update keeps its place; a new record goes last.
      {
        puts: {
          children: [{ ...first!, version: first!.version + 1 }],
          sessions: [{ id: 'token-1', staffId: 'st_01', createdAt: '2026-03-16T09:00:00Z' }],
        },
        deletes: {},
      },
      // Deleted and put again in one change set: last, like a Map.
      { puts: { children: [second!] }, deletes: { children: [second!.id], reviews: [review.id] } },
      { puts: {}, deletes: {}, meta: { ...db.meta, today: '2026-03-17', todayFixed: true } },
    ];
    for (const change of changes) {
      await db.commit(change);
      await twin.commit(change);
    }
    const loaded = await adapter.load();
    expect(loaded?.revision).toBe(4);
    expect(loaded).toEqual({ ...twin.snapshot(), revision: 4 });
  });

  it('refuses a write from a copy that is behind (StaleCopyError) and writes none of it', async () => {
    await adapter.replaceAll(seed());
    const before = await adapter.load();
    const child = before!.tables.children[0]!;
    await expect(
      adapter.apply(
        {
          puts: { children: [{ ...child, givenName: 'Changed' }] },
          deletes: { reviews: [before!.tables.reviews[0]!.id] },
          meta: { ...before!.meta, today: '2027-01-01' },
        },
        0,
      ),
    ).rejects.toBeInstanceOf(StaleCopyError);
    expect(await adapter.load()).toEqual(before);
    expect(await adapter.revision()).toBe(1);
  });

  it('writes nothing of a change set that fails half-way (one transaction)', async () => {
    await adapter.replaceAll(seed());
    const before = await adapter.load();
    const [good, bad] = before!.tables.children;
    // PostgreSQL's jsonb cannot hold the NUL character: the second record fails, after the
    // delete and the first put have run in the same transaction.
    await expect(
      adapter.apply(
        {
          puts: {
            children: [
              { ...good!, givenName: 'Kept?' },
              { ...bad!, givenName: 'Not \u0000 storable' },
            ],
          },
          deletes: { reviews: [before!.tables.reviews[0]!.id] },
        },
        1,
      ),
    ).rejects.toThrow();
    expect(await adapter.load()).toEqual(before);
    expect(await adapter.revision()).toBe(1);

    // And a replaceAll that fails keeps what was there.
    const broken = seed();
    broken.tables.children[3] = { ...broken.tables.children[3]!, givenName: '\u0000' };
    await expect(adapter.replaceAll(broken)).rejects.toThrow();
    expect(await adapter.load()).toEqual(before);
  });

  it('two server processes on one database: the one behind is refused, then catches up', async () => {
    const { db: one } = await openPersistentDatabase(adapter, SEED);
    const { db: two } = await openPersistentDatabase(adapter, SEED);
    const child = [...one.all('children')][0]!;
    await one.commit({ puts: { children: [{ ...child, givenName: 'One' }] }, deletes: {} });
    await expect(
      two.commit({ puts: { children: [{ ...child, givenName: 'Two' }] }, deletes: {} }),
    ).rejects.toBeInstanceOf(StaleCopyError);
    await two.catchUp(true);
    expect(two.get('children', child.id)?.givenName).toBe('One');
    await two.commit({ puts: { children: [{ ...child, givenName: 'Two' }] }, deletes: {} });
    expect((await adapter.load())?.tables.children[0]?.givenName).toBe('Two');
  });

  it('loads nothing written by another schema version, and says which version it was', async () => {
    const snapshot = seed();
    await adapter.replaceAll({ ...snapshot, meta: { ...snapshot.meta, schemaVersion: 1 } });
    expect(await adapter.load()).toBeNull();
    expect(await adapter.storedSchemaVersion()).toBe(1);
  });
});

describe('the embedded database on disk', () => {
  let dir = '';
  let sql: PgliteClient;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iro-pglite-disk-'));
    sql = await openPglite(dir);
  }, START_TIMEOUT);
  afterAll(async () => {
    await sql.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'fsyncs each commit to disk before the commit resolves, and reads it back after a reopen',
    async () => {
      const adapter = await createPostgresAdapter(sql);
      await adapter.replaceAll(seed());
      const { db } = await openPersistentDatabase(adapter, SEED);
      const child = [...db.all('children')][0]!;
      for (let i = 1; i <= 5; i += 1) {
        const before = sql.fsyncs;
        await db.commit({
          puts: { children: [{ ...child, version: child.version + i }] },
          deletes: {},
        });
        expect(sql.fsyncs).toBeGreaterThan(before);
      }
      await sql.close();
      sql = await openPglite(dir);
      const reopened = await createPostgresAdapter(sql);
      const loaded = await reopened.load();
      expect(loaded?.tables.children.find((c) => c.id === child.id)?.version).toBe(
        child.version + 5,
      );
    },
    START_TIMEOUT,
  );
});
