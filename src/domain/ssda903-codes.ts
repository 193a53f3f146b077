// The codes of the SSDA903 return the tracker checks or fills in: RNE (reason for new episode) and
// REVIEW_CODE (the child's participation, PN0-PN7).
import { birthdayInYear, type IsoDate } from './calendar';
import {
  PARTICIPATION_AGE_THRESHOLD,
  type ParticipationCode,
  type ParticipationMethod,
} from './participation';
import { REASONS_CONTINUING_PERIOD_OF_CARE, REASONS_STARTING_PERIOD_OF_CARE } from './schedule';

/** Every RNE an episode may have: S starts a period of care, P, L, T, U and B continue it. */
export const RNE_CODES: readonly string[] = [
  ...REASONS_STARTING_PERIOD_OF_CARE,
  ...REASONS_CONTINUING_PERIOD_OF_CARE,
];

/**
 * The DfE rule (participation.ts, validator rules 166, 167, 440, 441): under 4 on the review date
 * PN0 only, 4 or over PN1-PN7, either on the 4th birthday itself. Being under 4 is being before
 * the 4th birthday, so one birthday per date of birth (cached) answers every review quickly; a test
 * checks it against participationCodeProblem.
 */
export function codeFitsAge(
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
