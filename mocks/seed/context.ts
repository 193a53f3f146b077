// What the seed's generators share: the random stream, today, id counters and the tables being
// filled, with small helpers. Every draw on the random stream is in a fixed order: the same seed
// gives the same data.
import type { IsoDate } from '@/domain';
import type { Snapshot } from '../db/types';
import { ADULT_GIVEN_NAMES, FAMILY_NAMES } from './names';
import { opaqueId, type Random } from './prng';

/** The state a child's next review is aimed at, so that the demo shows a controlled mix. */
export type TargetState = 'overdue' | 'at-risk' | 'booked-late' | 'booked' | 'on-track';

export interface Context {
  rng: Random;
  today: IsoDate;
  counters: Record<string, number>;
  out: Snapshot['tables'];
}

export function nextId(ctx: Context, prefix: string): string {
  const n = ctx.counters[prefix] ?? 0;
  ctx.counters[prefix] = n + 1;
  return opaqueId(prefix, n);
}

// Real 'YYYY-MM-DD' dates sort as strings.
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function personName(rng: Random): string {
  return `${rng.pick(ADULT_GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`;
}

/** The IRO of a seeded child who has reviews or meetings (allocated by then). */
export function iroOf(child: { id: string; iroId: string | null }): string {
  if (child.iroId === null) throw new Error(`Seed: child ${child.id} has no IRO`);
  return child.iroId;
}
