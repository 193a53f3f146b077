// Checking the annual report's records before anything is counted: a report should not quietly
// leave out a record it cannot count, so each one that does not make sense throws DomainError with
// the field it came from. Then each review gets its due date from the domain's review cycle.
import {
  dayNumberOrNaN,
  formatDayNumber,
  fromDayNumber,
  toDayNumber,
  type IsoDate,
} from './calendar';
import { DomainError } from './errors';
import {
  isParticipationCode,
  PARTICIPATION_METHODS,
  type ParticipationMethod,
} from './participation';
import type { ReportChild, ReportReview } from './report-types';
import { reviewHistory, STANDARD_REVIEW_RULES, type ReviewRuleSet } from './schedule';
import type { HolidaySource } from './working-days';

export function invalid(message: string, field: string): DomainError {
  return new DomainError('invalid-argument', message, field);
}

function isList(value: unknown): boolean {
  return Array.isArray(value);
}

export function optionalDay(value: IsoDate | null | undefined, field: string): number | null {
  return value === null || value === undefined ? null : toDayNumber(value, field);
}

interface CheckedPeriod {
  start: number;
  /** Inclusive; Infinity while open. */
  end: number;
  startDate: IsoDate;
  rules: ReviewRuleSet;
}

export interface CheckedChild {
  child: ReportChild;
  periods: CheckedPeriod[];
}

export function checkChildren(children: readonly ReportChild[]): Map<string, CheckedChild> {
  const byId = new Map<string, CheckedChild>();
  children.forEach((child, i) => {
    const field = `children[${i}]`;
    if (typeof child.id !== 'string' || child.id === '') {
      throw invalid('Every child needs an id', `${field}.id`);
    }
    if (byId.has(child.id)) throw invalid(`Two children have the id '${child.id}'`, `${field}.id`);
    toDayNumber(child.dateOfBirth, `${field}.dateOfBirth`);
    if (!isList(child.periods)) {
      throw invalid('periods must be a list of periods of care', `${field}.periods`);
    }
    const periods = child.periods
      .map((p, j): CheckedPeriod => {
        const start = toDayNumber(p.start, `${field}.periods[${j}].start`);
        const end = optionalDay(p.end, `${field}.periods[${j}].end`) ?? Infinity;
        if (end < start) {
          throw invalid(
            `A period of care ends before it starts (child '${child.id}')`,
            `${field}.periods[${j}].end`,
          );
        }
        return { start, end, startDate: p.start, rules: p.ruleSet ?? STANDARD_REVIEW_RULES };
      })
      .sort((a, b) => a.start - b.start);
    for (let j = 1; j < periods.length; j++) {
      const previous = periods[j - 1];
      const current = periods[j];
      // A new period may start on the day the previous one ended, but not before.
      if (previous !== undefined && current !== undefined && current.start < previous.end) {
        throw invalid(
          `Child '${child.id}' has periods of care that overlap (one starts on ${formatDayNumber(current.start)})`,
          `${field}.periods`,
        );
      }
    }
    byId.set(child.id, { child, periods });
  });
  return byId;
}

/** Looked after on the day: a period started on or before it and had not ended before it. */
export function lookedAfterOn(child: CheckedChild, day: number): boolean {
  return child.periods.some((p) => p.start <= day && p.end >= day);
}

/** The latest-starting period containing the day (periods may touch on one day). */
function periodIndexOn(child: CheckedChild, day: number): number {
  for (let j = child.periods.length - 1; j >= 0; j--) {
    const p = child.periods[j];
    if (p !== undefined && p.start <= day && p.end >= day) return j;
  }
  return -1;
}

/** The ways a child may take part, in the order the report lists them. */
export const METHODS: readonly ParticipationMethod[] = PARTICIPATION_METHODS.map((m) => m.method);

/** A review whose records make sense, placed in one of the child's periods of care. */
interface PlacedReview {
  review: ReportReview;
  /** Its place in the input, to give the reviews back in that order. */
  index: number;
  held: number;
  child: CheckedChild;
  periodIndex: number;
}

/** A placed review with its due date. */
export interface CheckedReview extends PlacedReview {
  /** The review's number in its period of care (1 = first). */
  sequence: number;
  due: IsoDate;
  inTimescale: boolean;
  daysLate: number;
  dueReason: string;
}
/** A review's date as a day number; the field is named (`reviews[3].heldOn`) only if it is refused. */
function reviewDay(value: IsoDate, index: number, name: string): number {
  const day = dayNumberOrNaN(value);
  return Number.isNaN(day) ? toDayNumber(value, `reviews[${index}].${name}`) : day;
}

function optionalReviewDay(
  value: IsoDate | null | undefined,
  index: number,
  name: string,
): number | null {
  return value === null || value === undefined ? null : reviewDay(value, index, name);
}

