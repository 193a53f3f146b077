// The seeded escalations (dispute resolution protocol).
import { addDays, type IsoDate } from '@/domain';
import type { Escalation } from '@/lib/api/schemas';
import { maxDate, minDate, nextId, type Context } from './context';
import { ESCALATION_REASONS } from './names';

/** A few children have an escalation: open at each stage, or resolved. */
export function addEscalation(ctx: Context, childId: string, periodStart: IsoDate): void {
  const { rng, today, out } = ctx;
  if (!rng.chance(0.08)) return;
  const stage = rng.weighted([
    [1, 60],
    [2, 30],
    [3, 10],
  ] as const);
  // Never after today (a child who became looked after today cannot have one raised tomorrow).
  const raisedOn = minDate(
    today,
    maxDate(addDays(periodStart, 1), addDays(today, -rng.int(5, 150))),
  );
  const stages: Escalation['stages'] = [
    { stage: 1, reachedOn: raisedOn, note: 'Raised with the team manager' },
  ];
  let reached = raisedOn;
  for (let s = 2 as 2 | 3; s <= stage; s = (s + 1) as 2 | 3) {
    reached = minDate(today, addDays(reached, rng.int(10, 30)));
    stages.push({
      stage: s,
      reachedOn: reached,
      note: s === 2 ? 'Escalated to the head of service' : 'Escalated to the director',
    });
    if (s === 3) break;
  }
  const resolved = rng.chance(0.45);
  const resolvedOn = resolved ? minDate(today, addDays(reached, rng.int(5, 30))) : null;
  out.escalations.push({
    id: nextId(ctx, 'es'),
    childId,
    stage,
    reason: rng.pick(ESCALATION_REASONS),
    raisedOn,
    resolvedOn,
    outcome: resolvedOn === null ? null : 'Plan agreed with the team manager and actions completed',
    stages,
    // Those that reached stage 3 were referred to Cafcass that day (no draw from the random
    // stream, so every other seeded record stays as it was).
    cafcassReferredOn: stage === 3 ? reached : null,
    cafcassNote: stage === 3 ? 'Care plan still not progressed after stage 3' : null,
    version: stages.length + (resolvedOn === null ? 0 : 1),
  });
}
