// The annual report's participation figures: the child's DfE participation code (PN0-PN7) and how
// they took part, review by review.
import { ageOn } from './calendar';
import {
  countsAsParticipation,
  PARTICIPATION_AGE_THRESHOLD,
  PARTICIPATION_CODES,
} from './participation';
import { ratio } from './report-percent';
import type { ReportContext } from './report-context';
import { METHODS } from './report-records';
import type { AnnualReportFigures, ParticipationMethodOrNotRecorded } from './report-types';

/** How many of `values` are each of `keys`, in the order of `keys` (0 for those not found). */
function countEach<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

export function participationFigures(
  ctx: ReportContext,
): Pick<
  AnnualReportFigures,
  'participationByCode' | 'participation' | 'participationIncludingUnder4s' | 'participationMethods'
> {
  const { reviews, settings } = ctx;
  const held = reviews.length;
  const byCode = countEach(
    PARTICIPATION_CODES.map((c) => c.code),
    reviews.map((r) => r.review.participationCode),
  );
  const agedFourPlus = reviews.filter(
    (r) =>
      ageOn(r.child.child.dateOfBirth, r.review.heldOn, settings.leapDayRule) >=
      PARTICIPATION_AGE_THRESHOLD,
  );
  const participated = agedFourPlus.filter((r) =>
    countsAsParticipation(r.review.participationCode),
  );
  const participatedOrUnder4 = reviews.filter(
    (r) =>
      r.review.participationCode === 'PN0' || countsAsParticipation(r.review.participationCode),
  );
  const methods = countEach<ParticipationMethodOrNotRecorded>(
    [...METHODS, 'not-recorded'],
    reviews.map((r) => r.review.participationMethod ?? 'not-recorded'),
  );
  return {
    participationByCode: {
      label: 'Reviews by participation code',
      value: byCode,
      definition: `Reviews held in the period by the child's DfE participation code (SSDA903 REVIEW_CODE, PN0 to PN7). The counts add up to the reviews held.`,
    },
    participation: {
      label: 'Participation (children aged 4 or over)',
      value: ratio(participated.length, agedFourPlus.length),
      definition: `Reviews coded PN1 to PN6 (the child's views reached the review), out of reviews of children aged 4 or over on the day of the review. A child on their 4th birthday is aged 4, so their review is counted here whichever code it has.`,
    },
    participationIncludingUnder4s: {
      label: 'Reviews where the child participated or was under 4',
      value: ratio(participatedOrUnder4.length, held),
      definition: `Reviews coded PN0 or PN1 to PN6, out of all reviews held. PN0 (a child under 4) is counted in the top line not because the child took part but because a child under 4 cannot be expected to, so only PN7 (views not conveyed) counts against this figure. It is not the DfE participation measure: see "Participation (children aged 4 or over)".`,
    },
    participationMethods: {
      label: 'How children took part',
      value: methods,
      definition: `Reviews held in the period by the way the child took part: in person, virtually, hybrid, through an advocate or by consultation form or app, or not recorded. The counts add up to the reviews held.`,
    },
  };
}
