// The SSDA903 code lists a care episode is recorded in (DfE, children looked after return), kept
// in one place and named by the collection year they come from. The codes are the DfE's; the short
// descriptions are ours, for screens. Where a description is not settled by the DfE's guide for
// the year we say only what the code is (see src/domain/README.md, "Care episodes").

/** The collection year these lists are taken from: 1 April 2025 to 31 March 2026. */
export const CARE_CODES_COLLECTION_YEAR = '2025-26';

export interface CareCode {
  code: string;
  description: string;
}

/** RNE: why a new episode started. Only S starts a period of care. */
export const REASONS_FOR_NEW_EPISODE: readonly CareCode[] = [
  { code: 'S', description: 'Started to be looked after' },
  { code: 'L', description: 'Change of legal status only' },
  { code: 'P', description: 'Change of placement and carer(s) only' },
  { code: 'T', description: 'Change of both legal status and placement and carer(s)' },
  { code: 'U', description: 'Change of placement, same carer(s)' },
  { code: 'B', description: 'Change of legal status and placement, same carer(s)' },
];

/** LS: legal status (codes from 2022-23 onwards). V3 and V4 are series of short breaks (reg. 48). */
export const LEGAL_STATUSES: readonly CareCode[] = [
  { code: 'C1', description: 'Interim care order' },
  { code: 'C2', description: 'Full care order' },
  { code: 'D1', description: 'Freeing order granted' },
  { code: 'E1', description: 'Placement order granted' },
  { code: 'V2', description: 'Single period of accommodation under section 20' },
  { code: 'V3', description: 'Series of short breaks: individual episodes recorded' },
  { code: 'V4', description: 'Series of short breaks: agreements recorded' },
  { code: 'J1', description: 'Remanded to local authority or youth detention accommodation' },
  { code: 'J2', description: 'Placed under the Police and Criminal Evidence Act 1984' },
  { code: 'J3', description: 'Youth rehabilitation order with residence or fostering' },
  { code: 'L1', description: 'Under police protection, in local authority accommodation' },
  { code: 'L2', description: 'Emergency protection order' },
  { code: 'L3', description: 'Child assessment order, in local authority accommodation' },
];

/** PLACE: placement type (2025-26 list). */
export const PLACEMENT_TYPES: readonly CareCode[] = [
  { code: 'A3', description: 'Placed for adoption with consent, with current foster carer(s)' },
  { code: 'A4', description: 'Placed for adoption with consent, not with current foster carer(s)' },
  {
    code: 'A5',
    description: 'Placed for adoption with placement order, with current foster carer(s)',
  },
  {
    code: 'A6',
    description: 'Placed for adoption with placement order, not with current foster carer(s)',
  },
  { code: 'K1', description: 'Secure children’s home' },
  { code: 'K2', description: 'Children’s home' },
  { code: 'K3', description: 'Placement type K3 (DfE 2025-26 list)' },
  { code: 'P1', description: 'Placed with own parent(s) or others with parental responsibility' },
  { code: 'P3', description: 'Residential employment' },
  { code: 'R1', description: 'Residential care home' },
  {
    code: 'R2',
    description: 'NHS or health trust establishment providing medical or nursing care',
  },
  { code: 'R3', description: 'Family centre or mother and baby unit' },
  { code: 'R5', description: 'Young offender institution or prison' },
  { code: 'S1', description: 'Residential school' },
  { code: 'T0', description: 'Temporary move' },
  { code: 'T1', description: 'Temporary period in hospital' },
  { code: 'T2', description: 'Temporary absence on holiday' },
  { code: 'T3', description: 'Temporary accommodation while foster carer(s) on holiday' },
  { code: 'T4', description: 'Temporary accommodation of seven days or less' },
  { code: 'U1', description: 'Foster placement with relative(s) or friend(s): long term' },
  { code: 'U2', description: 'Foster placement with relative(s) or friend(s): FFA or concurrent' },
  { code: 'U3', description: 'Foster placement with relative(s) or friend(s): other' },
  { code: 'U4', description: 'Foster placement with other foster carer(s): long term' },
  { code: 'U5', description: 'Foster placement with other foster carer(s): FFA or concurrent' },
  { code: 'U6', description: 'Foster placement with other foster carer(s): other' },
  { code: 'Z11', description: 'Placement type Z11 (DfE 2025-26 list)' },
  { code: 'Z12', description: 'Placement type Z12 (DfE 2025-26 list)' },
  { code: 'Z13', description: 'Placement type Z13 (DfE 2025-26 list)' },
  { code: 'Z14', description: 'Placement type Z14 (DfE 2025-26 list)' },
];

