// Checks of an SSDA903 file as a whole, before its rows: a file whose dates are all written the
// wrong way (one problem in words, not one per row), and a reviews file with no rows while
// children have been looked after long enough to have had a review (a warning a person confirms).
import type { IsoDate } from './calendar';
import { isShortBreakLegalStatus } from './schedule';
import { parseSsda903Date } from './ssda903-dates';
import { cell } from './ssda903-problems';
import {
  SSDA903_FILE_LABELS,
  type Ssda903FileKind,
  type Ssda903FileRows,
  type Ssda903Files,
  type Ssda903Rule,
} from './ssda903-types';
import { addWorkingDays, type HolidaySource } from './working-days';

/** The date columns of each file. */
export const SSDA903_DATE_COLUMNS: Readonly<Record<Ssda903FileKind, readonly string[]>> = {
  header: ['DOB'],
  episodes: ['DECOM', 'DEC'],
  reviews: ['DOB', 'REVIEW'],
};

/** How a file's dates are written when none of them is dd/mm/yyyy. */
export type Ssda903WrongDateFormat = 'yyyy-mm-dd' | 'mm/dd/yyyy' | 'unreadable';

/** A problem with a whole file: its rows are not read. */
export interface Ssda903WholeFileProblem {
  kind: 'problem';
  file: Ssda903FileKind;
  code: 'date-format';
  format: Ssda903WrongDateFormat;
  /** The DfE rule for the file's main date (102, 141 or 166). */
  rule: Ssda903Rule;
  /** One of the file's dates, as written. */
  example: string;
  message: string;
}

/** Something that may be right but must be confirmed by a person before the import goes on. */
export interface Ssda903NeedsConfirmation {
  kind: 'needs-confirmation';
  file: 'reviews';
  code: 'no-reviews';
  /** The children looked after for more than 20 working days (so a review was due), sorted. */
  childRefs: string[];
  message: string;
}

export type Ssda903WholeFileNotice = Ssda903WholeFileProblem | Ssda903NeedsConfirmation;

const FILE_RULE: Readonly<Record<Ssda903FileKind, Ssda903Rule>> = {
  header: '102',
  episodes: '141',
  reviews: '166',
};

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ].*)?$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/;

/** The way every date of the file is wrong, or null when the file's dates can be read as dd/mm/yyyy. */
function wrongFormat(values: readonly string[]): Ssda903WrongDateFormat | null {
  if (values.length === 0) return null;
  if (values.every((value) => ISO.test(value))) return 'yyyy-mm-dd';
  const slashed = values.flatMap((value) => {
    const match = SLASHED.exec(value);
    return match === null ? [] : [[Number(match[1]), Number(match[2])] as const];
  });
  if (slashed.length === values.length) {
    const parts = slashed;
    // Month first: some second part is over 12 and no first part is.
    if (parts.some(([, second]) => second > 12) && parts.every(([first]) => first <= 12)) {
      return 'mm/dd/yyyy';
    }
  }
  // Two or more dates, none of them readable: one bad cell stays a row problem.
  if (values.length >= 2 && values.every((value) => parseSsda903Date(value) === null)) {
    return 'unreadable';
  }
  return null;
}

/** One problem when every date in the file is written the wrong way; null otherwise. */
export function ssda903DateFormatProblem(
  kind: Ssda903FileKind,
  file: Ssda903FileRows,
): Ssda903WholeFileProblem | null {
  const values: string[] = [];
  for (const row of file.rows) {
    for (const column of SSDA903_DATE_COLUMNS[kind]) {
      const value = cell(row, column);
      if (value !== '') values.push(value);
    }
  }
  const format = wrongFormat(values);
  if (format === null) return null;
  const example = format === 'mm/dd/yyyy' ? (values.find(monthFirst) ?? '') : (values[0] ?? '');
  const label = SSDA903_FILE_LABELS[kind];
  const uses =
    format === 'unreadable'
      ? `none of the dates in the ${label} is a real date in that form`
      : format === 'yyyy-mm-dd'
        ? `the ${label} uses yyyy-mm-dd`
        : `the ${label} uses mm/dd/yyyy (month first)`;
  return {
    kind: 'problem',
    file: kind,
    code: 'date-format',
    format,
    rule: FILE_RULE[kind],
    example,
    message: `Dates must be dd/mm/yyyy: ${uses}, for example '${example}'. Save the file again with dates as dd/mm/yyyy (none of its rows was read)`,
  };
}

