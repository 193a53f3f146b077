// The annual IRO report's figures, computed live from plain records. Every figure carries the
// words that define it, so the report can print the definition beside the number. Percentages are
// kept unrounded (with their count and denominator); formatPercent rounds them for display. Each
// group of figures is worked out in its own report-*.ts file; this one puts them together and
// names the public part.
import { formatDayNumber, fromDayNumber, toDayNumber } from './calendar';
import { advocacyFigures } from './report-advocacy';
import { caseloadFigures } from './report-caseloads';
import { childrenFigures } from './report-children';
import { reportContext, type ReportContext } from './report-context';
import { escalationFigures } from './report-escalations';
import { followUpFigures } from './report-follow-ups';
import { midpointCheckFigure, seenByIroFigure } from './report-iro-footprint';
import { participationFigures } from './report-participation';
import { qualityCheckReportFigures } from './report-quality-checks';
import { monthFigures, timelinessFigures } from './report-timeliness';
import type { AnnualReportFigures, AnnualReportInput } from './report-types';

export { formatPercent, ratio, type Ratio } from './report-percent';
export type { ReportIroContact, ReportMidpointCheck } from './report-iro-footprint';
export { financialYearPeriod } from './report-period';
export {
  DEFAULT_ANNUAL_REPORT_SETTINGS,
  DEFAULT_MIDPOINT_CHECK_GRACE_DAYS,
  DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS,
  type AnnualReportSettings,
} from './report-settings';
export type {
  AnnualReportFigures,
  AnnualReportInput,
  ByStage,
  CaseloadFigures,
  EscalationStage,
  Figure,
  IroCaseload,
  LateReview,
  MonthFigures,
  ParticipationMethodOrNotRecorded,
  ProviderReferrals,
  ReportAdvocacy,
  ReportChild,
  ReportEscalation,
  ReportIro,
  ReportPeriod,
  ReportPeriodOfCare,
  ReportReview,
} from './report-types';

/**
 * The annual IRO report's figures for a period (both dates inclusive). Throws DomainError for
 * records the figures cannot be worked out from (an unknown child, a review outside the child's
 * periods of care, two reviews of one child on one day, a date that is not a date): a report
 * should not quietly leave records out.
 */
/** 'so far, to 1 December 2026': how every figure of a period not yet ended is worded. */
function soFarWords(ctx: ReportContext): string {
  return `so far, to ${ctx.toText}`;
}

/** Every review's day, by child, in date order (the midpoints fall between them). */
function reviewDaysByChild(input: AnnualReportInput): Map<string, number[]> {
  const days = new Map<string, number[]>();
  for (const review of input.reviews) {
    const day = toDayNumber(review.heldOn, 'reviews.heldOn');
    const list = days.get(review.childId);
    if (list === undefined) days.set(review.childId, [day]);
    else list.push(day);
  }
  for (const list of days.values()) list.sort((a, b) => a - b);
  return days;
}

export function annualReportFigures(input: AnnualReportInput): AnnualReportFigures {
  const ctx = reportContext(input);
  // In this order the records are checked as they always were (the same error comes first), and
  // the figures come out in the order the report prints them.
  return {
    period: {
      from: fromDayNumber(ctx.from),
      to: fromDayNumber(ctx.periodEnd),
      label: ctx.soFar
        ? `${ctx.fromText} to ${formatDayNumber(ctx.periodEnd)}, ${soFarWords(ctx)}`
        : `${ctx.fromText} to ${ctx.toText}`,
      soFarTo: ctx.soFar ? fromDayNumber(ctx.to) : null,
    },
    settings: ctx.settings,
    ...childrenFigures(ctx),
    ...timelinessFigures(ctx),
    ...participationFigures(ctx),
    ...advocacyFigures(ctx),
    ...caseloadFigures(ctx, input.iros),
    ...escalationFigures(ctx, input.escalations),
    ...followUpFigures(ctx),
    ...seenByIroFigure(ctx, input.iroContacts ?? []),
    ...midpointCheckFigure(ctx, reviewDaysByChild(input), input.midpointChecks ?? []),
    ...qualityCheckReportFigures(ctx),
    ...monthFigures(ctx),
  };
}
