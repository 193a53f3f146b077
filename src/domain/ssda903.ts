// The DfE SSDA903 return (children looked after): reading its header, episodes and reviews files,
// checking every row, grouping episodes into periods of care, and writing the reviews file back.
// Pure: the CSV text is parsed elsewhere (a CSV library in the UI); this module takes rows of
// column -> text, and "today" is passed in.
import {
  birthdayInYear,
  dayNumberFromParts,
  daysInMonth,
  formatDate,
  fromDayNumber,
  type IsoDate,
} from './calendar';
import { DomainError } from './errors';
import {
  isParticipationCode,
  PARTICIPATION_AGE_THRESHOLD,
  type ParticipationCode,
  type ParticipationMethod,
} from './participation';
import {
  groupIntoPeriodsOfCare,
  REASONS_CONTINUING_PERIOD_OF_CARE,
  REASONS_STARTING_PERIOD_OF_CARE,
  type PeriodOfCare,
} from './schedule';

export type Ssda903FileKind = 'header' | 'episodes' | 'reviews';

export const SSDA903_FILE_KINDS: readonly Ssda903FileKind[] = ['header', 'episodes', 'reviews'];

export const SSDA903_FILE_LABELS: Readonly<Record<Ssda903FileKind, string>> = {
  header: 'header file',
  episodes: 'episodes file',
  reviews: 'reviews file',
};

/**
 * Columns the tracker needs from each file. The DfE files have more (ETHNIC, UPN, CIN, PL_POST...):
 * extra columns are allowed and ignored.
 */
export const SSDA903_REQUIRED_COLUMNS: Readonly<Record<Ssda903FileKind, readonly string[]>> = {
  header: ['CHILD', 'SEX', 'DOB'],
  episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'PLACE', 'DEC', 'REC'],
  reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
};

/** The reviews file's columns, in the DfE's order (the export writes exactly these). */
export const SSDA903_REVIEW_COLUMNS = ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'] as const;

/** One data row as read from a CSV file: column name -> text (missing cells are undefined). */
export type Ssda903Row = Readonly<Record<string, string | undefined>>;

export interface Ssda903FileRows {
  /** The column names in the file's first line. */
  columns: readonly string[];
  rows: readonly Ssda903Row[];
  /**
   * The spreadsheet row of each row, when blank lines were skipped; without it the rows are
   * numbered from 2 (the column names are row 1).
   */
  rowNumbers?: readonly number[];
}

export type Ssda903Files = Readonly<Record<Ssda903FileKind, Ssda903FileRows>>;

export type Ssda903ProblemCode =
  | 'missing-column'
  | 'blank'
  | 'invalid-date'
  | 'date-in-future'
  | 'before-birth'
  | 'unknown-child'
  | 'no-episodes'
  | 'invalid-reason-for-new-episode'
  | 'ends-before-start'
  | 'overlapping-episode'
  | 'invalid-review-code'
  | 'review-code-not-allowed-for-age'
  | 'date-of-birth-mismatch'
  | 'review-outside-care'
  | 'duplicate-row'
  | 'conflicting-row';

/**
 * One problem with one cell (or row) of one file. `row` is the line number a spreadsheet shows:
 * the column names are row 1, so the first child is row 2. 0 means the file as a whole.
 */
export interface Ssda903Problem {
  file: Ssda903FileKind;
  row: number;
  field: string;
  code: Ssda903ProblemCode;
  message: string;
  /** The CHILD on the row, when there is one. */
  childRef: string | null;
}

export interface Ssda903Episode {
  start: IsoDate;
  end: IsoDate | null;
  reasonForNewEpisode: string;
  legalStatus: string;
  placementType: string;
  /** REC: the reason the episode ceased ('' while open). */
  reasonEnded: string;
  /** The row of the episodes file it came from. */
  row: number;
}

export interface Ssda903Review {
  heldOn: IsoDate;
  participationCode: ParticipationCode;
  /** The row of the reviews file it came from. */
  row: number;
}

/** A child that can be imported: a valid header row, valid episodes, and the valid reviews. */
export interface Ssda903Child {
  childRef: string;
  sex: string;
  dateOfBirth: IsoDate;
  /** Sorted by start date. */
  episodes: Ssda903Episode[];
  periods: PeriodOfCare[];
  /** Sorted by date. */
  reviews: Ssda903Review[];
  headerRow: number;
}

