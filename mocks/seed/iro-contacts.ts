// The IRO's contacts with each child between reviews: a few per child in their latest period of
// care, most children seen in the last six months and some not (so the caseload's filter "not
// seen by the IRO" has children in it). Drawn from a random stream of their own, after everything
// else is seeded, so every other seeded record stays exactly as it was.
import {
  addDays,
  careStatusOn,
  carePeriods,
  compareDates,
  daysBetween,
  iroContactSeesChild,
  type IroContactType,
  type IsoDate,
} from '@/domain';
import type { Child, IroContact } from '@/lib/api/schemas';
import { opaqueId, Random } from './prng';
import { runSteps } from './steps';

/** Mixed into the seed: this stream is not the one the rest of the seed draws from. */
const STREAM = 0x1c0c7a57;

const TYPES: readonly (readonly [IroContactType, number])[] = [
  ['visit', 50],
  ['video-call', 15],
  ['phone-call', 20],
  ['message', 15],
];

const NOTES = [
  'Saw the child at their placement; they talked about school and their friends.',
  'Checked in ahead of the review about what they want to say.',
  'Talked about the plan for family time over the holidays.',
  'The child asked about moving schools; I will raise it with the social worker.',
  null,
] as const;

/** The seeded contacts, for every allocated child, in child order. */
export function seedIroContacts(
  children: readonly Child[],
  seed: number,
  today: IsoDate,
): IroContact[] {
  return runSteps(iroContactSteps(children, seed, today));
}

/** The same, one step a child (mocks/seed/steps.ts). */
export function* iroContactSteps(
  children: readonly Child[],
  seed: number,
  today: IsoDate,
): Generator<void, IroContact[]> {
  const rng = new Random((seed ^ STREAM) >>> 0);
  const contacts: IroContact[] = [];
  for (const child of children) {
    yield;
    if (child.iroId === null) continue;
    const periods = carePeriods(child.episodes);
    const period = periods[periods.length - 1];
    if (period === undefined) continue;
    const status = careStatusOn(child.episodes, today);
    const last = status.lookedAfter || period.end === null ? today : period.end;
    const span = daysBetween(period.start, last);
    if (span < 0) continue;
    // One child in five was last seen over six months ago (or never, for a child new to care).
    const stale = rng.chance(0.2);
    const latestGap = stale ? rng.int(190, 400) : rng.int(3, 150);
    const count = rng.int(1, 4);
    let on = addDays(last, -latestGap);
    for (let index = 0; index < count; index++) {
      if (compareDates(on, period.start) < 0) break;
      // The latest of a child seen lately is a visit, so "seen" and "contact" agree there.
      const type = index === 0 && !stale ? 'visit' : rng.weighted(TYPES);
      contacts.push({
        id: opaqueId('ic', contacts.length),
        childId: child.id,
        contactOn: on,
        type,
        seenAlone: iroContactSeesChild(type) ? rng.chance(0.7) : null,
        note: rng.pick(NOTES),
        iroId: child.iroId,
        recordedAt: `${on}T16:00:00.000Z`,
      });
      on = addDays(on, -rng.int(30, 120));
    }
  }
  return contacts;
}
