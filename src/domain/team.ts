import {
  addDays,
  compareDates,
  financialYearOf,
  formatDate,
  isIsoDate,
  type IsoDate,
} from './calendar';
import { DomainError } from './errors';
import { DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS, managerSignOffDue } from './follow-ups';
import type { ReviewStatus } from './status';
import { addWorkingDays, workingDaysBetween, type HolidaySource } from './working-days';

// What a team manager watches across the team: reviews at risk within a horizon, decisions
// waiting for sign-off, escalations left open, and the year to date. Pure: "today" is passed in.

// ---------------------------------------------------------------------------------------------
// Reviews at risk within a horizon
// ---------------------------------------------------------------------------------------------

/** The horizons the at-risk list offers, in weeks (or any date: `horizonFromDate`). */
export const AT_RISK_HORIZON_WEEKS = [2, 4, 8] as const;
export type AtRiskHorizonWeeks = (typeof AT_RISK_HORIZON_WEEKS)[number];

/** The team overview's "at risk" column looks this many weeks ahead (issue: "in the next 4 weeks"). */
export const TEAM_OVERVIEW_HORIZON_WEEKS: AtRiskHorizonWeeks = 4;

export interface AtRiskHorizon {
  /** The last day included (both today and this day are in the horizon). */
  until: IsoDate;
  /** 'the next 4 weeks (to 13 April 2026)' */
  label: string;
  weeks: number | null;
}

/** N calendar weeks from today: today + 7N days, that day included. */
export function horizonInWeeks(today: IsoDate, weeks: number): AtRiskHorizon {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) {
    throw new DomainError(
      'invalid-argument',
      `The horizon must be a whole number of weeks from 1 to 52: got ${weeks}`,
      'weeks',
    );
  }
  const until = addDays(today, weeks * 7);
  return {
    until,
    weeks,
    label: `the next ${weeks} week${weeks === 1 ? '' : 's'} (to ${formatDate(until)})`,
  };
}

/** Up to a chosen date (included), which must be today or later. */
export function horizonToDate(today: IsoDate, until: IsoDate): AtRiskHorizon {
  if (!isIsoDate(until)) {
    throw new DomainError('invalid-date', 'The date must be a real date', 'until');
  }
  if (compareDates(until, today) < 0) {
    throw new DomainError('invalid-argument', 'The date must be today or in the future', 'until');
  }
  return { until, weeks: null, label: `up to ${formatDate(until)}` };
}

/**
 * Why a review is on the at-risk list: overdue (whatever its due date), or due by the end of the
 * horizon and either not booked or booked after its due date.
 */
export type AtRiskCategory = 'overdue' | 'not-booked' | 'booked-late';

export const AT_RISK_CATEGORIES: readonly AtRiskCategory[] = Object.freeze([
  'overdue',
  'not-booked',
  'booked-late',
]);

export const AT_RISK_CATEGORY_LABELS: Record<AtRiskCategory, string> = Object.freeze({
  overdue: 'Overdue',
  'not-booked': 'Not booked',
  'booked-late': 'Booked after due date',
});

/**
 * The at-risk category of a review from its status today (`reviewStatus`) and due date, or null
 * when it is not at risk within the horizon. A meeting booked on or before the due date takes a
 * review off the list; "on track" (not booked, due beyond the at-risk setting) is on it when the
 * due date falls within the horizon, because nothing is booked yet.
 */
