// The team manager's tasks: children awaiting an IRO, decisions to sign off, reviews at risk with
// no meeting, escalations past their stage's target, IROs whose caseload is outside the band, and
// children who did not take part in their last review (PN7), to plan with the IRO how they will.
import { compareDates, formatDate, type IsoDate } from '../calendar';
import { PARTICIPATION_CODES } from '../participation';
import { signOffState } from '../sign-off';
import { caseloadBandPosition, perFte, signOffWait } from '../team';
import type { HolidaySource } from '../working-days';
import { escalationTasks } from './iro-tasks';
import { sortTasks, taskTiming, type Task } from './task';
import type {
  AwaitingIroChild,
  ReviewPaperworkChild,
  TaskChild,
  TaskIro,
  TaskReview,
  TaskSettings,
} from './task-inputs';

/** The code of a review in which the child did not take part (did not attend, views not conveyed). */
export const DID_NOT_TAKE_PART_CODE = 'PN7';

export interface ManagerTaskInput {
  today: IsoDate;
  holidays: HolidaySource;
  settings: TaskSettings;
  /** Every child in the team's active caseloads. */
  children: readonly TaskChild[];
  /** Children looked after today with no IRO yet. */
  awaitingIro: readonly AwaitingIroChild[];
  /** The team's IROs with the size of their active caseloads. */
  iros: readonly TaskIro[];
  /** Children not in an active caseload with reviews that may still wait for sign-off. */
  notInCaseloads: readonly ReviewPaperworkChild[];
}

/** The latest held review of the child's current period, if any. */
export function latestReviewInPeriod(
  child: Pick<TaskChild, 'currentPeriodStart' | 'reviews'>,
): TaskReview | null {
  let latest: TaskReview | null = null;
  for (const review of child.reviews) {
    if (compareDates(review.heldOn, child.currentPeriodStart) < 0) continue;
    if (latest === null || compareDates(review.heldOn, latest.heldOn) > 0) latest = review;
  }
  return latest;
}

function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/**
 * Decisions waiting for the manager (not those queried: they wait for the IRO), for any child:
 * one who has left care still has their last review's decisions to agree.
 */
export function signOffTasks(
  child: ReviewPaperworkChild,
  today: IsoDate,
  holidays: HolidaySource,
  settings: TaskSettings,
): Task[] {
  const tasks: Task[] = [];
  for (const review of child.reviews) {
    if (review.decisionsSentOn === null || signOffState(review) !== 'awaiting-manager') continue;
    const wait = signOffWait(
      review.decisionsSentOn,
      today,
      holidays,
      settings.managerSignOffWorkingDays,
    );
    tasks.push({
      id: `sign-off:${review.id}`,
      kind: 'sign-off',
      childId: child.id,
      name: child.name,
      iroId: child.iroId,
      iroName: child.iroName,
      ...taskTiming(wait.due, today, holidays),
      reason: `Agree or query the decisions of the review held on ${formatDate(review.heldOn)}, sent on ${formatDate(review.decisionsSentOn)}. ${wait.reason}`,
      action: { kind: 'sign-off-review', childId: child.id, reviewId: review.id },
    });
  }
  return tasks;
}

/** The tasks about one child of the team (unsorted). */
export function childManagerTasks(
  child: TaskChild,
  today: IsoDate,
  holidays: HolidaySource,
  settings: TaskSettings,
): Task[] {
  const tasks: Task[] = signOffTasks(child, today, holidays, settings);
  const about = { childId: child.id, name: child.name, iroId: child.iroId, iroName: child.iroName };
  const { nextReview } = child;

  // At risk with no meeting: the status says at risk (nothing booked from today), or overdue
  // with nothing booked from today (a meeting that passed with no review recorded is none).
  const bookedFromToday = child.meeting !== null && compareDates(child.meeting.date, today) >= 0;
  if (nextReview.status === 'at-risk' || (nextReview.status === 'overdue' && !bookedFromToday)) {
    tasks.push({
      id: `review-at-risk:${child.id}`,
      kind: 'review-at-risk',
      ...about,
      ...taskTiming(nextReview.due, today, holidays),
      reason: `${nextReview.statusReason}. Book the meeting with ${child.iroName}`,
      action: { kind: 'book-meeting', childId: child.id },
    });
  }

  tasks.push(...escalationTasks(child, today, holidays, settings));

  // PN7 at the last review: plan with the IRO how the child will take part next time.
  const latest = latestReviewInPeriod(child);
  if (latest?.participationCode === DID_NOT_TAKE_PART_CODE) {
    const meaning =
      PARTICIPATION_CODES.find((entry) => entry.code === DID_NOT_TAKE_PART_CODE)?.meaning ?? '';
    tasks.push({
      id: `plan-participation:${latest.id}`,
      kind: 'plan-participation',
      ...about,
      ...taskTiming(nextReview.due, today, holidays),
      reason: `Did not take part in the review held on ${formatDate(latest.heldOn)} (PN7: ${meaning}). Plan with ${child.iroName} how they will take part in the next review, due on ${formatDate(nextReview.due)}`,
      action: { kind: 'view-child', childId: child.id },
    });
  }
  return tasks;
}

/** An IRO whose caseload per full-time equivalent is above or below the band. */
export function caseloadTask(
  iro: TaskIro,
  today: IsoDate,
  holidays: HolidaySource,
  band: { min: number; max: number },
): Task | null {
  const per = perFte(iro.children, iro.fte);
  const position = caseloadBandPosition(per, band);
  if (per === null || position === null || position === 'within') return null;
  const count = `${iro.children} ${iro.children === 1 ? 'child' : 'children'}`;
  const perText =
    iro.fte === 1
      ? ''
      : ` (${oneDecimal(per)} per full-time equivalent at ${oneDecimal(iro.fte)} FTE)`;
  return {
    id: `caseload-outside-band:${iro.id}`,
    kind: 'caseload-outside-band',
    childId: null,
    name: iro.name,
    iroId: iro.id,
    iroName: iro.name,
    ...taskTiming(null, today, holidays),
    reason: `${iro.name} has ${count}${perText}, ${position} the band of ${band.min} to ${band.max}: ${position === 'above' ? 'reallocate some of their children' : 'they can take more children'}`,
    action: { kind: 'reallocate-children', iroId: iro.id },
  };
}

/** Every task of the team, late first, then by due date and name. */
export function managerTasks(input: ManagerTaskInput): Task[] {
  const { today, holidays, settings } = input;
  const tasks: Task[] = [];
  for (const child of input.awaitingIro) {
    tasks.push({
      id: `awaiting-iro:${child.id}`,
      kind: 'awaiting-iro',
      childId: child.id,
      name: child.name,
      iroId: null,
      iroName: null,
      ...taskTiming(child.allocation.due, today, holidays),
      reason: child.allocation.reason,
      action: { kind: 'allocate-child', childId: child.id },
    });
  }
  for (const child of input.children) {
    tasks.push(...childManagerTasks(child, today, holidays, settings));
  }
  for (const child of input.notInCaseloads) {
    tasks.push(...signOffTasks(child, today, holidays, settings));
  }
  for (const iro of input.iros) {
    const task = caseloadTask(iro, today, holidays, settings.caseloadBand);
    if (task !== null) tasks.push(task);
  }
  return sortTasks(tasks);
}