export interface Ssda903ExcludedChild {
  childRef: string;
  reason: string;
}

export interface Ssda903FileCount {
  rows: number;
  /** Rows that will be imported. */
  valid: number;
}

export interface Ssda903Validation {
  children: Ssda903Child[];
  /** Every problem, by file (header, episodes, reviews), then row, then column order. */
  problems: Ssda903Problem[];
  /** Children in the files that cannot be imported, with why. */
  excluded: Ssda903ExcludedChild[];
  counts: Readonly<Record<Ssda903FileKind, Ssda903FileCount>> & {
    periodsOfCare: number;
  };
}

export interface Ssda903Options {
  /** Dates after today are errors (a return describes the past). */
  today: IsoDate;
}

// ---------------------------------------------------------------------------------------------
// Dates: the DfE writes dd/mm/yyyy
// ---------------------------------------------------------------------------------------------

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * A DfE date 'dd/mm/yyyy' as 'YYYY-MM-DD', or null when it is not a real date. One-digit days and
 * months ('1/4/2026') are accepted, as the DfE's own validator accepts them; the year must have four
 * digits. Pure text and integer arithmetic: no Date object, so no time zone can shift the day.
 */
export function parseSsda903Date(text: string | undefined | null): IsoDate | null {
  if (typeof text !== 'string') return null;
  const cached = dateCache.get(text);
  if (cached !== undefined) return cached;
  const parsed = parseDate(text.trim());
  // A return repeats the same dates many times; the cache is bounded so it cannot grow forever.
  if (dateCache.size >= DATE_CACHE_LIMIT) dateCache.clear();
  dateCache.set(text, parsed);
  return parsed;
}

const DATE_CACHE_LIMIT = 100_000;
const dateCache = new Map<string, IsoDate | null>();

/** Digits then '/', 1 or 2 of them; -1 when the text does not have that shape at `from`. */
function readPart(value: string, from: number, maxDigits: number, end: string): [number, number] {
  let n = 0;
  let i = from;
  while (i < value.length && i - from < maxDigits) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) break;
    n = n * 10 + (code - 48);
    i++;
  }
  if (i === from) return [-1, i];
  if (end === '') return i === value.length && i - from === maxDigits ? [n, i] : [-1, i];
  return value.charAt(i) === end ? [n, i + 1] : [-1, i];
}

function parseDate(value: string): IsoDate | null {
  const [day, afterDay] = readPart(value, 0, 2, '/');
  if (day < 0) return null;
  const [month, afterMonth] = readPart(value, afterDay, 2, '/');
  if (month < 0) return null;
  const [year] = readPart(value, afterMonth, 4, '');
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return fromDayNumber(dayNumberFromParts(year, month, day));
}

/** 'YYYY-MM-DD' as the DfE's 'dd/mm/yyyy'. */
export function formatSsda903Date(date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) {
    throw new DomainError('invalid-date', `Date must be in the form YYYY-MM-DD: got '${date}'`);
  }
  return `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}`;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

const FILE_ORDER: Record<Ssda903FileKind, number> = { header: 0, episodes: 1, reviews: 2 };
const REASONS: readonly string[] = [
  ...REASONS_STARTING_PERIOD_OF_CARE,
  ...REASONS_CONTINUING_PERIOD_OF_CARE,
];

function cell(row: Ssda903Row, column: string): string {
  return (row[column] ?? '').trim();
}

/** The row number a spreadsheet shows for the index-th data row. */
function rowNumber(file: Ssda903FileRows, index: number): number {
  return file.rowNumbers?.[index] ?? index + 2;
}

const HEADER_COMPARED: readonly string[] = ['CHILD', 'SEX', 'DOB'];

function rowKey(row: Ssda903Row, columns: readonly string[]): string {
  return columns.map((column) => cell(row, column)).join('\u0000');
}

interface HeaderEntry {
  childRef: string;
  sex: string;
  dateOfBirth: IsoDate | null;
  row: number;
  valid: boolean;
}

interface EpisodeEntry extends Ssda903Episode {
  childRef: string;
  valid: boolean;
  /** An exact repeat of an earlier row: left out without harm. */
  duplicate?: boolean;
}

interface ReviewEntry {
  childRef: string;
  heldOn: IsoDate | null;
  code: string;
  dateOfBirth: IsoDate | null;
  row: number;
  valid: boolean;
}

class Problems {
  readonly list: Ssda903Problem[] = [];

