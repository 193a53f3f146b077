// Every table of the report as plain data: the page renders these, and "Download as CSV" writes
// exactly the same rows, so the file is always what the reader saw. No counting here: the figures
// come from the backend, which runs the domain's annualReportFigures.
import {
  formatDate,
  formatPercent,
  PARTICIPATION_CODES,
  PARTICIPATION_METHODS,
  ratio,
} from '@/domain';
import type { PageInfo } from '@/components';
import type { AnnualReport, ReportRatio } from '@/lib/api/schemas';
import type { CsvCell } from './csv';

export interface ReportCell {
  text: string;
  /** Right-aligned tabular figures. */
  numeric?: boolean;
  /** A link on screen (the child's record); the CSV has the text only. */
  href?: string;
}

export interface ReportTable {
  id: string;
  /** The table's caption and the CSV file's name. */
  title: string;
  head: ReportCell[];
  rows: ReportCell[][];
  /** A totals row, shown last (bold) and written last in the CSV. */
  total?: ReportCell[];
  /** What the table counts, shown beside it. */
  definitions: string[];
  /** Shown instead of the table when there are no rows. */
  empty?: string;
  /** 'figures': a figure, its value and what it counts (the definition column is wide). */
  kind?: 'figures';
  /** The rows are one page of a longer list (the late reviews): where it falls. */
  page?: PageInfo;
}

type Figure<T> = { label: string; value: T; definition: string };
export type LateReview = AnnualReport['lateReviews']['value']['items'][number];

const num = (n: number): ReportCell => ({ text: String(n), numeric: true });
const text = (t: string): ReportCell => ({ text: t });

/** '78.6% (11 of 14)'; 'n/a (none to count)' when there is nothing to divide by. */
export function ratioText(value: ReportRatio): string {
  if (value.outOf === 0) return 'n/a (none to count)';
  return `${formatPercent(value)} (${value.count} of ${value.outOf})`;
}

/** One decimal place: 61.7. */
export function oneDecimal(value: number | null): string {
  return value === null ? 'n/a' : formatPercent(value).replace('%', '');
}

function figureRow(figure: Figure<number | ReportRatio>): ReportCell[] {
  const value = figure.value;
  return [
    text(figure.label),
    typeof value === 'number' ? num(value) : { text: ratioText(value), numeric: true },
    text(figure.definition),
  ];
}

function figureTable(
  id: string,
  title: string,
  figures: Figure<number | ReportRatio>[],
): ReportTable {
  return {
    id,
    title,
    head: [text('Figure'), { text: 'Value', numeric: true }, text('What it counts')],
    rows: figures.map(figureRow),
    // The definitions are in the table's third column.
    definitions: [],
    kind: 'figures',
  };
}

const METHOD_LABELS: Record<string, string> = {
  ...Object.fromEntries(PARTICIPATION_METHODS.map((m) => [m.method, m.label])),
  'not-recorded': 'Not recorded',
};

export const STAGE_NAMES: Record<1 | 2 | 3, string> = {
  1: 'Stage 1: IRO to team manager',
  2: 'Stage 2: head of service',
  3: 'Stage 3: director',
};

function share(count: number, outOf: number): ReportCell {
  return { text: outOf === 0 ? 'n/a' : formatPercent(ratio(count, outOf)), numeric: true };
}

export interface ReportSection {
  id: string;
  title: string;
  tables: ReportTable[];
}

/** One late review's row: on screen (a page of them) and in the CSV file (every one). */
export function lateReviewRow(
  l: LateReview,
  options: { childHref: (childId: string) => string },
): ReportCell[] {
  return [
    { text: l.childRef, href: options.childHref(l.childId) },
    text(formatDate(l.heldOn)),
    text(formatDate(l.due)),
    num(l.daysLate),
    text(l.dueReason),
    text(l.reason ?? 'Not recorded'),
  ];
}

function pageInfoOf({ page, pageSize, totalItems, totalPages }: PageInfo): PageInfo {
  return { page, pageSize, totalItems, totalPages };
}

/**
 * The report's sections and their tables, in the order of a typical annual IRO report.
 * `childHref` links a late review to the child's record; `caseloadBand` is the recommended
 * caseload per full-time IRO (a setting).
 */
