// Seeded reviews are held on working days and never after today. The dates are drawn as they
// always were (every later draw follows them, so nothing else moves) and then each is moved, with
// no draw, to the working day on or before it, or the one after when only that fits.
import {
  addDays,
  compareDates,
  nextReviewDue,
  participationCodeProblem,
  workingDaysBetween,
  type IsoDate,
  type ReviewRuleSet,
} from '@/domain';
import type { Child, Review } from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { maxDate, minDate } from './context';
import { ownerFor } from './reviews';
import { workingDayOnOrAfter, workingDayOnOrBefore } from './working-dates';

export interface HeldPeriod {
  start: IsoDate;
  end: IsoDate | null;
  reviews: IsoDate[];
}

/** Where a due date falls: past, within the at-risk window, or later (the child's state). */
function band(due: IsoDate, today: IsoDate, atRiskWorkingDays: number): number {
  if (compareDates(due, today) < 0) return 0;
  return workingDaysBetween(today, due, calendar) <= atRiskWorkingDays ? 1 : 2;
}

function moveReview(review: Review, child: Child, heldOn: IsoDate): void {
  review.heldOn = heldOn;
  if (review.recordOfReviewCompletedOn === null) review.recordedAt = `${heldOn}T16:30:00.000Z`;
  for (const recommendation of review.recommendations) {
    recommendation.owner = ownerFor(recommendation.owner, child.dateOfBirth, heldOn);
    if (recommendation.completedOn !== null) {
      recommendation.completedOn = maxDate(recommendation.completedOn, heldOn);
    }
  }
}

/**
 * Moves the child's reviews (in the order of `periods`, as drawn) onto working days and returns
 * the periods with the dates they are held on. A review stays after the one before it and in its
 * period, its participation code fits the child's age that day, and the current period's last
 * review keeps the next due date on the same side of today and of the at-risk window.
 */
export function holdReviewsOnWorkingDays(
  child: Child,
  reviews: readonly Review[],
  periods: readonly HeldPeriod[],
  rules: ReviewRuleSet,
  today: IsoDate,
  atRiskWorkingDays: number,
): HeldPeriod[] {
  let index = 0;
  return periods.map((period, p) => {
    const held: IsoDate[] = [];
    const drawnDue = nextReviewDue(
      { becameLookedAfter: period.start, reviews: period.reviews },
      calendar,
      rules,
    ).due;
    period.reviews.forEach((drawn, j) => {
      const review = reviews[index++];
      if (review === undefined) return;
      const before = held[held.length - 1] ?? null;
      // Never today: a review recorded today (as the demo and the tests do) must find the day free.
      const latest = minDate(addDays(today, -1), period.end ?? today);
      const fits = (date: IsoDate) =>
        compareDates(date, period.start) >= 0 &&
        (before === null || compareDates(date, before) > 0) &&
        compareDates(date, latest) <= 0 &&
        compareDates(date, child.dateOfBirth) >= 0 &&
        participationCodeProblem(review.participationCode, child.dateOfBirth, date) === null;
      let candidates = [
        workingDayOnOrBefore(minDate(drawn, latest)),
        workingDayOnOrAfter(before === null ? drawn : maxDate(drawn, addDays(before, 1))),
      ].filter(fits);
      const lastOfCurrent = p === periods.length - 1 && j === period.reviews.length - 1;
      if (lastOfCurrent) {
        const keepsState = candidates.filter((date) => {
          const due = nextReviewDue(
            { becameLookedAfter: period.start, reviews: [...held, date] },
            calendar,
            rules,
          ).due;
          return band(due, today, atRiskWorkingDays) === band(drawnDue, today, atRiskWorkingDays);
        });
        if (keepsState.length > 0) candidates = keepsState;
      }
      const heldOn = candidates[0] ?? drawn;
      moveReview(review, child, heldOn);
      held.push(heldOn);
    });
    return { start: period.start, end: period.end, reviews: held };
  });
}
