import {
  backDatedReviewImpact,
  formatDate,
  heldReviews,
  lateReviewReasonOptionsFor,
  lateReviewReasonText,
  reviewWithdrawalProblems,
} from '@/domain';
import {
  createReviewBodySchema,
  updateReviewBodySchema,
  withdrawReviewBodySchema,
  type AuditEvent,
  type Review,
} from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { heldReviewsOf, periodsOf } from '../compute';
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
import { followUpsApplied } from './recommendations';
import {
  loadReview,
  meetingsHeldOn,
  periodFor,
  reviewNumberIn,
  storedLateReason,
  storedQualityChecks,
  storedRecommendations,
  textOrNull,
  timingIn,
  validateReview,
  type ReviewFields,
} from './review-support';

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
      reviewNumber: null,
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
      recommendations: storedRecommendations(body.recommendations, []),
      attendees: body.attendees,
      childViews: textOrNull(body.childViews),
      decisions: textOrNull(body.decisions),
      carePlanEndorsed: body.carePlanEndorsed,
      qualityChecks: storedQualityChecks(body.qualityChecks),
      recordOfReviewCompletedOn: body.recordOfReviewCompletedOn,
      decisionsSentOn: body.decisionsSentOn,
      managerSignOffOn: null,
      signedOffBy: null,
      signOffQueries: [],
      lateReason: storedLateReason(timing, body.heldOn, body.lateReason),
      lateEntry,
      withdrawn: null,
      version: 1,
      recordedBy: user.id,
      recordedAt: nowInstant(db),
    };
    // The earlier reviews' open recommendations, as the IRO marked them at this review.
    const followedUp = followUpsApplied(db, user, child, {
      followUps: body.followUps,
      // Earlier reviews only: a late entry follows up what came before it, not after.
      reviews: reviews.filter(
        (other) => other.heldOn >= current.start && other.heldOn < review.heldOn,
      ),
      atReview: review.heldOn,
    });
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
    await db.commit({
      puts: {
        reviews: [review, ...followedUp.reviews],
        meetings,
        auditEvents: [...events, ...followedUp.events],
      },
      deletes: {},
    });
    return json(review, 201);
  }),

  route('updateReview', async ({ request, db, params, user }) => {
    const { review, child } = loadReview(db, params.reviewId);
    assertAllocatedIro(user, child, 'change a review');
    const body = await readBody(request, updateReviewBodySchema);
    const { version, ...patch } = body;
    // The sign-off is the manager's own word on the decisions, given on the sign-off page.
    if (
      patch.managerSignOffOn !== undefined &&
      patch.managerSignOffOn !== review.managerSignOffOn
    ) {
      throw problems.forbidden(
        'Only a team manager can sign off a review’s decisions, after reading them on the sign-off page',
      );
    }
    assertVersion(review, version, () => db.get('reviews', review.id), 'review');
    // A withdrawn review stays as it was withdrawn: it is kept only as a record of the mistake.
    const withdrawnProblems = reviewWithdrawalProblems(review);
    if (withdrawnProblems.length > 0) throw problems.validation(withdrawnProblems);
    const decisions =
      patch.decisions === undefined ? review.decisions : textOrNull(patch.decisions);
    if (review.managerSignOffOn !== null && decisions !== review.decisions) {
      throw problems.validation([
        {
          field: 'decisions',
          message: `The decisions were signed off on ${formatDate(review.managerSignOffOn)} and cannot be changed`,
        },
      ]);
    }
    const merged: ReviewFields = {
      heldOn: patch.heldOn ?? review.heldOn,
      participationCode: patch.participationCode ?? review.participationCode,
      participationMethod: patch.participationMethod ?? review.participationMethod,
      advocacy: patch.advocacy ?? review.advocacy,
      recommendations: patch.recommendations ?? review.recommendations,
      attendees: patch.attendees ?? review.attendees,
      childViews: patch.childViews === undefined ? review.childViews : patch.childViews,
      decisions,
      carePlanEndorsed:
        patch.carePlanEndorsed === undefined ? review.carePlanEndorsed : patch.carePlanEndorsed,
      qualityChecks: patch.qualityChecks === undefined ? review.qualityChecks : patch.qualityChecks,
      recordOfReviewCompletedOn:
        patch.recordOfReviewCompletedOn === undefined
          ? review.recordOfReviewCompletedOn
          : patch.recordOfReviewCompletedOn,
      decisionsSentOn:
        patch.decisionsSentOn === undefined ? review.decisionsSentOn : patch.decisionsSentOn,
      managerSignOffOn: review.managerSignOffOn,
      lateReason: patch.lateReason === undefined ? review.lateReason : patch.lateReason,
    };
    const reviews = heldReviewsOf(db, child.id);
    const period = periodFor(child, reviews, review.heldOn);
    const episodeWithout =
      period === null
        ? null
        : {
            becameLookedAfter: period.start,
            reviews: period.episode.reviews.filter((date) => date !== review.heldOn),
          };
    // Lateness is judged again when the date held or the reason is changed (the review form);
    // a recommendation marked done leaves the review's date and reason as they were.
    const timing =
      period !== null &&
      episodeWithout !== null &&
      (patch.heldOn !== undefined || patch.lateReason !== undefined)
        ? {
            ...timingIn(db, episodeWithout, period.rules, false),
            // The reason it was recorded with stays allowed, even if since removed from the list.
            lateReviewReasons: lateReviewReasonOptionsFor(
              db.meta.settings.lateReviewReasons,
              review.lateReason,
            ),
          }
        : null;
    validateReview(db, child, merged, {
      periodStart: period?.start ?? child.dateOfBirth,
      periodEnd: period?.end ?? null,
      otherReviews: reviews.filter((other) => other.id !== review.id),
      timing,
      reviewNumber:
        period === null || episodeWithout === null
          ? null
          : reviewNumberIn(episodeWithout, period.rules, merged.heldOn),
    });
    const updated: Review = {
      ...review,
      heldOn: merged.heldOn,
      participationCode: merged.participationCode as Review['participationCode'],
      participationMethod: merged.participationMethod,
      advocacy: merged.advocacy,
      recommendations: storedRecommendations(merged.recommendations, review.recommendations),
      attendees: merged.attendees,
      childViews: textOrNull(merged.childViews),
      decisions,
      carePlanEndorsed: merged.carePlanEndorsed,
      qualityChecks: storedQualityChecks(merged.qualityChecks),
      recordOfReviewCompletedOn: merged.recordOfReviewCompletedOn,
      decisionsSentOn: merged.decisionsSentOn,
      lateReason:
        timing === null
          ? review.lateReason
          : storedLateReason(timing, merged.heldOn, merged.lateReason, review.lateReason),
      version: review.version + 1,
    };
    const changes = changesBetween(review, updated);
    const heldMeetings =
      updated.heldOn === review.heldOn ? [] : meetingsHeldOn(db, child, updated.heldOn, user.id);
    const event = auditEvent(db, user, {
      entity: 'review',
      entityId: review.id,
      childId: child.id,
      action: 'updated',
      summary: `${user.name} changed the review held on ${formatDate(updated.heldOn)}: ${changes.map((c) => c.field).join(', ') || 'no changes'}`,
      changes,
    });
    await db.commit({
      puts: { reviews: [updated], meetings: heldMeetings, auditEvents: [event] },
      deletes: {},
    });
    return json(updated);
  }),

  route('withdrawReview', async ({ request, db, params, user }) => {
    const { review, child } = loadReview(db, params.reviewId);
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
