import type { PersistenceAdapter, Snapshot } from './types';

/** Node and tests: the database lives only in memory. */
export function createMemoryAdapter(): PersistenceAdapter {
  return {
    kind: 'memory',
    load: (): Promise<Snapshot | null> => Promise.resolve(null),
    replaceAll: () => Promise.resolve(0),
    apply: () => Promise.resolve(),
    revision: () => Promise.resolve(0),
    close: () => undefined,
  };
}
