// Business support's tasks: reviews to book before their latest in-timescale day, invitations to
// send, readiness items late (the social worker's report, consultation forms), and meetings to
// cancel because the child left care or the review was already held. No review content.
import { addDays, compareDates, formatDate, type IsoDate } from '../calendar';
import { latestWorkingDayOnOrBefore } from '../booking';
import type { ReadinessCode } from '../meeting-readiness';
import type { HolidaySource } from '../working-days';
import { sortTasks, taskTiming, type Task } from './task';
import type { BookingTaskChild, LeftCareMeeting } from './task-inputs';

/**
 * Reviews due within this many weeks (or overdue) with no meeting are to book: the booking
 * queue's default horizon (DEFAULT_BOOKING_HORIZON_WEEKS in the API's schemas), so the task list
 * and the queue's "to book" agree.
 */
export const BOOKING_TASK_HORIZON_WEEKS = 6;

/**
 * The readiness items business support chase (meetingReadiness): the invitations are a task of
 * their own, and talking to the child is the IRO's.
 */
export const SUPPORT_READINESS_CODES: readonly ReadinessCode[] = Object.freeze([
  'consultation-sent',
  'consultation-returned',
  'social-worker-report',
]);

export interface SupportTaskInput {
  today: IsoDate;
  holidays: HolidaySource;
  /** Every child in the active caseloads. */
  children: readonly BookingTaskChild[];
  /** Meetings still booked for children who have left care. */
  leftCare: readonly LeftCareMeeting[];
}

function when(meeting: { date: IsoDate; startTime: string }): string {
  return `${formatDate(meeting.date)} at ${meeting.startTime}`;
}

/** The tasks for one child of the caseloads (unsorted). */
export function childSupportTasks(
  child: BookingTaskChild,
  today: IsoDate,
  holidays: HolidaySource,
): Task[] {
  const tasks: Task[] = [];
  const about = { childId: child.id, name: child.name, iroId: child.iroId, iroName: child.iroName };
  const { nextReview, meeting } = child;
  const horizon = addDays(today, BOOKING_TASK_HORIZON_WEEKS * 7);
  if (meeting === null && compareDates(nextReview.due, horizon) <= 0) {
    const latest = latestWorkingDayOnOrBefore(nextReview.due, holidays);
    tasks.push({
      id: `review-to-book:${child.id}`,
      kind: 'review-to-book',
      ...about,
      ...taskTiming(latest, today, holidays),
      reason:
        compareDates(nextReview.due, today) < 0
          ? `The review was due on ${formatDate(nextReview.due)} and no meeting is booked: book it with ${child.iroName} as soon as you can`
          : `Book the review with ${child.iroName} by ${formatDate(latest)}, the last working day in timescale (due on ${formatDate(nextReview.due)})`,
      action: { kind: 'book-meeting', childId: child.id },
    });
  }
  if (meeting !== null) {
    const invitations = meeting.readiness.find((item) => item.code === 'invitations-sent');
    if (meeting.invitationsOverdue && invitations !== undefined) {
      tasks.push({
        id: `invitations-to-send:${meeting.id}`,
        kind: 'invitations-to-send',
        ...about,
        ...taskTiming(invitations.due, today, holidays),
        reason: `Meeting on ${when(meeting)}. ${invitations.detail}`,
        action: { kind: 'send-invitations', meetingId: meeting.id },
      });
    }
    for (const item of meeting.readiness) {
      if (item.state !== 'late' || !SUPPORT_READINESS_CODES.includes(item.code)) continue;
      tasks.push({
        id: `readiness-late:${meeting.id}:${item.code}`,
        kind: 'readiness-late',
        ...about,
        ...taskTiming(item.due, today, holidays),
        reason: `${item.label}: late for the meeting on ${when(meeting)}. ${item.detail}`,
        action: { kind: 'update-meeting-readiness', meetingId: meeting.id },
      });
    }
  }
  for (const spent of child.heldAlready) {
    tasks.push({
      id: `meeting-to-cancel:${spent.id}`,
      kind: 'meeting-to-cancel',
      ...about,
      ...taskTiming(spent.date, today, holidays),
      reason:
        spent.date === spent.reviewHeldOn
          ? `The review was held on ${formatDate(spent.reviewHeldOn)} but its meeting is still booked: mark it held`
          : `The review was already held on ${formatDate(spent.reviewHeldOn)}: cancel the meeting booked for ${when(spent)}`,
      action: { kind: 'change-meeting-status', meetingId: spent.id },
    });
  }
  return tasks;
}

/** Every booking task, late first, then by due date and the child's name. */
export function supportTasks(input: SupportTaskInput): Task[] {
  const { today, holidays } = input;
  const tasks = input.children.flatMap((child) => childSupportTasks(child, today, holidays));
  for (const left of input.leftCare) {
    tasks.push({
      id: `meeting-to-cancel:${left.meeting.id}`,
      kind: 'meeting-to-cancel',
      childId: left.childId,
      name: left.name,
      iroId: left.iroId,
      iroName: left.iroName,
      ...taskTiming(left.meeting.date, today, holidays),
      reason: `${left.reason}. Cancel the meeting booked for ${when(left.meeting)}`,
      action: { kind: 'change-meeting-status', meetingId: left.meeting.id },
    });
  }
  return sortTasks(tasks);
}
