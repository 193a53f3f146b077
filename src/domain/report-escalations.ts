// The annual report's figures on escalations under the dispute resolution protocol: raised,
// resolved and open at the end, by stage, and the referrals of children's cases to Cafcass.
import { toDayNumber } from './calendar';
import type { ReportContext } from './report-context';
import { invalid, optionalDay } from './report-records';
import type {
  AnnualReportFigures,
  ByStage,
  EscalationStage,
  ReportEscalation,
} from './report-types';

function emptyByStage(): Record<EscalationStage, number> {
  return { 1: 0, 2: 0, 3: 0 };
}

function checkStage(stage: unknown, field: string): EscalationStage {
  if (stage !== 1 && stage !== 2 && stage !== 3) {
    throw invalid(`Escalation stage must be 1, 2 or 3: got ${String(stage)}`, field);
  }
  return stage;
}

export function escalationFigures(
  ctx: ReportContext,
  escalations: readonly ReportEscalation[],
): Pick<
  AnnualReportFigures,
  'escalationsRaised' | 'escalationsResolved' | 'escalationsOpenAtEnd' | 'cafcassReferrals'
> {
  const { to, fromText, toText, inPeriod } = ctx;
  const raised: ByStage = { total: 0, byStage: emptyByStage() };
  const resolved: ByStage = { total: 0, byStage: emptyByStage() };
  let openAtEnd = 0;
  let cafcassReferrals = 0;
  escalations.forEach((e, i) => {
    const field = `escalations[${i}]`;
    const stage = checkStage(e.stage, `${field}.stage`);
    const raisedOn = toDayNumber(e.raisedOn, `${field}.raisedOn`);
    const resolvedOn = optionalDay(e.resolvedOn, `${field}.resolvedOn`);
    if (resolvedOn !== null && resolvedOn < raisedOn) {
      throw invalid('An escalation cannot be resolved before it was raised', `${field}.resolvedOn`);
    }
    if (inPeriod(raisedOn)) raised.total += 1;
    const stages = e.stages.length === 0 ? [{ stage, reachedOn: e.raisedOn }] : e.stages;
    stages.forEach((s, j) => {
      const reached = toDayNumber(s.reachedOn, `${field}.stages[${j}].reachedOn`);
      const which = checkStage(s.stage, `${field}.stages[${j}].stage`);
      if (inPeriod(reached)) raised.byStage[which] += 1;
    });
    if (inPeriod(resolvedOn)) {
      resolved.total += 1;
      resolved.byStage[stage] += 1;
    }
    if (raisedOn <= to && (resolvedOn === null || resolvedOn > to)) openAtEnd += 1;
    const referredOn = optionalDay(e.cafcassReferredOn, `${field}.cafcassReferredOn`);
    if (referredOn !== null && referredOn < raisedOn) {
      throw invalid(
        'A case cannot be referred to Cafcass before the escalation was raised',
        `${field}.cafcassReferredOn`,
      );
    }
    if (inPeriod(referredOn)) cafcassReferrals += 1;
  });
  return {
    escalationsRaised: {
      label: 'Escalations raised (dispute resolution protocol)',
      value: raised,
      definition: `The total is escalations first raised from ${fromText} to ${toText}. By stage, each escalation is counted at every stage it reached in the period, so one that moved from stage 1 to stage 2 in the period counts at both (stage 1: IRO to team manager; stage 2: head of service; stage 3: director).`,
    },
    escalationsResolved: {
      label: 'Escalations resolved (dispute resolution protocol)',
      value: resolved,
      definition: `Escalations resolved from ${fromText} to ${toText}, by the stage they had reached when resolved.`,
    },
    escalationsOpenAtEnd: {
      label: ctx.soFar
        ? `Escalations open at the end of the period so far, to ${toText}`
        : 'Escalations open at the end of the period',
      value: openAtEnd,
      definition: `Escalations raised on or before ${toText} and not resolved by then.`,
    },
    cafcassReferrals: {
      label: 'Referrals to Cafcass',
      value: cafcassReferrals,
      definition: `Escalations whose child's case the IRO referred to Cafcass from ${fromText} to ${toText}, at whatever stage the escalation had reached (an IRO may refer at any stage of the dispute resolution protocol). Each escalation is referred once at most.`,
    },
  };
}
