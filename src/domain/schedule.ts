import {
  addDays,
  addMonthsToDayNumber,
  compareDates,
  dayNumberOrNaN,
  daysBetween,
  formatDate,
  formatDayNumber,
  fromDayNumber,
  toDayNumber,
  type IsoDate,
} from './calendar';
import { DomainError } from './errors';
import { toCalendar, type HolidaySource } from './working-days';

export type ReviewKind = 'first' | 'second' | 'subsequent';

export interface ReviewRuleSet {
  id: 'standard' | 'short-breaks';
  label: string;
  firstReview: { unit: 'working-days' | 'months'; amount: number };
  secondReviewMonths: number | null;
  subsequentReviewMonths: number;
}

/**
 * Care Planning, Placement and Case Review (England) Regulations 2010, reg. 33: first review within
 * 20 working days of becoming looked after, the second not more than 3 months after the first,
 * each later one not more than 6 months after the previous.
 */
export const STANDARD_REVIEW_RULES: ReviewRuleSet = Object.freeze({
  id: 'standard',
  label: 'Standard review cycle (reg. 33)',
  firstReview: Object.freeze({ unit: 'working-days', amount: 20 }),
  secondReviewMonths: 3,
  subsequentReviewMonths: 6,
});

/**
 * Reg. 48 (series of short breaks): first review within 3 months of the first short break
 * (becameLookedAfter is read as the date of the first short break), then every 6 months.
 */
export const SHORT_BREAK_REVIEW_RULES: ReviewRuleSet = Object.freeze({
  id: 'short-breaks',
  label: 'Series of short breaks (reg. 48)',
  firstReview: Object.freeze({ unit: 'months', amount: 3 }),
  secondReviewMonths: null,
  subsequentReviewMonths: 6,
});

/** SSDA903 legal statuses V3 and V4 are series of short breaks (reg. 48). */
export const SHORT_BREAK_LEGAL_STATUSES: readonly string[] = Object.freeze(['V3', 'V4']);

export function isShortBreakLegalStatus(legalStatus: string): boolean {
  return SHORT_BREAK_LEGAL_STATUSES.includes(legalStatus.trim().toUpperCase());
}

export function reviewRulesForLegalStatus(legalStatus: string): ReviewRuleSet {
  return isShortBreakLegalStatus(legalStatus) ? SHORT_BREAK_REVIEW_RULES : STANDARD_REVIEW_RULES;
}

/** One period of care: when it started and the reviews held in it, in any order. */
export interface EpisodeOfCare {
  becameLookedAfter: IsoDate;
  reviews: readonly IsoDate[];
}

export interface ReviewDue {
  due: IsoDate;
  kind: ReviewKind;
  /** 1 = first review. */
  sequence: number;
  /** The date the interval runs from: becoming looked after, or the previous review held. */
  countedFrom: IsoDate;
  reason: string;
}

function isList(value: unknown): boolean {
  return Array.isArray(value);
}

function plural(amount: number, word: string): string {
  return `${amount} ${word}${amount === 1 ? '' : 's'}`;
}

function assertWholeAmount(amount: number | null, field: string): void {
  if (amount !== null && (!Number.isInteger(amount) || amount < 0)) {
    throw new DomainError(
      'invalid-argument',
      `${field} must be a whole number of 0 or more`,
      field,
    );
  }
}

function assertRules(rules: ReviewRuleSet): void {
  assertWholeAmount(rules.firstReview.amount, 'rules.firstReview.amount');
  assertWholeAmount(rules.secondReviewMonths, 'rules.secondReviewMonths');
  assertWholeAmount(rules.subsequentReviewMonths, 'rules.subsequentReviewMonths');
}

/**
 * Validates an episode and returns its reviews as sorted day numbers. Throws rather than guessing:
 * a review before the child became looked after belongs to another period of care, and two reviews
 * on one day is a duplicated record.
 */
