// The seeded children: one child with their periods of care, reviews, midpoint checks, meetings
// and escalations, drawn from the random stream in a fixed order.
import { addDays, ageOn, compareDates, nextReviewDue, reviewRulesForLegalStatus } from '@/domain';
import type { Child, Settings } from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { personName, type Context } from './context';
import { addEscalation } from './escalations';
import { addMeetings } from './meetings';
import { addMidpointChecks } from './midpoint-checks';
import { FAMILY_NAMES, GIVEN_NAMES, PLACEMENTS, SOCIAL_WORK_TEAMS } from './names';
import { episodesFor, pickDateOfBirth, planCurrentPeriod, planPreviousPeriod } from './periods';
import { opaqueId } from './prng';
import { addReviewRecords } from './review-records';
import { holdReviewsOnWorkingDays } from './review-days';
import { addLateReasons, makeReview } from './reviews';

const LEGAL_STATUSES: readonly (readonly [string, number])[] = [
  ['C2', 62],
  ['V2', 18],
  ['C1', 10],
  ['E1', 7],
  ['J2', 1],
  ['L2', 2],
];

/** One seeded child: `index` numbers them (id and reference), `iroId` is the IRO allocated. */
export function addChild(ctx: Context, index: number, iroId: string, settings: Settings): void {
  const { rng, today, out } = ctx;
  let dateOfBirth = pickDateOfBirth(rng, today);
  const shortBreaks = ageOn(dateOfBirth, today) >= 4 && rng.chance(0.03);
  const legalStatus = shortBreaks ? rng.pick(['V3', 'V4'] as const) : rng.weighted(LEGAL_STATUSES);
  const rules = reviewRulesForLegalStatus(legalStatus);
  const state = rng.weighted([
    ['overdue', 4],
    ['at-risk', 7],
    ['booked-late', 2],
    ['booked', 33],
    ['on-track', 54],
  ] as const);

  const current = planCurrentPeriod(
    rng,
    today,
    dateOfBirth,
    rules,
    state,
    settings.atRiskWorkingDays,
  );
  if (compareDates(current.start, dateOfBirth) <= 0) {
    dateOfBirth = addDays(current.start, -rng.int(7, 60));
  }
  const previous =
    !shortBreaks && rng.chance(0.1)
      ? planPreviousPeriod(rng, dateOfBirth, current.start, rules)
      : null;
  const periods = [...(previous ? [previous] : []), { ...current, end: null }];

  const givenName = rng.pick(GIVEN_NAMES);
  const familyName = rng.pick(FAMILY_NAMES);
  const id = opaqueId('c', index);
  const episodes = episodesFor(ctx, rng, periods, legalStatus, shortBreaks, today);
  const lastEpisode = episodes[episodes.length - 1];
  const placement =
    PLACEMENTS.find((p) => p.type === lastEpisode?.placementType) ??
    (shortBreaks
      ? { type: 'T4', description: 'Short breaks with a foster carer' }
      : { type: 'U6', description: 'Foster placement with other foster carer, not long term' });
  const child: Child = {
    id,
    childRef: `LA${String(100000 + ((index * 7919) % 900000))}`,
    givenName,
    familyName,
    dateOfBirth,
    sex: null,
    legalStatus,
    placement: { type: placement.type, description: placement.description },
    socialWorker: {
      name: personName(rng),
      team: shortBreaks ? 'Disabled Children’s Team' : rng.pick(SOCIAL_WORK_TEAMS),
    },
    iroId,
    version: 1,
    episodes,
  };
  out.children.push(child);

  // Reviews of every period, the latest flagged (it may be awaiting its record or sign-off).
  const allHeld = periods.flatMap((period) =>
    period.reviews.map((heldOn) => ({ heldOn, start: period.start })),
  );
  const reviews = allHeld.map(({ heldOn, start }, i) =>
    makeReview(
      ctx,
      child,
      { heldOn, latest: i === allHeld.length - 1, recent: i >= allHeld.length - 3 },
      start,
      settings.recordOfReviewTargetWorkingDays,
    ),
  );
  // On working days, never after today: moved without a draw, so that nothing else moves.
  const drawnLatestOn = allHeld[allHeld.length - 1]?.heldOn;
  const held = holdReviewsOnWorkingDays(
    child,
    reviews,
    periods,
    rules,
    today,
    settings.atRiskWorkingDays,
  );
  addLateReasons(reviews, held, rules);
  const startOf = new Map(
    held.flatMap((period) => period.reviews.map((heldOn) => [heldOn, period.start] as const)),
  );
  addReviewRecords(
    child,
    reviews,
    (review) => startOf.get(review.heldOn) ?? review.heldOn,
    ctx.today,
  );
  out.reviews.push(...reviews);
  const latest = reviews[reviews.length - 1];

  // Midpoint checks: most intervals of the current period have one (only the recent ones are kept).
  addMidpointChecks(ctx, child.id, current, rules);

  // Meetings: the one where the latest review was held, and the next one when it is booked.
  const episode = { becameLookedAfter: current.start, reviews: current.reviews };
  const heldEpisode = { becameLookedAfter: current.start, reviews: held.at(-1)?.reviews ?? [] };
  addMeetings(
    ctx,
    child,
    state,
    latest === undefined || drawnLatestOn === undefined
      ? undefined
      : { review: latest, drawnOn: drawnLatestOn },
    {
      drawn: nextReviewDue(episode, calendar, rules).due,
      actual: nextReviewDue(heldEpisode, calendar, rules).due,
    },
  );

  // Dispute resolution: a few open escalations at each stage, and some resolved ones.
  addEscalation(ctx, child.id, current.start);
}
