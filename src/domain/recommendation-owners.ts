// Who can own a review recommendation, for the child's age. The owner is free text (a role or a
// name), so only a role the law ties to an age is checked: a personal adviser is appointed for an
// eligible or relevant child, aged 16 or over (Children Act 1989 Sch. 2 paras 19B-19C and s.23B,
// as inserted by the Children (Leaving Care) Act 2000; Care Planning, Placement and Case Review
// (England) Regulations 2010, Part 7). A younger child has no personal adviser to own an action.
import { ageOn, type IsoDate } from './calendar';

/** The age on the review date from which a personal adviser can own a recommendation. */
export const PERSONAL_ADVISER_FROM_AGE = 16;

/** 'Personal adviser', 'personal advisor', 'Personal Adviser (leaving care)' and the like. */
export function namesPersonalAdviser(owner: string | null | undefined): boolean {
  if (owner === null || owner === undefined) return false;
  const words = owner.trim().toLowerCase().replace(/\s+/g, ' ');
  return /^personal advis[eo]r\b/.test(words);
}

/**
 * What is wrong with a recommendation's owner for the child's age on the review date, in words
 * for the person recording it, or null when it fits (or the date is not known).
 */
export function recommendationOwnerProblem(
  owner: string | null | undefined,
  dateOfBirth: IsoDate,
  heldOn: IsoDate | null,
): string | null {
  if (heldOn === null || heldOn < dateOfBirth || !namesPersonalAdviser(owner)) return null;
  const age = ageOn(dateOfBirth, heldOn);
  if (age >= PERSONAL_ADVISER_FROM_AGE) return null;
  return `A personal adviser is for young people aged ${PERSONAL_ADVISER_FROM_AGE} or over leaving care: this child was ${age === 0 ? 'under 1' : String(age)} on the review date. Enter who else is responsible, for example the social worker`;
}