function sortedReviewDays(episode: EpisodeOfCare): { start: number; reviews: number[] } {
  const start = toDayNumber(episode.becameLookedAfter, 'becameLookedAfter');
  const given = episode.reviews;
  if (!isList(given)) {
    throw new DomainError('invalid-argument', 'reviews must be a list of dates', 'reviews');
  }
  const reviews: number[] = [];
  for (let i = 0; i < given.length; i++) {
    const date = given[i] ?? '';
    let day = dayNumberOrNaN(date);
    if (Number.isNaN(day)) day = toDayNumber(date, `reviews[${i}]`);
    if (day < start) {
      throw new DomainError(
        'review-before-looked-after',
        `The review on ${formatDate(date)} is before the child became looked after on ${formatDate(episode.becameLookedAfter)}`,
        `reviews[${i}]`,
      );
    }
    // Insertion sort: a child has a handful of reviews per period of care, usually in order.
    let j = reviews.length;
    while (j > 0 && (reviews[j - 1] ?? 0) > day) {
      reviews[j] = reviews[j - 1] ?? 0;
      j--;
    }
    if (j > 0 && reviews[j - 1] === day) {
      throw new DomainError(
        'duplicate-review-date',
        `There are two reviews on ${formatDate(date)}`,
        `reviews[${i}]`,
      );
    }
    reviews[j] = day;
  }
  return { start, reviews };
}

/** The due date of review number heldCount + 1, given the first heldCount reviews (sorted). */
function dueAfter(
  start: number,
  reviews: readonly number[],
  heldCount: number,
  holidays: HolidaySource,
  rules: ReviewRuleSet,
): ReviewDue {
  const sequence = heldCount + 1;
  if (heldCount === 0) {
    const countedFrom = fromDayNumber(start);
    const { unit, amount } = rules.firstReview;
    if (unit === 'working-days') {
      // The day of becoming looked after is day 0; the due date is the 20th working day after it.
      return {
        due: fromDayNumber(toCalendar(holidays).addWorkingDaysToDayNumber(start, amount)),
        kind: 'first',
        sequence,
        countedFrom,
        reason: `${plural(amount, 'working day')} after becoming looked after on ${formatDayNumber(start)}`,
      };
    }
    const firstEvent =
      rules.id === 'short-breaks' ? 'the first short break' : 'becoming looked after';
    return {
      due: fromDayNumber(addMonthsToDayNumber(start, amount)),
      kind: 'first',
      sequence,
      countedFrom,
      reason: `${plural(amount, 'month')} after ${firstEvent} on ${formatDayNumber(start)}`,
    };
  }
  // Every later interval runs from the date the previous review was actually held, whether it was
  // held early, on time or late (reg. 33(2)(b)-(c); a review brought forward restarts the clock).
  const previous = reviews[heldCount - 1] ?? start;
  if (heldCount === 1 && rules.secondReviewMonths !== null) {
    return {
      due: fromDayNumber(addMonthsToDayNumber(previous, rules.secondReviewMonths)),
      kind: 'second',
      sequence,
      countedFrom: fromDayNumber(previous),
      reason: `${plural(rules.secondReviewMonths, 'month')} after the first review held on ${formatDayNumber(previous)}`,
    };
  }
  // Short breaks have no 3-month second review: the second review is already on the 6-monthly
  // cycle, so its kind is 'subsequent' (the kind names the rule applied, not the position).
  const months = rules.subsequentReviewMonths;
  const which = heldCount === 1 ? 'the first review' : 'the review';
  return {
    due: fromDayNumber(addMonthsToDayNumber(previous, months)),
    kind: 'subsequent',
    sequence,
    countedFrom: fromDayNumber(previous),
    reason: `${plural(months, 'month')} after ${which} held on ${formatDayNumber(previous)}`,
  };
}

/**
 * When the next statutory review is due. A due date is never moved off a weekend or bank holiday:
 * only the 20-working-day count skips them.
 */
