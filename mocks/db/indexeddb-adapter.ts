import {
  SCHEMA_VERSION,
  StaleCopyError,
  TABLE_NAMES,
  type ChangeSet,
  type MetaRecord,
  type PersistenceAdapter,
  type Snapshot,
  type TableName,
  type Tables,
} from './types';

export const DEFAULT_DATABASE_NAME = 'iro-review-tracker-mock';
const META_STORE = 'meta';
const META_KEY = 'meta';
const REVISION_KEY = 'revision';
const ALL_STORES = [...TABLE_NAMES, META_STORE];

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => {
      resolve();
    };
    transaction.onabort = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    };
    transaction.onerror = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    };
  });
}

/**
 * Opens the database. The IndexedDB version is the mock's SCHEMA_VERSION: on an upgrade every
 * store is dropped and recreated, so a browser holding data in an older shape is reseeded.
 */
function open(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, SCHEMA_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const store of [...db.objectStoreNames]) db.deleteObjectStore(store);
      for (const store of TABLE_NAMES) db.createObjectStore(store, { keyPath: 'id' });
      db.createObjectStore(META_STORE);
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error(`Could not open IndexedDB database ${name}`));
    };
    request.onblocked = () => {
      reject(new Error(`IndexedDB database ${name} is open in another tab with an older version`));
    };
  });
}

/**
 * The browser's persistence: write-through to IndexedDB. Each change set writes only the records it
 * names, in one transaction; `replaceAll` clears and rewrites everything (seeding, reset).
 */
export async function createIndexedDbAdapter(
  options: { name?: string; factory?: IDBFactory } = {},
): Promise<PersistenceAdapter> {
  const name = options.name ?? DEFAULT_DATABASE_NAME;
  const db = await open(options.factory ?? indexedDB, name);

  return {
    kind: 'indexeddb',

    async load(): Promise<Snapshot | null> {
      const transaction = db.transaction(ALL_STORES, 'readonly');
      const meta = (await requestResult(transaction.objectStore(META_STORE).get(META_KEY))) as
        MetaRecord | undefined;
      if (meta?.schemaVersion !== SCHEMA_VERSION) return null;
      const tables = {} as { [K in TableName]: Tables[K][] };
      for (const store of TABLE_NAMES) {
        (tables as Record<TableName, unknown[]>)[store] = await requestResult(
          transaction.objectStore(store).getAll(),
        );
      }
      const revision = (await requestResult(
        transaction.objectStore(META_STORE).get(REVISION_KEY),
      )) as number | undefined;
      return { meta, tables, revision: revision ?? 0 };
    },

    async replaceAll(snapshot: Snapshot): Promise<number> {
      const transaction = db.transaction(ALL_STORES, 'readwrite');
      const done = transactionDone(transaction);
      const meta = transaction.objectStore(META_STORE);
      const before = (await requestResult(meta.get(REVISION_KEY))) as number | undefined;
      const revision = (before ?? 0) + 1;
      for (const store of ALL_STORES) transaction.objectStore(store).clear();
      for (const store of TABLE_NAMES) {
        const objectStore = transaction.objectStore(store);
        for (const record of snapshot.tables[store]) objectStore.put(record);
      }
      meta.put(snapshot.meta, META_KEY);
      meta.put(revision, REVISION_KEY);
      await done;
      return revision;
    },

    async apply(changes: ChangeSet, expectedRevision: number): Promise<void> {
      const stores = TABLE_NAMES.filter(
        (store) =>
          (changes.puts[store]?.length ?? 0) > 0 || (changes.deletes[store]?.length ?? 0) > 0,
      );
      if (stores.length === 0 && changes.meta === undefined) return;
      // One transaction: the revision check and the write cannot be split by another tab's write.
      const transaction = db.transaction([...stores, META_STORE], 'readwrite');
      const done = transactionDone(transaction);
      const meta = transaction.objectStore(META_STORE);
      const stored = ((await requestResult(meta.get(REVISION_KEY))) as number | undefined) ?? 0;
      if (stored !== expectedRevision) {
        transaction.abort();
        await done.catch(() => undefined);
        throw new StaleCopyError();
      }
      for (const store of stores) {
        const objectStore = transaction.objectStore(store);
        for (const id of changes.deletes[store] ?? []) objectStore.delete(id);
        for (const record of changes.puts[store] ?? []) objectStore.put(record);
      }
      if (changes.meta !== undefined) meta.put(changes.meta, META_KEY);
      meta.put(expectedRevision + 1, REVISION_KEY);
      await done;
    },

    async revision(): Promise<number> {
      const transaction = db.transaction([META_STORE], 'readonly');
      const stored = (await requestResult(
        transaction.objectStore(META_STORE).get(REVISION_KEY),
      )) as number | undefined;
      return stored ?? 0;
    },

    close(): void {
      db.close();
    },
  };
}
