import {
  backDatedReviewImpact,
  formatDate,
  heldReviews,
  lateReviewReasonText,
  reviewAsEntered,
  reviewRecordProblems,
  reviewWithdrawalProblems,
  type EpisodeOfCare,
  type IsoDate,
  type LateReviewReasonOption,
  type ReviewRuleSet,
  type ReviewTimingContext,
} from '@/domain';
import {
  createReviewBodySchema,
  updateReviewBodySchema,
  withdrawReviewBodySchema,
  type LateReviewReasonBody,
  type AuditEvent,
  type Child,
  type Recommendation,
  type Review,
  type ReviewMeeting,
} from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { heldReviewsOf, periodsOf } from '../compute';
import type { Database } from '../db/database';
import { problems } from '../http/problem';
import { route } from '../http/route';
import {
  assertAllocatedIro,
  assertVersion,
  auditEvent,
  changesBetween,
  loadChild,
  newId,
  nowInstant,
} from '../http/support';
import { json, readBody } from '../http/validation';

type RecommendationInput = Omit<Recommendation, 'id'> & { id?: string | undefined };

interface ReviewFields {
  heldOn: IsoDate;
  participationCode: string;
  participationMethod: Review['participationMethod'];
  advocacy: Review['advocacy'];
  recommendations: RecommendationInput[];
  recordOfReviewCompletedOn: IsoDate | null;
  decisionsSentOn: IsoDate | null;
  managerSignOffOn: IsoDate | null;
  lateReason?: LateReviewReasonBody | null;
  lateEntry?: { confirmed: boolean; reason: string | null } | null;
}

/** The period of care a date belongs to: [start, end or today]. */
function periodFor(child: Child, reviews: readonly Review[], date: IsoDate) {
  const periods = periodsOf(child, reviews);
  const containing = [...periods]
    .reverse()
    .find((period) => date >= period.start && (period.end === null || date <= period.end));
  return containing ?? periods[periods.length - 1] ?? null;
}

/**
 * Every rule a review must meet beyond its shape: the domain's `reviewRecordProblems`, the same the
 * form runs. `periodStart` is the start of the period of care the review must fall in (the current
 * one for a new review).
 */
function validateReview(
  db: Database,
  child: Child,
  fields: ReviewFields,
  options: {
    periodStart: IsoDate;
    periodEnd: IsoDate | null;
    otherReviews: readonly Review[];
    timing: ReviewTimingContext | null;
  },
): void {
  const found = reviewRecordProblems(
    {
      ...fields,
      lateReason:
        fields.lateReason === undefined || fields.lateReason === null
          ? null
          : { code: fields.lateReason.code, details: fields.lateReason.details ?? null },
    },
    {
      today: db.today,
      dateOfBirth: child.dateOfBirth,
      periodOfCare: { start: options.periodStart, end: options.periodEnd },
      otherReviewDates: options.otherReviews.map((review) => review.heldOn),
      timing: options.timing,
    },
  );
  if (found.length > 0) throw problems.validation(found);
}

/** Where a review falls among the period's other reviews (held, not withdrawn). */
function timingIn(
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

/**
 * The reason kept with a review: only for one held after its due date (checked already), in the
 * words of the council's list as it is today.
 */
function storedLateReason(
  timing: ReviewTimingContext,
  heldOn: IsoDate,
  reason: LateReviewReasonBody | null | undefined,
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
    label: option?.label ?? reason.code,
    details: details === '' ? null : details,
  };
}

function withIds(recommendations: readonly RecommendationInput[]): Recommendation[] {
  return recommendations.map((recommendation) => ({
    ...recommendation,
    id: recommendation.id ?? newId('rec'),
  }));
}

