// The browser's mock database survives a reload: write-through to IndexedDB (fake-indexeddb here),
// read back by a fresh adapter as a new page load would, and reseeded when the stored copy is from
// another schema version.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createIndexedDbAdapter } from './indexeddb-adapter';
import { openPersistentDatabase } from './current';
import { emptyTables, SCHEMA_VERSION } from './types';

const SEED = { seed: 7, size: 20, today: '2026-03-16' } as const;

describe('the IndexedDB-backed mock database', () => {
  it('seeds once, then a reload finds every change that was committed', async () => {
    const factory = new IDBFactory();
    const first = await openPersistentDatabase(
      await createIndexedDbAdapter({ factory, name: 'reload' }),
      SEED,
    );
    expect(first.seeded).toBe(true);
    const child = [...first.db.all('children')][0]!;
    await first.db.commit({
      puts: {
        children: [
          {
            ...child,
            placement: { type: 'U1', description: 'Moved to kinship care' },
            version: child.version + 1,
          },
        ],
      },
      deletes: {},
    });

    // A new page load: a new adapter over the same browser storage.
    const second = await openPersistentDatabase(
      await createIndexedDbAdapter({ factory, name: 'reload' }),
      SEED,
    );
    expect(second.seeded).toBe(false);
    expect(second.db.get('children', child.id)).toMatchObject({
      placement: { type: 'U1', description: 'Moved to kinship care' },
      version: child.version + 1,
    });
    expect(second.db.count('children')).toBe(first.db.count('children'));
    expect(second.db.count('reviews')).toBe(first.db.count('reviews'));
  });

  it('deletes are persisted too', async () => {
    const factory = new IDBFactory();
    const { db } = await openPersistentDatabase(
      await createIndexedDbAdapter({ factory, name: 'deletes' }),
      SEED,
    );
    const review = [...db.all('reviews')][0]!;
    await db.commit({ puts: {}, deletes: { reviews: [review.id] } });
    const reloaded = await openPersistentDatabase(
      await createIndexedDbAdapter({ factory, name: 'deletes' }),
      SEED,
    );
    expect(reloaded.db.get('reviews', review.id)).toBeUndefined();
  });

  it('reseeds when the stored copy was written by another schema version', async () => {
    const factory = new IDBFactory();
    const adapter = await createIndexedDbAdapter({ factory, name: 'schema' });
    const { db } = await openPersistentDatabase(adapter, SEED);
    await adapter.replaceAll({
      meta: { ...db.meta, schemaVersion: SCHEMA_VERSION + 100 },
      tables: emptyTables(),
    });
    const reloaded = await openPersistentDatabase(
      await createIndexedDbAdapter({ factory, name: 'schema' }),
      SEED,
    );
    expect(reloaded.seeded).toBe(true);
    expect(reloaded.db.count('children')).toBeGreaterThan(0);
  });
});
