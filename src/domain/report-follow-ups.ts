// The annual report's figures on the work after a review: the record of review within the local
// target and within the IRO Handbook limit, and the manager's sign-off of the decisions.
import { formatDayNumber } from './calendar';
import { ratio, type Ratio } from './report-percent';
import type { ReportContext } from './report-context';
import { optionalDay } from './report-records';
import type { AnnualReportFigures } from './report-types';

interface Timely {
  /** In the measure: done, or no longer able to be done in time. */
  counted: boolean;
  inTime: boolean;
}

function inTimeOutOfCounted(results: readonly Timely[]): Ratio {
  return ratio(results.filter((t) => t.inTime).length, results.filter((t) => t.counted).length);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** How work not yet done is treated, in words: `notDone` is what it counts as. */
function notYetDoneWords(notDone: string, today: number | null): string {
  return today === null
    ? `${notDone}.`
    : `${notDone} once its deadline has passed (today is ${formatDayNumber(today)}); until then it is left out.`;
}

export function followUpFigures(
  ctx: ReportContext,
): Pick<
  AnnualReportFigures,
  | 'recordOfReviewWithinTarget'
  | 'recordOfReviewWithinLimit'
  | 'recordOfReviewNotYetCompleted'
  | 'managerSignOffInTime'
  | 'managerSignOffNotYetDone'
> {
  const { reviews, settings, today, calendar } = ctx;
  const target = settings.recordOfReviewTargetWorkingDays;
  const limit = settings.recordOfReviewLimitWorkingDays;
  const signOffDays = settings.managerSignOffWorkingDays;
  /** Work due on the nth working day after `start` (day 0), done on `done` (null: not yet). */
  const timely = (start: number, done: number | null, n: number): Timely => {
    const due = calendar.addWorkingDaysToDayNumber(start, n);
    if (done !== null) return { counted: true, inTime: done <= due };
    // Not done: leave it out while it can still be done in time (only when today is known).
    return { counted: today === null || today > due, inTime: false };
  };
  const withinTarget: Timely[] = [];
  const withinLimit: Timely[] = [];
  const signOffs: Timely[] = [];
  let recordsNotDone = 0;
  let signOffsNotDone = 0;
  for (const r of reviews) {
    const done = optionalDay(r.review.recordOfReviewCompletedOn, 'recordOfReviewCompletedOn');
    if (done === null) recordsNotDone += 1;
    withinTarget.push(timely(r.held, done, target));
    withinLimit.push(timely(r.held, done, limit));
    // Sign-off is timed from the decisions being sent: without that date it cannot be measured.
    const sent = optionalDay(r.review.decisionsSentOn, 'decisionsSentOn');
    if (sent === null) continue;
    const signed = optionalDay(r.review.managerSignOffOn, 'managerSignOffOn');
    if (signed === null) signOffsNotDone += 1;
    signOffs.push(timely(sent, signed, signOffDays));
  }
  const recordNotDone = notYetDoneWords(
    'A record not yet completed counts as not completed in time',
    today,
  );
  const signOffNotDone = notYetDoneWords('A sign-off not yet done counts as not in time', today);
  return {
    recordOfReviewWithinTarget: {
      label: `Record of review within ${plural(target, 'working day')} (local target)`,
      value: inTimeOutOfCounted(withinTarget),
      definition: `Reviews held in the period whose record was completed within ${plural(target, 'working day')} of the review (the review day is day 0; weekends and bank holidays are not counted). ${recordNotDone}`,
    },
    recordOfReviewWithinLimit: {
      label: `Record of review within ${plural(limit, 'working day')}`,
      value: inTimeOutOfCounted(withinLimit),
      definition: `Reviews held in the period whose record was completed within ${plural(limit, 'working day')} of the review, the IRO Handbook limit (the review day is day 0). ${recordNotDone}`,
    },
    recordOfReviewNotYetCompleted: {
      label: 'Records of review not yet completed',
      value: recordsNotDone,
      definition: `Reviews held in the period with no date for the completed record of the review.`,
    },
    managerSignOffInTime: {
      label: `Manager sign-off within ${plural(signOffDays, 'working day')}`,
      value: inTimeOutOfCounted(signOffs),
      definition: `Reviews held in the period whose decisions were signed off by the manager within ${plural(signOffDays, 'working day')} of being sent (the day they were sent is day 0), out of the reviews whose decisions have been sent. ${signOffNotDone}`,
    },
    managerSignOffNotYetDone: {
      label: 'Decisions awaiting manager sign-off',
      value: signOffsNotDone,
      definition: `Reviews held in the period whose decisions have been sent but not yet signed off.`,
    },
  };
}
