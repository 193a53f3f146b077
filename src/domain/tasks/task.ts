// What needs doing, for each person: one task per thing a rule says is due, with its due date, the
// working days left and the reason in words. Each role's list is built in its own file from the
// rules the rest of the product uses (schedule, status, midpoint state, sign-off, escalation age,
// allocation, caseload band, booking and readiness); this file holds what every list shares.
import { compareDates, type IsoDate } from '../calendar';
import { workingDaysBetween, type HolidaySource } from '../working-days';

/**
 * What a task asks for, named in the domain's words; each role has its own. The order is the
 * order tasks due the same day are listed in (and the API's enum: src/lib/api/schemas/tasks.ts).
 */
export const TASK_KINDS = Object.freeze([
  // The IRO's
  'review-to-hold',
  'record-of-review',
  'midpoint-check',
  'recommendation-past-target',
  'escalation-past-target',
  'sign-off-query',
  'meet-new-child',
  // The team manager's
  'awaiting-iro',
  'sign-off',
  'review-at-risk',
  'caseload-outside-band',
  'plan-participation',
  // Business support's
  'review-to-book',
  'invitations-to-send',
  'readiness-late',
  'meeting-to-cancel',
] as const);

export type TaskKind = (typeof TASK_KINDS)[number];

/** How each kind reads as a heading or a filter. */
export const TASK_KIND_LABELS: Readonly<Record<TaskKind, string>> = Object.freeze({
  'review-to-hold': 'Review to hold',
  'record-of-review': 'Record of review to write',
  'midpoint-check': 'Midpoint check',
  'recommendation-past-target': 'Recommendation past its target date',
  'escalation-past-target': 'Escalation past its stage’s target',
  'sign-off-query': 'Sign-off query to answer',
  'meet-new-child': 'Meet a newly allocated child',
  'awaiting-iro': 'Child awaiting an IRO',
  'sign-off': 'Decisions to sign off',
  'review-at-risk': 'Review at risk with no meeting',
  'caseload-outside-band': 'Caseload outside the band',
  'plan-participation': 'Plan how the child takes part',
  'review-to-book': 'Review to book',
  'invitations-to-send': 'Invitations to send',
  'readiness-late': 'Meeting preparation late',
  'meeting-to-cancel': 'Meeting to cancel',
});

/**
 * Where the task is done, as a kind of action and the ids it needs (never a UI path: the app maps
 * it to a page in src/lib/paths.ts).
 */
export type TaskAction =
  | { kind: 'record-review'; childId: string }
  | { kind: 'write-record-of-review'; childId: string; reviewId: string }
  | { kind: 'record-midpoint-check'; childId: string }
  | {
      kind: 'follow-up-recommendation';
      childId: string;
      reviewId: string;
      recommendationId: string;
    }
  | { kind: 'update-escalation'; childId: string; escalationId: string }
  | { kind: 'answer-sign-off-query'; childId: string; reviewId: string }
  | { kind: 'record-iro-contact'; childId: string }
  | { kind: 'allocate-child'; childId: string }
  | { kind: 'sign-off-review'; childId: string; reviewId: string }
  | { kind: 'book-meeting'; childId: string }
  | { kind: 'reallocate-children'; iroId: string }
  | { kind: 'view-child'; childId: string }
  | { kind: 'send-invitations'; meetingId: string }
  | { kind: 'update-meeting-readiness'; meetingId: string }
  | { kind: 'change-meeting-status'; meetingId: string };

/**
 * How near a task is: late once today is after its due date; due when its due date is within
 * TASK_DUE_SOON_WORKING_DAYS working days (or today); later otherwise, or with no due date.
 */
export type TaskUrgency = 'late' | 'due' | 'later';

/**
 * A task is "due" (counted in the navigation badge and the digest) from this many working days
 * before its due date: a working week. Our reading of "due or late"; a named constant to change.
 */
export const TASK_DUE_SOON_WORKING_DAYS = 5;

export interface Task {
  /** Stable while the task stands: its kind and the ids of what it is about. */
  id: string;
  kind: TaskKind;
  /** The child it is about; null for a task about an IRO's caseload. */
  childId: string | null;
  /** The child's name as every list shows it, or the IRO's for a caseload task. */
  name: string;
  /** The child's IRO (or the IRO whose caseload it is); null for a child awaiting one. */
  iroId: string | null;
  iroName: string | null;
  /** The day it should be done by; null when no rule sets one (a caseload outside the band). */
  due: IsoDate | null;
  /** workingDaysBetween(today, due): negative when late; null without a due date. */
  workingDaysLeft: number | null;
  urgency: TaskUrgency;
  /** What needs doing and why, in words a person can check. */
  reason: string;
  action: TaskAction;
}

/** The timing fields of a task due on `due`, seen from `today`. */
export function taskTiming(
  due: IsoDate | null,
  today: IsoDate,
  holidays: HolidaySource,
): Pick<Task, 'due' | 'workingDaysLeft' | 'urgency'> {
  if (due === null) return { due, workingDaysLeft: null, urgency: 'later' };
  const workingDaysLeft = workingDaysBetween(today, due, holidays);
  const urgency: TaskUrgency =
    compareDates(today, due) > 0
      ? 'late'
      : workingDaysLeft <= TASK_DUE_SOON_WORKING_DAYS
        ? 'due'
        : 'later';
  return { due, workingDaysLeft, urgency };
}

/** "3 working days left", "Due today", "2 working days late", "Late" (only a weekend passed). */
export function workingDaysLeftText(
  task: Pick<Task, 'due' | 'workingDaysLeft' | 'urgency'>,
  today: IsoDate,
): string {
  if (task.due === null || task.workingDaysLeft === null) return 'No deadline';
  const n = task.workingDaysLeft;
  if (task.urgency === 'late') {
    return n < 0 ? `${-n} working day${n === -1 ? '' : 's'} late` : 'Late';
  }
  if (compareDates(task.due, today) === 0) return 'Due today';
  return `${n} working day${n === 1 ? '' : 's'} left`;
}

/** Late first, then by due date (no due date last), then by name, then kind and id. */
export function compareTasks(a: Task, b: Task): number {
  const lateA = a.urgency === 'late';
  const lateB = b.urgency === 'late';
  if (lateA !== lateB) return lateA ? -1 : 1;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    const byDue = compareDates(a.due, b.due);
    if (byDue !== 0) return byDue;
  }
  return (
    a.name.localeCompare(b.name, 'en-GB') ||
    TASK_KINDS.indexOf(a.kind) - TASK_KINDS.indexOf(b.kind) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export interface TaskCounts {
  total: number;
  late: number;
  due: number;
  /** Due or late: the navigation badge and the digest. */
  dueOrLate: number;
  byKind: Partial<Record<TaskKind, number>>;
}

export function countTasks(tasks: readonly Task[]): TaskCounts {
  const counts: TaskCounts = { total: 0, late: 0, due: 0, dueOrLate: 0, byKind: {} };
  for (const task of tasks) {
    counts.total++;
    if (task.urgency === 'late') counts.late++;
    if (task.urgency === 'due') counts.due++;
    counts.byKind[task.kind] = (counts.byKind[task.kind] ?? 0) + 1;
  }
  counts.dueOrLate = counts.late + counts.due;
  return counts;
}

/** The tasks in order (a new array). */
export function sortTasks(tasks: readonly Task[]): Task[] {
  return [...tasks].sort(compareTasks);
}

/** Who a child is, as a task names them. */
export interface TaskPerson {
  id: string;
  name: string;
}