export function nextReviewDue(
  episode: EpisodeOfCare,
  holidays: HolidaySource,
  rules: ReviewRuleSet = STANDARD_REVIEW_RULES,
): ReviewDue {
  assertRules(rules);
  const { start, reviews } = sortedReviewDays(episode);
  return dueAfter(start, reviews, reviews.length, holidays, rules);
}

export interface HeldReview {
  held: IsoDate;
  due: IsoDate;
  kind: ReviewKind;
  sequence: number;
  /** Held on or before its due date. */
  inTimescale: boolean;
  /** Calendar days after the due date; 0 when in timescale. */
  daysLate: number;
  reason: string;
}

/** Every review held in the period of care, sorted by date, with the date it was due. */
export function reviewHistory(
  episode: EpisodeOfCare,
  holidays: HolidaySource,
  rules: ReviewRuleSet = STANDARD_REVIEW_RULES,
): HeldReview[] {
  assertRules(rules);
  const { start, reviews } = sortedReviewDays(episode);
  return reviews.map((heldDay, i) => {
    const due = dueAfter(start, reviews, i, holidays, rules);
    const held = fromDayNumber(heldDay);
    const late = heldDay - toDayNumber(due.due);
    return {
      held,
      due: due.due,
      kind: due.kind,
      sequence: due.sequence,
      inTimescale: late <= 0,
      daysLate: Math.max(0, late),
      reason: due.reason,
    };
  });
}

/**
 * How the midpoint of an interval with an odd number of days is rounded. The midpoint check is
 * practice (IRO Handbook), not regulation, so no rule exists; 'down' keeps the check on the
 * earlier day, which never leaves less time before the review.
 */
export type MidpointRounding = 'down' | 'up';
export const DEFAULT_MIDPOINT_ROUNDING: MidpointRounding = 'down';

export interface MidpointDue {
  due: IsoDate;
  intervalStart: IsoDate;
  reviewDue: IsoDate;
  reason: string;
}

/**
 * The IRO's midpoint check: halfway (in calendar days) between the last review held (or becoming
 * looked after) and the next review's due date. Like review due dates it is not moved off weekends.
 */
export function midpointCheckDue(
  episode: EpisodeOfCare,
  holidays: HolidaySource,
  rules: ReviewRuleSet = STANDARD_REVIEW_RULES,
  rounding: MidpointRounding = DEFAULT_MIDPOINT_ROUNDING,
): MidpointDue {
  const next = nextReviewDue(episode, holidays, rules);
  const intervalStart = next.countedFrom;
  const length = daysBetween(intervalStart, next.due);
  const half = rounding === 'down' ? Math.floor(length / 2) : Math.ceil(length / 2);
  const since =
    next.sequence === 1
      ? rules.id === 'short-breaks'
        ? `the first short break on ${formatDate(intervalStart)}`
        : `becoming looked after on ${formatDate(intervalStart)}`
      : `the review held on ${formatDate(intervalStart)}`;
  return {
    due: addDays(intervalStart, half),
    intervalStart,
    reviewDue: next.due,
    reason: `Halfway between ${since} and the review due on ${formatDate(next.due)}`,
  };
}

/** SSDA903 RNE (reason for new episode). 'S' starts a new period of care; P, L, T, U, B continue it. */
export type ReasonForNewEpisode = string;

export const REASONS_STARTING_PERIOD_OF_CARE: readonly string[] = Object.freeze(['S']);
export const REASONS_CONTINUING_PERIOD_OF_CARE: readonly string[] = Object.freeze([
  'P',
  'L',
  'T',
  'U',
  'B',
]);

export interface EpisodeRecord {
  start: IsoDate;
  end?: IsoDate | null;
  reasonForNewEpisode: ReasonForNewEpisode;
  legalStatus?: string;
  /**
   * SSDA903 REC, why the episode ceased: X1 (a new episode begins the same day) continues the
   * period; any other code means the child left care on `end`, so the period ends there.
   */
  reasonEnded?: string | null;
}

