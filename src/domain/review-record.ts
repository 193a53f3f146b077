import {
  backDatedReviewImpact,
  lateEntryProblems,
  reviewAsEntered,
  type LateEntry,
} from './back-dated-review';
import { compareDates, formatDate, type IsoDate } from './calendar';
import { FieldProblemList, isBlank, type FieldProblem } from './field-problems';
import {
  lateReviewReasonProblems,
  type LateReviewReasonEntry,
  type LateReviewReasonOption,
} from './late-review-reason';
import { participationCodeProblem } from './participation';
import { qualityCheckProblems, type QualityChecksEntry } from './quality-checks';
import { recommendationOwnerProblem } from './recommendation-owners';
import type { EpisodeOfCare, ReviewRuleSet } from './schedule';
import type { HolidaySource } from './working-days';

// The rules a review record must meet beyond its shape (the form and the backend both run these:
// a blank answer, a date that is not a real date and text length are checked where it is typed).

/** The advocacy part of a review: a referral needs its date and provider. */
export interface AdvocacyRecord {
  referralMade: boolean;
  referralDate: IsoDate | null;
  provider: string | null;
  declined: boolean;
}

/** A review as recorded. A date is null when it is blank (or, on a form, not yet a real date). */
export interface ReviewRecord {
  heldOn: IsoDate | null;
  participationCode: string | null;
  advocacy: AdvocacyRecord;
  recommendations: readonly {
    /** Who is responsible: checked against the child's age when given. */
    owner?: string | null;
    targetDate: IsoDate | null;
    completedOn: IsoDate | null;
    noLongerNeeded?: { on: IsoDate | null; note: string | null } | null;
  }[];
  recordOfReviewCompletedOn: IsoDate | null;
  decisionsSentOn: IsoDate | null;
  managerSignOffOn: IsoDate | null;
  /** A review dated before the latest one in its period: the confirmation it needs. */
  lateEntry?: LateEntry | null;
  /** A review held after its due date: why. */
  lateReason?: LateReviewReasonEntry | null;
  /** The decisions as text: needed before the date they were sent (the sign-off reads them). */
  decisions?: string | null;
  /** null: not answered. Needed before the decisions are sent. */
  carePlanEndorsed?: boolean | null;
  /** null: not recorded for this review. */
  qualityChecks?: QualityChecksEntry | null;
}

/**
 * Where the review falls in its period of care, to judge it against the other reviews: when it is
 * due (a review held late needs a reason) and, for a new review, whether it is dated before the
 * latest one (then it must be confirmed as a late entry).
 */
export interface ReviewTimingContext {
  /** The period's start and its other reviews (not this one), held and not withdrawn. */
  episode: EpisodeOfCare;
  rules: ReviewRuleSet;
  holidays: HolidaySource;
  /** The council's list of reasons for holding a review late (a setting). */
  lateReviewReasons: readonly LateReviewReasonOption[];
  /** A new review dated before the latest needs confirming; a change to a saved one does not. */
  confirmBackDating: boolean;
}

export interface ReviewRecordContext {
  /** Today in England (the domain never reads the clock). */
  today: IsoDate;
  dateOfBirth: IsoDate;
  /**
   * The period of care the review must fall in: the review cannot be before its start or after
   * its end. Without it the review date only has to be on or after the date of birth.
   */
  periodOfCare?: { start: IsoDate; end: IsoDate | null } | null;
  /** The child's other reviews: two reviews cannot be held on the same day. */
  otherReviewDates?: readonly IsoDate[];
  /** Without it, neither lateness nor back-dating is checked. */
  timing?: ReviewTimingContext | null;
  /**
   * The review's number in its period (1 = first), for the quality checks; worked out from
   * `timing` when that is given.
   */
  reviewNumber?: number | null;
}

/**
 * A review's place in its period: a back-dated new review needs confirming as a late entry, and a
 * review held after its due date needs a reason. Fields `lateEntry.*` and `lateReason.*`.
 */