function monthFirst(value: string): boolean {
  const match = SLASHED.exec(value);
  return match !== null && Number(match[2]) > 12;
}

export interface Ssda903WholeFileOptions {
  today: IsoDate;
  /** Bank holidays for the 20 working days; without them only weekends are skipped. */
  holidays?: HolidaySource;
}

const NO_HOLIDAYS: readonly IsoDate[] = Object.freeze([]);

/** Children of the episodes file looked after for more than 20 working days by today, sorted. */
function childrenDueAReview(files: Ssda903Files, options: Ssda903WholeFileOptions): string[] {
  const holidays = options.holidays ?? NO_HOLIDAYS;
  const inHeader = new Set(files.header.rows.map((row) => cell(row, 'CHILD')));
  const byChild = new Map<string, { start: IsoDate; end: IsoDate | null }[]>();
  for (const row of files.episodes.rows) {
    const childRef = cell(row, 'CHILD');
    const start = parseSsda903Date(cell(row, 'DECOM'));
    // Short breaks (V3/V4) report no reviews (rule 399).
    if (!inHeader.has(childRef) || start === null || isShortBreakLegalStatus(cell(row, 'LS'))) {
      continue;
    }
    const list = byChild.get(childRef) ?? [];
    list.push({ start, end: parseSsda903Date(cell(row, 'DEC')) });
    byChild.set(childRef, list);
  }
  const due: string[] = [];
  for (const [childRef, episodes] of byChild) {
    episodes.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    // Runs of episodes with no gap between them: each run is time in care.
    let run: { start: IsoDate; end: IsoDate | null } | null = null;
    const runs: { start: IsoDate; end: IsoDate | null }[] = [];
    for (const episode of episodes) {
      if (run !== null && (run.end === null || episode.start <= run.end)) {
        if (run.end !== null && (episode.end === null || episode.end > run.end)) {
          run.end = episode.end;
        }
      } else {
        run = { ...episode };
        runs.push(run);
      }
    }
    const looked = runs.some((span) => {
      const until = span.end === null || span.end > options.today ? options.today : span.end;
      return addWorkingDays(span.start, 20, holidays) < until;
    });
    if (looked) due.push(childRef);
  }
  return due.sort();
}

/**
 * The whole-file checks of a return: a problem for each file whose dates are all written the
 * wrong way, and a warning to confirm when the reviews file has no rows although children have
 * been looked after for more than 20 working days. validateSsda903 applies the date problems
 * itself; the page shows these before the rows and asks for the confirmation.
 */
export function ssda903WholeFileProblems(
  files: Ssda903Files,
  options: Ssda903WholeFileOptions,
): Ssda903WholeFileNotice[] {
  const notices: Ssda903WholeFileNotice[] = [];
  for (const kind of ['header', 'episodes', 'reviews'] as const) {
    const problem = ssda903DateFormatProblem(kind, files[kind]);
    if (problem !== null) notices.push(problem);
  }
  if (files.reviews.rows.length === 0) {
    const childRefs = childrenDueAReview(files, options);
    if (childRefs.length > 0) {
      const n = childRefs.length;
      notices.push({
        kind: 'needs-confirmation',
        file: 'reviews',
        code: 'no-reviews',
        childRefs,
        message: `The reviews file has no rows, but ${n === 1 ? '1 child has' : `${n} children have`} been looked after for more than 20 working days, so a review was due (${childRefs.slice(0, 5).join(', ')}${n > 5 ? ', …' : ''}). Confirm the reviews file is meant to be empty, or choose the right file`,
      });
    }
  }
  return notices;
}
