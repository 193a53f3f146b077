// The seeded reviews: participation, advocacy, recommendations, record of review and sign-off.
import {
  addDays,
  addWorkingDays,
  allowedParticipationCodes,
  compareDates,
  DEFAULT_LATE_REVIEW_REASONS,
  recommendationOwnerProblem,
  reviewHistory,
  toDayNumber,
  type ReviewRuleSet,
  type IsoDate,
  type ParticipationCode,
  type ParticipationMethod,
} from '@/domain';
import {
  unwrittenReviewRecord,
  type Child,
  type Recommendation,
  type Review,
} from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { iroOf, maxDate, nextId, type Context } from './context';
import { ADVOCACY_PROVIDERS, RECOMMENDATION_ACTIONS, RECOMMENDATION_OWNERS } from './names';
import type { Random } from './prng';

const PARTICIPATION_WEIGHTS: readonly (readonly [ParticipationCode, number])[] = [
  ['PN1', 46],
  ['PN2', 5],
  ['PN3', 5],
  ['PN4', 5],
  ['PN5', 7],
  ['PN6', 23],
  ['PN7', 9],
];

function participationFor(
  rng: Random,
  dateOfBirth: IsoDate,
  heldOn: IsoDate,
): { code: ParticipationCode; method: ParticipationMethod } {
  const allowed = allowedParticipationCodes(dateOfBirth, heldOn);
  if (allowed.length === 1) {
    return { code: 'PN0', method: rng.chance(0.8) ? 'in-person' : 'virtual' };
  }
  const code = rng.weighted(PARTICIPATION_WEIGHTS);
  let method: ParticipationMethod;
  switch (code) {
    case 'PN5':
      method = 'via-advocate';
      break;
    case 'PN6':
      method = rng.chance(0.75) ? 'consultation-form' : 'virtual';
      break;
    default:
      method = rng.weighted([
        ['in-person', 62],
        ['virtual', 24],
        ['hybrid', 14],
      ] as const);
  }
  return { code, method };
}

/**
 * The owner drawn, or the social worker when the drawn role does not fit the child's age (a
 * personal adviser before 16): replaced, not redrawn, so every other draw stays as it was.
 */
export function ownerFor(drawn: string, dateOfBirth: IsoDate, heldOn: IsoDate): string {
  return recommendationOwnerProblem(drawn, dateOfBirth, heldOn) === null ? drawn : 'Social worker';
}

interface ReviewPlan {
  heldOn: IsoDate;
  latest: boolean;
  recent: boolean;
}

