// The report's period: a financial year (1 April to 31 March) or any date range, kept in the URL as
// ?year=2025-26 or ?from=2025-04-01&to=2026-03-31 (and ?iro= when a team manager picks one IRO).
import { financialYearPeriod, formatDate, isIsoDate, type IsoDate } from '@/domain';
import { dateInputToIso, missingDateParts, type DateInputValue } from '@/components';
import { MAX_REPORT_YEARS } from '@/lib/api/schemas';

export type ReportPeriodChoice =
  | { kind: 'year'; year: string; from: IsoDate; to: IsoDate; label: string }
  | { kind: 'range'; from: IsoDate; to: IsoDate; label: string };

/** How many financial years the form offers, counting back from the current one. */
export const FINANCIAL_YEARS_OFFERED = 10;

export function financialYear(yearOrDate: string): ReportPeriodChoice & { kind: 'year' } {
  const fy = financialYearPeriod(yearOrDate);
  return {
    kind: 'year',
    year: fy.label,
    from: fy.from,
    to: fy.to,
    label: `${fy.label} (${formatDate(fy.from)} to ${formatDate(fy.to)})`,
  };
}

export function dateRange(from: IsoDate, to: IsoDate): ReportPeriodChoice & { kind: 'range' } {
  return { kind: 'range', from, to, label: `${formatDate(from)} to ${formatDate(to)}` };
}

/** The current financial year and the ones before it, newest first. */
export function financialYearOptions(
  today: IsoDate,
  count = FINANCIAL_YEARS_OFFERED,
): (ReportPeriodChoice & { kind: 'year' })[] {
  const current = financialYear(today);
  const startYear = Number(current.from.slice(0, 4));
  return Array.from({ length: count }, (_, i) =>
    financialYear(`${String(startYear - i).padStart(4, '0')}-04-01`),
  );
}

/** The first day that is too late for a period starting on `from` (MAX_REPORT_YEARS later). */
function tooLateFrom(from: IsoDate): string {
  return `${String(Number(from.slice(0, 4)) + MAX_REPORT_YEARS).padStart(4, '0')}${from.slice(4)}`;
}

/**
 * The period the URL asks for: ?year= or ?from=&to=; with neither, the current financial year.
 * A period the URL gets wrong is null with a message (the page then asks for one).
 */
export function periodFromSearchParams(
  params: URLSearchParams,
  today: IsoDate,
): { period: ReportPeriodChoice | null; problem: string | null } {
  const year = params.get('year');
  const from = params.get('from');
  const to = params.get('to');
  if (year !== null) {
    const match = /^(\d{4})-(\d{2})$/.exec(year);
    if (match !== null && (Number(match[1]) + 1) % 100 === Number(match[2])) {
      return { period: financialYear(`${match[1] ?? ''}-04-01`), problem: null };
    }
    return { period: null, problem: 'The financial year in the link is not one we recognise' };
  }
  if (from !== null || to !== null) {
    if (from === null || to === null || !isIsoDate(from) || !isIsoDate(to)) {
      return { period: null, problem: 'The dates in the link are not real dates' };
    }
    if (to < from || to >= tooLateFrom(from)) {
      return { period: null, problem: 'The dates in the link are not a period we can report on' };
    }
    return { period: dateRange(from, to), problem: null };
  }
  return { period: financialYear(today), problem: null };
}

export function periodSearchParams(
  period: ReportPeriodChoice,
  iroId: string | null,
): URLSearchParams {
  const params = new URLSearchParams();
  if (period.kind === 'year') params.set('year', period.year);
  else {
    params.set('from', period.from);
    params.set('to', period.to);
  }
  if (iroId !== null && iroId !== '') params.set('iro', iroId);
  return params;
}

export interface FieldError {
  field: 'from' | 'to';
  message: string;
}

function partsList(parts: readonly string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

function checkDate(
  value: DateInputValue,
  field: 'from' | 'to',
  label: string,
): { date: IsoDate | null; error: FieldError | null } {
  const missing = missingDateParts(value);
  if (missing.length === 3)
    return {
      date: null,
      error: { field, message: `Enter the ${label.charAt(0).toLowerCase()}${label.slice(1)}` },
    };
  if (missing.length > 0) {
    return {
      date: null,
      error: { field, message: `${label} must include a ${partsList(missing)}` },
    };
  }
  const date = dateInputToIso(value);
  if (date === null || !isIsoDate(date)) {
    return { date: null, error: { field, message: `${label} must be a real date` } };
  }
  return { date, error: null };
}

/** The date range typed in the form, or GOV.UK error messages (the backend says the same). */
export function validateDateRange(
  fromValue: DateInputValue,
  toValue: DateInputValue,
): { period: ReportPeriodChoice | null; errors: FieldError[] } {
  const from = checkDate(fromValue, 'from', 'Date the period starts');
  const to = checkDate(toValue, 'to', 'Date the period ends');
  const errors = [from.error, to.error].filter((e): e is FieldError => e !== null);
  if (from.date !== null && to.date !== null) {
    if (to.date < from.date) {
      errors.push({
        field: 'to',
        message: 'Date the period ends must be the same as or after the date it starts',
      });
    } else if (to.date >= tooLateFrom(from.date)) {
      errors.push({
        field: 'to',
        message: `The period must be shorter than ${MAX_REPORT_YEARS} years`,
      });
    }
  }
  if (errors.length > 0 || from.date === null || to.date === null) return { period: null, errors };
  return { period: dateRange(from.date, to.date), errors: [] };
}