  add(
    file: Ssda903FileKind,
    row: number,
    field: string,
    code: Ssda903ProblemCode,
    message: string,
    childRef: string | null,
  ): void {
    this.list.push({ file, row, field, code, message, childRef });
  }
}

function checkColumns(problems: Problems, file: Ssda903FileKind, given: Ssda903FileRows): boolean {
  const present = new Set(given.columns.map((column) => column.trim()));
  const missing = SSDA903_REQUIRED_COLUMNS[file].filter((column) => !present.has(column));
  for (const column of missing) {
    problems.add(
      file,
      1,
      column,
      'missing-column',
      `The ${SSDA903_FILE_LABELS[file]} has no ${column} column: its first row must name the columns ${SSDA903_REQUIRED_COLUMNS[file].join(', ')}`,
      null,
    );
  }
  return missing.length === 0;
}

function dateCell(
  problems: Problems,
  file: Ssda903FileKind,
  row: number,
  field: string,
  value: string,
  childRef: string | null,
  today: IsoDate,
  required: boolean,
): { date: IsoDate | null; ok: boolean } {
  if (value === '') {
    if (!required) return { date: null, ok: true };
    problems.add(
      file,
      row,
      field,
      'blank',
      `${field} is blank: enter a date as dd/mm/yyyy`,
      childRef,
    );
    return { date: null, ok: false };
  }
  const date = parseSsda903Date(value);
  if (date === null) {
    problems.add(
      file,
      row,
      field,
      'invalid-date',
      `${field} must be a real date in the form dd/mm/yyyy: got '${value}'`,
      childRef,
    );
    return { date: null, ok: false };
  }
  if (date > today) {
    problems.add(
      file,
      row,
      field,
      'date-in-future',
      `${field} is ${formatDate(date)}, which is in the future`,
      childRef,
    );
    return { date, ok: false };
  }
  return { date, ok: true };
}

function requiredText(
  problems: Problems,
  file: Ssda903FileKind,
  row: number,
  field: string,
  value: string,
  childRef: string | null,
): boolean {
  if (value !== '') return true;
  problems.add(file, row, field, 'blank', `${field} is blank`, childRef);
  return false;
}

/**
 * Rows that repeat an earlier row exactly are duplicates: the first is kept, the others reported
 * and left out. Rows with the same key but different details conflict: all of them are reported
 * and none is used, because the tracker cannot tell which is right.
 */
interface RepeatEntry {
  row: number;
  valid: boolean;
  duplicate?: boolean;
}

/** A row that may repeat another: the same child and `date` are "the same"; `cells` are compared. */
interface RepeatCandidate {
  entry: RepeatEntry;
  date: string;
  cells: Ssda903Row;
  columns: readonly string[];
  childRef: string;
}

function findRepeats(
  problems: Problems,
  file: Ssda903FileKind,
  entries: readonly RepeatCandidate[],
  field: string,
  describeKey: (childRef: string) => string,
): void {
  // child -> date -> first row (nested maps: no key strings built for every row).
  const byChild = new Map<string, Map<string, RepeatCandidate>>();
  for (const item of entries) {
    let byDate = byChild.get(item.childRef);
    if (byDate === undefined) {
      byDate = new Map();
      byChild.set(item.childRef, byDate);
    }
    const first = byDate.get(item.date);
    if (first === undefined) {
      byDate.set(item.date, item);
      continue;
    }
    // Compared only when two rows share a key (rare), so clean files build no extra strings.
    if (rowKey(first.cells, first.columns) === rowKey(item.cells, item.columns)) {
      item.entry.valid = false;
      item.entry.duplicate = true;
      problems.add(
        file,
        item.entry.row,
        field,
        'duplicate-row',
        `Row ${item.entry.row} is a duplicate of row ${first.entry.row}: it is left out`,
        item.childRef,
      );
    } else {
      if (first.entry.valid) {
        first.entry.valid = false;
        problems.add(
          file,
          first.entry.row,
          field,
          'conflicting-row',
          `${describeKey(item.childRef)} is also in row ${item.entry.row} with different details: correct the file so there is one row`,
          item.childRef,
        );
      }
      item.entry.valid = false;
      problems.add(
        file,
        item.entry.row,
        field,
        'conflicting-row',
        `${describeKey(item.childRef)} is also in row ${first.entry.row} with different details: correct the file so there is one row`,
        item.childRef,
      );
    }
  }
}

