import {
  ageOn,
  birthdayInYear,
  DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
  partsFromDayNumber,
  toDayNumber,
  type IsoDate,
  type LeapDayBirthdayRule,
} from './calendar';
import { DomainError, type DomainErrorCode } from './errors';

/** DfE SSDA903 REVIEW_CODE: how the child participated in the review. */
export type ParticipationCode = 'PN0' | 'PN1' | 'PN2' | 'PN3' | 'PN4' | 'PN5' | 'PN6' | 'PN7';

export const PARTICIPATION_CODES: readonly {
  code: ParticipationCode;
  meaning: string;
  attended: boolean;
  viewsConveyed: boolean;
}[] = Object.freeze([
  {
    code: 'PN0',
    meaning: 'child aged under 4 at the time of the review',
    attended: false,
    viewsConveyed: false,
  },
  {
    code: 'PN1',
    meaning: 'child attends and speaks for themselves',
    attended: true,
    viewsConveyed: true,
  },
  {
    code: 'PN2',
    meaning: 'child attends and an advocate speaks for them',
    attended: true,
    viewsConveyed: true,
  },
  {
    code: 'PN3',
    meaning: 'child attends and conveys their views symbolically (non-verbally)',
    attended: true,
    viewsConveyed: true,
  },
  {
    code: 'PN4',
    meaning:
      'child attends but does not speak, convey views symbolically, or ask an advocate to speak',
    attended: true,
    viewsConveyed: false,
  },
  {
    code: 'PN5',
    meaning: 'child does not attend but briefs an advocate to speak for them',
    attended: false,
    viewsConveyed: true,
  },
  {
    code: 'PN6',
    meaning:
      'child does not attend but conveys their views by a facilitative medium (e.g. consultation form, app)',
    attended: false,
    viewsConveyed: true,
  },
  {
    code: 'PN7',
    meaning: 'child does not attend and their views are not conveyed',
    attended: false,
    viewsConveyed: false,
  },
] as const);

/** How the child took part: councils report in-person against virtual participation. */
export type ParticipationMethod =
  'in-person' | 'virtual' | 'hybrid' | 'via-advocate' | 'consultation-form';

export const PARTICIPATION_METHODS: readonly { method: ParticipationMethod; label: string }[] =
  Object.freeze([
    { method: 'in-person', label: 'In person' },
    { method: 'virtual', label: 'Virtual (video or phone call)' },
    { method: 'hybrid', label: 'Hybrid (some people in the room, some joining online)' },
    { method: 'via-advocate', label: 'Through an advocate' },
    { method: 'consultation-form', label: 'Consultation form or app' },
  ] as const);

const ALL_CODES: readonly ParticipationCode[] = PARTICIPATION_CODES.map((c) => c.code);
const FOUR_AND_OVER_CODES: readonly ParticipationCode[] = ALL_CODES.filter((c) => c !== 'PN0');

export function isParticipationCode(value: unknown): value is ParticipationCode {
  return typeof value === 'string' && (ALL_CODES as readonly string[]).includes(value);
}

/** The age at which PN0 stops and PN1-PN7 start (DfE validator rules 166, 167, 440, 441). */
export const PARTICIPATION_AGE_THRESHOLD = 4;

function fourthBirthday(dateOfBirth: IsoDate, leapDayRule: LeapDayBirthdayRule): IsoDate {
  const born = partsFromDayNumber(toDayNumber(dateOfBirth, 'dateOfBirth'));
  return birthdayInYear(dateOfBirth, born.year + PARTICIPATION_AGE_THRESHOLD, leapDayRule);
}

function checkReviewAfterBirth(dateOfBirth: IsoDate, reviewDate: IsoDate): void {
  if (toDayNumber(reviewDate, 'reviewDate') < toDayNumber(dateOfBirth, 'dateOfBirth')) {
    throw new DomainError(
      'invalid-argument',
      'The review date is before the child was born',
      'reviewDate',
    );
  }
}

/**
 * Under 4 on the review date: PN0 only. 4 or over: PN1-PN7. On the 4th birthday itself the DfE
 * validator accepts either, so all eight codes are allowed.
 */
export function allowedParticipationCodes(
  dateOfBirth: IsoDate,
  reviewDate: IsoDate,
  leapDayRule: LeapDayBirthdayRule = DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
): ParticipationCode[] {
  checkReviewAfterBirth(dateOfBirth, reviewDate);
  if (reviewDate === fourthBirthday(dateOfBirth, leapDayRule)) return [...ALL_CODES];
  return ageOn(dateOfBirth, reviewDate, leapDayRule) < PARTICIPATION_AGE_THRESHOLD
    ? ['PN0']
    : [...FOUR_AND_OVER_CODES];
}

/** Why PN0 is not offered for a child aged 4 or over on the review date (the form's hint). */
export const PN0_AGE_HINT = 'PN0 is only for a child under 4 on the day of the review';
/** Why only PN0 is offered for a child under 4 on the review date. */
export const PN1_TO_PN7_AGE_HINT =
  'PN1 to PN7 are only for a child aged 4 or over on the day of the review';

/**
 * The codes a form offers for the review date typed (null: no usable date yet, so all eight):
 * exactly the codes `participationCodeProblem` accepts, so no code can be picked and then refused.
 */
export function participationCodesToOffer(
  dateOfBirth: IsoDate,
  reviewDate: IsoDate | null,
  leapDayRule: LeapDayBirthdayRule = DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
): ParticipationCode[] {
  if (reviewDate === null || reviewDate < dateOfBirth) return [...ALL_CODES];
  return allowedParticipationCodes(dateOfBirth, reviewDate, leapDayRule);
}

/** What is wrong with a recorded participation code, in words for the person recording it. */
export function participationCodeProblem(
  code: string | null | undefined,
  dateOfBirth: IsoDate,
  reviewDate: IsoDate,
  leapDayRule: LeapDayBirthdayRule = DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
): { code: DomainErrorCode; message: string } | null {
  if (code === null || code === undefined || code.trim() === '') {
    return {
      code: 'invalid-participation-code',
      message: 'Select how the child participated in the review',
    };
  }
  if (!isParticipationCode(code)) {
    return {
      code: 'invalid-participation-code',
      message: `Participation code must be one of PN0 to PN7: got '${code}'`,
    };
  }
  const allowed = allowedParticipationCodes(dateOfBirth, reviewDate, leapDayRule);
  if (allowed.includes(code)) return null;
  if (code === 'PN0') {
    return {
      code: 'participation-code-not-allowed-for-age',
      message: 'PN0 is only for children under 4 on the review date',
    };
  }
  const age = ageOn(dateOfBirth, reviewDate, leapDayRule);
  return {
    code: 'participation-code-not-allowed-for-age',
    message: `PN1 to PN7 are for children aged 4 or over on the review date: this child was ${age === 0 ? 'under 1' : String(age)}`,
  };
}

/** PN1-PN6: the child's views reached the review (the annual report's % participation). */
export function countsAsParticipation(code: ParticipationCode): boolean {
  return code !== 'PN0' && code !== 'PN7';
}
