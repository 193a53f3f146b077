// The annual report's figures on the IRO's footprint between reviews: the children looked after
// seen by their IRO in the last months (the setting iroContactMonths), and the midpoint checks
// done on time.
import { formatDayNumber, fromDayNumber, toDayNumber, type IsoDate } from './calendar';
import {
  iroContactSeesChild,
  iroContactWindowStart,
  lastSeenByIroOn,
  type IroContactType,
} from './iro-contact-record';
import { ratio } from './report-percent';
import type { ReportContext } from './report-context';
import { lookedAfterOn } from './report-records';
import type { AnnualReportFigures } from './report-types';
import { DEFAULT_MIDPOINT_ROUNDING, nextReviewDue, reviewHistory } from './schedule';

export interface ReportIroContact {
  childId: string;
  contactOn: IsoDate;
  type: IroContactType;
}

export interface ReportMidpointCheck {
  childId: string;
  checkedOn: IsoDate;
}

function byChild<T extends { childId: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.childId);
    if (list === undefined) map.set(item.childId, [item]);
    else list.push(item);
  }
  return map;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function seenByIroFigure(
  ctx: ReportContext,
  contacts: readonly ReportIroContact[],
): Pick<AnnualReportFigures, 'seenByIroInLastMonths'> {
  const months = ctx.settings.iroContactMonths;
  const asAt = fromDayNumber(ctx.to);
  const windowStart = iroContactWindowStart(asAt, months);
  const contactsOf = byChild(contacts.filter((c) => iroContactSeesChild(c.type)));
  const inCare = ctx.children.filter((c) => lookedAfterOn(c, ctx.to));
  const seen = inCare.filter((c) => {
    const last = lastSeenByIroOn(contactsOf.get(c.child.id) ?? [], asAt);
    return last !== null && last >= windowStart;
  }).length;
  const when = ctx.soFar ? `${ctx.toText}, today (the period has not ended)` : ctx.toText;
  return {
    seenByIroInLastMonths: {
      label: ctx.soFar
        ? `Children seen by their IRO in the last ${plural(months, 'month')}, so far, to ${ctx.toText}`
        : `Children seen by their IRO in the last ${plural(months, 'month')}`,
      value: ratio(seen, inCare.length),
      definition: `Of the children looked after on ${when}, those the IRO saw (a visit or a video call recorded as a contact) from ${formatDayNumber(toDayNumber(windowStart))} to ${ctx.toText}: the last ${plural(months, 'month')} (the setting iroContactMonths). Phone calls and messages are contacts but do not see the child; a review meeting is not counted as a contact.`,
    },
  };
}

/**
 * Midpoint checks due in the period, and done on time: a check recorded after the interval began
 * (the review held, or becoming looked after) and no later than the midpoint's date plus the
 * setting midpointCheckGraceDays. A midpoint is not due when the next review was held on or before
 * it, or the child had left care by then; one not done whose date (plus the grace) is today or
 * later cannot be late yet and is left out.
 */
export function midpointCheckFigure(
  ctx: ReportContext,
  reviewDates: ReadonlyMap<string, readonly number[]>,
  checks: readonly ReportMidpointCheck[],
): Pick<AnnualReportFigures, 'midpointChecksOnTime'> {
  const grace = ctx.settings.midpointCheckGraceDays;
  const checksOf = byChild(checks);
  let due = 0;
  let onTime = 0;
  for (const child of ctx.children) {
    const held = reviewDates.get(child.child.id) ?? [];
    const checked = (checksOf.get(child.child.id) ?? []).map((c) =>
      toDayNumber(c.checkedOn, 'midpointChecks.checkedOn'),
    );
    for (const period of child.periods) {
      // Only periods of care that overlap the report's period are worked through.
      if (period.start > ctx.to || period.end < ctx.from) continue;
      const inPeriod = held.filter((d) => d >= period.start && d <= period.end);
      // Each interval runs from the review before (or becoming looked after) to the next due
      // date: the held reviews' own due dates, then the next one still to hold.
      const episode = { becameLookedAfter: period.startDate, reviews: inPeriod.map(fromDayNumber) };
      const dues = [
        ...reviewHistory(episode, ctx.calendar, period.rules).map((h) => toDayNumber(h.due)),
        toDayNumber(nextReviewDue(episode, ctx.calendar, period.rules).due),
      ];
      for (let k = 0; k <= inPeriod.length; k++) {
        const start = k === 0 ? period.start : (inPeriod[k - 1] ?? period.start);
        const reviewDue = dues[k] ?? start;
        const half = (reviewDue - start) / 2;
        // The same halfway day as midpointCheckDue (src/domain/schedule.ts).
        const day =
          start + (DEFAULT_MIDPOINT_ROUNDING === 'down' ? Math.floor(half) : Math.ceil(half));
        if (!ctx.inPeriod(day) || day > period.end) continue;
        const next = inPeriod[k];
        if (next !== undefined && next <= day) continue;
        const done = checked.some((c) => c > start && c <= day + grace);
        if (!done && ctx.today !== null && day + grace >= ctx.today) continue;
        due += 1;
        if (done) onTime += 1;
      }
    }
  }
  const graceWords =
    grace === 0
      ? 'on or before its date'
      : `no later than ${plural(grace, 'day')} after its date (the setting midpointCheckGraceDays)`;
  return {
    midpointChecksOnTime: {
      label: 'Midpoint checks done on time',
      value: ratio(onTime, due),
      definition: `Midpoint checks due from ${ctx.fromText} to ${ctx.toText} (halfway between the last review held, or becoming looked after, and the next review’s due date), and of those, the ones the IRO recorded ${graceWords}. A midpoint is not counted when the next review was held on or before it or the child had left care; one not yet recorded and not yet late is left out.`,
    },
  };
}
