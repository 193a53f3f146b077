// Two tabs of one browser, each with its own copy of the IndexedDB-backed database (as each page
// has): a save from the tab whose copy is behind gets the same 409 a server gives, and the other
// tab's reads catch up once told of the write. Through the real handlers (msw/node).
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../node';
import { call, signIn, type Json } from '../test/support';
import { openPersistentDatabase, setDatabase } from './current';
import type { Database } from './database';
import { createIndexedDbAdapter } from './indexeddb-adapter';

const SEED = { seed: 7, size: 20, today: '2026-03-16' } as const;

async function openTab(factory: IDBFactory): Promise<Database> {
  const { db } = await openPersistentDatabase(
    await createIndexedDbAdapter({ factory, name: 'two-tabs' }),
    SEED,
  );
  return db;
}

describe('two tabs of one browser', () => {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => {
    server.close();
  });

  it('refuses the second save of the same review at the same version (409), loses neither', async () => {
    const factory = new IDBFactory();
    const first = await openTab(factory);
    const second = await openTab(factory);
    const review = [...first.all('reviews')][0]!;
    const child = first.get('children', review.childId)!;

    // Both tabs show version 1 of the review; the first saves.
    setDatabase(first);
    const token = await signIn(child.iroId!);
    const saved: Json = await call('PATCH', `/reviews/${review.id}`, {
      token,
      body: { version: review.version, participationMethod: 'virtual' },
    });
    expect(saved.status).toBe(200);

    // The second tab saves from what it was showing: a conflict, with the review as it is now.
    setDatabase(second);
    // Its copy has the session only if it caught up: the save itself makes it catch up first.
    const stale: Json = await call('PATCH', `/reviews/${review.id}`, {
      token,
      body: { version: review.version, participationMethod: 'hybrid' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({
      id: review.id,
      version: review.version + 1,
      participationMethod: 'virtual',
    });

    // A reload of either tab finds the first save, once.
    const reloaded = await openTab(factory);
    expect(reloaded.get('reviews', review.id)).toMatchObject({
      version: review.version + 1,
      participationMethod: 'virtual',
    });
  });

  it('refuses a write the store moved past between the check and the write', async () => {
    const factory = new IDBFactory();
    const first = await openTab(factory);
    const second = await openTab(factory);
    const child = [...first.all('children')][0]!;
    await first.commit({
      puts: { children: [{ ...child, version: child.version + 1 }] },
      deletes: {},
    });
    // The second tab writes without catching up (as a race would): the store refuses it.
    await expect(
      second.commit({
        puts: { children: [{ ...child, version: child.version + 1 }] },
        deletes: {},
      }),
    ).rejects.toThrow(/another tab or window changed it first/);
    await second.catchUp(false);
    expect(second.get('children', child.id)?.version).toBe(child.version + 1);
  });

  it('a tab told of another tab’s write reads the new data', async () => {
    const factory = new IDBFactory();
    const first = await openTab(factory);
    const second = await openTab(factory);
    const child = [...first.all('children')][0]!;
    await first.commit({
      puts: { children: [{ ...child, familyName: 'Renamed', version: child.version + 1 }] },
      deletes: {},
    });
    expect(second.get('children', child.id)?.familyName).toBe(child.familyName);
    second.markMaybeStale();
    await second.catchUp(false);
    expect(second.get('children', child.id)?.familyName).toBe('Renamed');
  });
});
