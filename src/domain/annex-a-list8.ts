// Ofsted's ILACS Annex A, List 8 (children in care): one row a child looked after on the "as at"
// date, in Annex A's column order and date format (DD/MM/YYYY). The tracker fills the columns it
// truly holds; the rest are left empty for the council's case system.
import { addMonths, ageOn, compareDates, type IsoDate } from './calendar';
import { carePeriods, careStatusOn, type CareEpisode, type CarePeriod } from './care-episodes';
import { formatSsda903Date } from './ssda903-dates';

/**
 * List 8's columns in Ofsted's order. Source: the Annex A schema of Social Finance's liia-tools
 * (`liiatools/annex_a_pipeline/spec/Annex_A_schema.yml`, List 8), which London councils use to
 * read their Annex A returns. To confirm against the Annex A template of the inspection year.
 */
export const ANNEX_A_LIST_8_COLUMNS = [
  'Child Unique ID',
  'Gender',
  'Ethnicity',
  'Date of Birth',
  'Age of Child (Years)',
  'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)',
  'Does the Child have a Disability',
  'Date Started to be Looked After',
  "Child's Category of Need",
  'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)',
  'Start date of current legal status',
  "Child's Legal Status",
  'Date of Latest Statutory Review',
  'Date of Last Social Work Visit',
  'What is the permanence plan for this child?',
  'Date of Last IRO Visit / Contact to the Child',
  'Date of Last Health Assessment',
  'Date of Last Dental Check',
  'Number of Placements in the Last 12 months',
  'Date Ceased to be Looked After',
  'Reason Ceased to be Looked After',
  'Start Date of Most Recent Placement',
  'Placement Type',
  'Placement Provider',
  'Placement postcode',
  'URN of Placement',
  'Placement Location',
  'LA of Placement',
  "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
  "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
  'Was the child offered a Return Interview after their last missing episode (Y/N)?',
  'Did the child accept a Return Interview after their last missing episode (Y/N)?',
  'Allocated Team',
  'Allocated Worker',
] as const;
export type AnnexAList8Column = (typeof ANNEX_A_LIST_8_COLUMNS)[number];

/** The columns the tracker fills; every other column is left empty for the case system. */
export const ANNEX_A_LIST_8_FILLED: readonly AnnexAList8Column[] = [
  'Child Unique ID',
  'Gender',
  'Date of Birth',
  'Age of Child (Years)',
  'Date Started to be Looked After',
  'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)',
  'Start date of current legal status',
  "Child's Legal Status",
  'Date of Latest Statutory Review',
  'Date of Last IRO Visit / Contact to the Child',
  'Number of Placements in the Last 12 months',
  'Start Date of Most Recent Placement',
  'Placement Type',
  'Allocated Team',
  'Allocated Worker',
];

/** Annex A's gender values, from the SSDA903 SEX code (1 male, 2 female). */
const GENDER_VALUES: Record<string, string> = { '1': 'a) Male', '2': 'b) Female' };

/** RNE codes that change only the legal status: the placement goes on (all others start one). */
const SAME_PLACEMENT = new Set(['L']);
/** RNE codes that change only the placement: the legal status goes on. */
const SAME_LEGAL_STATUS = new Set(['P', 'U']);

export interface AnnexAList8Child {
  id: string;
  /** The council's reference, written as the Child Unique ID. */
  childRef: string;
  /** SSDA903 SEX: '1' male, '2' female; null when not recorded. */
  sex: string | null;
  dateOfBirth: IsoDate;
  episodes: readonly CareEpisode[];
  /** The allocated social worker and their team, as recorded now. */
  socialWorker: { name: string; team: string };
}

export interface AnnexAList8Input {
  asAt: IsoDate;
  children: readonly AnnexAList8Child[];
  /** Reviews held; a withdrawn review (entered in error) counts nowhere. */
  reviews: readonly { childId: string; heldOn: IsoDate; withdrawn: boolean }[];
  /** The IRO's contacts with the child between reviews (any type). */
  contacts: readonly { childId: string; contactOn: IsoDate }[];
}

export interface AnnexAList8Row {
  childId: string;
  /** One cell a column, in ANNEX_A_LIST_8_COLUMNS order; '' for a column left to the case system. */
  cells: string[];
}

const date = (value: IsoDate | null): string => (value === null ? '' : formatSsda903Date(value));

/** The latest date on or before `asAt` and on or after `from`, or null. */
function latestBetween(dates: readonly IsoDate[], from: IsoDate, asAt: IsoDate): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const d of dates) {
    if (compareDates(d, from) < 0 || compareDates(d, asAt) > 0) continue;
    if (latest === null || compareDates(d, latest) > 0) latest = d;
  }
  return latest;
}

/**
 * The start of the run of episodes, ending with the one open on `asAt`, joined by RNE codes in
 * `continues`: the start of the current placement (joined by L) or legal status (joined by P, U).
 */
