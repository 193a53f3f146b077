import { formatDayNumber, toDayNumber, type IsoDate } from './calendar';
import { DomainError } from './errors';
import { DEFAULT_AT_RISK_WORKING_DAYS } from './follow-ups';
import { toCalendar, type HolidaySource } from './working-days';

export type ReviewStatus = 'overdue' | 'booked-late' | 'at-risk' | 'booked' | 'on-track';

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = Object.freeze({
  overdue: 'Overdue',
  'booked-late': 'Booked after due date',
  'at-risk': 'At risk',
  booked: 'Booked',
  'on-track': 'On track',
});

export interface ReviewStatusInput {
  due: IsoDate;
  today: IsoDate;
  bookedMeetingDate?: IsoDate | null;
  holidays: HolidaySource;
  /** Default DEFAULT_AT_RISK_WORKING_DAYS (15). */
  atRiskWorkingDays?: number;
}

export interface ReviewStatusResult {
  status: ReviewStatus;
  reason: string;
  /** workingDaysBetween(today, due): negative once overdue (0 if only weekend/holidays have passed). */
  workingDaysLeft: number;
  /** Calendar days after the due date; 0 when not overdue. */
  daysOverdue: number;
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

function workingDays(n: number): string {
  return `${n} working day${n === 1 ? '' : 's'}`;
}

/**
 * Where a review stands today. A review due today is not yet overdue (in timescale means held on or
 * before the due date). A booked meeting whose date has already passed, with no review recorded
 * since, no longer counts as a booking: the status then shows what needs doing now.
 */
export function reviewStatus(input: ReviewStatusInput): ReviewStatusResult {
  const due = toDayNumber(input.due, 'due');
  const today = toDayNumber(input.today, 'today');
  const booked =
    input.bookedMeetingDate === undefined || input.bookedMeetingDate === null
      ? null
      : toDayNumber(input.bookedMeetingDate, 'bookedMeetingDate');
  const atRisk = input.atRiskWorkingDays ?? DEFAULT_AT_RISK_WORKING_DAYS;
  if (!Number.isInteger(atRisk) || atRisk < 0) {
    throw new DomainError(
      'invalid-argument',
      `atRiskWorkingDays must be a whole number of 0 or more: got ${atRisk}`,
      'atRiskWorkingDays',
    );
  }
  const workingDaysLeft = toCalendar(input.holidays).workingDaysBetweenDayNumbers(today, due);
  const dueText = formatDayNumber(due);
  const bookedText = booked === null ? '' : formatDayNumber(booked);

  if (today > due) {
    const daysOverdue = today - due;
    const booking = booked !== null && booked >= today ? `; meeting booked for ${bookedText}` : '';
    return {
      status: 'overdue',
      reason: `Review was due on ${dueText}: ${days(daysOverdue)} overdue${booking}`,
      workingDaysLeft,
      daysOverdue,
    };
  }

  if (booked !== null && booked >= today) {
    if (booked > due) {
      return {
        status: 'booked-late',
        reason: `Meeting booked for ${bookedText}, ${days(booked - due)} after the due date`,
        workingDaysLeft,
        daysOverdue: 0,
      };
    }
    return {
      status: 'booked',
      workingDaysLeft,
      daysOverdue: 0,
      reason:
        booked === due
          ? `Meeting booked for ${bookedText}, the due date`
          : `Meeting booked for ${bookedText}, ${days(due - booked)} before the due date`,
    };
  }

  const lapsed =
    booked !== null
      ? `The meeting booked for ${bookedText} has passed with no review recorded. `
      : '';
  if (workingDaysLeft <= atRisk) {
    const when =
      due === today
        ? 'Due today'
        : workingDaysLeft === 0
          ? `Due on ${dueText} with no working days left`
          : `Due in ${workingDays(workingDaysLeft)}`;
    return {
      status: 'at-risk',
      reason: `${lapsed}${when} and no meeting booked`,
      workingDaysLeft,
      daysOverdue: 0,
    };
  }
  return {
    status: 'on-track',
    workingDaysLeft,
    daysOverdue: 0,
    reason: `${lapsed}Due on ${dueText}, in ${workingDays(workingDaysLeft)}; no meeting booked yet`,
  };
}