function readHeader(
  problems: Problems,
  file: Ssda903FileRows,
  today: IsoDate,
): Map<string, HeaderEntry> {
  const entries: HeaderEntry[] = [];
  const repeats: RepeatCandidate[] = [];
  file.rows.forEach((row, index) => {
    const number = rowNumber(file, index);
    const childRef = cell(row, 'CHILD');
    const sex = cell(row, 'SEX');
    const dob = cell(row, 'DOB');
    let valid = requiredText(problems, 'header', number, 'CHILD', childRef, null);
    const ref = childRef === '' ? null : childRef;
    const date = dateCell(problems, 'header', number, 'DOB', dob, ref, today, true);
    valid &&= date.ok;
    const entry: HeaderEntry = { childRef, sex, dateOfBirth: date.date, row: number, valid };
    entries.push(entry);
    if (childRef !== '') {
      repeats.push({ entry, date: '', cells: row, columns: HEADER_COMPARED, childRef });
    }
  });
  findRepeats(problems, 'header', repeats, 'CHILD', (ref) => `Child ${ref}`);
  const byChild = new Map<string, HeaderEntry>();
  for (const entry of entries) {
    if (entry.childRef === '') continue;
    // Keep the first row of each child (a duplicate's first row stays valid).
    if (!byChild.has(entry.childRef)) byChild.set(entry.childRef, entry);
  }
  return byChild;
}

function readEpisodes(
  problems: Problems,
  file: Ssda903FileRows,
  header: ReadonlyMap<string, HeaderEntry>,
  today: IsoDate,
): EpisodeEntry[] {
  const entries: EpisodeEntry[] = [];
  const repeats: RepeatCandidate[] = [];
  file.rows.forEach((row, index) => {
    const number = rowNumber(file, index);
    const childRef = cell(row, 'CHILD');
    const ref = childRef === '' ? null : childRef;
    let valid = requiredText(problems, 'episodes', number, 'CHILD', childRef, null);
    const child = header.get(childRef);
    if (valid && child === undefined) {
      valid = false;
      problems.add(
        'episodes',
        number,
        'CHILD',
        'unknown-child',
        `Child ${childRef} is not in the header file`,
        ref,
      );
    }
    const start = dateCell(
      problems,
      'episodes',
      number,
      'DECOM',
      cell(row, 'DECOM'),
      ref,
      today,
      true,
    );
    const end = dateCell(problems, 'episodes', number, 'DEC', cell(row, 'DEC'), ref, today, false);
    valid &&= start.ok && end.ok;
    if (start.date !== null && end.date !== null && end.date < start.date) {
      valid = false;
      problems.add(
        'episodes',
        number,
        'DEC',
        'ends-before-start',
        `DEC (${formatDate(end.date)}) is before DECOM (${formatDate(start.date)})`,
        ref,
      );
    }
    if (start.date !== null && child?.dateOfBirth != null && start.date < child.dateOfBirth) {
      valid = false;
      problems.add(
        'episodes',
        number,
        'DECOM',
        'before-birth',
        `DECOM (${formatDate(start.date)}) is before the child’s date of birth (${formatDate(child.dateOfBirth)})`,
        ref,
      );
    }
    const rne = cell(row, 'RNE');
    if (!REASONS.includes(rne)) {
      valid = false;
      problems.add(
        'episodes',
        number,
        'RNE',
        'invalid-reason-for-new-episode',
        rne === ''
          ? 'RNE is blank: enter the reason for the new episode (S, P, L, T, U or B)'
          : `RNE must be S, P, L, T, U or B: got '${rne}'`,
        ref,
      );
    }
    const legalStatus = cell(row, 'LS');
    valid = requiredText(problems, 'episodes', number, 'LS', legalStatus, ref) && valid;
    const placementType = cell(row, 'PLACE');
    valid = requiredText(problems, 'episodes', number, 'PLACE', placementType, ref) && valid;
    const entry: EpisodeEntry = {
      childRef,
      start: start.date ?? '',
      end: end.date,
      reasonForNewEpisode: rne,
      legalStatus,
      placementType,
      reasonEnded: cell(row, 'REC'),
      row: number,
      valid,
    };
    entries.push(entry);
    if (childRef !== '' && start.date !== null) {
      repeats.push({
        entry,
        date: start.date,
        cells: row,
        columns: SSDA903_REQUIRED_COLUMNS.episodes,
        childRef,
      });
    }
  });
  findRepeats(
    problems,
    'episodes',
    repeats,
    'DECOM',
    (ref) => `An episode of child ${ref} starting on the same day`,
  );
  return entries;
}

