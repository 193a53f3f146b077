// What the review handlers share: the period a review falls in, the rules it must meet (the
// domain's, the same the form runs), and how a review's parts are stored.
import {
  reviewAsEntered,
  reviewRecordProblems,
  type EpisodeOfCare,
  type IsoDate,
  type LateReviewReasonOption,
  type ReviewRuleSet,
  type ReviewTimingContext,
} from '@/domain';
import type {
  Child,
  LateReviewReasonBody,
  QualityChecksBody,
  Recommendation,
  RecommendationBody,
  Review,
  ReviewMeeting,
} from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { periodsOf } from '../compute';
import type { Database } from '../db/database';
import { problems } from '../http/problem';
import { loadChild, newId, nowInstant } from '../http/support';

export interface ReviewFields {
  heldOn: IsoDate;
  participationCode: string;
  participationMethod: Review['participationMethod'];
  advocacy: Review['advocacy'];
  recommendations: readonly RecommendationBody[];
  attendees: Review['attendees'];
  childViews: string | null;
  decisions: string | null;
  carePlanEndorsed: boolean | null;
  qualityChecks: QualityChecksBody | Review['qualityChecks'];
  recordOfReviewCompletedOn: IsoDate | null;
  decisionsSentOn: IsoDate | null;
  managerSignOffOn: IsoDate | null;
  lateReason?: LateReviewReasonBody | null;
  lateEntry?: { confirmed: boolean; reason: string | null } | null;
}

/** A blank answer is kept as null. */
export function textOrNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The period of care a date belongs to: [start, end or today]. */
export function periodFor(child: Child, reviews: readonly Review[], date: IsoDate) {
  const periods = periodsOf(child, reviews);
  const containing = [...periods]
    .reverse()
    .find((period) => date >= period.start && (period.end === null || date <= period.end));
  return containing ?? periods[periods.length - 1] ?? null;
}

function qualityChecksEntry(checks: ReviewFields['qualityChecks']) {
  if (checks === null) return null;
  const entry = (check: {
    answer?: 'yes' | 'no' | 'not-applicable' | null;
    note?: string | null;
  }) => ({
    answer: check.answer ?? null,
    note: check.note ?? null,
  });
  return {
    permanencePlan: entry(checks.permanencePlan),
    healthAssessment: entry(checks.healthAssessment),
    educationPlan: entry(checks.educationPlan),
    socialWorkerVisits: entry(checks.socialWorkerVisits),
    toldAboutAdvocacy: entry(checks.toldAboutAdvocacy),
  };
}

export function storedQualityChecks(
  checks: ReviewFields['qualityChecks'],
): Review['qualityChecks'] {
  const entry = qualityChecksEntry(checks);
  if (entry === null) return null;
  // Stored only once the rules have passed: every question has its answer.
  const stored = (check: {
    answer: 'yes' | 'no' | 'not-applicable' | null;
    note: string | null;
  }) => ({
    answer: check.answer ?? 'not-applicable',
    note: textOrNull(check.note),
  });
  return {
    permanencePlan: stored(entry.permanencePlan),
    healthAssessment: stored(entry.healthAssessment),
    educationPlan: stored(entry.educationPlan),
    socialWorkerVisits: stored(entry.socialWorkerVisits),
    toldAboutAdvocacy: stored(entry.toldAboutAdvocacy),
  };
}

/**
 * Every rule a review must meet beyond its shape: the domain's `reviewRecordProblems`, the same the
 * form runs. `periodStart` is the start of the period of care the review must fall in (the current
 * one for a new review).
 */
export function validateReview(
  db: Database,
  child: Child,
  fields: ReviewFields,
  options: {
    periodStart: IsoDate;
    periodEnd: IsoDate | null;
    otherReviews: readonly Review[];
    timing: ReviewTimingContext | null;
    reviewNumber: number | null;
  },
): void {
  const found = reviewRecordProblems(
    {
      ...fields,
      recommendations: fields.recommendations.map((recommendation) => ({
        ...recommendation,
        completedOn: recommendation.completedOn ?? null,
      })),
      lateReason:
        fields.lateReason === undefined || fields.lateReason === null
          ? null
          : { code: fields.lateReason.code, details: fields.lateReason.details ?? null },
      qualityChecks: qualityChecksEntry(fields.qualityChecks),
    },
    {
      today: db.today,
      dateOfBirth: child.dateOfBirth,
      periodOfCare: { start: options.periodStart, end: options.periodEnd },
      otherReviewDates: options.otherReviews.map((review) => review.heldOn),
      timing: options.timing,
      reviewNumber: options.reviewNumber,
    },
  );
  if (found.length > 0) throw problems.validation(found);
}