/** A booked meeting on the day a review is recorded as held becomes "held". */
function meetingsHeldOn(db: Database, child: Child, heldOn: IsoDate, by: string): ReviewMeeting[] {
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

export const reviewHandlers = [
  route('recordReview', async ({ request, db, params, user }) => {
    const child = loadChild(db, params.childId ?? '');
    assertAllocatedIro(user, child, 'record a review');
    const body = await readBody(request, createReviewBodySchema);
    const reviews = heldReviewsOf(db, child.id);
    const periods = periodsOf(child, reviews);
    const current = periods[periods.length - 1];
    if (current === undefined) throw problems.serverError('The child has no episodes of care');
    const fields: ReviewFields = { ...body, managerSignOffOn: null };
    const timing = timingIn(db, current.episode, current.rules, true);
    validateReview(db, child, fields, {
      periodStart: current.start,
      periodEnd: current.end,
      otherReviews: reviews,
      timing,
    });
    const backDated = backDatedReviewImpact(current.episode, body.heldOn, calendar, current.rules);
    const lateEntry = backDated === null ? null : { reason: body.lateEntry?.reason?.trim() ?? '' };
    const review: Review = {
      id: newId('rv'),
      childId: child.id,
      heldOn: body.heldOn,
      participationCode: body.participationCode,
      participationMethod: body.participationMethod,
      advocacy: body.advocacy,
      recommendations: withIds(body.recommendations),
      recordOfReviewCompletedOn: body.recordOfReviewCompletedOn,
      decisionsSentOn: body.decisionsSentOn,
      managerSignOffOn: null,
      lateReason: storedLateReason(timing, body.heldOn, body.lateReason),
      lateEntry,
      withdrawn: null,
      version: 1,
      recordedBy: user.id,
      recordedAt: nowInstant(db),
    };
    const lateText =
      review.lateReason === null ? '' : `, held late: ${lateReviewReasonText(review.lateReason)}`;
    const entryText =
      backDated === null || lateEntry === null
        ? ''
        : ` as a late entry, dated before the review held on ${formatDate(backDated.latestRecorded)} (${backDated.renumbered.length} later ${backDated.renumbered.length === 1 ? 'review' : 'reviews'} renumbered): ${lateEntry.reason}`;
    const meetings = meetingsHeldOn(db, child, review.heldOn, user.id);
    const events: AuditEvent[] = [
      auditEvent(db, user, {
        entity: 'review',
        entityId: review.id,
        childId: child.id,
        action: 'created',
        summary: `${user.name} recorded the review held on ${formatDate(review.heldOn)} for ${child.givenName} ${child.familyName}${entryText}${lateText}`,
        changes: changesBetween(null, review),
      }),
      ...meetings.map((meeting) =>
        auditEvent(db, user, {
          entity: 'meeting',
          entityId: meeting.id,
          childId: child.id,
          action: 'held',
          summary: `The review meeting on ${formatDate(meeting.date)} was held`,
          changes: [{ field: 'status', before: 'booked', after: 'held' }],
        }),
      ),
    ];
    await db.commit({ puts: { reviews: [review], meetings, auditEvents: events }, deletes: {} });
    return json(review, 201);
  }),

  route('updateReview', async ({ request, db, params, user }) => {
    const review = db.get('reviews', params.reviewId ?? '');
    if (review === undefined) throw problems.notFound('review', params.reviewId ?? '');
    const child = loadChild(db, review.childId);
    const body = await readBody(request, updateReviewBodySchema);
    const { version, ...patch } = body;
    // Parsed JSON never carries undefined: every key present is a field the caller sent.
    const fieldsGiven = Object.keys(patch);
    if (user.role === 'team-manager') {
      if (fieldsGiven.some((field) => field !== 'managerSignOffOn')) {
        throw problems.forbidden(
          'A team manager can only record the manager’s sign-off: the allocated IRO changes the rest of the review',
        );
      }
    } else {
      assertAllocatedIro(user, child, 'change a review');
      // The sign-off is the manager's own word on the decisions: nobody else may record it.
      if (
        patch.managerSignOffOn !== undefined &&
        patch.managerSignOffOn !== review.managerSignOffOn
      ) {
        throw problems.forbidden('Only a team manager can record the manager’s sign-off');
      }
    }
    assertVersion(review, version, () => db.get('reviews', review.id), 'review');
    // A withdrawn review stays as it was withdrawn: it is kept only as a record of the mistake.
    const withdrawnProblems = reviewWithdrawalProblems(review);
    if (withdrawnProblems.length > 0) throw problems.validation(withdrawnProblems);
    const merged: ReviewFields = {
      heldOn: patch.heldOn ?? review.heldOn,
      participationCode: patch.participationCode ?? review.participationCode,
      participationMethod: patch.participationMethod ?? review.participationMethod,
      advocacy: patch.advocacy ?? review.advocacy,
      recommendations: patch.recommendations ?? review.recommendations,
      recordOfReviewCompletedOn:
        patch.recordOfReviewCompletedOn === undefined
          ? review.recordOfReviewCompletedOn
          : patch.recordOfReviewCompletedOn,
      decisionsSentOn:
        patch.decisionsSentOn === undefined ? review.decisionsSentOn : patch.decisionsSentOn,
      managerSignOffOn:
        patch.managerSignOffOn === undefined ? review.managerSignOffOn : patch.managerSignOffOn,
      lateReason: patch.lateReason === undefined ? review.lateReason : patch.lateReason,
    };
    const reviews = heldReviewsOf(db, child.id);
    const period = periodFor(child, reviews, review.heldOn);
    // Lateness is judged again when the date held or the reason is changed (the review form);
    // a sign-off or a recommendation marked done leaves the review's date and reason as they were.
    const timing =
      period !== null && (patch.heldOn !== undefined || patch.lateReason !== undefined)
        ? timingIn(
            db,
            {
              becameLookedAfter: period.start,
              reviews: period.episode.reviews.filter((date) => date !== review.heldOn),
            },
            period.rules,
            false,
          )
        : null;
    validateReview(db, child, merged, {
      periodStart: period?.start ?? child.dateOfBirth,
      periodEnd: period?.end ?? null,
      otherReviews: reviews.filter((other) => other.id !== review.id),
      timing,
    });
    const { lateReason: mergedLateReason, ...mergedFields } = merged;
    const updated: Review = {
      ...review,
      ...mergedFields,
      participationCode: merged.participationCode as Review['participationCode'],
      recommendations: withIds(merged.recommendations),
      lateEntry: review.lateEntry,
      lateReason:
        timing === null
          ? review.lateReason
          : storedLateReason(timing, merged.heldOn, mergedLateReason),
      version: review.version + 1,
    };
    const changes = changesBetween(review, updated);
    const signOff =
      changes.length === 1 &&
      changes[0]?.field === 'managerSignOffOn' &&
      updated.managerSignOffOn !== null;
    const heldMeetings =
      updated.heldOn === review.heldOn ? [] : meetingsHeldOn(db, child, updated.heldOn, user.id);
    const event = auditEvent(db, user, {
      entity: 'review',
      entityId: review.id,
      childId: child.id,
      action: signOff ? 'signed-off' : 'updated',
      summary: signOff
        ? `${user.name} recorded the manager’s sign-off of the review held on ${formatDate(updated.heldOn)}`
        : `${user.name} changed the review held on ${formatDate(updated.heldOn)}: ${changes.map((c) => c.field).join(', ') || 'no changes'}`,
      changes,
    });
    await db.commit({
      puts: { reviews: [updated], meetings: heldMeetings, auditEvents: [event] },
      deletes: {},
    });
    return json(updated);
  }),

  route('withdrawReview', async ({ request, db, params, user }) => {
    const review = db.get('reviews', params.reviewId ?? '');
    if (review === undefined) throw problems.notFound('review', params.reviewId ?? '');
    const child = loadChild(db, review.childId);
    if (user.role === 'iro' && child.iroId !== user.id) {
      throw problems.forbidden(
        'Only the child’s allocated IRO or a team manager can withdraw a review: this child is not allocated to you',
      );
    }
    const body = await readBody(request, withdrawReviewBodySchema);
    assertVersion(review, body.version, () => db.get('reviews', review.id), 'review');
    const found = reviewWithdrawalProblems(review);
    if (found.length > 0) throw problems.validation(found);
    // Never deleted: kept, flagged, in the child's record and the audit; counted nowhere.
    const withdrawn: Review = {
      ...review,
      withdrawn: {
        on: db.today,
        at: nowInstant(db),
        by: user.id,
        byName: user.name,
        reason: body.reason,
      },
      version: review.version + 1,
    };
    const stillHeld = heldReviews(db.forChild('reviews', child.id)).length - 1;
    const event = auditEvent(db, user, {
      entity: 'review',
      entityId: review.id,
      childId: child.id,
      action: 'withdrawn',
      summary: `${user.name} withdrew the review held on ${formatDate(review.heldOn)} as entered in error (${stillHeld} ${stillHeld === 1 ? 'review' : 'reviews'} still counted): ${body.reason}`,
      changes: changesBetween(review, withdrawn),
    });
    await db.commit({ puts: { reviews: [withdrawn], auditEvents: [event] }, deletes: {} });
    return json(withdrawn);
  }),
];
