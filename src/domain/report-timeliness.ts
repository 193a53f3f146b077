// The annual report's figures on reviews held and held in timescale: in the period, review by
// review when late, and month by month.
import { dayNumberFromParts, formatDayNumber, partsFromDayNumber } from './calendar';
import { compareText } from './compare-text';
import { ratio } from './report-percent';
import type { ReportContext } from './report-context';
import type {
  AnnualReportFigures,
  LateReasonCount,
  LateReview,
  MonthFigures,
} from './report-types';

function lateReasonText(reason: unknown): string | null {
  if (typeof reason !== 'string') return null;
  const trimmed = reason.trim();
  return trimmed === '' ? null : trimmed;
}

const NOT_RECORDED = 'Not recorded';

/**
 * Late reviews counted by the reason chosen: most first, then by name; none chosen last. A reason
 * reworded since some reviews were recorded is one reason (one code): it is named in the words
 * of the latest review held with it.
 */
function byReason(
  late: readonly { heldOn: string; category: { code: string; label: string } | null }[],
): LateReasonCount[] {
  const counts = new Map<string | null, LateReasonCount & { heldOn: string }>();
  for (const { heldOn, category } of late) {
    const code = category?.code ?? null;
    const label = category?.label ?? NOT_RECORDED;
    const entry = counts.get(code) ?? { code, label, count: 0, heldOn };
    entry.count++;
    if (compareText(heldOn, entry.heldOn) > 0) Object.assign(entry, { heldOn, label });
    counts.set(code, entry);
  }
  return [...counts.values()]
    .map(({ code, label, count }) => ({ code, label, count }))
    .sort(
      (a, b) =>
        Number(a.code === null) - Number(b.code === null) ||
        b.count - a.count ||
        compareText(a.label, b.label),
    );
}

function categoryOf(value: unknown): { code: string; label: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, label } = value as { code?: unknown; label?: unknown };
  if (typeof code !== 'string' || code.trim() === '') return null;
  return { code, label: typeof label === 'string' && label.trim() !== '' ? label.trim() : code };
}

export function timelinessFigures(
  ctx: ReportContext,
): Pick<
  AnnualReportFigures,
  'reviewsHeld' | 'reviewsInTimescale' | 'lateReviews' | 'lateReviewsByReason'
> {
  const { reviews, fromText, toText } = ctx;
  const held = reviews.length;
  const inTimescale = reviews.filter((r) => r.inTimescale).length;
  const lateHeld = reviews
    .filter((r) => !r.inTimescale)
    .map((r) => ({
      r,
      heldOn: r.review.heldOn,
      category: categoryOf(r.review.lateReasonCategory),
    }));
  const late: LateReview[] = lateHeld
    .map(({ r, category }) => ({
      childId: r.review.childId,
      heldOn: r.review.heldOn,
      due: r.due,
      daysLate: r.daysLate,
      dueReason: r.dueReason,
      reason: lateReasonText(r.review.lateReason),
      reasonCode: category?.code ?? null,
    }))
    .sort((a, b) => compareText(a.heldOn, b.heldOn) || compareText(a.childId, b.childId));
  return {
    reviewsHeld: {
      label: 'Reviews held',
      value: held,
      definition: `Reviews held from ${fromText} to ${toText}, both days included. Each review is counted once, on the day it was held.`,
    },
    reviewsInTimescale: {
      label: 'Reviews held in timescale',
      value: ratio(inTimescale, held),
      definition: `Reviews held on or before their due date, out of all reviews held from ${fromText} to ${toText}. Due dates follow the Care Planning, Placement and Case Review (England) Regulations 2010: the first review within 20 working days of becoming looked after, the second within 3 months of the first, then every 6 months (reg. 33; reg. 48 for a series of short breaks). Each interval runs from the date the previous review was actually held, and a new period of care starts the cycle again.`,
    },
    lateReviews: {
      label: 'Reviews held late',
      value: late,
      definition: `Reviews held from ${fromText} to ${toText} after their due date, in date order, with the number of calendar days late, why the review was due on that date, and the reason it was held late as recorded (the reason chosen when the review was recorded, with any details; for a review recorded without one, the reason given when the meeting was booked after the due date), or "not recorded".`,
    },
    lateReviewsByReason: {
      label: 'Late reviews by reason',
      value: byReason(lateHeld),
      definition: `Reviews held from ${fromText} to ${toText} after their due date, counted by the reason chosen from the council’s list when the review was recorded, the most common first. "${NOT_RECORDED}" counts late reviews recorded without a reason from the list (for example imported from the SSDA903 return). The counts add up to the reviews held late.`,
    },
  };
}

function monthLabel(year: number, month: number): string {
  // formatDayNumber gives '1 April 2025' for the first of the month.
  return formatDayNumber(dayNumberFromParts(year, month, 1)).slice(2);
}

/** Each calendar month touching the period; the first and last count only the days inside it. */
export function monthFigures(ctx: ReportContext): Pick<AnnualReportFigures, 'reviewsByMonth'> {
  const { reviews, from, to, fromText, toText } = ctx;
  const months: MonthFigures[] = [];
  /** Each month's first day, in order: a review is in the last month starting on or before it. */
  const starts: number[] = [];
  const first = partsFromDayNumber(from);
  const last = partsFromDayNumber(to);
  for (
    let index = first.year * 12 + first.month - 1;
    index <= last.year * 12 + last.month - 1;
    index++
  ) {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    starts.push(dayNumberFromParts(year, month, 1));
    months.push({
      month: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`,
      label: monthLabel(year, month),
      held: 0,
      inTimescale: 0,
    });
  }
  // One pass over the reviews (a month at a time read every review once a month: a fifth of the
  // whole report's time over 10,000 children). The first and last months count only the days
  // inside the period.
  for (const r of reviews) {
    if (r.held < from || r.held > to) continue;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? Infinity) <= r.held) lo = mid;
      else hi = mid - 1;
    }
    const month = months[lo];
    if (month === undefined) continue;
    month.held++;
    if (r.inTimescale) month.inTimescale++;
  }
  return {
    reviewsByMonth: {
      label: 'Reviews by month',
      value: months,
      definition: `Reviews held and held in timescale in each calendar month of the period (the first and last months only from ${fromText} and to ${toText}). The months add up to the totals.`,
    },
  };
}
