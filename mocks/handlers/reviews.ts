import { formatDate, reviewRecordProblems, type IsoDate } from '@/domain';
import {
  createReviewBodySchema,
  updateReviewBodySchema,
  type AuditEvent,
  type Child,
  type Recommendation,
  type Review,
  type ReviewMeeting,
} from '@/lib/api/schemas';
import { periodsOf } from '../compute';
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
  options: { periodStart: IsoDate; periodEnd: IsoDate | null; otherReviews: readonly Review[] },
): void {
  const found = reviewRecordProblems(fields, {
    today: db.today,
    dateOfBirth: child.dateOfBirth,
    periodOfCare: { start: options.periodStart, end: options.periodEnd },
    otherReviewDates: options.otherReviews.map((review) => review.heldOn),
  });
  if (found.length > 0) throw problems.validation(found);
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
    const reviews = db.forChild('reviews', child.id);
    const periods = periodsOf(child, reviews);
    const current = periods[periods.length - 1];
    if (current === undefined) throw problems.serverError('The child has no episodes of care');
    const fields: ReviewFields = { ...body, managerSignOffOn: null };
    validateReview(db, child, fields, {
      periodStart: current.start,
      periodEnd: current.end,
      otherReviews: reviews,
    });
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
      version: 1,
      recordedBy: user.id,
      recordedAt: nowInstant(db),
    };
    const meetings = meetingsHeldOn(db, child, review.heldOn, user.id);
    const events: AuditEvent[] = [
      auditEvent(db, user, {
        entity: 'review',
        entityId: review.id,
        childId: child.id,
        action: 'created',
        summary: `${user.name} recorded the review held on ${formatDate(review.heldOn)} for ${child.givenName} ${child.familyName}`,
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
    };
    const reviews = db.forChild('reviews', child.id);
    const period = periodFor(child, reviews, review.heldOn);
    validateReview(db, child, merged, {
      periodStart: period?.start ?? child.dateOfBirth,
      periodEnd: period?.end ?? null,
      otherReviews: reviews.filter((other) => other.id !== review.id),
    });
    const updated: Review = {
      ...review,
      ...merged,
      participationCode: merged.participationCode as Review['participationCode'],
      recommendations: withIds(merged.recommendations),
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
];