function runStart(period: CarePeriod, open: CareEpisode, continues: ReadonlySet<string>): IsoDate {
  const episodes = period.episodes;
  let index = episodes.indexOf(open);
  while (index > 0 && continues.has(episodes[index]?.reasonForNewEpisode ?? '')) index -= 1;
  return episodes[index]?.start ?? period.start;
}

/**
 * Placements going on at some time in the 12 months to `asAt` (a placement is a run of episodes
 * joined by a change of legal status only), in every period of care.
 */
function placementsInLastYear(episodes: readonly CareEpisode[], asAt: IsoDate): number {
  const windowStart = addMonths(asAt, -12);
  let count = 0;
  for (const period of carePeriods(episodes)) {
    period.episodes.forEach((episode, index) => {
      const startsPlacement = index === 0 || !SAME_PLACEMENT.has(episode.reasonForNewEpisode);
      if (!startsPlacement) return;
      // The placement lasts until the next episode that starts another, or the period's end.
      const next = period.episodes
        .slice(index + 1)
        .find((e) => !SAME_PLACEMENT.has(e.reasonForNewEpisode));
      const end = next?.start ?? period.end;
      const started = compareDates(episode.start, asAt) <= 0;
      const goingOnInWindow = end === null || compareDates(end, windowStart) > 0;
      if (started && goingOnInWindow) count += 1;
    });
  }
  return count;
}

/**
 * List 8's rows for the children looked after on `asAt` (the day a child left care is not a day in
 * care), by Child Unique ID. Reviews and contacts count only when on or before `asAt` and in the
 * period of care going on then, so a child who came back into care shows the current period's.
 */
export function annexAList8Rows(input: AnnexAList8Input): AnnexAList8Row[] {
  const { asAt } = input;
  const reviewsByChild = new Map<string, IsoDate[]>();
  for (const review of input.reviews) {
    if (review.withdrawn) continue;
    reviewsByChild.set(review.childId, [
      ...(reviewsByChild.get(review.childId) ?? []),
      review.heldOn,
    ]);
  }
  const contactsByChild = new Map<string, IsoDate[]>();
  for (const contact of input.contacts) {
    contactsByChild.set(contact.childId, [
      ...(contactsByChild.get(contact.childId) ?? []),
      contact.contactOn,
    ]);
  }
  const rows: { ref: string; row: AnnexAList8Row }[] = [];
  for (const child of input.children) {
    const status = careStatusOn(child.episodes, asAt);
    if (!status.lookedAfter) continue;
    const { period, episode } = status;
    const yearBefore = addMonths(asAt, -12);
    // Another period of care going on at some time in the 12 months to the date.
    const earlierPeriod = carePeriods(child.episodes).some(
      (p) =>
        compareDates(p.start, period.start) < 0 &&
        p.end !== null &&
        compareDates(p.end, yearBefore) > 0,
    );
    const cells: Record<AnnexAList8Column, string> = Object.fromEntries(
      ANNEX_A_LIST_8_COLUMNS.map((column) => [column, '']),
    ) as Record<AnnexAList8Column, string>;
    cells['Child Unique ID'] = child.childRef;
    cells.Gender = child.sex === null ? '' : (GENDER_VALUES[child.sex] ?? '');
    cells['Date of Birth'] = date(child.dateOfBirth);
    cells['Age of Child (Years)'] = String(ageOn(child.dateOfBirth, asAt));
    cells['Date Started to be Looked After'] = date(period.start);
    cells[
      'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)'
    ] = earlierPeriod ? 'Y' : 'N';
    cells['Start date of current legal status'] = date(
      runStart(period, episode, SAME_LEGAL_STATUS),
    );
    cells["Child's Legal Status"] = episode.legalStatus;
    cells['Date of Latest Statutory Review'] = date(
      latestBetween(reviewsByChild.get(child.id) ?? [], period.start, asAt),
    );
    cells['Date of Last IRO Visit / Contact to the Child'] = date(
      latestBetween(contactsByChild.get(child.id) ?? [], period.start, asAt),
    );
    cells['Number of Placements in the Last 12 months'] = String(
      placementsInLastYear(child.episodes, asAt),
    );
    cells['Start Date of Most Recent Placement'] = date(runStart(period, episode, SAME_PLACEMENT));
    cells['Placement Type'] = episode.placementType;
    cells['Allocated Team'] = child.socialWorker.team;
    cells['Allocated Worker'] = child.socialWorker.name;
    rows.push({
      ref: child.childRef,
      row: { childId: child.id, cells: ANNEX_A_LIST_8_COLUMNS.map((column) => cells[column]) },
    });
  }
  rows.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return rows.map((r) => r.row);
}

/** The header row and the rows' cells: what the CSV and the spreadsheet write. */
export function annexAList8Table(rows: readonly AnnexAList8Row[]): string[][] {
  return [[...ANNEX_A_LIST_8_COLUMNS], ...rows.map((row) => row.cells)];
}
