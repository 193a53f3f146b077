// The deterministic demo generator: staff, settings and `size` children with their periods of care,
// reviews, midpoint checks, meetings and escalations, from a seeded PRNG. The parts are in this
// folder (staff.ts, settings.ts, children.ts and what it calls); this is the entry point.
import type { IsoDate } from '@/domain';
import { emptyTables, SCHEMA_VERSION, type Snapshot } from '../db/types';
import { careJourneySteps } from './care-journeys';
import { addChild } from './children';
import type { Context } from './context';
import { Random } from './prng';
import { DEFAULT_SCENARIO, DEFAULT_SETTINGS } from './settings';
import { defaultDocumentTemplates } from './document-templates';
import { iroContactSteps } from './iro-contacts';
import { runSteps, runStepsInSlices } from './steps';
import { iroSlots, seedStaff } from './staff';

export { DEFAULT_SCENARIO, DEFAULT_SETTINGS } from './settings';
export { seedStaff } from './staff';

export const DEFAULT_SEED = 20260314;
export const DEFAULT_SIZE = 450;

export interface SeedOptions {
  seed?: number;
  size?: number;
  today: IsoDate;
}

/**
 * The demo database: deterministic for a seed, generated relative to `today` so that the demo
 * always shows a live mix of overdue, at-risk, booked and on-track reviews.
 */
export function seedDatabase(options: SeedOptions): Snapshot {
  return runSteps(seedSteps(options));
}

/**
 * The same database, generated in slices of about `sliceMs` with the event loop given a turn
 * between them (a server seeding 100,000 children answers meanwhile): the same steps, the same data.
 */
export function seedDatabaseInSlices(options: SeedOptions, sliceMs: number): Promise<Snapshot> {
  return runStepsInSlices(seedSteps(options), sliceMs);
}

/** The seed, one step a child. */
function* seedSteps(options: SeedOptions): Generator<void, Snapshot> {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = options.size ?? DEFAULT_SIZE;
  const today = options.today;
  const ctx: Context = {
    rng: new Random(seed),
    today,
    counters: {},
    out: {
      ...emptyTables(),
      staff: seedStaff(),
      documentTemplates: defaultDocumentTemplates(),
    },
  };
  const slots = ctx.rng.shuffle(iroSlots(size));
  for (const [index, iroId] of slots.entries()) {
    addChild(ctx, index, iroId, DEFAULT_SETTINGS);
    yield;
  }
  // Then children who have left care or await an IRO, from a stream of their own.
  yield* careJourneySteps(ctx, seed, size, [...new Set(slots)].sort(), DEFAULT_SETTINGS);
  // Last, from a stream of their own: the IRO's contacts with each child between reviews.
  ctx.out.iroContacts = yield* iroContactSteps(ctx.out.children, seed, today);
  return {
    meta: {
      schemaVersion: SCHEMA_VERSION,
      seed,
      size,
      today,
      todayFixed: true,
      settings: DEFAULT_SETTINGS,
      scenario: { ...DEFAULT_SCENARIO },
    },
    tables: ctx.out,
  };
}
