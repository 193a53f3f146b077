// Sessions in the browser's two-tab set-up (each tab a copy of one IndexedDB store): a read that
// stores a session's last request catches up first, so it never fails with another tab's 409.
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openPersistentDatabase, setDatabase } from '../db/current';
import type { Database } from '../db/database';
import { createIndexedDbAdapter } from '../db/indexeddb-adapter';
import { server } from '../node';
import { call, signIn } from '../test/support';

const SEED = { seed: 7, size: 20, today: '2026-03-16' } as const;
const START = Date.parse('2026-03-16T09:00:00.000Z');

async function openTab(factory: IDBFactory): Promise<Database> {
  const { db } = await openPersistentDatabase(
    await createIndexedDbAdapter({ factory, name: 'sessions' }),
    SEED,
  );
  return db;
}

describe('sessions across tabs', () => {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => {
    server.close();
  });

  it('stores the last request from a tab whose copy is behind, and a reload finds it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    const factory = new IDBFactory();
    const first = await openTab(factory);
    const second = await openTab(factory);
    setDatabase(first);
    const iroId = [...first.all('children')][0]!.iroId!;
    const token = await signIn(iroId);

    // The first tab writes (the store moves on); the second has been told of the sign-in only.
    second.markMaybeStale();
    setDatabase(second);
    expect((await call('GET', '/session', { token })).status).toBe(200);
    setDatabase(first);
    const child = [...first.all('children')][0]!;
    await first.commit({ puts: { children: [{ ...child }] }, deletes: {} });

    // Two minutes on, the second tab's read stores the last request: caught up, not refused.
    vi.setSystemTime(START + 2 * 60_000);
    setDatabase(second);
    expect((await call('GET', '/caseload-summary', { token })).status).toBe(200);
    const reloaded = await openTab(factory);
    expect(reloaded.get('sessions', token)?.lastSeenAt).toBe('2026-03-16T09:02:00.000Z');

    // After 30 minutes without a request, any tab ends it, and the store forgets it.
    vi.setSystemTime(START + 32 * 60_000);
    setDatabase(reloaded);
    expect((await call('GET', '/session', { token })).status).toBe(401);
    expect((await openTab(factory)).get('sessions', token)).toBeUndefined();
  });
});
