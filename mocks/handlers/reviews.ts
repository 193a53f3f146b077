import { http } from 'msw';
import { formatDate, participationCodeProblem, type IsoDate } from '@/domain';
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
import { FieldErrors, problems } from '../http/problem';
import { endpoint } from '../http/resolvers';
import {
  assertAllocatedIro,
  assertVersion,
  auditEvent,
  changesBetween,
  loadChild,
  newId,
  notBefore,
  notInFuture,
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
 * Every rule a review must meet beyond its shape, with GOV.UK wording. `periodStart` is the start of
 * the period of care the review must fall in (the current one for a new review).
 */
function validateReview(
  db: Database,
  child: Child,
  fields: ReviewFields,
  options: { periodStart: IsoDate; periodEnd: IsoDate | null; otherReviews: readonly Review[] },
): void {
  const { today } = db;
  const errors = new FieldErrors();
  const heldLabel = 'Date the review was held';
  notInFuture(errors, 'heldOn', heldLabel, fields.heldOn, today);
  if (fields.heldOn < options.periodStart) {
    errors.add(
      'heldOn',
      `Review date cannot be before the child became looked after on ${formatDate(options.periodStart)}`,
    );
  }
  if (options.periodEnd !== null && fields.heldOn > options.periodEnd) {
    errors.add(
      'heldOn',
      `Review date cannot be after the period of care ended on ${formatDate(options.periodEnd)}`,
    );
  }
  if (options.otherReviews.some((review) => review.heldOn === fields.heldOn)) {
    errors.add('heldOn', `A review has already been recorded on ${formatDate(fields.heldOn)}`);
  }
  if (fields.heldOn >= child.dateOfBirth) {
    const problem = participationCodeProblem(
      fields.participationCode,
      child.dateOfBirth,
      fields.heldOn,
    );
    if (problem !== null) errors.add('participationCode', problem.message);
  }

  const afterHeld = (label: string) =>
    `${label} must be the same as or after the date the review was held`;
  const recordLabel = 'Date the record of the review was completed';
  notInFuture(
    errors,
    'recordOfReviewCompletedOn',
    recordLabel,
    fields.recordOfReviewCompletedOn,
    today,
  );
  notBefore(
    errors,
    'recordOfReviewCompletedOn',
    afterHeld(recordLabel),
    fields.recordOfReviewCompletedOn,
    fields.heldOn,
  );
  const decisionsLabel = 'Date the decisions were sent';
  notInFuture(errors, 'decisionsSentOn', decisionsLabel, fields.decisionsSentOn, today);
  notBefore(
    errors,
    'decisionsSentOn',
    afterHeld(decisionsLabel),
    fields.decisionsSentOn,
    fields.heldOn,
  );
  const signOffLabel = 'Date of the manager’s sign-off';
  notInFuture(errors, 'managerSignOffOn', signOffLabel, fields.managerSignOffOn, today);
  if (fields.managerSignOffOn !== null && fields.decisionsSentOn === null) {
    errors.add(
      'managerSignOffOn',
      'Enter the date the decisions were sent before the manager’s sign-off',
    );
  }
  notBefore(
    errors,
    'managerSignOffOn',
    `${signOffLabel} must be the same as or after the date the decisions were sent`,
    fields.managerSignOffOn,
    fields.decisionsSentOn,
  );
  notInFuture(
    errors,
    'advocacy.referralDate',
    'Date of the advocacy referral',
    fields.advocacy.referralDate,
    today,
  );
  fields.recommendations.forEach((recommendation, index) => {
    notBefore(
      errors,
      `recommendations.${index}.targetDate`,
      'Target date must be the same as or after the date the review was held',
      recommendation.targetDate,
      fields.heldOn,
    );
    notInFuture(
      errors,
      `recommendations.${index}.completedOn`,
      'Date the action was completed',
      recommendation.completedOn,
      today,
    );
    notBefore(
      errors,
      `recommendations.${index}.completedOn`,
      'Date the action was completed must be the same as or after the date the review was held',
      recommendation.completedOn,
      fields.heldOn,
    );
  });
  errors.throwIfAny();
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
  http.post(
    '*/api/children/:childId/reviews',
    endpoint(['iro', 'team-manager', 'business-support'], async ({ request, db, params, user }) => {
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
  ),

  http.patch(
    '*/api/reviews/:reviewId',
    endpoint(['iro', 'team-manager', 'business-support'], async ({ request, db, params, user }) => {
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
  ),
];
