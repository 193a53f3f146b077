// Reading each file of an SSDA903 return row by row: every cell is checked on its own and against
// the child's header row. Problems that need a child's rows together (overlapping episodes,
// reviews outside care) are found afterwards, in ssda903-validation.ts.
import { formatDate, type IsoDate } from './calendar';
import { isParticipationCode } from './participation';
import { EPISODE_CONTINUES, SSDA903_CODES_ANY_YEAR, type Ssda903CodeList } from './care-codes';
import { codeFitsAge } from './ssda903-codes';
import {
  cell,
  childRefProblem,
  dateCell,
  requiredText,
  rowNumber,
  type Problems,
  type RowAt,
} from './ssda903-problems';
import { RepeatFinder, type RepeatEntry } from './ssda903-repeats';
import type { Ssda903Episode, Ssda903FileKind, Ssda903FileRows, Ssda903Row } from './ssda903-types';

/** What the row checks need beyond the rows: the year's code lists and its last day. */
export interface RowContext {
  codes: Ssda903CodeList;
  /** The collection year's last day (rules 354, 385), when the year is known. */
  collectionEnd: IsoDate | null;
}

const DEFAULT_CONTEXT: RowContext = { codes: SSDA903_CODES_ANY_YEAR, collectionEnd: null };

/** CIN (category of need, rule 145): checked only when the file has the column. */
const CATEGORIES_OF_NEED = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'];

/** A code cell: blank or not in the list is a problem ('blank' / 'invalid-code'). */
function codeCell(
  problems: Problems,
  at: RowAt,
  field: string,
  value: string,
  list: readonly string[],
  what: string,
): boolean {
  if (value === '') {
    problems.add(at, field, 'blank', `${field} is blank`);
    return false;
  }
  if (list.includes(value)) return true;
  problems.add(
    at,
    field,
    'invalid-code',
    `${field} must be ${what} in the DfE’s list (${list.join(', ')}): got '${value}'`,
  );
  return false;
}

/** A CHILD cell in the DfE's format (INT04); true when it is fine or blank. */
function childRefCell(problems: Problems, at: RowAt, row: Ssda903Row): boolean {
  const problem = childRefProblem(row.CHILD ?? '');
  if (problem === null) return true;
  problems.add(at, 'CHILD', 'invalid-child-ref', problem);
  return false;
}

export interface HeaderEntry {
  childRef: string;
  sex: string;
  dateOfBirth: IsoDate | null;
  row: number;
  valid: boolean;
}

export interface EpisodeEntry extends Ssda903Episode {
  childRef: string;
  valid: boolean;
  /** An exact repeat of an earlier row: left out without harm. */
  duplicate?: boolean;
}

export interface ReviewEntry {
  childRef: string;
  heldOn: IsoDate | null;
  code: string;
  dateOfBirth: IsoDate | null;
  row: number;
  valid: boolean;
}

/** A row read: its entry, and the child and date that make it "the same" as another row. */
interface ReadRow<T> {
  entry: T;
  childRef: string;
  date: string | null;
}

/** Reads every row of one file, then reports the rows that repeat another. */
function readRows<T extends RepeatEntry>(
  problems: Problems,
  file: Ssda903FileRows,
  kind: Ssda903FileKind,
  readRow: (row: Ssda903Row, number: number) => ReadRow<T>,
): T[] {
  const entries: T[] = [];
  const repeats = new RepeatFinder(kind);
  file.rows.forEach((row, index) => {
    const { entry, childRef, date } = readRow(row, rowNumber(file, index));
    entries.push(entry);
    repeats.add(entry, childRef, date, row);
  });
  repeats.report(problems);
  return entries;
}