export function checkReviews(
  reviews: readonly ReportReview[],
  children: Map<string, CheckedChild>,
): PlacedReview[] {
  const seen = new Map<CheckedChild, Set<number>>();
  return reviews.map((review, index) => {
    // Named only when a record is refused: built for each of 65,000 reviews, the field names
    // were a tenth of the checks' time.
    const field = () => `reviews[${index}]`;
    const held = reviewDay(review.heldOn, index, 'heldOn');
    const child = children.get(review.childId);
    if (child === undefined) {
      throw invalid(
        `The review on ${review.heldOn} is for an unknown child '${review.childId}'`,
        `${field()}.childId`,
      );
    }
    let days = seen.get(child);
    if (days === undefined) {
      days = new Set();
      seen.set(child, days);
    }
    if (days.has(held)) {
      throw new DomainError(
        'duplicate-review-date',
        `Child '${review.childId}' has two reviews on ${formatDayNumber(held)}`,
        field(),
      );
    }
    days.add(held);
    const periodIndex = periodIndexOn(child, held);
    if (periodIndex < 0) {
      throw invalid(
        `The review on ${formatDayNumber(held)} for child '${review.childId}' is not within any of their periods of care`,
        `${field()}.heldOn`,
      );
    }
    if (!isParticipationCode(review.participationCode)) {
      throw new DomainError(
        'invalid-participation-code',
        `Participation code must be one of PN0 to PN7: got '${String(review.participationCode)}'`,
        `${field()}.participationCode`,
      );
    }
    const method: unknown = review.participationMethod;
    if (method !== null && !(METHODS as readonly unknown[]).includes(method)) {
      throw invalid(
        `Participation method must be one of ${METHODS.join(', ')}: got ${JSON.stringify(method)}`,
        `${field()}.participationMethod`,
      );
    }
    const record = optionalReviewDay(
      review.recordOfReviewCompletedOn,
      index,
      'recordOfReviewCompletedOn',
    );
    if (record !== null && record < held) {
      throw invalid(
        'The record of the review cannot be completed before the review was held',
        `${field()}.recordOfReviewCompletedOn`,
      );
    }
    const sent = optionalReviewDay(review.decisionsSentOn, index, 'decisionsSentOn');
    const signedOff = optionalReviewDay(review.managerSignOffOn, index, 'managerSignOffOn');
    if (sent !== null && signedOff !== null && signedOff < sent) {
      throw invalid(
        'The manager cannot sign off the decisions before they were sent',
        `${field()}.managerSignOffOn`,
      );
    }
    return { review, index, held, child, periodIndex };
  });
}

/**
 * Due dates from the domain's review cycle, over each period of care (all reviews, any year).
 * With `counted`, only the reviews held on a day it accepts are given back, and a period of care
 * none of whose reviews is counted is not worked through at all (a year's report of many years).
 */
export function withTimeliness(
  reviews: readonly PlacedReview[],
  holidays: HolidaySource,
  counted: (day: number) => boolean = () => true,
): CheckedReview[] {
  // Each child's reviews by period of care (the result is put back in input order at the end).
  // (Sparse: a child may have reviews in their second period of care and none in their first.)
  const groups = new Map<CheckedChild, (PlacedReview[] | undefined)[]>();
  for (const r of reviews) {
    let periods = groups.get(r.child);
    if (periods === undefined) {
      periods = [];
      groups.set(r.child, periods);
    }
    const group = periods[r.periodIndex];
    if (group === undefined) periods[r.periodIndex] = [r];
    else group.push(r);
  }
  const result: CheckedReview[] = [];
  for (const periods of groups.values()) {
    for (const group of periods) {
      const first = group?.[0];
      if (group === undefined || first === undefined || !group.some((r) => counted(r.held))) {
        continue;
      }
      const period = first.child.periods[first.periodIndex];
      if (period === undefined) continue;
      const history = reviewHistory(
        { becameLookedAfter: period.startDate, reviews: group.map((r) => fromDayNumber(r.held)) },
        holidays,
        period.rules,
      );
      for (const r of group) {
        if (!counted(r.held)) continue;
        // A period of care holds a few reviews: a search beats building a map for each.
        const heldOn = fromDayNumber(r.held);
        const h = history.find((entry) => entry.held === heldOn);
        if (h === undefined) continue;
        result.push({
          review: r.review,
          index: r.index,
          held: r.held,
          child: r.child,
          periodIndex: r.periodIndex,
          sequence: h.sequence,
          due: h.due,
          inTimescale: h.inTimescale,
          daysLate: h.daysLate,
          dueReason: h.reason,
        });
      }
    }
  }
  return result.sort((a, b) => a.index - b.index);
}