function readReviews(
  problems: Problems,
  file: Ssda903FileRows,
  header: ReadonlyMap<string, HeaderEntry>,
  today: IsoDate,
): ReviewEntry[] {
  const entries: ReviewEntry[] = [];
  const repeats: RepeatCandidate[] = [];
  const fourthBirthdays = new Map<IsoDate, IsoDate>();
  file.rows.forEach((row, index) => {
    const number = rowNumber(file, index);
    const childRef = cell(row, 'CHILD');
    const ref = childRef === '' ? null : childRef;
    let valid = requiredText(problems, 'reviews', number, 'CHILD', childRef, null);
    const child = header.get(childRef);
    if (valid && child === undefined) {
      valid = false;
      problems.add(
        'reviews',
        number,
        'CHILD',
        'unknown-child',
        `Child ${childRef} is not in the header file`,
        ref,
      );
    }
    const dob = dateCell(problems, 'reviews', number, 'DOB', cell(row, 'DOB'), ref, today, true);
    valid &&= dob.ok;
    if (dob.date !== null && child?.dateOfBirth != null && dob.date !== child.dateOfBirth) {
      valid = false;
      problems.add(
        'reviews',
        number,
        'DOB',
        'date-of-birth-mismatch',
        `DOB (${formatDate(dob.date)}) does not match the header file (${formatDate(child.dateOfBirth)})`,
        ref,
      );
    }
    const heldOn = dateCell(
      problems,
      'reviews',
      number,
      'REVIEW',
      cell(row, 'REVIEW'),
      ref,
      today,
      true,
    );
    valid &&= heldOn.ok;
    const code = cell(row, 'REVIEW_CODE');
    if (!isParticipationCode(code)) {
      valid = false;
      problems.add(
        'reviews',
        number,
        'REVIEW_CODE',
        'invalid-review-code',
        code === ''
          ? 'REVIEW_CODE is blank: enter PN0 to PN7'
          : `REVIEW_CODE must be one of PN0 to PN7: got '${code}'`,
        ref,
      );
    }
    const birth = child?.dateOfBirth ?? dob.date;
    if (isParticipationCode(code) && heldOn.date !== null && birth !== null) {
      if (heldOn.date < birth) {
        valid = false;
        problems.add(
          'reviews',
          number,
          'REVIEW',
          'before-birth',
          `REVIEW (${formatDate(heldOn.date)}) is before the child’s date of birth (${formatDate(birth)})`,
          ref,
        );
      } else {
        if (!codeFitsAge(code, birth, heldOn.date, fourthBirthdays)) {
          valid = false;
          problems.add(
            'reviews',
            number,
            'REVIEW_CODE',
            'review-code-not-allowed-for-age',
            code === 'PN0'
              ? `REVIEW_CODE PN0 is only for children under 4: this child was 4 or over on ${formatDate(heldOn.date)}`
              : `REVIEW_CODE ${code} is for children aged 4 or over: this child was under 4 on ${formatDate(heldOn.date)} (use PN0)`,
            ref,
          );
        }
      }
    }
    const entry: ReviewEntry = {
      childRef,
      heldOn: heldOn.date,
      code,
      dateOfBirth: dob.date,
      row: number,
      valid,
    };
    entries.push(entry);
    if (childRef !== '' && heldOn.date !== null) {
      repeats.push({
        entry,
        date: heldOn.date,
        cells: row,
        columns: SSDA903_REVIEW_COLUMNS,
        childRef,
      });
    }
  });
  findRepeats(
    problems,
    'reviews',
    repeats,
    'REVIEW',
    (ref) => `A review of child ${ref} on the same day`,
  );
  return entries;
}

/**
 * The DfE rule (participation.ts, validator rules 166, 167, 440, 441): under 4 on the review date
 * PN0 only, 4 or over PN1-PN7, either on the 4th birthday itself. Being under 4 is being before
 * the 4th birthday, so one birthday per date of birth (cached) answers every review quickly; a test
 * checks it against participationCodeProblem.
 */