export function readHeader(
  problems: Problems,
  file: Ssda903FileRows,
  today: IsoDate,
): Map<string, HeaderEntry> {
  const entries = readRows(problems, file, 'header', (row, number): ReadRow<HeaderEntry> => {
    const childRef = cell(row, 'CHILD');
    const at: RowAt = { file: 'header', row: number, childRef: childRef === '' ? null : childRef };
    let valid = requiredText(problems, at, 'CHILD', childRef);
    valid = childRefCell(problems, at, row) && valid;
    const date = dateCell(problems, at, 'DOB', cell(row, 'DOB'), today, true);
    valid &&= date.ok;
    const sex = cell(row, 'SEX');
    const entry: HeaderEntry = { childRef, sex, dateOfBirth: date.date, row: number, valid };
    // The header file has one row per child: the child alone makes two rows "the same".
    return { entry, childRef, date: '' };
  });
  const byChild = new Map<string, HeaderEntry>();
  for (const entry of entries) {
    if (entry.childRef === '') continue;
    // Keep the first row of each child (a duplicate's first row stays valid).
    if (!byChild.has(entry.childRef)) byChild.set(entry.childRef, entry);
  }
  return byChild;
}

/**
 * The CHILD of an episodes or reviews row, which must be in the header file. The episodes and
 * reviews files start every row the same way.
 */
function childOfRow(
  problems: Problems,
  file: Ssda903FileKind,
  number: number,
  row: Ssda903Row,
  header: ReadonlyMap<string, HeaderEntry>,
): { at: RowAt; childRef: string; child: HeaderEntry | undefined; valid: boolean } {
  const childRef = cell(row, 'CHILD');
  const at: RowAt = { file, row: number, childRef: childRef === '' ? null : childRef };
  let valid = requiredText(problems, at, 'CHILD', childRef);
  valid &&= childRefCell(problems, at, row);
  const child = header.get(childRef);
  if (valid && child === undefined) {
    valid = false;
    problems.add(at, 'CHILD', 'unknown-child', `Child ${childRef} is not in the header file`);
  }
  return { at, childRef, child, valid };
}

export function readEpisodes(
  problems: Problems,
  file: Ssda903FileRows,
  header: ReadonlyMap<string, HeaderEntry>,
  today: IsoDate,
  context: RowContext = DEFAULT_CONTEXT,
): EpisodeEntry[] {
  const { codes, collectionEnd } = context;
  const hasCin = file.columns.some((column) => column.trim() === 'CIN');
  return readRows(problems, file, 'episodes', (row, number): ReadRow<EpisodeEntry> => {
    const head = childOfRow(problems, 'episodes', number, row, header);
    const { at, childRef, child } = head;
    let { valid } = head;
    const start = dateCell(problems, at, 'DECOM', cell(row, 'DECOM'), today, true, collectionEnd);
    const end = dateCell(problems, at, 'DEC', cell(row, 'DEC'), today, false, collectionEnd);
    valid &&= start.ok && end.ok;
    if (start.date !== null && end.date !== null && end.date < start.date) {
      valid = false;
      problems.add(
        at,
        'DEC',
        'ends-before-start',
        `DEC (${formatDate(end.date)}) is before DECOM (${formatDate(start.date)})`,
      );
    }
    if (start.date !== null && child?.dateOfBirth != null && start.date < child.dateOfBirth) {
      valid = false;
      problems.add(
        at,
        'DECOM',
        'before-birth',
        `DECOM (${formatDate(start.date)}) is before the child’s date of birth (${formatDate(child.dateOfBirth)})`,
      );
    }
    const rne = cell(row, 'RNE');
    if (!codes.reasonForNewEpisode.includes(rne)) {
      valid = false;
      problems.add(
        at,
        'RNE',
        'invalid-reason-for-new-episode',
        rne === ''
          ? 'RNE is blank: enter the reason for the new episode (S, P, L, T, U or B)'
          : `RNE must be S, P, L, T, U or B: got '${rne}'`,
      );
    }
    const legalStatus = cell(row, 'LS');
    valid = codeCell(problems, at, 'LS', legalStatus, codes.legalStatus, 'a legal status') && valid;
    if (hasCin) {
      const cin = cell(row, 'CIN');
      if (cin !== '' && !CATEGORIES_OF_NEED.includes(cin)) {
        valid = false;
        problems.add(
          at,
          'CIN',
          'invalid-code',
          `CIN must be a category of need N1 to N8: got '${cin}'`,
        );
      }
    }
    const placementType = cell(row, 'PLACE');
    valid =
      codeCell(problems, at, 'PLACE', placementType, codes.placementType, 'a placement type') &&
      valid;
    const decText = cell(row, 'DEC');
    const rec = cell(row, 'REC');
    if (rec !== '' && !codes.reasonEpisodeCeased.includes(rec)) {
      valid = false;
      problems.add(
        at,
        'REC',
        'invalid-code',
        `REC must be a reason the episode ceased in the DfE’s list (${codes.reasonEpisodeCeased.join(', ')}): got '${rec}'`,
      );
    }
    if ((decText === '') !== (rec === '')) {
      valid = false;
      problems.add(
        at,
        decText === '' ? 'DEC' : 'REC',
        'end-and-reason-mismatch',
        decText === ''
          ? `REC is ${rec} but DEC is blank: an episode still open has no reason it ceased, so enter the date it ceased (DEC) or clear REC`
          : `DEC is filled in but REC is blank: enter the reason the episode ceased (${EPISODE_CONTINUES} if a new episode began that day)`,
      );
    }
    const entry: EpisodeEntry = {
      childRef,
      start: start.date ?? '',
      end: end.date,
      reasonForNewEpisode: rne,
      legalStatus,
      placementType,
      reasonEnded: rec,
      row: number,
      valid,
    };
    return { entry, childRef, date: start.date };
  });
}