export function reportSections(
  report: AnnualReport,
  options: { childHref: (childId: string) => string; caseloadBand: { min: number; max: number } },
): ReportSection[] {
  const r = report;
  const held = r.reviewsHeld.value;

  const months: ReportTable = {
    id: 'reviews-by-month',
    title: 'Reviews by month',
    head: [
      text('Month'),
      { text: 'Reviews held', numeric: true },
      { text: 'In timescale', numeric: true },
      { text: 'Late', numeric: true },
      { text: '% in timescale', numeric: true },
    ],
    rows: r.reviewsByMonth.value.map((m) => [
      text(m.label),
      num(m.held),
      num(m.inTimescale),
      num(m.held - m.inTimescale),
      share(m.inTimescale, m.held),
    ]),
    total: [
      text('Total'),
      num(held),
      num(r.reviewsInTimescale.value.count),
      num(held - r.reviewsInTimescale.value.count),
      share(r.reviewsInTimescale.value.count, held),
    ],
    definitions: [r.reviewsByMonth.definition],
  };

  const late: ReportTable = {
    id: 'late-reviews',
    title: 'Reviews held late',
    head: [
      text('Child'),
      text('Held on'),
      text('Due on'),
      { text: 'Days late', numeric: true },
      text('Why it was due then'),
      text('Reason it was late'),
    ],
    rows: r.lateReviews.value.items.map((l) => lateReviewRow(l, options)),
    page: pageInfoOf(r.lateReviews.value),
    definitions: [
      r.lateReviews.definition,
      'Children are shown by their reference, not their name, so the table can go in a board paper.',
    ],
    empty: 'No reviews were held late in this period.',
  };

  const lateCount = r.lateReviews.value.totalItems;
  const lateByReason: ReportTable = {
    id: 'late-reviews-by-reason',
    title: 'Late reviews by reason',
    head: [
      text('Reason it was late'),
      { text: 'Reviews', numeric: true },
      { text: 'Share of reviews held late', numeric: true },
    ],
    rows: r.lateReviewsByReason.value.map((reason) => [
      text(reason.label),
      num(reason.count),
      share(reason.count, lateCount),
    ]),
    total: [text('Total'), num(lateCount), share(lateCount, lateCount)],
    definitions: [r.lateReviewsByReason.definition],
    empty: 'No reviews were held late in this period.',
  };

  const codes: ReportTable = {
    id: 'participation-codes',
    title: 'Reviews by participation code',
    head: [
      text('Code'),
      text('Meaning'),
      { text: 'Reviews', numeric: true },
      { text: 'Share of reviews held', numeric: true },
    ],
    rows: PARTICIPATION_CODES.map((c) => [
      text(c.code),
      text(c.meaning.charAt(0).toUpperCase() + c.meaning.slice(1)),
      num(r.participationByCode.value[c.code]),
      share(r.participationByCode.value[c.code], held),
    ]),
    total: [text('Total'), text(''), num(held), share(held, held)],
    definitions: [r.participationByCode.definition],
  };

  const methodKeys = [...PARTICIPATION_METHODS.map((m) => m.method), 'not-recorded'] as const;
  const methods: ReportTable = {
    id: 'participation-methods',
    title: 'How children took part',
    head: [
      text('How the child took part'),
      { text: 'Reviews', numeric: true },
      { text: 'Share of reviews held', numeric: true },
    ],
    rows: methodKeys.map((key) => [
      text(METHOD_LABELS[key] ?? key),
      num(r.participationMethods.value[key]),
      share(r.participationMethods.value[key], held),
    ]),
    total: [text('Total'), num(held), share(held, held)],
    definitions: [r.participationMethods.definition],
  };

  const providers: ReportTable = {
    id: 'advocacy-providers',
    title: 'Advocacy referrals by provider',
    head: [text('Provider'), { text: 'Referrals', numeric: true }],
    rows: r.advocacyReferralsByProvider.value.map((p) => [
      text(p.provider ?? 'Not recorded'),
      num(p.count),
    ]),
    total: [text('Total'), num(r.advocacyReferrals.value)],
    definitions: [r.advocacyReferralsByProvider.definition],
    empty: 'No advocacy referrals were made at reviews held in this period.',
  };

  const c = r.caseloads.value;
  const band = (fte: number) =>
    `${Math.round(options.caseloadBand.min * fte)} to ${Math.round(options.caseloadBand.max * fte)}`;
  const caseloads: ReportTable = {
    id: 'caseloads',
    title: 'Caseload per IRO',
    head: [
      text('IRO'),
      { text: 'FTE', numeric: true },
      { text: 'Children', numeric: true },
      { text: 'Children per FTE', numeric: true },
      { text: 'Recommended for their FTE', numeric: true },
    ],
    rows: [
      ...c.byIro.map((row) => [
        text(row.name),
        num(row.fte),
        num(row.children),
        { text: oneDecimal(row.perFte), numeric: true },
        { text: band(row.fte), numeric: true },
      ]),
      ...(c.unallocated > 0
        ? [[text('No IRO allocated'), text(''), num(c.unallocated), text(''), text('')]]
        : []),
    ],
    total: [
      text('All IROs'),
      num(c.totalFte),
      num(c.allocated),
      { text: oneDecimal(c.perFte), numeric: true },
      { text: band(c.totalFte), numeric: true },
    ],
    definitions: [
      r.caseloads.definition,
      `The recommended range is the council’s setting of ${options.caseloadBand.min} to ${options.caseloadBand.max} children per full-time IRO, scaled by each IRO’s FTE.`,
    ],
    empty: 'No IROs to show.',
  };

  const stages: ReportTable = {
    id: 'escalations-by-stage',
    title: 'Escalations by stage',
    head: [
      text('Stage'),
      { text: 'Reached in the period', numeric: true },
      { text: 'Resolved in the period', numeric: true },
    ],
    rows: ([1, 2, 3] as const).map((stage) => [
      text(STAGE_NAMES[stage]),
      num(r.escalationsRaised.value.byStage[stage]),
      num(r.escalationsResolved.value.byStage[stage]),
    ]),
    total: [
      text('Escalations (each counted once)'),
      num(r.escalationsRaised.value.total),
      num(r.escalationsResolved.value.total),
    ],
    definitions: [
      r.escalationsRaised.definition,
      r.escalationsResolved.definition,
      'The total of "reached" counts escalations first raised in the period, once each.',
    ],
  };

  return [
    {
      id: 'children',
      title: 'Children looked after',
      tables: [
        figureTable('children-looked-after', 'Children looked after', [
          r.childrenLookedAfterAtStart,
          r.childrenLookedAfterAtEnd,
          r.childrenStartedToBeLookedAfter,
          r.childrenCeasedToBeLookedAfter,
        ]),
      ],
    },
    {
      id: 'reviews',
      title: 'Reviews and timeliness',
      tables: [
        figureTable('reviews', 'Reviews held and in timescale', [
          r.reviewsHeld,
          r.reviewsInTimescale,
        ]),
        months,
        lateByReason,
        late,
      ],
    },
    {
      id: 'participation',
      title: 'Participation',
      tables: [
        figureTable('participation', 'Participation', [
          r.participation,
          r.participationIncludingUnder4s,
        ]),
        codes,
        methods,
      ],
    },
    {
      id: 'advocacy',
      title: 'Advocacy',
      tables: [
        figureTable('advocacy', 'Advocacy', [
          r.advocacyOffered,
          r.advocacyReferrals,
          r.advocacyDeclined,
        ]),
        providers,
      ],
    },
    { id: 'caseloads', title: 'Caseloads', tables: [caseloads] },
    {
      id: 'escalations',
      title: 'Dispute resolution',
      tables: [
        figureTable('escalations', 'Escalations', [
          { ...r.escalationsRaised, value: r.escalationsRaised.value.total },
          { ...r.escalationsResolved, value: r.escalationsResolved.value.total },
          r.escalationsOpenAtEnd,
          r.cafcassReferrals,
        ]),
        stages,
      ],
    },
    {
      id: 'records',
      title: 'Records of review and manager sign-off',
      tables: [
        figureTable('records', 'Records of review and manager sign-off', [
          r.recordOfReviewWithinLimit,
          r.recordOfReviewWithinTarget,
          r.recordOfReviewNotYetCompleted,
          r.managerSignOffInTime,
          r.managerSignOffNotYetDone,
        ]),
      ],
    },
    {
      id: 'footprint',
      title: 'The IRO’s footprint between reviews',
      tables: [
        figureTable('footprint', 'The IRO’s footprint between reviews', [
          r.seenByIroInLastMonths,
          r.midpointChecksOnTime,
        ]),
      ],
    },
    {
      id: 'quality-checks',
      title: 'The IRO’s quality checks at each review',
      tables: [
        figureTable('quality-checks', 'The IRO’s quality checks at each review', [
          r.qualityChecksRecorded,
          ...r.qualityChecks,
        ]),
      ],
    },
  ];
}

/** A table as CSV rows: the header, the rows, then the total. Links become their text. */
export function tableCsvRows(table: ReportTable): CsvCell[][] {
  const asCells = (cells: readonly ReportCell[]) =>
    cells.map((cell) =>
      cell.numeric === true && /^-?\d+(\.\d+)?$/.test(cell.text) ? Number(cell.text) : cell.text,
    );
  return [
    asCells(table.head),
    ...table.rows.map(asCells),
    ...(table.total === undefined ? [] : [asCells(table.total)]),
  ];
}
