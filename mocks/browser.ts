import { setupWorker } from 'msw/browser';
import { createIndexedDbAdapter } from './db/indexeddb-adapter';
import { openPersistentDatabase, setDatabase } from './db/current';
import { handlers } from './handlers';
import { useBrowserLatency } from './http/runtime';

/**
 * Opens the IndexedDB-backed mock database (seeding it on first run or after a schema change), then
 * starts the service worker. Await it before the first render.
 */
export async function startMockBackend(): Promise<void> {
  const adapter = await createIndexedDbAdapter();
  const { db } = await openPersistentDatabase(adapter);
  setDatabase(db);
  useBrowserLatency();
  const worker = setupWorker(...handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
