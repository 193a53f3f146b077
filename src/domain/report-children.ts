// The annual report's figures on children looked after: at the start and end of the period, and
// those who started or ceased to be looked after in it.
import type { ReportContext } from './report-context';
import { lookedAfterOn } from './report-records';
import type { AnnualReportFigures } from './report-types';

const LOOKED_AFTER_ON_A_DAY =
  'A child is looked after on a day when one of their periods of care started on or before that day and had not ended before it. The end date of a period of care is taken as the last day the child was looked after, so a child is still counted on the day their care ended.';

export function childrenFigures(
  ctx: ReportContext,
): Pick<
  AnnualReportFigures,
  | 'childrenLookedAfterAtStart'
  | 'childrenLookedAfterAtEnd'
  | 'childrenStartedToBeLookedAfter'
  | 'childrenCeasedToBeLookedAfter'
> {
  const { children, from, to, fromText, toText, inPeriod, soFar } = ctx;
  // Children, not periods: a child who started (or ceased) twice in the period counts once.
  const started = children.filter((c) => c.periods.some((p) => inPeriod(p.start))).length;
  const ceased = children.filter((c) =>
    c.periods.some((p) => p.end !== Infinity && inPeriod(p.end)),
  ).length;
  return {
    childrenLookedAfterAtStart: {
      label: 'Children looked after at the start of the period',
      value: children.filter((c) => lookedAfterOn(c, from)).length,
      definition: `Children looked after on ${fromText}, the first day of the period. ${LOOKED_AFTER_ON_A_DAY}`,
    },
    childrenLookedAfterAtEnd: {
      label: soFar
        ? `Children looked after at the end of the period so far, to ${toText}`
        : 'Children looked after at the end of the period',
      value: children.filter((c) => lookedAfterOn(c, to)).length,
      definition: soFar
        ? `Children looked after on ${toText}, today: the period has not ended, so this is the figure so far. ${LOOKED_AFTER_ON_A_DAY}`
        : `Children looked after on ${toText}, the last day of the period. ${LOOKED_AFTER_ON_A_DAY}`,
    },
    childrenStartedToBeLookedAfter: {
      label: 'Children who started to be looked after',
      value: started,
      definition: `Children with a period of care that started from ${fromText} to ${toText}. A child who started more than once is counted once.`,
    },
    childrenCeasedToBeLookedAfter: {
      label: 'Children who ceased to be looked after',
      value: ceased,
      definition: `Children with a period of care that ended from ${fromText} to ${toText} (the end date is the last day looked after). A child who ceased more than once is counted once.`,
    },
  };
}