export function makeReview(
  ctx: Context,
  child: Child,
  plan: ReviewPlan,
  periodStart: IsoDate,
  recordTarget: number,
): Review {
  const { rng, today } = ctx;
  const { heldOn } = plan;
  const participation = participationFor(rng, child.dateOfBirth, heldOn);
  const underFour = participation.code === 'PN0';
  const offered = !underFour && rng.chance(0.92);
  const referralMade = offered && (participation.code === 'PN5' || rng.chance(0.12));
  const declined = offered && !referralMade && rng.chance(0.25);
  const recommendations: Recommendation[] = [];
  // Recommendations are kept for the recent reviews only (keeps 100,000-child seeds fast).
  const recommendationCount = plan.recent ? rng.int(1, 4) : 0;
  for (let i = 0; i < recommendationCount; i++) {
    const targetDate = addDays(heldOn, rng.int(20, 120));
    const done = targetDate < today && rng.chance(0.8);
    recommendations.push({
      id: nextId(ctx, 'rec'),
      action: rng.pick(RECOMMENDATION_ACTIONS),
      owner: ownerFor(rng.pick(RECOMMENDATION_OWNERS), child.dateOfBirth, heldOn),
      targetDate,
      completedOn: done ? maxDate(heldOn, addDays(targetDate, -rng.int(0, 15))) : null,
      noLongerNeeded: null,
    });
  }

  // Record of review: mostly within the local target, some within the 20-day limit, a few later;
  // the latest review is occasionally still outstanding past the target (recordOfReviewOverdue).
  const recordWorkingDays = rng.weighted([
    [rng.int(3, recordTarget), 85],
    [rng.int(recordTarget + 1, recordTarget + 5), 10],
    [rng.int(recordTarget + 6, recordTarget + 15), 5],
  ] as const);
  let recordOn: IsoDate | null = addWorkingDays(heldOn, recordWorkingDays, calendar);
  if (compareDates(recordOn, today) > 0) recordOn = null;
  if (plan.latest && recordOn !== null && rng.chance(0.03)) {
    const targetDate = addWorkingDays(heldOn, recordTarget, calendar);
    if (compareDates(targetDate, today) < 0) recordOn = null;
  }
  let decisionsSentOn: IsoDate | null = addWorkingDays(heldOn, rng.int(1, 5), calendar);
  if (compareDates(decisionsSentOn, today) > 0) decisionsSentOn = null;
  let managerSignOffOn: IsoDate | null =
    decisionsSentOn === null ? null : addWorkingDays(decisionsSentOn, rng.int(0, 6), calendar);
  if (managerSignOffOn !== null && compareDates(managerSignOffOn, today) > 0) {
    managerSignOffOn = null;
  }
  if (plan.latest && rng.chance(0.05)) managerSignOffOn = null;

  return {
    id: nextId(ctx, 'rv'),
    childId: child.id,
    heldOn,
    participationCode: participation.code,
    participationMethod: participation.method,
    advocacy: {
      offered,
      referralMade,
      referralDate: referralMade ? maxDate(periodStart, addDays(heldOn, -rng.int(3, 30))) : null,
      provider: referralMade ? rng.pick(ADVOCACY_PROVIDERS) : null,
      declined,
      outcome: referralMade
        ? rng.pick([
            'Advocate met the child before the review and presented their views',
            'Advocate supported the child to speak for themselves at the review',
            'Child met the advocate and chose to give their views by consultation form',
          ] as const)
        : null,
    },
    recommendations,
    // Written by `addReviewRecords`, from a random stream of its own.
    ...unwrittenReviewRecord(),
    recordOfReviewCompletedOn: recordOn,
    decisionsSentOn,
    managerSignOffOn,
    // Set by `addLateReasons` once the period's due dates are known.
    lateReason: null,
    lateEntry: null,
    withdrawn: null,
    version: 1,
    recordedBy: iroOf(child),
    recordedAt: `${recordOn ?? heldOn}T16:30:00.000Z`,
  };
}

/** Details for the seeded "Other" reasons, so the demo shows what details look like. */
const OTHER_DETAILS = [
  'The child asked for the review after their exams',
  'Interpreter not available before the due date',
] as const;

/**
 * Every seeded review held after its due date gets a reason from the default list, as the backend
 * now requires: chosen from the date itself, not the random stream, so every other seeded record
 * stays exactly as it was.
 */
export function addLateReasons(
  reviews: readonly Review[],
  periods: readonly { start: IsoDate; reviews: readonly IsoDate[] }[],
  rules: ReviewRuleSet,
): void {
  for (const period of periods) {
    const history = reviewHistory(
      { becameLookedAfter: period.start, reviews: period.reviews },
      calendar,
      rules,
    );
    for (const held of history) {
      if (held.inTimescale) continue;
      const review = reviews.find((candidate) => candidate.heldOn === held.held);
      if (review === undefined) continue;
      const day = toDayNumber(held.held);
      const option = DEFAULT_LATE_REVIEW_REASONS[day % DEFAULT_LATE_REVIEW_REASONS.length];
      if (option === undefined) continue;
      review.lateReason = {
        code: option.code,
        label: option.label,
        details: option.detailsRequired
          ? (OTHER_DETAILS[day % OTHER_DETAILS.length] ?? null)
          : null,
      };
    }
  }
}
