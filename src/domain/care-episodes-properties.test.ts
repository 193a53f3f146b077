import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumberFromParts, fromDayNumber } from './calendar';
import { LEGAL_STATUSES, PLACEMENT_TYPES, REASONS_LEFT_CARE } from './care-codes';
import {
  careEpisodeProblems,
  carePeriods,
  careStatusOn,
  changeCare,
  leaveCare,
  startCare,
  type CareContext,
  type CareEpisode,
  type CareEventResult,
} from './care-episodes';

// Any sequence of care events that the event functions accept, applied in order from a first
// start. Each step moves on by `gap` days (a change at least one day after the current episode's
// start); when looked after the step is a change or leaving, otherwise a return to care.
const CONTEXT: CareContext = { dateOfBirth: '2008-01-01', today: '2040-12-31' };
const FIRST = dayNumberFromParts(2010, 1, 1);
const LAST = dayNumberFromParts(2020, 12, 31);
const CHANGE_REASONS = ['P', 'L', 'T', 'U', 'B'];
const CHANGES_LEGAL_STATUS = ['L', 'T', 'B'];
const legalStatuses = LEGAL_STATUSES.map((c) => c.code);
const placements = PLACEMENT_TYPES.map((c) => c.code);
const leavingReasons = REASONS_LEFT_CARE.map((c) => c.code);

const step = fc.record({
  leave: fc.boolean(),
  gap: fc.integer({ min: 0, max: 90 }),
  rne: fc.constantFrom(...CHANGE_REASONS),
  legalStatus: fc.nat(),
  placementType: fc.constantFrom(...placements),
  reasonEnded: fc.constantFrom(...leavingReasons),
});
const journey = fc.record({
  start: fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber),
  legalStatus: fc.constantFrom(...legalStatuses),
  placementType: fc.constantFrom(...placements),
  steps: fc.array(step, { maxLength: 15 }),
});
type Journey = typeof journey extends fc.Arbitrary<infer T> ? T : never;

type Applied =
  | { kind: 'start'; date: string; before: CareEpisode[]; after: CareEpisode[] }
  | { kind: 'change'; date: string; before: CareEpisode[]; after: CareEpisode[] }
  | { kind: 'leave'; date: string; before: CareEpisode[]; after: CareEpisode[] };

function accepted(result: CareEventResult): CareEpisode[] {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.episodes;
}

function apply(j: Journey): { episodes: CareEpisode[]; applied: Applied[] } {
  const applied: Applied[] = [];
  let episodes = accepted(
    startCare(
      [],
      { date: j.start, legalStatus: j.legalStatus, placementType: j.placementType },
      CONTEXT,
    ),
  );
  applied.push({ kind: 'start', date: j.start, before: [], after: episodes });
  let day = j.start;
  for (const s of j.steps) {
    const before = episodes;
    const open = before[before.length - 1]!;
    if (open.end !== null) {
      day = addDays(day, s.gap);
      const event = { date: day, legalStatus: open.legalStatus, placementType: s.placementType };
      episodes = accepted(startCare(before, event, CONTEXT));
      applied.push({ kind: 'start', date: day, before, after: episodes });
    } else if (s.leave) {
      day = addDays(day, s.gap);
      episodes = accepted(leaveCare(before, { date: day, reasonEnded: s.reasonEnded }, CONTEXT));
      applied.push({ kind: 'leave', date: day, before, after: episodes });
    } else {
      day = addDays(day, s.gap + 1);
      const others = legalStatuses.filter((code) => code !== open.legalStatus);
      const legalStatus = CHANGES_LEGAL_STATUS.includes(s.rne)
        ? others[s.legalStatus % others.length]!
        : open.legalStatus;
      const event = {
        date: day,
        reasonForNewEpisode: s.rne,
        legalStatus,
        placementType: s.placementType,
      };
      episodes = accepted(changeCare(before, event, CONTEXT));
      applied.push({ kind: 'change', date: day, before, after: episodes });
    }
  }
  return { episodes, applied };
}

