import { setupWorker } from 'msw/browser';
import { createIndexedDbAdapter, DEFAULT_DATABASE_NAME } from './db/indexeddb-adapter';
import { openPersistentDatabase, setDatabase } from './db/current';
import { setDigestBaseUrl } from './digest-compute';
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
  // Every tab of the browser holds a copy of the database: after a write, the others reload
  // theirs before their next read (a write always checks the store first, see Database.catchUp).
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(`${DEFAULT_DATABASE_NAME}-writes`);
    channel.onmessage = () => {
      db.markMaybeStale();
    };
    db.onStored = () => {
      channel.postMessage('stored');
    };
  }
  // The demo's reminder digests link to this app.
  setDigestBaseUrl(new URL(import.meta.env.BASE_URL, window.location.origin).href);
  useBrowserLatency();
  const worker = setupWorker(...handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