/** Where a review falls among the period's other reviews (held, not withdrawn). */
export function timingIn(
  db: Database,
  episode: EpisodeOfCare,
  rules: ReviewRuleSet,
  confirmBackDating: boolean,
): ReviewTimingContext {
  return {
    episode,
    rules,
    holidays: calendar,
    lateReviewReasons: db.meta.settings.lateReviewReasons,
    confirmBackDating,
  };
}

/** The review's number in its period (1 = first), as entered on `heldOn`. */
export function reviewNumberIn(
  episode: EpisodeOfCare,
  rules: ReviewRuleSet,
  heldOn: IsoDate,
): number | null {
  return reviewAsEntered(episode, heldOn, calendar, rules)?.sequence ?? null;
}

/**
 * The reason kept with a review: only for one held after its due date (checked already), in the
 * words of the council's list as it is today; a saved review given the reason it was recorded
 * with keeps the words it was recorded with (a reason reworded since is the same reason).
 */
export function storedLateReason(
  timing: ReviewTimingContext,
  heldOn: IsoDate,
  reason: LateReviewReasonBody | null | undefined,
  recorded: Review['lateReason'] = null,
): Review['lateReason'] {
  const entered = reviewAsEntered(timing.episode, heldOn, timing.holidays, timing.rules);
  if (entered === null || entered.inTimescale || reason === null || reason === undefined) {
    return null;
  }
  const option: LateReviewReasonOption | undefined = timing.lateReviewReasons.find(
    (candidate) => candidate.code === reason.code,
  );
  const details = reason.details?.trim() ?? '';
  return {
    code: reason.code,
    label: recorded?.code === reason.code ? recorded.label : (option?.label ?? reason.code),
    details: details === '' ? null : details,
  };
}

/**
 * The recommendations as sent, with ids for new ones. One the caller sends without
 * `noLongerNeeded` keeps what was recorded: a closed recommendation is never reopened by omission.
 */
export function storedRecommendations(
  sent: readonly RecommendationBody[],
  recorded: readonly Recommendation[],
): Recommendation[] {
  // An id names one of the review's own recommendations; a new one comes without an id.
  const unknown = sent.flatMap((recommendation, index) =>
    recommendation.id !== undefined && !recorded.some((r) => r.id === recommendation.id)
      ? [
          {
            field: `recommendations.${index}.id`,
            message:
              'This is not one of the review’s recommendations: reload the review and try again',
          },
        ]
      : [],
  );
  if (unknown.length > 0) throw problems.validation(unknown);
  return sent.map((recommendation) => {
    const before =
      recommendation.id === undefined
        ? undefined
        : recorded.find((r) => r.id === recommendation.id);
    return {
      id: before?.id ?? newId('rec'),
      action: recommendation.action,
      owner: recommendation.owner,
      targetDate: recommendation.targetDate,
      completedOn: recommendation.completedOn ?? null,
      noLongerNeeded:
        recommendation.noLongerNeeded === undefined
          ? (before?.noLongerNeeded ?? null)
          : recommendation.noLongerNeeded,
    };
  });
}

/** A booked meeting on the day a review is recorded as held becomes "held". */
export function meetingsHeldOn(
  db: Database,
  child: Child,
  heldOn: IsoDate,
  by: string,
): ReviewMeeting[] {
  return db
    .forChild('meetings', child.id)
    .filter((meeting) => meeting.status === 'booked' && meeting.date === heldOn)
    .map((meeting) => ({
      ...meeting,
      status: 'held' as const,
      version: meeting.version + 1,
      history: [
        ...meeting.history,
        { at: nowInstant(db), by, action: 'held', reason: 'Review recorded as held' },
      ],
    }));
}

/** The review and its child, or 404. */
export function loadReview(
  db: Database,
  reviewId: string | undefined,
): { review: Review; child: Child } {
  const review = db.get('reviews', reviewId ?? '');
  if (review === undefined) throw problems.notFound('review', reviewId ?? '');
  return { review, child: loadChild(db, review.childId) };
}
