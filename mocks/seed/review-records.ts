// The seeded record of each review: decisions and whether the care plan was endorsed, who took
// part and the child's views (the latest review), the IRO's quality checks (recent reviews),
// signed-off reviews' manager, queries of decisions, and earlier recommendations followed up (done
// or found no longer needed by the next review, a few still open).
// Drawn from a random stream of their own per child, so every other seeded record stays exactly
// as it was; texts are shared so a 100,000-child seed stays small.
import {
  addWorkingDays,
  compareDates,
  isOfCompulsorySchoolAge,
  workingDaysBetween,
  type IsoDate,
  type QualityCheckAnswer,
} from '@/domain';
import type { Attendee, Child, QualityChecks, Review } from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { personName } from './context';
import { Random } from './prng';
import { seedStaff } from './staff';

const DECISIONS = [
  'The care plan continues as agreed. The child stays in their current placement, with family time as set out in the plan. The recommendations below were agreed.',
  'The review endorsed the plan for long-term foster care with the current carers, to be presented to the permanence panel. The recommendations below were agreed.',
  'The plan for the child to return home is not endorsed yet: a further assessment of the parents is needed first. The review agreed the recommendations below.',
  'The child’s plan of stability in their children’s home is endorsed, with a transition plan to be started before their 16th birthday. The recommendations below were agreed.',
  'The care plan is endorsed. Education support and the health assessment are the priorities before the next review, as in the recommendations below.',
] as const;

const CHILD_VIEWS: Record<string, string> = {
  PN0: 'Too young to give views: the carers described the child’s routines and progress.',
  PN1: 'The child spoke for themselves at the meeting: they are happy where they live and want more time with their brother.',
  PN2: 'The child attended and asked the IRO to share the views they had given before the meeting.',
  PN3: 'The child attended and shared their views through a symbol board with their carer’s help.',
  PN4: 'The child attended but chose not to speak; their views came from their consultation form.',
  PN5: 'The child’s advocate presented their views: they want to stay at their school.',
  PN6: 'The child’s views came from their consultation form and a conversation with the IRO before the meeting.',
  PN7: 'The child did not take part; the social worker shared what the child had said on their last visit.',
};

const ATTENDEE_ROLES = [
  'Social worker',
  'Foster carer',
  'Parent',
  'Designated teacher',
  'Health visitor',
] as const;
const METHODS: readonly (readonly [Attendee['method'], number])[] = [
  ['in-person', 55],
  ['video', 30],
  ['phone', 8],
  ['written', 7],
];

const NOT_NEEDED_NOTES = [
  'Overtaken by the placement move',
  'The child no longer wants this',
  'Replaced by a new recommendation at the next review',
] as const;

// Shared, never changed: the stored record replaces a review's checks, never edits them.
const ANSWERS: Record<QualityCheckAnswer, { answer: QualityCheckAnswer; note: null }> = {
  yes: Object.freeze({ answer: 'yes', note: null }),
  no: Object.freeze({ answer: 'no', note: null }),
  'not-applicable': Object.freeze({ answer: 'not-applicable', note: null }),
};

function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}

function answer(rng: Random, yesShare: number): { answer: QualityCheckAnswer; note: null } {
  return rng.chance(yesShare) ? ANSWERS.yes : ANSWERS.no;
}

function qualityChecks(
  rng: Random,
  child: Child,
  heldOn: IsoDate,
  reviewNumber: number,
): QualityChecks {
  const schoolAge = isOfCompulsorySchoolAge(child.dateOfBirth, heldOn);
  return {
    permanencePlan:
      reviewNumber >= 2
        ? answer(rng, 0.87)
        : rng.chance(0.3)
          ? ANSWERS['not-applicable']
          : answer(rng, 0.6),
    healthAssessment: answer(rng, 0.83),
    educationPlan: schoolAge ? answer(rng, 0.8) : ANSWERS['not-applicable'],
    socialWorkerVisits: answer(rng, 0.6),
    toldAboutAdvocacy: answer(rng, 0.9),
  };
}

const MANAGERS = seedStaff()
  .filter((member) => member.role === 'team-manager')
  .map((member) => Object.freeze({ id: member.id, name: member.name }));

/**
 * Fills in the record of each of a child's seeded reviews (in date order), given the start of each
 * review's period of care (to number it) and today.
 */
export function addReviewRecords(
  child: Child,
  reviews: readonly Review[],
  periodStartOf: (review: Review) => IsoDate,
  today: IsoDate,
): void {
  const rng = new Random(hashOf(child.id));
  const manager = MANAGERS[hashOf(child.id) % MANAGERS.length] ?? null;
  const recentFrom = reviews.length - 3;
  let number = 0;
  let period: IsoDate | null = null;
  reviews.forEach((review, index) => {
    const start = periodStartOf(review);
    number = start === period ? number + 1 : 1;
    period = start;
    if (review.decisionsSentOn !== null) {
      review.decisions = rng.pick(DECISIONS);
      review.carePlanEndorsed = rng.chance(0.94);
    }
    if (review.managerSignOffOn !== null) review.signedOffBy = manager;
    if (index >= recentFrom)
      review.qualityChecks = qualityChecks(rng, child, review.heldOn, number);
    // The next review followed up what was still open: most were done by then, some found no
    // longer needed, a few carried on. The latest review's are followed up between reviews.
    const next = reviews[index + 1];
    for (const recommendation of review.recommendations) {
      if (
        recommendation.completedOn !== null ||
        compareDates(recommendation.targetDate, today) >= 0
      ) {
        continue;
      }
      const by = next === undefined ? recommendation.targetDate : next.heldOn;
      const closedOn =
        compareDates(by, recommendation.targetDate) < 0 ? by : recommendation.targetDate;
      const roll = rng.next();
      if (next !== undefined && roll < 0.6) {
        recommendation.completedOn = closedOn;
      } else if (roll < (next === undefined ? 0.15 : 0.8)) {
        recommendation.noLongerNeeded = { on: closedOn, note: rng.pick(NOT_NEEDED_NOTES) };
      }
    }
    if (index !== reviews.length - 1) return;
    // The latest review: who took part, the child's views, and now and then a manager's query.
    review.childViews = CHILD_VIEWS[review.participationCode] ?? null;
    const attendees: Attendee[] = [];
    const people = rng.int(2, 4);
    for (let i = 0; i < people; i++) {
      attendees.push({
        name: personName(rng),
        role: ATTENDEE_ROLES[i % ATTENDEE_ROLES.length] ?? 'Social worker',
        method: rng.weighted(METHODS),
      });
    }
    review.attendees = attendees;
    const waiting =
      review.decisionsSentOn !== null && review.managerSignOffOn === null && manager !== null
        ? workingDaysBetween(review.decisionsSentOn, today, calendar)
        : -1;
    if (waiting >= 2 && rng.chance(0.35)) {
      review.signOffQueries = [
        {
          id: `soq_${review.id}`,
          raisedOn: addWorkingDays(review.decisionsSentOn ?? today, 1, calendar),
          raisedAt: `${addWorkingDays(review.decisionsSentOn ?? today, 1, calendar)}T09:30:00.000Z`,
          raisedBy: manager ?? { id: 'unknown', name: 'Team manager' },
          reason:
            'The decisions do not say when the health assessment will be done: please add a date and who is responsible.',
          answer: null,
        },
      ];
    }
  });
}
