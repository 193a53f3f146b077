// Collecting the problems of an SSDA903 return, and the cell checks that report them. Every problem
// names the file, the row a spreadsheet shows, the column and the CHILD, so it can be found and put
// right in the file.
import { formatDate, type IsoDate } from './calendar';
import { parseSsda903Date } from './ssda903-dates';
import {
  SSDA903_FILE_LABELS,
  SSDA903_REQUIRED_COLUMNS,
  type Ssda903FileKind,
  type Ssda903FileRows,
  type Ssda903Problem,
  type Ssda903ProblemCode,
  type Ssda903Row,
  type Ssda903Rule,
} from './ssda903-types';
import { ruleOf } from './ssda903-rules';

/** Where a problem is: the file, the row a spreadsheet shows, and the CHILD on it (if any). */
export interface RowAt {
  file: Ssda903FileKind;
  row: number;
  childRef: string | null;
}

const FILE_ORDER: Record<Ssda903FileKind, number> = { header: 0, episodes: 1, reviews: 2 };

function compareProblems(a: Ssda903Problem, b: Ssda903Problem): number {
  return FILE_ORDER[a.file] - FILE_ORDER[b.file] || a.row - b.row;
}

export class Problems {
  readonly list: Ssda903Problem[] = [];

  /** `rule` defaults to the one ruleOf gives for the file, column and code. */
  add(
    at: RowAt,
    field: string,
    code: Ssda903ProblemCode,
    message: string,
    rule: Ssda903Rule | null = ruleOf(at.file, field, code),
  ): void {
    this.list.push({
      file: at.file,
      row: at.row,
      field,
      code,
      message,
      childRef: at.childRef,
      rule,
    });
  }

  /** By file (header, episodes, reviews), then row; the sort is stable, so columns stay in order. */
  sorted(): Ssda903Problem[] {
    return this.list.sort(compareProblems);
  }
}

export function cell(row: Ssda903Row, column: string): string {
  return (row[column] ?? '').trim();
}

/** The row number a spreadsheet shows for the index-th data row. */
export function rowNumber(file: Ssda903FileRows, index: number): number {
  return file.rowNumbers?.[index] ?? index + 2;
}

/** Whether the file has every column the tracker needs; each missing one is a problem. */
export function checkColumns(
  problems: Problems,
  file: Ssda903FileKind,
  given: Ssda903FileRows,
): boolean {
  const present = new Set(given.columns.map((column) => column.trim()));
  const missing = SSDA903_REQUIRED_COLUMNS[file].filter((column) => !present.has(column));
  for (const column of missing) {
    problems.add(
      { file, row: 1, childRef: null },
      column,
      'missing-column',
      `The ${SSDA903_FILE_LABELS[file]} has no ${column} column: its first row must name the columns ${SSDA903_REQUIRED_COLUMNS[file].join(', ')}`,
    );
  }
  return missing.length === 0;
}

/**
 * A date cell: a real dd/mm/yyyy date, not after today. A blank one is a problem only when
 * `required`. `date` is set whenever the text is a real date, even one in the future.
 */
export function dateCell(
  problems: Problems,
  at: RowAt,
  field: string,
  value: string,
  today: IsoDate,
  required: boolean,
  collectionEnd: IsoDate | null = null,
): { date: IsoDate | null; ok: boolean } {
  if (value === '') {
    if (!required) return { date: null, ok: true };
    problems.add(at, field, 'blank', `${field} is blank: enter a date as dd/mm/yyyy`);
    return { date: null, ok: false };
  }
  const date = parseSsda903Date(value);
  if (date === null) {
    problems.add(
      at,
      field,
      'invalid-date',
      `${field} must be a real date in the form dd/mm/yyyy: got '${value}'`,
    );
    return { date: null, ok: false };
  }
  if (date > today) {
    problems.add(
      at,
      field,
      'date-in-future',
      `${field} is ${formatDate(date)}, which is in the future`,
    );
    return { date, ok: false };
  }
  if (collectionEnd !== null && date > collectionEnd) {
    problems.add(
      at,
      field,
      'after-collection-year',
      `${field} is ${formatDate(date)}, after the collection year ended on ${formatDate(collectionEnd)}`,
    );
    return { date, ok: false };
  }
  return { date, ok: true };
}

/**
 * CHILD as the DfE allows it: up to 10 letters and digits. Text a spreadsheet would run as a
 * formula (starting =, +, -, @, a tab or a carriage return) or markup (< or >) is refused with
 * why, so a reference can never carry a formula into a file someone opens later. `raw` is the
 * cell before trimming (a leading tab or carriage return is trimmed away otherwise).
 */
export function childRefProblem(raw: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  const first = raw.replace(/^ +/, '').charAt(0);
  const opener = first === '\t' ? 'a tab' : first === '\r' ? 'a carriage return' : `'${first}'`;
  if (/^[\t\r=+\-@]$/.test(first)) {
    return `CHILD '${value}' starts with ${opener}, which a spreadsheet reads as a formula: a child’s reference is letters and digits only`;
  }
  if (/[<>]/.test(value)) {
    return `CHILD '${value}' contains < or >, which is markup: a child’s reference is letters and digits only`;
  }
  if (!/^[A-Za-z0-9]+$/.test(value)) {
    return `CHILD '${value}' must be letters and digits only (no spaces or punctuation)`;
  }
  if (value.length > 10) {
    return `CHILD '${value}' is ${value.length} characters long: the DfE allows up to 10`;
  }
  return null;
}

export function requiredText(problems: Problems, at: RowAt, field: string, value: string): boolean {
  if (value !== '') return true;
  problems.add(at, field, 'blank', `${field} is blank`);
  return false;
}
