// The IRO's tasks: reviews to hold this week and next, records of review to write, midpoint checks
// due and missed, recommendations past their target date, escalations past their stage's target,
// the manager's queries to answer, and newly allocated children to meet before their first review.
import { addDays, compareDates, dayOfWeek, formatDate, type IsoDate } from '../calendar';
import { recordOfReviewDue } from '../follow-ups';
import { isPastTarget, openRecommendations } from '../recommendations';
import { openSignOffQuery, signOffState } from '../sign-off';
import { escalationStageTarget, signOffWait } from '../team';
import type { HolidaySource } from '../working-days';
import { sortTasks, taskTiming, type Task } from './task';
import type { ReviewPaperworkChild, TaskChild, TaskSettings } from './task-inputs';

/**
 * "This week and next": up to and including the Sunday of next week (weeks run Monday to Sunday).
 * On Monday 23 November 2026 that is Sunday 6 December 2026. Our reading of the words.
 */
export function endOfNextWeek(today: IsoDate): IsoDate {
  const toSunday = (7 - dayOfWeek(today)) % 7;
  return addDays(today, toSunday + 7);
}

export interface IroTaskInput {
  today: IsoDate;
  holidays: HolidaySource;
  settings: TaskSettings;
  /** The IRO's active caseload. */
  children: readonly TaskChild[];
  /** Children recorded with the IRO outside the active caseload (left care), for their paperwork. */
  notInCaseload: readonly ReviewPaperworkChild[];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The paperwork of reviews already held, for any child the IRO chaired them for (one who has left
 * care included): records of review not yet written, and the manager's open queries to answer.
 */
export function reviewPaperworkTasks(
  child: ReviewPaperworkChild,
  today: IsoDate,
  holidays: HolidaySource,
  settings: TaskSettings,
): Task[] {
  const tasks: Task[] = [];
  const about = { childId: child.id, name: child.name, iroId: child.iroId, iroName: child.iroName };
  // Records of review not yet written, each due the target's working days after the review.
  for (const review of child.reviews) {
    if (review.recordOfReviewCompletedOn !== null) continue;
    const due = recordOfReviewDue(
      review.heldOn,
      holidays,
      settings.recordOfReviewTargetWorkingDays,
    );
    tasks.push({
      id: `record-of-review:${review.id}`,
      kind: 'record-of-review',
      ...about,
      ...taskTiming(due, today, holidays),
      reason: `Write the record of the review held on ${formatDate(review.heldOn)}: due by ${formatDate(due)}, ${settings.recordOfReviewTargetWorkingDays} working days after the review`,
      action: { kind: 'write-record-of-review', childId: child.id, reviewId: review.id },
    });
  }

  // The manager's open query of the decisions, due by the sign-off target (the clock runs on).
  for (const review of child.reviews) {
    if (review.decisionsSentOn === null || signOffState(review) !== 'queried') continue;
    const query = openSignOffQuery(review);
    if (query === null) continue;
    const wait = signOffWait(
      review.decisionsSentOn,
      today,
      holidays,
      settings.managerSignOffWorkingDays,
    );
    tasks.push({
      id: `sign-off-query:${review.id}:${query.id}`,
      kind: 'sign-off-query',
      ...about,
      ...taskTiming(wait.due, today, holidays),
      reason: `Answer the manager’s query of ${formatDate(query.raisedOn)} about the decisions of the review held on ${formatDate(review.heldOn)} (“${query.reason}”). ${wait.reason}`,
      action: { kind: 'answer-sign-off-query', childId: child.id, reviewId: review.id },
    });
  }

  return tasks;
}

/** The tasks for one child of the caseload (unsorted). */
export function childIroTasks(
  child: TaskChild,
  today: IsoDate,
  holidays: HolidaySource,
  settings: TaskSettings,
): Task[] {
  const tasks: Task[] = [];
  const about = { childId: child.id, name: child.name, iroId: child.iroId, iroName: child.iroName };
  const until = endOfNextWeek(today);
  const { nextReview, meeting } = child;

  // A review due by the end of next week, or with its meeting booked by then (overdue included).
  if (
    compareDates(nextReview.due, until) <= 0 ||
    (meeting !== null &&
      compareDates(meeting.date, until) <= 0 &&
      compareDates(meeting.date, today) >= 0)
  ) {
    tasks.push({
      id: `review-to-hold:${child.id}`,
      kind: 'review-to-hold',
      ...about,
      ...taskTiming(nextReview.due, today, holidays),
      reason: `${nextReview.statusReason}. Due ${lowerFirst(nextReview.reason)}.`,
      action: { kind: 'record-review', childId: child.id },
    });
  }

  // The midpoint check, when due soon or missed (midpointState).
  if (child.midpoint.state === 'due' || child.midpoint.state === 'missed') {
    tasks.push({
      id: `midpoint-check:${child.id}:${child.midpoint.due}`,
      kind: 'midpoint-check',
      ...about,
      ...taskTiming(child.midpoint.due, today, holidays),
      reason:
        child.midpoint.state === 'missed'
          ? `Midpoint check missed. ${child.midpoint.reason}`
          : `Midpoint check due. ${child.midpoint.reason}`,
      action: { kind: 'record-midpoint-check', childId: child.id },
    });
  }

  // Recommendations of the current period's reviews past their target date.
  const inPeriod = child.reviews.filter(
    (review) => compareDates(review.heldOn, child.currentPeriodStart) >= 0,
  );
  for (const open of openRecommendations(inPeriod)) {
    const { recommendation } = open;
    if (!isPastTarget(recommendation, today)) continue;
    tasks.push({
      id: `recommendation-past-target:${open.reviewId}:${recommendation.id}`,
      kind: 'recommendation-past-target',
      ...about,
      ...taskTiming(recommendation.targetDate, today, holidays),
      reason: `“${recommendation.action}” (from the review held on ${formatDate(open.reviewHeldOn)}) was due by ${formatDate(recommendation.targetDate)}: follow it up`,
      action: {
        kind: 'follow-up-recommendation',
        childId: child.id,
        reviewId: open.reviewId,
        recommendationId: recommendation.id,
      },
    });
  }

  tasks.push(...escalationTasks(child, today, holidays, settings));
  tasks.push(...reviewPaperworkTasks(child, today, holidays, settings));

  // Newly allocated: no review held yet in this period, and not seen by the IRO since it began.
  if (isNewlyAllocated(child)) {
    tasks.push({
      id: `meet-new-child:${child.id}:${child.currentPeriodStart}`,
      kind: 'meet-new-child',
      ...about,
      ...taskTiming(nextReview.due, today, holidays),
      reason: `Became looked after on ${formatDate(child.currentPeriodStart)}: meet ${child.name} before their first review, due on ${formatDate(nextReview.due)}`,
      action: { kind: 'record-iro-contact', childId: child.id },
    });
  }
  return tasks;
}

/**
 * A child is newly allocated (our reading) while no review has been held in their current period
 * of care (the first review is still to come) and the IRO has not seen them (a visit or a video
 * call) since the period began.
 */
export function isNewlyAllocated(
  child: Pick<TaskChild, 'currentPeriodStart' | 'reviews' | 'lastSeenByIroOn'>,
): boolean {
  const heldInPeriod = child.reviews.some(
    (review) => compareDates(review.heldOn, child.currentPeriodStart) >= 0,
  );
  if (heldInPeriod) return false;
  return (
    child.lastSeenByIroOn === null ||
    compareDates(child.lastSeenByIroOn, child.currentPeriodStart) < 0
  );
}

/** Open escalations at their current stage past the stage's target (escalationAge). */
export function escalationTasks(
  child: Pick<TaskChild, 'id' | 'name' | 'iroId' | 'iroName' | 'escalations'>,
  today: IsoDate,
  holidays: HolidaySource,
  settings: Pick<TaskSettings, 'escalationOpenWorkingDaysLimit'>,
): Task[] {
  const tasks: Task[] = [];
  for (const escalation of child.escalations) {
    if (escalation.resolvedOn !== null) continue;
    const target = escalationStageTarget(
      escalation,
      today,
      holidays,
      settings.escalationOpenWorkingDaysLimit,
    );
    if (!target.stagePastTarget) continue;
    tasks.push({
      id: `escalation-past-target:${escalation.id}`,
      kind: 'escalation-past-target',
      childId: child.id,
      name: child.name,
      iroId: child.iroId,
      iroName: child.iroName,
      ...taskTiming(target.targetDate, today, holidays),
      reason: `Escalation at stage ${escalation.stage} since ${formatDate(target.stageReachedOn)}: ${target.workingDaysAtStage} working days, past the stage’s target of ${settings.escalationOpenWorkingDaysLimit}. Move it on or resolve it`,
      action: { kind: 'update-escalation', childId: child.id, escalationId: escalation.id },
    });
  }
  return tasks;
}

/** Every task of an IRO's caseload, late first, then by due date and the child's name. */
export function iroTasks(input: IroTaskInput): Task[] {
  const { today, holidays, settings } = input;
  return sortTasks([
    ...input.children.flatMap((child) => childIroTasks(child, today, holidays, settings)),
    ...input.notInCaseload.flatMap((child) =>
      reviewPaperworkTasks(child, today, holidays, settings),
    ),
  ]);
}
