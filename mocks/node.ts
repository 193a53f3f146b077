import { setupServer } from 'msw/node';
import { setDatabase, setFallbackSeed } from './db/current';
import { Database } from './db/database';
import { createMemoryAdapter } from './db/memory-adapter';
import { handlers } from './handlers';
import { seedDatabase, type SeedOptions } from './seed/seed';

export const server = setupServer(...handlers);

/** Tests fix time and place: "today" is this Monday unless a test says otherwise. */
export const TEST_TODAY = '2026-03-16';
/** Small enough to seed in a few milliseconds; pass `size: 450` for the full demo caseload. */
export const TEST_SIZE = 60;

export interface ResetOptions {
  seed?: number;
  size?: number;
  today?: string;
}

/** The seed a reset makes: the tests' size and today unless said. */
export function mockSeedOptions(overrides: ResetOptions): SeedOptions {
  return {
    seed: overrides.seed,
    size: overrides.size ?? TEST_SIZE,
    today: overrides.today ?? TEST_TODAY,
  };
}

// A request made before any reset gets the test default database.
setFallbackSeed(() => mockSeedOptions({}));

/** A fresh seeded in-memory database for the next test (call in beforeEach). */
export function resetMockDatabase(overrides: ResetOptions = {}): Database {
  const db = new Database(seedDatabase(mockSeedOptions(overrides)), createMemoryAdapter());
  setDatabase(db);
  return db;
}
