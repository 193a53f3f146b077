// The annual report's caseload figures: children looked after at the end of the period, by IRO
// and per full-time equivalent.
import type { ReportContext } from './report-context';
import { invalid, lookedAfterOn } from './report-records';
import type { AnnualReportFigures, IroCaseload, ReportIro } from './report-types';

/** Allocation is each child's current IRO: the records hold no allocation history. */
export function caseloadFigures(
  ctx: ReportContext,
  iros: readonly ReportIro[],
): Pick<AnnualReportFigures, 'caseloads'> {
  const { to, toText } = ctx;
  const atEndChildren = ctx.children.filter((c) => lookedAfterOn(c, to));
  const iroIds = new Set<string>();
  const byIro: IroCaseload[] = iros.map((iro, i) => {
    if (iroIds.has(iro.id)) throw invalid(`Two IROs have the id '${iro.id}'`, `iros[${i}].id`);
    iroIds.add(iro.id);
    if (typeof iro.fte !== 'number' || !Number.isFinite(iro.fte) || iro.fte < 0) {
      throw invalid(`FTE must be a number of 0 or more: got ${String(iro.fte)}`, `iros[${i}].fte`);
    }
    const count = atEndChildren.filter((c) => c.child.iroId === iro.id).length;
    return {
      iroId: iro.id,
      name: iro.name,
      fte: iro.fte,
      children: count,
      perFte: iro.fte === 0 ? null : count / iro.fte,
    };
  });
  const allocated = byIro.reduce((sum, row) => sum + row.children, 0);
  // Summed in hundredths so 0.6 + 0.8 + 1 is 2.4, not 2.4000000000000004.
  const totalFte = Math.round(iros.reduce((sum, iro) => sum + iro.fte * 100, 0)) / 100;
  return {
    caseloads: {
      label: 'Caseload per IRO',
      value: {
        byIro,
        allocated,
        unallocated: atEndChildren.length - allocated,
        totalFte,
        perFte: totalFte === 0 ? null : allocated / totalFte,
      },
      definition: `Children looked after on ${toText} allocated to each IRO, and per full-time equivalent (children divided by FTE). Allocation is each child's current IRO, as the records do not hold allocation history. Children with no IRO, or with an IRO not listed, are counted as unallocated. The overall figure per FTE is the allocated children divided by the IROs' total FTE. The IRO Handbook recommends 50 to 70 children per full-time IRO.`,
    },
  };
}
