// The shapes of the DfE SSDA903 return (children looked after) as the tracker reads it: the three
// files as rows of column -> text, and what checking them gives back. The CSV text itself is parsed
// elsewhere (a CSV library in the UI); nothing here reads a file.
import type { IsoDate } from './calendar';
import type { ParticipationCode } from './participation';
import type { PeriodOfCare } from './schedule';

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
  | 'conflicting-row'
  | 'invalid-code'
  | 'end-and-reason-mismatch'
  | 'first-episode-not-started'
  | 'started-on-previous-end'
  | 'left-care-not-started'
  | 'continuing-not-on-previous-end'
  | 'short-break-review'
  | 'invalid-child-ref'
  | 'after-collection-year'
  | 'date-format';

/**
 * The rule a problem breaks: the DfE's validation rule number ('357'), or one of the tracker's
 * own integrity checks between files ('INT01'...), listed with their wording in SSDA903_RULES.
 */
export type Ssda903Rule = string;

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
  /** The DfE rule (or integrity check) it breaks; null for the tracker's own checks. */
  rule: Ssda903Rule | null;
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
  /**
   * The collection year the return is for, when known: DECOM and DEC after its end are errors
   * (rules 354, 385), rule 357 applies only to first episodes starting in it or later, and its
   * label chooses the code lists. Without it: a code of any year the tracker has lists for is
   * accepted (a return's episodes can go back years), and 357 applies from the start of the
   * collection year `today` is in.
   */
  collectionYear?: { start: IsoDate; end: IsoDate; label: string };
}
