// Repeated rows in an SSDA903 file. A row that repeats an earlier one exactly is a duplicate: the
// first is kept, the others reported and left out. Rows for the same child and date with different
// details conflict: all of them are reported and none is used, because the tracker cannot tell
// which is right.
import { cell, type Problems } from './ssda903-problems';
import {
  SSDA903_REQUIRED_COLUMNS,
  SSDA903_REVIEW_COLUMNS,
  type Ssda903FileKind,
  type Ssda903Row,
} from './ssda903-types';

/** What a repeat changes on a row read from the file. */
export interface RepeatEntry {
  row: number;
  valid: boolean;
  /** An exact repeat of an earlier row: left out without harm. */
  duplicate?: boolean;
}

/** A row that may repeat another: the same child and `date` are "the same"; `cells` are compared. */
interface RepeatCandidate {
  entry: RepeatEntry;
  date: string;
  cells: Ssda903Row;
  childRef: string;
}

function rowKey(row: Ssda903Row, columns: readonly string[]): string {
  return columns.map((column) => cell(row, column)).join('\u0000');
}

interface RepeatRule {
  field: string;
  columns: readonly string[];
  describeKey: (childRef: string) => string;
}

/**
 * For each file: the column a repeat is reported against, the cells compared to tell a duplicate
 * from a conflict, and what the repeated rows share, in words.
 */
const REPEAT_RULES: Readonly<Record<Ssda903FileKind, RepeatRule>> = {
  header: {
    field: 'CHILD',
    columns: ['CHILD', 'SEX', 'DOB'],
    describeKey: (ref) => `Child ${ref}`,
  },
  episodes: {
    field: 'DECOM',
    columns: SSDA903_REQUIRED_COLUMNS.episodes,
    describeKey: (ref) => `An episode of child ${ref} starting on the same day`,
  },
  reviews: {
    field: 'REVIEW',
    columns: SSDA903_REVIEW_COLUMNS,
    describeKey: (ref) => `A review of child ${ref} on the same day`,
  },
};

/** The rows of one file that share a child and a date (only the child, in the header file). */
export class RepeatFinder {
  private readonly candidates: RepeatCandidate[] = [];
  private readonly file: Ssda903FileKind;

  constructor(file: Ssda903FileKind) {
    this.file = file;
  }

  /** A row with no CHILD or no date cannot repeat another: its blank cell is reported already. */
  add(entry: RepeatEntry, childRef: string, date: string | null, cells: Ssda903Row): void {
    if (childRef !== '' && date !== null) this.candidates.push({ entry, date, cells, childRef });
  }

  report(problems: Problems): void {
    // child -> date -> first row (nested maps: no key strings built for every row).
    const byChild = new Map<string, Map<string, RepeatCandidate>>();
    for (const item of this.candidates) {
      let byDate = byChild.get(item.childRef);
      if (byDate === undefined) {
        byDate = new Map();
        byChild.set(item.childRef, byDate);
      }
      const first = byDate.get(item.date);
      if (first === undefined) byDate.set(item.date, item);
      else this.compare(problems, first, item);
    }
  }

  private compare(problems: Problems, first: RepeatCandidate, item: RepeatCandidate): void {
    const { field, columns, describeKey } = REPEAT_RULES[this.file];
    const at = { file: this.file, row: item.entry.row, childRef: item.childRef };
    item.entry.valid = false;
    // Compared only when two rows share a key (rare), so clean files build no extra strings.
    if (rowKey(first.cells, columns) === rowKey(item.cells, columns)) {
      item.entry.duplicate = true;
      problems.add(
        at,
        field,
        'duplicate-row',
        `Row ${item.entry.row} is a duplicate of row ${first.entry.row}: it is left out`,
      );
      return;
    }
    const conflict = (other: RepeatCandidate) =>
      `${describeKey(item.childRef)} is also in row ${other.entry.row} with different details: correct the file so there is one row`;
    if (first.entry.valid) {
      first.entry.valid = false;
      problems.add({ ...at, row: first.entry.row }, field, 'conflicting-row', conflict(item));
    }
    problems.add(at, field, 'conflicting-row', conflict(first));
  }
}
