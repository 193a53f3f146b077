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
  /** The period's first and last days (both included), as day numbers and in words. */
  from: number;
  to: number;
  fromText: string;
  toText: string;
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
  const to = toDayNumber(input.period.to, 'period.to');
  if (to < from) {
    throw invalid(
      `The period ends on ${formatDayNumber(to)}, before it starts on ${formatDayNumber(from)}`,
      'period.to',
    );
  }
  const settings = settingsWithDefaults(input.settings);
  const today = input.today === undefined ? null : toDayNumber(input.today, 'today');
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
    inPeriod,
    settings,
    today,
    calendar,
    children: [...children.values()],
    reviews,
  };
}