export function readReviews(
  problems: Problems,
  file: Ssda903FileRows,
  header: ReadonlyMap<string, HeaderEntry>,
  today: IsoDate,
): ReviewEntry[] {
  const fourthBirthdays = new Map<IsoDate, IsoDate>();
  return readRows(problems, file, 'reviews', (row, number): ReadRow<ReviewEntry> => {
    const head = childOfRow(problems, 'reviews', number, row, header);
    const { at, childRef, child } = head;
    let { valid } = head;
    const dob = dateCell(problems, at, 'DOB', cell(row, 'DOB'), today, true);
    valid &&= dob.ok;
    if (dob.date !== null && child?.dateOfBirth != null && dob.date !== child.dateOfBirth) {
      valid = false;
      problems.add(
        at,
        'DOB',
        'date-of-birth-mismatch',
        `DOB (${formatDate(dob.date)}) does not match the header file (${formatDate(child.dateOfBirth)})`,
      );
    }
    const heldOn = dateCell(problems, at, 'REVIEW', cell(row, 'REVIEW'), today, true);
    valid &&= heldOn.ok;
    const code = cell(row, 'REVIEW_CODE');
    if (!isParticipationCode(code)) {
      valid = false;
      problems.add(
        at,
        'REVIEW_CODE',
        'invalid-review-code',
        code === ''
          ? 'REVIEW_CODE is blank: enter PN0 to PN7'
          : `REVIEW_CODE must be one of PN0 to PN7: got '${code}'`,
      );
    }
    const birth = child?.dateOfBirth ?? dob.date;
    if (isParticipationCode(code) && heldOn.date !== null && birth !== null) {
      if (heldOn.date < birth) {
        valid = false;
        problems.add(
          at,
          'REVIEW',
          'before-birth',
          `REVIEW (${formatDate(heldOn.date)}) is before the child’s date of birth (${formatDate(birth)})`,
        );
      } else if (!codeFitsAge(code, birth, heldOn.date, fourthBirthdays)) {
        valid = false;
        problems.add(
          at,
          'REVIEW_CODE',
          'review-code-not-allowed-for-age',
          code === 'PN0'
            ? `REVIEW_CODE PN0 is only for children under 4: this child was 4 or over on ${formatDate(heldOn.date)}`
            : `REVIEW_CODE ${code} is for children aged 4 or over: this child was under 4 on ${formatDate(heldOn.date)} (use PN0)`,
          code === 'PN0' ? '440' : '441',
        );
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
    return { entry, childRef, date: heldOn.date };
  });
}
