// Recommendations followed to done: marked at the next review (the review form's follow-ups) or
// between reviews (PATCH one), and listed across a caseload or a team, past target first.
import {
  compareOutstanding,
  daysBetween,
  formatDate,
  openRecommendations,
  recommendationOutcomeProblems,
  recommendationState,
  type FieldProblem,
  type IsoDate,
  type RecommendationState,
} from '@/domain';
import {
  outstandingRecommendationsQuerySchema,
  recommendationOutcomeBodySchema,
  type AuditEvent,
  type Child,
  type OutstandingRecommendation,
  type Recommendation,
  type RecommendationFollowUpBody,
  type Review,
  type StaffMember,
} from '@/lib/api/schemas';
import { allocatedIroId, currentPeriodOf, heldReviewsOf } from '../compute';
import type { Database } from '../db/database';
import { problems } from '../http/problem';
import { route } from '../http/route';
import { assertAllocatedIro, assertVersion, auditEvent, changesBetween } from '../http/support';
import { iroScope } from '../http/filters';
import { json, readBody, readQuery } from '../http/validation';
import { visibleChildren } from './children';
import { loadReview, textOrNull } from './review-support';

interface Outcome {
  outcome: RecommendationState;
  on: IsoDate | null;
  note: string | null;
}

function marked(recommendation: Recommendation, outcome: Outcome): Recommendation {
  const note = textOrNull(outcome.note);
  return {
    ...recommendation,
    completedOn: outcome.outcome === 'done' ? outcome.on : null,
    noLongerNeeded:
      outcome.outcome === 'not-needed' && outcome.on !== null
        ? { on: outcome.on, note: note ?? '' }
        : null,
  };
}

function outcomeWords(recommendation: Recommendation): string {
  const state = recommendationState(recommendation);
  if (state === 'done' && recommendation.completedOn !== null) {
    return `done on ${formatDate(recommendation.completedOn)}`;
  }
  if (state === 'not-needed' && recommendation.noLongerNeeded !== null) {
    return `no longer needed (${formatDate(recommendation.noLongerNeeded.on)}): ${recommendation.noLongerNeeded.note}`;
  }
  return 'open';
}

function followUpEvent(
  db: Database,
  user: StaffMember,
  before: Review,
  after: Review,
  changed: readonly Recommendation[],
  where: string,
): AuditEvent {
  return auditEvent(db, user, {
    entity: 'review',
    entityId: after.id,
    childId: after.childId,
    action: 'recommendation-followed-up',
    summary: `${user.name} followed up ${changed.length === 1 ? 'a recommendation' : `${changed.length} recommendations`} of the review held on ${formatDate(after.heldOn)}${where}: ${changed.map((r) => `“${r.action}” ${outcomeWords(r)}`).join('; ')}`,
    changes: changesBetween(before, after),
  });
}

/**
 * The follow-ups sent with a new review, applied to the earlier reviews they mark: each names an
 * open recommendation of this child's reviews in the period (422 otherwise; 409 when someone else
 * has marked it meanwhile). Returns the changed reviews and their audit events.
 */
export function followUpsApplied(
  db: Database,
  user: StaffMember,
  child: Child,
  input: {
    followUps: readonly RecommendationFollowUpBody[];
    reviews: readonly Review[];
    atReview: IsoDate;
  },
): { reviews: Review[]; events: AuditEvent[] } {
  const found: FieldProblem[] = [];
  const changedReviews = new Map<string, { review: Review; changed: Recommendation[] }>();
  input.followUps.forEach((followUp, index) => {
    const path = `followUps.${index}`;
    const review = input.reviews.find((candidate) => candidate.id === followUp.reviewId);
    const recommendation = review?.recommendations.find(
      (candidate) => candidate.id === followUp.recommendationId,
    );
    if (review === undefined || recommendation === undefined || review.childId !== child.id) {
      found.push({
        field: `${path}.recommendationId`,
        message:
          'This is not a recommendation of a review held before this one in this period of care',
      });
      return;
    }
    const twice = input.followUps.findIndex(
      (other) =>
        other.reviewId === followUp.reviewId &&
        other.recommendationId === followUp.recommendationId,
    );
    if (twice !== index) {
      found.push({
        field: `${path}.recommendationId`,
        message: `This recommendation is already followed up (follow-up ${twice + 1})`,
      });
      return;
    }
    if (recommendationState(recommendation) !== 'open') {
      throw problems.conflict(
        review,
        `The recommendation “${recommendation.action}” was marked ${outcomeWords(recommendation)} by someone else. Check it and record the review again.`,
      );
    }
    const outcome = {
      outcome: followUp.outcome,
      on: followUp.on ?? null,
      note: followUp.note ?? null,
    };
    for (const problem of recommendationOutcomeProblems(outcome, {
      today: db.today,
      reviewHeldOn: review.heldOn,
    })) {
      found.push({ field: `${path}.${problem.field}`, message: problem.message });
    }
    if (followUp.outcome === 'open') return;
    const entry = changedReviews.get(review.id) ?? { review, changed: [] };
    const after = marked(recommendation, outcome);
    entry.review = {
      ...entry.review,
      recommendations: entry.review.recommendations.map((r) => (r.id === after.id ? after : r)),
    };
    entry.changed.push(after);
    changedReviews.set(review.id, entry);
  });
  if (found.length > 0) throw problems.validation(found);
  const reviews: Review[] = [];
  const events: AuditEvent[] = [];
  for (const { review, changed } of changedReviews.values()) {
    const before = input.reviews.find((candidate) => candidate.id === review.id) ?? review;
    const updated = { ...review, version: before.version + 1 };
    reviews.push(updated);
    events.push(
      followUpEvent(
        db,
        user,
        before,
        updated,
        changed,
        ` at the review held on ${formatDate(input.atReview)}`,
      ),
    );
  }
  return { reviews, events };
}