function codeFitsAge(
  code: ParticipationCode,
  dateOfBirth: IsoDate,
  reviewDate: IsoDate,
  cache: Map<IsoDate, IsoDate>,
): boolean {
  let fourth = cache.get(dateOfBirth);
  if (fourth === undefined) {
    fourth = birthdayInYear(
      dateOfBirth,
      Number(dateOfBirth.slice(0, 4)) + PARTICIPATION_AGE_THRESHOLD,
    );
    cache.set(dateOfBirth, fourth);
  }
  if (reviewDate === fourth) return true;
  return reviewDate < fourth ? code === 'PN0' : code !== 'PN0';
}

/** Exported for its test: the fast check agrees with participationCodeProblem. */
export function ssda903CodeFitsAge(
  code: ParticipationCode,
  dateOfBirth: IsoDate,
  reviewDate: IsoDate,
): boolean {
  return codeFitsAge(code, dateOfBirth, reviewDate, new Map());
}

function groupBy<T extends { childRef: string }>(entries: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const entry of entries) {
    if (entry.childRef === '') continue;
    let list = map.get(entry.childRef);
    if (list === undefined) {
      list = [];
      map.set(entry.childRef, list);
    }
    list.push(entry);
  }
  return map;
}

/** Episodes of one child must not overlap: each starts on or after the previous one ended. */
function checkOverlaps(problems: Problems, episodes: EpisodeEntry[]): void {
  const usable = episodes.filter((episode) => episode.start !== '');
  usable.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.row - b.row));
  for (let i = 1; i < usable.length; i++) {
    const previous = usable[i - 1] as EpisodeEntry;
    const episode = usable[i] as EpisodeEntry;
    if (previous.start === episode.start) continue; // reported as a repeat
    if (previous.end === null || previous.end > episode.start) {
      episode.valid = false;
      problems.add(
        'episodes',
        episode.row,
        'DECOM',
        'overlapping-episode',
        previous.end === null
          ? `This episode starts on ${formatDate(episode.start)}, but the episode in row ${previous.row} has no end date (DEC): only the latest episode can be open`
          : `This episode starts on ${formatDate(episode.start)}, before the episode in row ${previous.row} ended on ${formatDate(previous.end)}`,
        episode.childRef,
      );
    }
  }
}

function whereInCare(periods: readonly PeriodOfCare[], date: IsoDate): string | null {
  const first = periods[0];
  if (first === undefined) return 'the child has no episodes';
  if (date < first.start) {
    return `REVIEW (${formatDate(date)}) is before the child’s first episode started on ${formatDate(first.start)}`;
  }
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i] as PeriodOfCare;
    if (date >= period.start && (period.end === null || date <= period.end)) return null;
    const next = periods[i + 1];
    if (period.end !== null && date > period.end && next !== undefined && date < next.start) {
      return `REVIEW (${formatDate(date)}) is between periods of care: the child left care on ${formatDate(period.end)} and became looked after again on ${formatDate(next.start)}`;
    }
  }
  const last = periods[periods.length - 1] as PeriodOfCare;
  return `REVIEW (${formatDate(date)}) is after the child’s last episode ended on ${formatDate(last.end ?? '')}`;
}

function compareProblems(a: Ssda903Problem, b: Ssda903Problem): number {
  return FILE_ORDER[a.file] - FILE_ORDER[b.file] || a.row - b.row;
}

/**
 * Checks the three files of a return and works out what can be imported. Nothing is guessed:
 * - a child whose header row or any episode has a problem is left out entirely (a missing episode
 *   would change their periods of care and so their due dates);
 * - a review row with a problem is left out and the child's other reviews are kept (a missing
 *   review can only bring the next due date forward, never hide an overdue review);
 * - a header child with no episodes cannot be imported (the tracker needs a period of care).
 */