export function atRiskCategory(
  review: { status: ReviewStatus; due: IsoDate },
  horizonUntil: IsoDate,
): AtRiskCategory | null {
  if (review.status === 'overdue') return 'overdue';
  if (compareDates(review.due, horizonUntil) > 0) return null;
  switch (review.status) {
    case 'booked-late':
      return 'booked-late';
    case 'at-risk':
    case 'on-track':
      return 'not-booked';
    case 'booked':
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Manager sign-off queue
// ---------------------------------------------------------------------------------------------

export interface SignOffWait {
  /** The last day for sign-off: N working days after the decisions were sent (day 0). */
  due: IsoDate;
  /** Working days since the decisions were sent (0 on the day they were sent). */
  workingDaysWaiting: number;
  /** Past the due date: flagged. */
  late: boolean;
  /** 'Sign-off was due on 20 March 2026: 3 working days late' */
  reason: string;
}

/** How long a review's decisions have waited for the manager's sign-off. */
export function signOffWait(
  decisionsSentOn: IsoDate,
  today: IsoDate,
  holidays: HolidaySource,
  workingDays: number = DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS,
): SignOffWait {
  const due = managerSignOffDue(decisionsSentOn, holidays, workingDays);
  const workingDaysWaiting = Math.max(0, workingDaysBetween(decisionsSentOn, today, holidays));
  const late = compareDates(today, due) > 0;
  const lateBy = workingDaysBetween(due, today, holidays);
  const dueText = formatDate(due);
  let reason: string;
  if (late) {
    reason =
      lateBy === 0
        ? `Sign-off was due on ${dueText}`
        : `Sign-off was due on ${dueText}: ${lateBy} working day${lateBy === 1 ? '' : 's'} late`;
  } else {
    reason =
      compareDates(today, due) === 0 ? 'Sign-off is due today' : `Sign-off is due by ${dueText}`;
  }
  return { due, workingDaysWaiting, late, reason };
}

// ---------------------------------------------------------------------------------------------
// Open escalations
// ---------------------------------------------------------------------------------------------

export interface EscalationAge {
  /** Working days since the escalation was raised (0 on the day). */
  workingDaysOpen: number;
  /** Working days since it reached its current stage. */
  workingDaysAtStage: number;
  /** Open for more than the limit: flagged. */
  overLimit: boolean;
  /**
   * At its current stage for more than the limit: past the stage's target ("Past target"). Each
   * stage has the same target, the council's limit, so no stage is held to a stricter one than
   * the whole escalation.
   */
  stagePastTarget: boolean;
}

/**
 * A local setting, not statutory: an escalation open more working days than this is flagged, and
 * so is one at its current stage for longer (the stage's target).
 */
export const DEFAULT_ESCALATION_OPEN_WORKING_DAYS_LIMIT = 20;

/**
 * The day an escalation reached the stage it is at: the latest day recorded for that stage, or
 * the day it was raised when none is recorded (never earlier than that).
 */
export function escalationStageReachedOn(escalation: {
  stage: number;
  raisedOn: IsoDate;
  stages: readonly { stage: number; reachedOn: IsoDate }[];
}): IsoDate {
  return escalation.stages
    .filter((s) => s.stage === escalation.stage)
    .reduce(
      (latest, s) => (compareDates(s.reachedOn, latest) > 0 ? s.reachedOn : latest),
      escalation.raisedOn,
    );
}

/**
 * How long an open escalation has been open, and at its current stage, against the council's
 * limit (a setting: the dispute resolution protocol sets local timescales, not a national one).
 */
export function escalationAge(
  input: { raisedOn: IsoDate; stageReachedOn: IsoDate },
  today: IsoDate,
  holidays: HolidaySource,
  limitWorkingDays: number,
): EscalationAge {
  if (!Number.isInteger(limitWorkingDays) || limitWorkingDays < 0) {
    throw new DomainError(
      'invalid-argument',
      `The limit must be a whole number of working days: got ${limitWorkingDays}`,
      'limitWorkingDays',
    );
  }
  const workingDaysOpen = Math.max(0, workingDaysBetween(input.raisedOn, today, holidays));
  const workingDaysAtStage = Math.max(0, workingDaysBetween(input.stageReachedOn, today, holidays));
  return {
    workingDaysOpen,
    workingDaysAtStage,
    overLimit: workingDaysOpen > limitWorkingDays,
    stagePastTarget: workingDaysAtStage > limitWorkingDays,
  };
}

/**
 * The day an open escalation's current stage reaches its target (the council's limit, in working
 * days from the day the stage was reached), with its age: past the target (`stagePastTarget`) once
 * more working days than the limit have passed at the stage, so today is after `targetDate`.
 */
export function escalationStageTarget(
  escalation: {
    stage: number;
    raisedOn: IsoDate;
    stages: readonly { stage: number; reachedOn: IsoDate }[];
  },
  today: IsoDate,
  holidays: HolidaySource,
  limitWorkingDays: number,
): EscalationAge & { stageReachedOn: IsoDate; targetDate: IsoDate } {
  const stageReachedOn = escalationStageReachedOn(escalation);
  const age = escalationAge(
    { raisedOn: escalation.raisedOn, stageReachedOn },
    today,
    holidays,
    limitWorkingDays,
  );
  return {
    ...age,
    stageReachedOn,
    targetDate: addWorkingDays(stageReachedOn, limitWorkingDays, holidays),
  };
}

// ---------------------------------------------------------------------------------------------
// Year to date
// ---------------------------------------------------------------------------------------------

/** The financial year (April to March) so far: 1 April to today, both included. */
export function yearToDate(today: IsoDate): { from: IsoDate; to: IsoDate; label: string } {
  const year = financialYearOf(today);
  return {
    from: year.start,
    to: today,
    // Worded as every figure of a period not yet ended is: 'so far, to <today>'.
    label: `${year.label} so far, to ${formatDate(today)} (from ${formatDate(year.start)})`,
  };
}

/** Children per full-time equivalent: null when the FTE is 0. */
export function perFte(children: number, fte: number): number | null {
  return fte > 0 ? children / fte : null;
}

/** Statutory guidance (IRO Handbook): 50-70 children per full-time IRO; a council may vary it. */
export const DEFAULT_CASELOAD_BAND: Readonly<{ min: number; max: number }> = Object.freeze({
  min: 50,
  max: 70,
});

/**
 * Where a caseload per FTE sits against the recommended band (IRO Handbook: 50-70 per full-time
 * IRO): 'above' the maximum is flagged, 'below' the minimum is noted.
 */
export function caseloadBandPosition(
  childrenPerFte: number | null,
  band: { min: number; max: number },
): 'below' | 'within' | 'above' | null {
  if (childrenPerFte === null) return null;
  if (childrenPerFte > band.max) return 'above';
  if (childrenPerFte < band.min) return 'below';
  return 'within';
}
