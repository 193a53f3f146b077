// Writing SSDA903 files: the importable children back as DfE rows, and the reviews file for a
// collection year.
import type { IsoDate } from './calendar';
import { compareText } from './compare-text';
import { DomainError } from './errors';
import type { ParticipationCode } from './participation';
import { formatSsda903Date } from './ssda903-dates';
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
      const row = reviewRow(child.childRef, dob, review);
      out.push({ childRef: child.childRef, heldOn: review.heldOn, row });
    }
  }
  out.sort((a, b) => compareText(a.childRef, b.childRef) || compareText(a.heldOn, b.heldOn));
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