/** X1: the episode ends and another begins the same day; the child is still looked after. */
export const EPISODE_CONTINUES = 'X1';

/** REC: why an episode ceased. Every code but X1 means the child left care on that day. */
export const REASONS_EPISODE_CEASED: readonly CareCode[] = [
  { code: 'E11', description: 'Adopted: application unopposed' },
  { code: 'E12', description: 'Adopted: consent dispensed with by the court' },
  {
    code: 'E13',
    description: 'Left care to live with parent(s), relative(s) or others without PR',
  },
  { code: 'E14', description: 'Accommodation on remand ended' },
  { code: 'E15', description: 'Age assessment found the child to be 18 or over' },
  { code: 'E16', description: 'Moved abroad' },
  { code: 'E17', description: 'Aged 18 or over and stayed with current carers (staying put)' },
  { code: 'E2', description: 'Died' },
  { code: 'E3', description: 'Care taken over by another local authority' },
  { code: 'E4A', description: 'Returned home as part of the care plan' },
  { code: 'E4B', description: 'Returned home, not as part of the care plan' },
  { code: 'E41', description: 'Child arrangements (residence) order granted' },
  {
    code: 'E45',
    description: 'Special guardianship order: former foster carer, relative or friend',
  },
  { code: 'E46', description: 'Special guardianship order: former foster carer, other' },
  { code: 'E47', description: 'Special guardianship order: other carer, relative or friend' },
  { code: 'E48', description: 'Special guardianship order: other carer, not relative or friend' },
  { code: 'E5', description: 'Moved to independent living with formal support' },
  { code: 'E6', description: 'Moved to independent living without formal support' },
  { code: 'E7', description: 'Transferred to residential care funded by adult social care' },
  { code: 'E8', description: 'Period of care ended for another reason' },
  { code: 'E9', description: 'Sentenced to custody' },
  { code: EPISODE_CONTINUES, description: 'Episode ends and a new one begins the same day' },
];

/** The leaving reasons: every REC but X1. */
export const REASONS_LEFT_CARE: readonly CareCode[] = REASONS_EPISODE_CEASED.filter(
  (reason) => reason.code !== EPISODE_CONTINUES,
);

function lookup(list: readonly CareCode[]): ReadonlyMap<string, string> {
  return new Map(list.map((entry) => [entry.code, entry.description]));
}

const RNE = lookup(REASONS_FOR_NEW_EPISODE);
const LS = lookup(LEGAL_STATUSES);
const PLACE = lookup(PLACEMENT_TYPES);
const REC = lookup(REASONS_EPISODE_CEASED);

export const isReasonForNewEpisode = (code: string): boolean => RNE.has(code);
export const isLegalStatus = (code: string): boolean => LS.has(code);
export const isPlacementType = (code: string): boolean => PLACE.has(code);
export const isReasonEpisodeCeased = (code: string): boolean => REC.has(code);

/** "C2: Full care order"; the code alone when it is not in the list. */
export function describeCode(
  kind: 'reasonForNewEpisode' | 'legalStatus' | 'placementType' | 'reasonEnded',
  code: string,
): string {
  const list = {
    reasonForNewEpisode: RNE,
    legalStatus: LS,
    placementType: PLACE,
    reasonEnded: REC,
  };
  const description = list[kind].get(code);
  return description === undefined ? code : `${code}: ${description}`;
}

// ---------------------------------------------------------------------------------------------
// The code lists by collection year, as the SSDA903 checks read them (DfE rules 143, 144, 146,
// 149 and 167). One entry per year; a year whose list is not known to differ from the one before
// names the same lists (see src/domain/README.md, "Code lists by year").
// ---------------------------------------------------------------------------------------------