export function validateSsda903(files: Ssda903Files, options: Ssda903Options): Ssda903Validation {
  const problems = new Problems();
  const { today } = options;
  const columnsOk = SSDA903_FILE_KINDS.map((kind) => checkColumns(problems, kind, files[kind]));
  const emptyCounts = {
    header: { rows: files.header.rows.length, valid: 0 },
    episodes: { rows: files.episodes.rows.length, valid: 0 },
    reviews: { rows: files.reviews.rows.length, valid: 0 },
    periodsOfCare: 0,
  };
  if (columnsOk.includes(false)) {
    return { children: [], problems: problems.list, excluded: [], counts: emptyCounts };
  }

  const header = readHeader(problems, files.header, today);
  const episodes = readEpisodes(problems, files.episodes, header, today);
  const reviews = readReviews(problems, files.reviews, header, today);
  const episodesByChild = groupBy(episodes);
  const reviewsByChild = groupBy(reviews);

  const children: Ssda903Child[] = [];
  const excluded: Ssda903ExcludedChild[] = [];
  let periodsOfCare = 0;
  for (const entry of header.values()) {
    const childEpisodes = episodesByChild.get(entry.childRef) ?? [];
    checkOverlaps(problems, childEpisodes);
    if (!entry.valid) {
      excluded.push({
        childRef: entry.childRef,
        reason: `Their row in the header file (row ${entry.row}) has a problem`,
      });
      continue;
    }
    if (childEpisodes.length === 0) {
      problems.add(
        'header',
        entry.row,
        'CHILD',
        'no-episodes',
        `Child ${entry.childRef} has no episodes in the episodes file: the tracker needs at least one to work out their reviews`,
        entry.childRef,
      );
      excluded.push({ childRef: entry.childRef, reason: 'They have no episodes' });
      continue;
    }
    const bad = childEpisodes.filter((episode) => !episode.valid);
    // An exact duplicate is left out without harm: only other problems exclude the child.
    const blocking = bad.filter((episode) => episode.duplicate !== true);
    if (blocking.length > 0) {
      excluded.push({
        childRef: entry.childRef,
        reason: `Their episodes have problems (row${blocking.length === 1 ? '' : 's'} ${blocking.map((e) => e.row).join(', ')})`,
      });
      continue;
    }
    const good = childEpisodes.filter((episode) => episode.valid);
    const periods = groupIntoPeriodsOfCare(good);
    periodsOfCare += periods.length;
    const childReviews: Ssda903Review[] = [];
    for (const review of reviewsByChild.get(entry.childRef) ?? []) {
      if (!review.valid || review.heldOn === null) continue;
      const outside = whereInCare(periods, review.heldOn);
      if (outside !== null) {
        review.valid = false;
        problems.add(
          'reviews',
          review.row,
          'REVIEW',
          'review-outside-care',
          outside,
          entry.childRef,
        );
        continue;
      }
      childReviews.push({
        heldOn: review.heldOn,
        participationCode: review.code as ParticipationCode,
        row: review.row,
      });
    }
    childReviews.sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
    const sortedEpisodes = periods.flatMap((period) => period.episodes) as EpisodeEntry[];
    children.push({
      childRef: entry.childRef,
      sex: entry.sex,
      dateOfBirth: entry.dateOfBirth ?? '',
      episodes: sortedEpisodes.map((episode) => ({
        start: episode.start,
        end: episode.end,
        reasonForNewEpisode: episode.reasonForNewEpisode,
        legalStatus: episode.legalStatus,
        placementType: episode.placementType,
        reasonEnded: episode.reasonEnded,
        row: episode.row,
      })),
      periods: periods.map((period) => ({
        start: period.start,
        end: period.end,
        episodes: period.episodes.map((episode) => {
          const e = episode as EpisodeEntry;
          return {
            start: e.start,
            end: e.end,
            reasonForNewEpisode: e.reasonForNewEpisode,
            legalStatus: e.legalStatus,
          };
        }),
      })),
      reviews: childReviews,
      headerRow: entry.row,
    });
  }

  problems.list.sort(compareProblems);
  return {
    children,
    problems: problems.list,
    excluded,
    counts: {
      header: { rows: files.header.rows.length, valid: children.length },
      episodes: {
        rows: files.episodes.rows.length,
        valid: children.reduce((sum, child) => sum + child.episodes.length, 0),
      },
      reviews: {
        rows: files.reviews.rows.length,
        valid: children.reduce((sum, child) => sum + child.reviews.length, 0),
      },
      periodsOfCare,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Writing files: the valid rows back as DfE rows, and the reviews file for a collection year
// ---------------------------------------------------------------------------------------------

/** The importable children as DfE-shaped rows (what the client sends for a server-side re-check). */
export function ssda903RowsOf(children: readonly Ssda903Child[]): Ssda903Files {
  const header: Ssda903Row[] = [];
  const episodes: Ssda903Row[] = [];
  const reviews: Ssda903Row[] = [];
  for (const child of children) {
    const dob = formatSsda903Date(child.dateOfBirth);
    header.push({ CHILD: child.childRef, SEX: child.sex, DOB: dob });
    for (const episode of child.episodes) {
      episodes.push({
        CHILD: child.childRef,
        DECOM: formatSsda903Date(episode.start),
        RNE: episode.reasonForNewEpisode,
        LS: episode.legalStatus,
        PLACE: episode.placementType,
        DEC: episode.end === null ? '' : formatSsda903Date(episode.end),
        REC: episode.reasonEnded,
      });
    }
    for (const review of child.reviews) {
      reviews.push({
        CHILD: child.childRef,
        DOB: dob,
        REVIEW: formatSsda903Date(review.heldOn),
        REVIEW_CODE: review.participationCode,
      });
    }
  }
  return {
    header: { columns: SSDA903_REQUIRED_COLUMNS.header, rows: header },
    episodes: { columns: SSDA903_REQUIRED_COLUMNS.episodes, rows: episodes },
    reviews: { columns: SSDA903_REQUIRED_COLUMNS.reviews, rows: reviews },
  };
}

/** The DfE collection year: 1 April to 31 March, labelled '2025-26'. */
export interface CollectionYear {
  start: IsoDate;
  end: IsoDate;
  label: string;
}

/** The collection year that starts on 1 April of `startYear`. */
export function collectionYear(startYear: number): CollectionYear {
  if (!Number.isInteger(startYear) || startYear < 1 || startYear > 9998) {
    throw new DomainError(
      'invalid-argument',
      `A collection year starts in a year from 1 to 9998: got ${startYear}`,
      'collectionYear',
    );
  }
  const year = String(startYear).padStart(4, '0');
  const next = String(startYear + 1).padStart(4, '0');
  return {
    start: `${year}-04-01`,
    end: `${next}-03-31`,
    label: `${startYear}-${twoDigits((startYear + 1) % 100)}`,
  };
}

export interface Ssda903ReviewSource {
  childRef: string;
  dateOfBirth: IsoDate;
  reviews: readonly { heldOn: IsoDate; participationCode: ParticipationCode }[];
}

export interface Ssda903ReviewRow {
  CHILD: string;
  DOB: string;
  REVIEW: string;
  REVIEW_CODE: ParticipationCode;
}

/**
 * The reviews file rows for a collection year (both ends included): sorted by CHILD, then date.
 */
export function ssda903ReviewRows(
  children: readonly Ssda903ReviewSource[],
  year: CollectionYear,
): Ssda903ReviewRow[] {
  const out: { childRef: string; heldOn: IsoDate; row: Ssda903ReviewRow }[] = [];
  for (const child of children) {
    const dob = formatSsda903Date(child.dateOfBirth);
    for (const review of child.reviews) {
      if (review.heldOn < year.start || review.heldOn > year.end) continue;
      out.push({
        childRef: child.childRef,
        heldOn: review.heldOn,
        row: {
          CHILD: child.childRef,
          DOB: dob,
          REVIEW: formatSsda903Date(review.heldOn),
          REVIEW_CODE: review.participationCode,
        },
      });
    }
  }
  out.sort((a, b) =>
    a.childRef < b.childRef
      ? -1
      : a.childRef > b.childRef
        ? 1
        : a.heldOn < b.heldOn
          ? -1
          : a.heldOn > b.heldOn
            ? 1
            : 0,
  );
  return out.map((item) => item.row);
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** The reviews file as CSV text (RFC 4180: comma-separated, CRLF line ends, quoted when needed). */
export function ssda903ReviewsCsv(
  rows: readonly Readonly<Record<(typeof SSDA903_REVIEW_COLUMNS)[number], string>>[],
): string {
  const lines = [SSDA903_REVIEW_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(SSDA903_REVIEW_COLUMNS.map((column) => csvCell(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// What the return does not say
// ---------------------------------------------------------------------------------------------

/**
 * The return records the participation code but not how the child took part. PN5 (an advocate
 * speaks for a child who does not attend) and PN6 (views conveyed by a facilitative medium) say it
 * themselves; for every other code the method is unknown, and imported reviews get this named
 * default, which an IRO can correct on the review. Reports that split in-person and virtual
 * participation cannot rely on imported reviews.
 */
export const DEFAULT_IMPORTED_PARTICIPATION_METHOD: ParticipationMethod = 'in-person';

export function importedParticipationMethod(
  code: ParticipationCode,
  fallback: ParticipationMethod = DEFAULT_IMPORTED_PARTICIPATION_METHOD,
): ParticipationMethod {
  if (code === 'PN5') return 'via-advocate';
  if (code === 'PN6') return 'consultation-form';
  return fallback;
}