export interface PeriodOfCare {
  start: IsoDate;
  end: IsoDate | null;
  episodes: EpisodeRecord[];
}

/**
 * Whether a gap between episodes (the previous one ended before this one starts) starts a new
 * period of care even when the RNE says the period continues. In a correct SSDA903 return an
 * episode continuing the period starts on the day the previous one ended, so a gap means the child
 * left care; treating it as a new period restarts the 20-working-day clock, which is the cautious
 * reading (it can only bring the next review forward).
 */
export const DEFAULT_GAP_STARTS_NEW_PERIOD_OF_CARE = true;

export interface GroupIntoPeriodsOptions {
  gapStartsNewPeriod?: boolean;
}

/**
 * Groups SSDA903 episodes into periods of care, in date order. The earliest episode always starts
 * a period (whatever its RNE: the child's earlier history may be outside the data).
 */
export function groupIntoPeriodsOfCare(
  episodes: readonly EpisodeRecord[],
  options: GroupIntoPeriodsOptions = {},
): PeriodOfCare[] {
  const gapStartsNewPeriod = options.gapStartsNewPeriod ?? DEFAULT_GAP_STARTS_NEW_PERIOD_OF_CARE;
  const checked = episodes.map((episode, i) => {
    const start = toDayNumber(episode.start, `episodes[${i}].start`);
    const end =
      episode.end === undefined || episode.end === null
        ? null
        : toDayNumber(episode.end, `episodes[${i}].end`);
    if (end !== null && end < start) {
      throw new DomainError(
        'invalid-argument',
        `Episode ${i + 1} ends on ${formatDate(episode.end ?? '')}, before it starts on ${formatDate(episode.start)}`,
        `episodes[${i}].end`,
      );
    }
    const raw: unknown = episode.reasonForNewEpisode;
    const rne = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
    const startsPeriod = REASONS_STARTING_PERIOD_OF_CARE.includes(rne);
    if (!startsPeriod && !REASONS_CONTINUING_PERIOD_OF_CARE.includes(rne)) {
      throw new DomainError(
        'invalid-argument',
        `Episode ${i + 1} has reason for new episode '${String(raw)}': expected S, P, L, T, U or B`,
        `episodes[${i}].reasonForNewEpisode`,
      );
    }
    return { episode, start, end, startsPeriod, index: i };
  });
  // Sort by start date. On the same day an episode that also ended that day (a zero-day
  // placement) comes first, since the other began when it ended; otherwise keep the order given.
  const sameDayEnd = (item: { start: number; end: number | null }) =>
    item.end === item.start ? 0 : 1;
  checked.sort((a, b) => a.start - b.start || sameDayEnd(a) - sameDayEnd(b) || a.index - b.index);

  const periods: PeriodOfCare[] = [];
  let current: PeriodOfCare | null = null;
  let previousEnd: number | null = null;
  let previousLeftCare = false;
  for (const item of checked) {
    const gap = previousEnd !== null && previousEnd < item.start;
    if (current === null || item.startsPeriod || previousLeftCare || (gapStartsNewPeriod && gap)) {
      current = { start: item.episode.start, end: null, episodes: [] };
      periods.push(current);
    }
    current.episodes.push(item.episode);
    current.end = item.episode.end ?? null;
    previousEnd = item.end;
    const rec = item.episode.reasonEnded;
    previousLeftCare =
      item.end !== null && typeof rec === 'string' && rec !== '' && rec.toUpperCase() !== 'X1';
  }
  return periods;
}

/** Convenience: the reviews of a period of care that fall within it, as an EpisodeOfCare. */
export function episodeOfCareFor(period: PeriodOfCare, reviews: readonly IsoDate[]): EpisodeOfCare {
  const inPeriod = reviews.filter(
    (date) =>
      compareDates(date, period.start) >= 0 &&
      (period.end === null || compareDates(date, period.end) <= 0),
  );
  return { becameLookedAfter: period.start, reviews: inPeriod };
}