/** The collection years the tracker has code lists for. */
export const SSDA903_CODE_YEARS = ['2024-25', '2025-26', '2026-27'] as const;
export type Ssda903CodeYear = (typeof SSDA903_CODE_YEARS)[number];

/** The codes a cell may hold, by column. */
export interface Ssda903CodeList {
  /** RNE (rule 143). */
  reasonForNewEpisode: readonly string[];
  /** LS (rule 144). */
  legalStatus: readonly string[];
  /** PLACE (rule 146). */
  placementType: readonly string[];
  /** REC (rule 149), X1 included. */
  reasonEpisodeCeased: readonly string[];
  /** REVIEW_CODE (rule 167). */
  reviewCode: readonly string[];
}

const codesOf = (list: readonly CareCode[]): readonly string[] =>
  Object.freeze(list.map((entry) => entry.code));

/** PN0-PN7: the DfE's participation codes (their meanings are in participation.ts). */
const REVIEW_CODES: readonly string[] = Object.freeze([
  'PN0',
  'PN1',
  'PN2',
  'PN3',
  'PN4',
  'PN5',
  'PN6',
  'PN7',
]);

const CODES_2025_26: Ssda903CodeList = Object.freeze({
  reasonForNewEpisode: codesOf(REASONS_FOR_NEW_EPISODE),
  legalStatus: codesOf(LEGAL_STATUSES),
  placementType: codesOf(PLACEMENT_TYPES),
  reasonEpisodeCeased: codesOf(REASONS_EPISODE_CEASED),
  reviewCode: REVIEW_CODES,
});

/**
 * 2024-25 differs only in PLACE: it still had H5 (semi-independent living accommodation), P2
 * (independent living) and Z1 (other placements), which 2025-26 retired (Z1 became Z11-Z14).
 * It is here for history: episodes a tracker already holds, and returns read without a year.
 */
const CODES_2024_25: Ssda903CodeList = Object.freeze({
  ...CODES_2025_26,
  placementType: Object.freeze(
    [
      ...CODES_2025_26.placementType.filter((code) => !/^Z1\d$/.test(code)),
      'H5',
      'P2',
      'Z1',
    ].sort(),
  ),
});

/**
 * The lists by year. 2026-27: no published change is known to us, so it names the 2025-26 lists;
 * when the DfE publishes the 2026-27 specification, give it its own entry here.
 */
export const SSDA903_CODE_LISTS: Readonly<Record<Ssda903CodeYear, Ssda903CodeList>> = Object.freeze(
  {
    '2024-25': CODES_2024_25,
    '2025-26': CODES_2025_26,
    '2026-27': CODES_2025_26,
  },
);

const union = (pick: (list: Ssda903CodeList) => readonly string[]): readonly string[] =>
  Object.freeze([...new Set(Object.values(SSDA903_CODE_LISTS).flatMap(pick))]);

/**
 * Every code of every year above: what a return read without a collection year may hold (its
 * episodes can go back years). A code in no year's list (LS 'ZZ', PLACE 'Q9') is refused either way.
 */
export const SSDA903_CODES_ANY_YEAR: Ssda903CodeList = Object.freeze({
  reasonForNewEpisode: union((list) => list.reasonForNewEpisode),
  legalStatus: union((list) => list.legalStatus),
  placementType: union((list) => list.placementType),
  reasonEpisodeCeased: union((list) => list.reasonEpisodeCeased),
  reviewCode: union((list) => list.reviewCode),
});

export const isSsda903CodeYear = (label: string): label is Ssda903CodeYear =>
  (SSDA903_CODE_YEARS as readonly string[]).includes(label);

/** The lists for a collection year label ('2025-26'); the current year's for any other label. */
export function ssda903CodeList(year?: string): Ssda903CodeList {
  const label = year ?? CARE_CODES_COLLECTION_YEAR;
  return isSsda903CodeYear(label) ? SSDA903_CODE_LISTS[label] : CODES_2025_26;
}