export function reviewTimingProblems(
  review: Pick<ReviewRecord, 'heldOn' | 'lateEntry' | 'lateReason'>,
  timing: ReviewTimingContext,
): FieldProblem[] {
  const { heldOn } = review;
  if (heldOn === null) return [];
  const { episode, holidays, rules } = timing;
  const impact = timing.confirmBackDating
    ? backDatedReviewImpact(episode, heldOn, holidays, rules)
    : null;
  const entered = reviewAsEntered(episode, heldOn, holidays, rules);
  return [
    ...lateEntryProblems(review.lateEntry ?? null, impact),
    ...lateReviewReasonProblems(review.lateReason ?? null, {
      heldOn,
      due: entered?.due ?? null,
      options: timing.lateReviewReasons,
    }),
  ];
}

/** Text limits of the record of the review (checked where typed: the form and the API). */
export const ATTENDEE_LIMIT = 120;
export const CHILD_VIEWS_LIMIT = 4000;
export const DECISIONS_LIMIT = 8000;

const HELD = 'Date the review was held';
const RECORD = 'Date the record of the review was completed';
const DECISIONS = 'Date the decisions were sent';
const SIGN_OFF = 'Date of the manager’s sign-off';
const REFERRAL = 'Date of the advocacy referral';
const COMPLETED = 'Date the action was completed';

function sameOrAfterHeld(label: string): string {
  return `${label} must be the same as or after the date the review was held`;
}

/**
 * A referral needs its date and provider, and cannot also be declined. Fields are the API's
 * (`advocacy.referralDate`, `advocacy.provider`, `advocacy.declined`).
 */
export function advocacyProblems(advocacy: AdvocacyRecord): FieldProblem[] {
  const problems = new FieldProblemList();
  if (advocacy.referralMade && advocacy.referralDate === null) {
    problems.add('advocacy.referralDate', 'Enter the date of the advocacy referral');
  }
  if (advocacy.referralMade && isBlank(advocacy.provider)) {
    problems.add('advocacy.provider', 'Enter the advocacy provider the child was referred to');
  }
  if (advocacy.referralMade && advocacy.declined) {
    problems.add('advocacy.declined', 'Advocacy cannot be both referred and declined');
  }
  return problems.list();
}

/**
 * Every rule a review record must meet beyond its shape, one problem per field at most, in the
 * order of the form. A date with a problem of its own (or an unknown one) is not used to judge
 * the dates compared with it.
 */
