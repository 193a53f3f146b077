// Writing SSDA903 files: the importable children back as DfE rows, and the reviews file for a
// collection year.
import type { IsoDate } from './calendar';
import { compareText } from './compare-text';
import { DomainError } from './errors';
import { isParticipationCode, type ParticipationCode } from './participation';
import { isShortBreakLegalStatus } from './schedule';
import { codeFitsAge } from './ssda903-codes';
import { formatSsda903Date } from './ssda903-dates';
import { childRefProblem } from './ssda903-problems';
import {
  SSDA903_REQUIRED_COLUMNS,
  SSDA903_REVIEW_COLUMNS,
  type Ssda903Child,
  type Ssda903Files,
  type Ssda903Row,
} from './ssda903-types';

export interface Ssda903ReviewRow {
  CHILD: string;
  DOB: string;
  REVIEW: string;
  REVIEW_CODE: ParticipationCode;
}

/**
 * One row of the reviews file; `dob` is already in the DfE's form. The return type is inferred:
 * an object type fits both Ssda903ReviewRow and the plain Ssda903Row, an interface would not.
 */
function reviewRow(
  childRef: string,
  dob: string,
  review: { heldOn: IsoDate; participationCode: ParticipationCode },
) {
  return {
    CHILD: childRef,
    DOB: dob,
    REVIEW: formatSsda903Date(review.heldOn),
    REVIEW_CODE: review.participationCode,
  };
}

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
    for (const review of child.reviews) reviews.push(reviewRow(child.childRef, dob, review));
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
    label: `${startYear}-${next.slice(-2)}`,
  };
}

export interface Ssda903ReviewSource {
  childRef: string;
  dateOfBirth: IsoDate;
  reviews: readonly { heldOn: IsoDate; participationCode: ParticipationCode }[];
  /**
   * The child's episodes (their legal statuses), when known: a child whose episodes are all short
   * breaks (V3/V4) has no review rows (rule 399). Without them rule 399 cannot be applied.
   */
  episodes?: readonly { legalStatus: string }[];
}

/** A review the export left out, and the DfE rule (or integrity check) it would break. */
export interface Ssda903LeftOutReview {
  childRef: string;
  heldOn: IsoDate;
  rule: string;
  reason: string;
}

export interface Ssda903ReviewExport {
  rows: Ssda903ReviewRow[];
  leftOut: Ssda903LeftOutReview[];
  /** How many reviews were left out for each rule. */
  leftOutByRule: Record<string, number>;
  /** In words, for the page: '' when nothing was left out. */
  summary: string;
}

const RULE_WORDS: Readonly<Record<string, string>> = {
  '399': 'the child is on short breaks only (LS V3 or V4)',
  '167': 'the participation code is not PN0 to PN7',
  '440': 'PN0 was recorded for a child aged 4 or over',
  '441': 'PN1 to PN7 was recorded for a child under 4',
  INT04: 'the CHILD reference is not in the DfE’s format',
  DOB: 'the review is before the child’s date of birth',
};

/** Why the DfE rules would refuse this review row, or null when they accept it. */
function refusal(
  child: Ssda903ReviewSource,
  review: { heldOn: IsoDate; participationCode: string },
  shortBreaksOnly: boolean,
  cache: Map<IsoDate, IsoDate>,
): string | null {
  if (childRefProblem(child.childRef) !== null) return 'INT04';
  if (shortBreaksOnly) return '399';
  if (!isParticipationCode(review.participationCode)) return '167';
  if (review.heldOn < child.dateOfBirth) return 'DOB';
  if (!codeFitsAge(review.participationCode, child.dateOfBirth, review.heldOn, cache)) {
    return review.participationCode === 'PN0' ? '440' : '441';
  }
  return null;
}

/**
 * The reviews file for a collection year (both ends included), sorted by CHILD then date, with
 * every row the DfE's rules would refuse left out and counted: a short-break-only child (399), a
 * code not PN0-PN7 (167) or wrong for the child's age (440, 441), a review before birth, a CHILD
 * not in the DfE's format. `summary` says what was left out, in words.
 */
export function ssda903ReviewExport(
  children: readonly Ssda903ReviewSource[],
  year: CollectionYear,
): Ssda903ReviewExport {
  const out: { childRef: string; heldOn: IsoDate; row: Ssda903ReviewRow }[] = [];
  const leftOut: Ssda903LeftOutReview[] = [];
  const cache = new Map<IsoDate, IsoDate>();
  for (const child of children) {
    const dob = formatSsda903Date(child.dateOfBirth);
    const episodes = child.episodes ?? [];
    const shortBreaksOnly =
      episodes.length > 0 &&
      episodes.every((episode) => isShortBreakLegalStatus(episode.legalStatus));
    for (const review of child.reviews) {
      if (review.heldOn < year.start || review.heldOn > year.end) continue;
      const rule = refusal(child, review, shortBreaksOnly, cache);
      if (rule !== null) {
        leftOut.push({
          childRef: child.childRef,
          heldOn: review.heldOn,
          rule,
          reason: RULE_WORDS[rule] ?? rule,
        });
        continue;
      }
      const row = reviewRow(child.childRef, dob, review);
      out.push({ childRef: child.childRef, heldOn: review.heldOn, row });
    }
  }
  out.sort((a, b) => compareText(a.childRef, b.childRef) || compareText(a.heldOn, b.heldOn));
  leftOut.sort((a, b) => compareText(a.childRef, b.childRef) || compareText(a.heldOn, b.heldOn));
  const leftOutByRule: Record<string, number> = {};
  for (const item of leftOut) leftOutByRule[item.rule] = (leftOutByRule[item.rule] ?? 0) + 1;
  const parts = Object.entries(leftOutByRule).map(
    ([rule, count]) =>
      `${count} because ${RULE_WORDS[rule] ?? rule}${rule === 'DOB' || rule === 'INT04' ? '' : ` (rule ${rule})`}`,
  );
  const n = leftOut.length;
  const summary =
    n === 0
      ? ''
      : `${n} review${n === 1 ? ' was' : 's were'} left out, because the DfE’s rules would refuse ${n === 1 ? 'it' : 'them'}: ${parts.join('; ')}`;
  return { rows: out.map((item) => item.row), leftOut, leftOutByRule, summary };
}

/**
 * The reviews file rows for a collection year (both ends included): sorted by CHILD, then date.
 * Rows the DfE's rules would refuse are left out (ssda903ReviewExport says which and why).
 */
export function ssda903ReviewRows(
  children: readonly Ssda903ReviewSource[],
  year: CollectionYear,
): Ssda903ReviewRow[] {
  return ssda903ReviewExport(children, year).rows;
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
