// The seeded midpoint checks between reviews.
import {
  addDays,
  compareDates,
  midpointCheckDue,
  type IsoDate,
  type ReviewRuleSet,
} from '@/domain';
import type { MidpointCheck } from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { minDate, nextId, type Context } from './context';
import { MIDPOINT_NOTES } from './names';
import type { PeriodPlan } from './periods';

function makeMidpointCheck(ctx: Context, childId: string, checkedOn: IsoDate): MidpointCheck {
  const { rng } = ctx;
  const outcome = rng.weighted([
    ['on-track', 76],
    ['concerns', 19],
    ['escalated', 5],
  ] as const);
  return {
    id: nextId(ctx, 'mc'),
    childId,
    checkedOn,
    outcome,
    note: rng.pick(MIDPOINT_NOTES),
    version: 1,
  };
}

/** Most intervals of the current period have a check (only the recent ones are kept). */
export function addMidpointChecks(
  ctx: Context,
  childId: string,
  current: PeriodPlan,
  rules: ReviewRuleSet,
): void {
  const { rng, today, out } = ctx;
  const episode = { becameLookedAfter: current.start, reviews: current.reviews };
  const intervals = current.reviews.length;
  for (let i = Math.max(0, intervals - 2); i < intervals; i++) {
    const mid = midpointCheckDue(
      { becameLookedAfter: current.start, reviews: current.reviews.slice(0, i) },
      calendar,
      rules,
    );
    const heldNext = current.reviews[i] as IsoDate;
    if (rng.chance(0.85)) {
      const checkedOn = addDays(mid.due, rng.int(-3, 7));
      if (compareDates(checkedOn, heldNext) < 0 && compareDates(checkedOn, mid.intervalStart) > 0) {
        out.midpointChecks.push(makeMidpointCheck(ctx, childId, checkedOn));
      }
    }
  }
  const currentMid = midpointCheckDue(episode, calendar, rules);
  if (compareDates(currentMid.due, today) <= 0 && rng.chance(0.88)) {
    const checkedOn = minDate(today, addDays(currentMid.due, rng.int(-2, 8)));
    if (compareDates(checkedOn, currentMid.intervalStart) > 0) {
      out.midpointChecks.push(makeMidpointCheck(ctx, childId, checkedOn));
    }
  }
}