/** An IRO's caseload, or a team manager's team (or one IRO's part of it). */
function childrenFor(db: Database, user: StaffMember, iroId: string | undefined): Iterable<Child> {
  return visibleChildren(db, user, iroScope(db, user, iroId));
}

function outstandingOf(db: Database, children: Iterable<Child>): OutstandingRecommendation[] {
  const { today } = db.meta;
  const items: OutstandingRecommendation[] = [];
  for (const child of children) {
    const reviews = heldReviewsOf(db, child.id);
    const period = currentPeriodOf(child, reviews);
    const inPeriod = reviews.filter((review) => review.heldOn >= period.start);
    const iroId = allocatedIroId(child);
    for (const open of openRecommendations(inPeriod)) {
      const review = inPeriod.find((candidate) => candidate.id === open.reviewId);
      if (review === undefined) continue;
      const { recommendation } = open;
      const late = daysBetween(recommendation.targetDate, today);
      items.push({
        childId: child.id,
        childRef: child.childRef,
        givenName: child.givenName,
        familyName: child.familyName,
        iroId,
        iroName: db.get('staff', iroId)?.name ?? 'Unknown IRO',
        reviewId: review.id,
        reviewHeldOn: review.heldOn,
        reviewVersion: review.version,
        recommendationId: recommendation.id,
        action: recommendation.action,
        owner: recommendation.owner,
        targetDate: recommendation.targetDate,
        pastTarget: late > 0,
        daysPastTarget: Math.max(0, late),
      });
    }
  }
  return items.sort(
    (a, b) => compareOutstanding(a, b, today) || a.childRef.localeCompare(b.childRef),
  );
}

export const recommendationHandlers = [
  route('listOutstandingRecommendations', ({ db, url, user }) => {
    const query = readQuery(url, outstandingRecommendationsQuerySchema);
    const items = outstandingOf(db, childrenFor(db, user, query.iroId));
    const totalPages = Math.max(1, Math.ceil(items.length / query.pageSize));
    const start = (query.page - 1) * query.pageSize;
    return json({
      today: db.meta.today,
      pastTarget: items.filter((item) => item.pastTarget).length,
      items: items.slice(start, start + query.pageSize),
      page: query.page,
      pageSize: query.pageSize,
      totalItems: items.length,
      totalPages,
    });
  }),

  route('updateRecommendation', async ({ request, db, params, user }) => {
    const { review, child } = loadReview(db, params.reviewId);
    assertAllocatedIro(user, child, 'follow up a recommendation');
    const body = await readBody(request, recommendationOutcomeBodySchema);
    assertVersion(review, body.version, () => db.get('reviews', review.id), 'review');
    if (review.withdrawn !== null) {
      throw problems.validation([
        {
          field: 'outcome',
          message:
            'This review was withdrawn as entered in error: its recommendations are not followed up',
        },
      ]);
    }
    const recommendation = review.recommendations.find(
      (candidate) => candidate.id === params.recommendationId,
    );
    if (recommendation === undefined) {
      throw problems.notFound('recommendation', params.recommendationId ?? '');
    }
    const outcome = { outcome: body.outcome, on: body.on ?? null, note: body.note ?? null };
    const found = recommendationOutcomeProblems(outcome, {
      today: db.today,
      reviewHeldOn: review.heldOn,
    });
    if (found.length > 0) throw problems.validation(found);
    const after = marked(recommendation, outcome);
    const updated: Review = {
      ...review,
      recommendations: review.recommendations.map((r) => (r.id === after.id ? after : r)),
      version: review.version + 1,
    };
    const event = followUpEvent(db, user, review, updated, [after], '');
    await db.commit({ puts: { reviews: [updated], auditEvents: [event] }, deletes: {} });
    return json(updated);
  }),
];
