// The reporting period of the annual report: the council's financial year.
import { financialYearOf, isIsoDate } from './calendar';
import { DomainError } from './errors';
import type { ReportPeriod } from './report-types';

/**
 * The council's financial year (1 April to 31 March) from a label such as '2025-26' or
 * '2025/26', or from any date in it.
 */
export function financialYearPeriod(labelOrDate: string): ReportPeriod & { label: string } {
  if (isIsoDate(labelOrDate)) {
    const year = financialYearOf(labelOrDate);
    return { from: year.start, to: year.end, label: year.label };
  }
  const raw: unknown = labelOrDate;
  const match = typeof raw === 'string' ? /^(\d{4})[-/](\d{2})$/.exec(raw) : null;
  const startYear = Number(match?.[1]);
  const endYY = Number(match?.[2]);
  if (match === null || startYear < 1 || startYear >= 9999 || (startYear + 1) % 100 !== endYY) {
    throw new DomainError(
      'invalid-argument',
      `A financial year is a label such as 2025-26 or a date in it: got '${String(raw)}'`,
      'financialYear',
    );
  }
  const year = financialYearOf(`${match[1] ?? ''}-04-01`);
  return { from: year.start, to: year.end, label: year.label };
}