describe('care events (properties)', () => {
  it('any sequence of accepted events gives episodes with no careEpisodeProblems', () => {
    fc.assert(
      fc.property(journey, (j) => {
        const { episodes } = apply(j);
        expect(careEpisodeProblems(episodes, CONTEXT)).toEqual([]);
        // The episodes come back in date order and every one but the last has ended.
        expect(episodes.slice(0, -1).every((e) => e.end !== null && e.reasonEnded !== null)).toBe(
          true,
        );
      }),
    );
  });

  it('after leaveCare on d the child is not looked after on d, and is on d - 1 when in care then', () => {
    fc.assert(
      fc.property(journey, (j) => {
        for (const event of apply(j).applied.filter((a) => a.kind === 'leave')) {
          const periods = carePeriods(event.after);
          const period = periods[periods.length - 1]!;
          expect(period.end).toBe(event.date);
          expect(careStatusOn(event.after, event.date)).toEqual({
            lookedAfter: false,
            lastPeriod: period,
          });
          if (period.start < event.date) {
            expect(careStatusOn(event.after, addDays(event.date, -1))).toMatchObject({
              lookedAfter: true,
              period,
            });
          }
          // Leaving changes nothing before its day.
          const dayBefore = addDays(event.date, -1);
          expect(careStatusOn(event.after, dayBefore).lookedAfter).toBe(
            careStatusOn(event.before, dayBefore).lookedAfter,
          );
        }
      }),
    );
  });

  it('startCare always starts a new period, on its date, with an S episode', () => {
    fc.assert(
      fc.property(journey, (j) => {
        for (const event of apply(j).applied.filter((a) => a.kind === 'start')) {
          const before = carePeriods(event.before);
          const after = carePeriods(event.after);
          expect(after).toHaveLength(before.length + 1);
          const period = after[after.length - 1]!;
          expect(period.start).toBe(event.date);
          expect(period.episodes.map((e) => e.reasonForNewEpisode)).toEqual(['S']);
          expect(careStatusOn(event.after, event.date)).toMatchObject({
            lookedAfter: true,
            period,
          });
        }
      }),
    );
  });

  it('changeCare keeps the period: same periods, the new episode current from its day', () => {
    fc.assert(
      fc.property(journey, (j) => {
        for (const event of apply(j).applied.filter((a) => a.kind === 'change')) {
          const before = carePeriods(event.before);
          const after = carePeriods(event.after);
          expect(after.map((p) => p.start)).toEqual(before.map((p) => p.start));
          const current = event.after[event.after.length - 1]!;
          const previous = event.after[event.after.length - 2]!;
          expect(previous).toMatchObject({ end: event.date, reasonEnded: 'X1' });
          expect(careStatusOn(event.after, event.date)).toMatchObject({
            lookedAfter: true,
            episode: current,
          });
          expect(careStatusOn(event.after, addDays(event.date, -1))).toMatchObject({
            lookedAfter: true,
            episode: previous,
          });
        }
      }),
    );
  });

  it('the order the episodes are given in does not matter (distinct start days)', () => {
    fc.assert(
      fc.property(
        journey,
        fc.infiniteStream(fc.nat()),
        fc.integer({ min: FIRST, max: LAST + 4000 }).map(fromDayNumber),
        (j, randoms, probe) => {
          const { episodes } = apply(j);
          if (new Set(episodes.map((e) => e.start)).size !== episodes.length) return;
          const shuffled = [...episodes];
          const iterator = randoms[Symbol.iterator]();
          for (let i = shuffled.length - 1; i > 0; i--) {
            const k = iterator.next().value! % (i + 1);
            [shuffled[i], shuffled[k]] = [shuffled[k]!, shuffled[i]!];
          }
          expect(carePeriods(shuffled)).toEqual(carePeriods(episodes));
          expect(careStatusOn(shuffled, probe)).toEqual(careStatusOn(episodes, probe));
          expect(careEpisodeProblems(shuffled, CONTEXT)).toEqual([]);
        },
      ),
    );
  });

  it('one period per start event, each ended by a leaving event except maybe the last', () => {
    fc.assert(
      fc.property(journey, (j) => {
        const { episodes, applied } = apply(j);
        const periods = carePeriods(episodes);
        expect(periods.map((p) => p.start)).toEqual(
          applied.filter((a) => a.kind === 'start').map((a) => a.date),
        );
        expect(periods.filter((p) => p.end !== null).map((p) => p.end)).toEqual(
          applied.filter((a) => a.kind === 'leave').map((a) => a.date),
        );
      }),
    );
  });
});
