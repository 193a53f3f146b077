import { compareDates, formatDate, type IsoDate } from './calendar';
import { addMinutesToLocalTime, formatDateWithWeekday } from './booking';
import { FieldProblemList, isBlank, type FieldProblem } from './field-problems';

// The rules a review meeting's booking must meet beyond its shape (the booking forms and the
// backend both run these; findClashes in booking.ts finds the clashes).

export type MeetingFormat = 'in-person' | 'virtual' | 'hybrid';

/** In person and hybrid meetings need a venue; virtual and hybrid ones a link to join. */
export function meetingPlaceProblems(meeting: {
  /** null: not chosen yet (nothing else is checked). */
  format: MeetingFormat | null;
  venue: string | null;
  virtualLink: string | null;
}): FieldProblem[] {
  const problems = new FieldProblemList();
  if (meeting.format === null) return problems.list();
  if (meeting.format !== 'virtual' && isBlank(meeting.venue)) {
    problems.add('venue', 'Enter where the meeting will take place');
  }
  if (meeting.format !== 'in-person' && isBlank(meeting.virtualLink)) {
    problems.add('virtualLink', 'Enter the link to join the meeting');
  }
  return problems.list();
}

export interface MeetingDateContext {
  /** Today in England (the domain never reads the clock). */
  today: IsoDate;
  /** The review's due date: a meeting after it needs a reason. */
  due: IsoDate;
  /** When rescheduling: the meeting as it is now. */
  moving?: { status: string; date: IsoDate; startTime: string; durationMinutes: number } | null;
}

/**
 * The date of a meeting being booked or moved (null: blank or not a real date): today or later,
 * a reason when it is after the review's due date, and a move that changes something.
 */
export function meetingDateProblems(
  meeting: {
    date: IsoDate | null;
    startTime: string;
    durationMinutes: number | null;
    outOfTimescaleReason: string | null;
  },
  context: MeetingDateContext,
): FieldProblem[] {
  const problems = new FieldProblemList();
  const { date } = meeting;
  const { moving } = context;
  const label = moving ? 'New date of the meeting' : 'Date of the meeting';
  if (date !== null && compareDates(date, context.today) < 0) {
    problems.add('date', `${label} must be today or in the future`);
  }
  if (
    moving?.status === 'booked' &&
    problems.usable('date', date) === moving.date &&
    meeting.startTime === moving.startTime &&
    meeting.durationMinutes === moving.durationMinutes
  ) {
    problems.add(
      'date',
      'The meeting is already booked for this date and time: change the date, the start time or the length',
    );
  }
  if (
    date !== null &&
    compareDates(date, context.due) > 0 &&
    isBlank(meeting.outOfTimescaleReason)
  ) {
    problems.add(
      'outOfTimescaleReason',
      `Enter why the meeting is after the review due date of ${formatDate(context.due)}`,
    );
  }
  return problems.list();
}

/** The message for a clash found by findClashes (on the start time). */
export function meetingClashMessage(
  iroName: string,
  clash: { date: IsoDate; startTime: string; durationMinutes: number },
  childRef: string,
): string {
  const end = addMinutesToLocalTime(clash.date, clash.startTime, clash.durationMinutes).time;
  return `${iroName} already has a review meeting from ${clash.startTime} to ${end} on ${formatDateWithWeekday(clash.date)} (child ${childRef}): choose a time that does not overlap`;
}
