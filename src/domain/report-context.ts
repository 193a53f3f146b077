// What every figure of the annual report reads: the period as day numbers and words, the settings,
// and the checked children and reviews. Built once, so each figure is a small function of it.
import { formatDayNumber, toDayNumber } from './calendar';
import {
  checkChildren,
  checkReviews,
  invalid,
  withTimeliness,
  type CheckedChild,
  type CheckedReview,
} from './report-records';
import { settingsWithDefaults, type AnnualReportSettings } from './report-settings';
import type { AnnualReportInput } from './report-types';
import { toCalendar, type WorkingDayCalendar } from './working-days';

export interface ReportContext {
  /**
   * The first and last days counted (both included), as day numbers and in words. For a period
   * that has not ended, the last day counted is today: a figure is never stated for a future day.
   */
  from: number;
  to: number;
  fromText: string;
  toText: string;
  /** The period's own last day (later than `to` while the period has not ended). */
  periodEnd: number;
  /** The period has not ended: every figure is "so far, to <today>". */
  soFar: boolean;
  inPeriod: (day: number | null) => boolean;
  settings: AnnualReportSettings;
  /** null when not given: then nothing is left out as "not due yet". */
  today: number | null;
  calendar: WorkingDayCalendar;
  /** Every child, checked. */
  children: CheckedChild[];
  /** The reviews held in the period, in input order, with their due dates. */
  reviews: CheckedReview[];
}

/** Checks the input in the order the figures were always checked, so the same error comes first. */
export function reportContext(input: AnnualReportInput): ReportContext {
  const from = toDayNumber(input.period.from, 'period.from');
  const periodEnd = toDayNumber(input.period.to, 'period.to');
  if (periodEnd < from) {
    throw invalid(
      `The period ends on ${formatDayNumber(periodEnd)}, before it starts on ${formatDayNumber(from)}`,
      'period.to',
    );
  }
  const settings = settingsWithDefaults(input.settings);
  const today = input.today === undefined ? null : toDayNumber(input.today, 'today');
  // A period that has not ended is counted to today (a period wholly ahead is left as asked).
  const soFar = today !== null && today >= from && today < periodEnd;
  const to = soFar ? today : periodEnd;
  const calendar = toCalendar(input.holidays);
  const inPeriod = (day: number | null): boolean => day !== null && day >= from && day <= to;
  const children = checkChildren(input.children);
  // Every review, in any year, sets the due date of the next one; only those in the period count.
  const reviews = withTimeliness(checkReviews(input.reviews, children), input.holidays, inPeriod);
  return {
    from,
    to,
    fromText: formatDayNumber(from),
    toText: formatDayNumber(to),
    periodEnd,
    soFar,
    inPeriod,
    settings,
    today,
    calendar,
    children: [...children.values()],
    reviews,
  };
}