export function reviewRecordProblems(
  review: ReviewRecord,
  context: ReviewRecordContext,
): FieldProblem[] {
  const { today, dateOfBirth, periodOfCare } = context;
  const problems = new FieldProblemList();
  const { heldOn } = review;

  problems.notInFuture('heldOn', HELD, heldOn, today);
  if (heldOn !== null && periodOfCare !== undefined && periodOfCare !== null) {
    problems.notBefore(
      'heldOn',
      `Review date cannot be before the child became looked after on ${formatDate(periodOfCare.start)}`,
      heldOn,
      periodOfCare.start,
    );
    if (periodOfCare.end !== null && compareDates(heldOn, periodOfCare.end) > 0) {
      problems.add(
        'heldOn',
        `Review date cannot be after the period of care ended on ${formatDate(periodOfCare.end)}`,
      );
    }
  } else {
    problems.notBefore(
      'heldOn',
      `${HELD} cannot be before the child was born`,
      heldOn,
      dateOfBirth,
    );
  }
  if (heldOn !== null && (context.otherReviewDates ?? []).includes(heldOn)) {
    problems.add('heldOn', `A review has already been recorded on ${formatDate(heldOn)}`);
  }
  if (context.timing !== undefined && context.timing !== null) {
    const held = problems.usable('heldOn', heldOn);
    for (const problem of reviewTimingProblems({ ...review, heldOn: held }, context.timing)) {
      problems.add(problem.field, problem.message);
    }
  }

  // The participation code is judged by the child's age on the date entered, even a wrong one.
  if (heldOn !== null && compareDates(heldOn, dateOfBirth) >= 0) {
    const problem = participationCodeProblem(review.participationCode, dateOfBirth, heldOn);
    if (problem !== null) problems.add('participationCode', problem.message);
  }

  problems.notInFuture('advocacy.referralDate', REFERRAL, review.advocacy.referralDate, today);
  for (const problem of advocacyProblems(review.advocacy)) {
    problems.add(problem.field, problem.message);
  }

  const held = problems.usable('heldOn', heldOn);
  review.recommendations.forEach((recommendation, index) => {
    const path = `recommendations.${index}`;
    const owner = recommendationOwnerProblem(recommendation.owner, dateOfBirth, held);
    if (owner !== null) problems.add(`${path}.owner`, owner);
    problems.notBefore(
      `${path}.targetDate`,
      sameOrAfterHeld('Target date'),
      recommendation.targetDate,
      held,
    );
    problems.notInFuture(`${path}.completedOn`, COMPLETED, recommendation.completedOn, today);
    problems.notBefore(
      `${path}.completedOn`,
      sameOrAfterHeld(COMPLETED),
      recommendation.completedOn,
      held,
    );
    const closed = recommendation.noLongerNeeded ?? null;
    if (closed !== null) {
      if (recommendation.completedOn !== null) {
        problems.add(
          `${path}.completedOn`,
          'A recommendation cannot be both done and no longer needed',
        );
      }
      problems.notInFuture(
        `${path}.noLongerNeeded.on`,
        'Date it was found no longer needed',
        closed.on,
        today,
      );
      problems.notBefore(
        `${path}.noLongerNeeded.on`,
        sameOrAfterHeld('Date it was found no longer needed'),
        closed.on,
        held,
      );
    }
  });

  problems.notInFuture(
    'recordOfReviewCompletedOn',
    RECORD,
    review.recordOfReviewCompletedOn,
    today,
  );
  problems.notBefore(
    'recordOfReviewCompletedOn',
    sameOrAfterHeld(RECORD),
    review.recordOfReviewCompletedOn,
    held,
  );
  // The decisions are sent as words the manager can read and sign off, never as a date alone.
  if (
    review.decisionsSentOn !== null &&
    review.decisions !== undefined &&
    isBlank(review.decisions)
  ) {
    problems.add('decisions', 'Enter the decisions before the date they were sent');
  }
  if (review.decisionsSentOn !== null && review.carePlanEndorsed === null) {
    problems.add(
      'carePlanEndorsed',
      'Select whether the review endorsed the care plan before the date the decisions were sent',
    );
  }
  problems.notInFuture('decisionsSentOn', DECISIONS, review.decisionsSentOn, today);
  problems.notBefore('decisionsSentOn', sameOrAfterHeld(DECISIONS), review.decisionsSentOn, held);

  if (review.qualityChecks !== undefined && review.qualityChecks !== null) {
    const timing = context.timing ?? null;
    const entered =
      timing === null || held === null
        ? null
        : reviewAsEntered(timing.episode, held, timing.holidays, timing.rules);
    for (const problem of qualityCheckProblems(review.qualityChecks, {
      dateOfBirth,
      heldOn: held,
      reviewNumber: entered?.sequence ?? context.reviewNumber ?? null,
    })) {
      problems.add(problem.field, problem.message);
    }
  }

  problems.notInFuture('managerSignOffOn', SIGN_OFF, review.managerSignOffOn, today);
  if (review.managerSignOffOn !== null && review.decisionsSentOn === null) {
    problems.add(
      'managerSignOffOn',
      'Enter the date the decisions were sent before the manager’s sign-off',
    );
  }
  problems.notBefore(
    'managerSignOffOn',
    `${SIGN_OFF} must be the same as or after the date the decisions were sent`,
    review.managerSignOffOn,
    problems.usable('decisionsSentOn', review.decisionsSentOn),
  );
  return problems.list();
}
