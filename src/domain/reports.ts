import {
  ageOn,
  DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
  financialYearOf,
  formatDayNumber,
  fromDayNumber,
  isIsoDate,
  partsFromDayNumber,
  dayNumberFromParts,
  daysInMonth,
  toDayNumber,
  type IsoDate,
  type LeapDayBirthdayRule,
} from './calendar';
import { DomainError } from './errors';
import {
  DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS,
  DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS,
} from './follow-ups';
import {
  countsAsParticipation,
  isParticipationCode,
  PARTICIPATION_AGE_THRESHOLD,
  PARTICIPATION_CODES,
  PARTICIPATION_METHODS,
  type ParticipationCode,
  type ParticipationMethod,
} from './participation';
import { reviewHistory, STANDARD_REVIEW_RULES, type ReviewRuleSet } from './schedule';
import { toCalendar, type HolidaySource } from './working-days';

// The annual IRO report's figures, computed live from plain records. Every figure carries the
// words that define it, so the report can print the definition beside the number. Percentages are
// kept unrounded (with their count and denominator); formatPercent rounds them for display.

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/**
 * One period of care. `end` is the last day the child was looked after (inclusive), or null while
 * the child is still looked after.
 */
export interface ReportPeriodOfCare {
  start: IsoDate;
  end: IsoDate | null;
  /** Default STANDARD_REVIEW_RULES; SHORT_BREAK_REVIEW_RULES for a series of short breaks. */
  ruleSet?: ReviewRuleSet;
}

export interface ReportChild {
  id: string;
  dateOfBirth: IsoDate;
  /** The child's current IRO (null when not allocated). */
  iroId: string | null;
  periods: readonly ReportPeriodOfCare[];
}

export interface ReportAdvocacy {
  offered: boolean;
  referralMade: boolean;
  provider: string | null;
  declined: boolean;
}

export interface ReportReview {
  childId: string;
  heldOn: IsoDate;
  participationCode: ParticipationCode;
  /** null when not recorded. */
  participationMethod: ParticipationMethod | null;
  advocacy: ReportAdvocacy;
  recordOfReviewCompletedOn: IsoDate | null;
  decisionsSentOn: IsoDate | null;
  managerSignOffOn: IsoDate | null;
  /**
   * Why the review was held after its due date, as recorded (for example the out-of-timescale
   * reason given when the meeting was booked after the due date). null or missing: none recorded.
   * Ignored for a review held in timescale.
   */
  lateReason?: string | null;
}

/** Dispute resolution protocol stage: 1 IRO to team manager, 2 head of service, 3 director. */
export type EscalationStage = 1 | 2 | 3;

export interface ReportEscalation {
  childId: string;
  /** The stage reached so far (the stage it was resolved at, once resolved). */
  stage: EscalationStage;
  raisedOn: IsoDate;
  resolvedOn: IsoDate | null;
  /** When each stage was reached, including the first (raisedOn). */
  stages: readonly { stage: EscalationStage; reachedOn: IsoDate }[];
}

export interface ReportIro {
  id: string;
  name: string;
  /** Full-time equivalent, e.g. 0.6. */
  fte: number;
}

/** A reporting period, both dates inclusive. */
export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface AnnualReportSettings {
  /** The council's local target for the record of review (working days, review day = day 0). */
  recordOfReviewTargetWorkingDays: number;
  /** The IRO Handbook's limit for the record of review. */
  recordOfReviewLimitWorkingDays: number;
  /** Manager sign-off, counted from the day the decisions were sent (day 0). */
  managerSignOffWorkingDays: number;
  /** Used for the child's age on the review date (29 February birthdays). */
  leapDayRule: LeapDayBirthdayRule;
}

/** Many councils set a local target of 15 working days for the record of review. */
export const DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS = 15;

export const DEFAULT_ANNUAL_REPORT_SETTINGS: AnnualReportSettings = Object.freeze({
  recordOfReviewTargetWorkingDays: DEFAULT_RECORD_OF_REVIEW_TARGET_WORKING_DAYS,
  recordOfReviewLimitWorkingDays: DEFAULT_RECORD_OF_REVIEW_WORKING_DAYS,
  managerSignOffWorkingDays: DEFAULT_MANAGER_SIGN_OFF_WORKING_DAYS,
  leapDayRule: DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
});

export interface AnnualReportInput {
  period: ReportPeriod;
  children: readonly ReportChild[];
  reviews: readonly ReportReview[];
  escalations: readonly ReportEscalation[];
  iros: readonly ReportIro[];
  holidays: HolidaySource;
  settings?: Partial<AnnualReportSettings>;
  /**
   * When given, a record of review or sign-off that is not done yet but whose deadline is today
   * or later is left out of that measure (it cannot be late yet). When not given, everything not
   * done counts as not done in time.
   */
  today?: IsoDate;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/** A count out of a total. percent is unrounded, and null when the total is 0. */
export interface Ratio {
  count: number;
  outOf: number;
  percent: number | null;
}

export interface Figure<T> {
  label: string;
  value: T;
  /** What the figure counts, in words, for printing beside it. */
  definition: string;
}

export interface LateReview {
  childId: string;
  heldOn: IsoDate;
  due: IsoDate;
  /** Calendar days after the due date. */
  daysLate: number;
  /** Why it was due then, in words: '6 months after the review held on 15 April 2025'. */
  dueReason: string;
  /** Why it was held late, as recorded (trimmed); null when no reason was recorded. */
  reason: string | null;
}

export type ParticipationMethodOrNotRecorded = ParticipationMethod | 'not-recorded';

export interface ProviderReferrals {
  /** null: the provider was not recorded. */
  provider: string | null;
  count: number;
}

export interface IroCaseload {
  iroId: string;
  name: string;
  fte: number;
  children: number;
  /** children / fte; null when fte is 0. */
  perFte: number | null;
}

export interface CaseloadFigures {
  byIro: IroCaseload[];
  /** Children allocated to a listed IRO. */
  allocated: number;
  /** Children with no IRO, or an IRO not in the list. */
  unallocated: number;
  totalFte: number;
  /** allocated / totalFte; null when totalFte is 0. */
  perFte: number | null;
}

export interface ByStage {
  total: number;
  byStage: Record<EscalationStage, number>;
}

export interface MonthFigures {
  /** 'YYYY-MM'. */
  month: string;
  /** 'April 2025'. */
  label: string;
  held: number;
  inTimescale: number;
}

export interface AnnualReportFigures {
  period: { from: IsoDate; to: IsoDate; label: string };
  settings: AnnualReportSettings;
  childrenLookedAfterAtStart: Figure<number>;
  childrenLookedAfterAtEnd: Figure<number>;
  childrenStartedToBeLookedAfter: Figure<number>;
  childrenCeasedToBeLookedAfter: Figure<number>;
  reviewsHeld: Figure<number>;
  reviewsInTimescale: Figure<Ratio>;
  lateReviews: Figure<LateReview[]>;
  participationByCode: Figure<Record<ParticipationCode, number>>;
  participation: Figure<Ratio>;
  participationIncludingUnder4s: Figure<Ratio>;
  participationMethods: Figure<Record<ParticipationMethodOrNotRecorded, number>>;
  advocacyOffered: Figure<Ratio>;
  advocacyReferrals: Figure<number>;
  advocacyReferralsByProvider: Figure<ProviderReferrals[]>;
  advocacyDeclined: Figure<number>;
  caseloads: Figure<CaseloadFigures>;
  escalationsRaised: Figure<ByStage>;
  escalationsResolved: Figure<ByStage>;
  escalationsOpenAtEnd: Figure<number>;
  recordOfReviewWithinTarget: Figure<Ratio>;
  recordOfReviewWithinLimit: Figure<Ratio>;
  recordOfReviewNotYetCompleted: Figure<number>;
  managerSignOffInTime: Figure<Ratio>;
  managerSignOffNotYetDone: Figure<number>;
  reviewsByMonth: Figure<MonthFigures[]>;
}

// ---------------------------------------------------------------------------------------------
// Percentages
// ---------------------------------------------------------------------------------------------

/** count out of outOf, with the unrounded percentage (null when outOf is 0). */
export function ratio(count: number, outOf: number): Ratio {
  return { count, outOf, percent: outOf === 0 ? null : (count * 100) / outOf };
}

function formatTenths(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}%`;
}

/**
 * A percentage to one decimal place, rounding halves up ('94.4%', '100.0%'); 'n/a' when there is
 * nothing to divide by. Given a Ratio it rounds from the whole numbers exactly, so 1 out of 8
 * (12.5%) never becomes 12.4% through floating point.
 */
export function formatPercent(value: Ratio | number | null): string {
  if (value === null) return 'n/a';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'n/a';
    // toPrecision(12) removes floating-point noise such as 94.44999999999999 before rounding.
    const tenths = Number((Math.abs(value) * 10).toPrecision(12));
    return formatTenths(Math.sign(value) * Math.floor(tenths + 0.5));
  }
  const { count, outOf } = value;
  if (outOf === 0) return 'n/a';
  if (Number.isInteger(count) && Number.isInteger(outOf) && count >= 0 && outOf > 0) {
    return formatTenths(Math.floor((2000 * count + outOf) / (2 * outOf)));
  }
  return formatPercent((count * 100) / outOf);
}

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

/**
 * The council's financial year (1 April to 31 March) from a label such as '2025-26' or
 * '2025/26', or from any date in it.
 */
export function financialYearPeriod(labelOrDate: string): ReportPeriod & { label: string } {
  if (isIsoDate(labelOrDate)) {
    const year = financialYearOf(labelOrDate);
    return { from: year.start, to: year.end, label: year.label };
  }
  const raw: unknown = labelOrDate;
  const match = typeof raw === 'string' ? /^(\d{4})[-/](\d{2})$/.exec(raw) : null;
  const startYear = Number(match?.[1]);
  const endYY = Number(match?.[2]);
  if (match === null || startYear < 1 || startYear >= 9999 || (startYear + 1) % 100 !== endYY) {
    throw new DomainError(
      'invalid-argument',
      `A financial year is a label such as 2025-26 or a date in it: got '${String(raw)}'`,
      'financialYear',
    );
  }
  const year = financialYearOf(`${match[1] ?? ''}-04-01`);
  return { from: year.start, to: year.end, label: year.label };
}

// ---------------------------------------------------------------------------------------------
// Validation helpers
// ---------------------------------------------------------------------------------------------

function invalid(message: string, field: string): DomainError {
  return new DomainError('invalid-argument', message, field);
}

function assertWorkingDaysSetting(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw invalid(`${field} must be a whole number of 0 or more: got ${value}`, field);
  }
}

function isList(value: unknown): boolean {
  return Array.isArray(value);
}

function optionalDay(value: IsoDate | null | undefined, field: string): number | null {
  return value === null || value === undefined ? null : toDayNumber(value, field);
}

interface CheckedPeriod {
  start: number;
  /** Inclusive; Infinity while open. */
  end: number;
  startDate: IsoDate;
  rules: ReviewRuleSet;
}

interface CheckedChild {
  child: ReportChild;
  periods: CheckedPeriod[];
}

function checkChildren(children: readonly ReportChild[]): Map<string, CheckedChild> {
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

function lookedAfterOn(child: CheckedChild, day: number): boolean {
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

const METHODS: readonly ParticipationMethod[] = PARTICIPATION_METHODS.map((m) => m.method);

interface CheckedReview {
  review: ReportReview;
  index: number;
  held: number;
  child: CheckedChild;
  periodIndex: number;
  due: IsoDate;
  inTimescale: boolean;
  daysLate: number;
  dueReason: string;
}

function checkReviews(
  reviews: readonly ReportReview[],
  children: Map<string, CheckedChild>,
): {
  review: ReportReview;
  index: number;
  held: number;
  child: CheckedChild;
  periodIndex: number;
}[] {
  const seen = new Set<string>();
  return reviews.map((review, index) => {
    const field = `reviews[${index}]`;
    const held = toDayNumber(review.heldOn, `${field}.heldOn`);
    const child = children.get(review.childId);
    if (child === undefined) {
      throw invalid(
        `The review on ${review.heldOn} is for an unknown child '${review.childId}'`,
        `${field}.childId`,
      );
    }
    const key = `${review.childId}\u0000${held}`;
    if (seen.has(key)) {
      throw new DomainError(
        'duplicate-review-date',
        `Child '${review.childId}' has two reviews on ${formatDayNumber(held)}`,
        field,
      );
    }
    seen.add(key);
    const periodIndex = periodIndexOn(child, held);
    if (periodIndex < 0) {
      throw invalid(
        `The review on ${formatDayNumber(held)} for child '${review.childId}' is not within any of their periods of care`,
        `${field}.heldOn`,
      );
    }
    if (!isParticipationCode(review.participationCode)) {
      throw new DomainError(
        'invalid-participation-code',
        `Participation code must be one of PN0 to PN7: got '${String(review.participationCode)}'`,
        `${field}.participationCode`,
      );
    }
    const method: unknown = review.participationMethod;
    if (method !== null && !(METHODS as readonly unknown[]).includes(method)) {
      throw invalid(
        `Participation method must be one of ${METHODS.join(', ')}: got ${JSON.stringify(method)}`,
        `${field}.participationMethod`,
      );
    }
    const record = optionalDay(
      review.recordOfReviewCompletedOn,
      `${field}.recordOfReviewCompletedOn`,
    );
    if (record !== null && record < held) {
      throw invalid(
        'The record of the review cannot be completed before the review was held',
        `${field}.recordOfReviewCompletedOn`,
      );
    }
    const sent = optionalDay(review.decisionsSentOn, `${field}.decisionsSentOn`);
    const signedOff = optionalDay(review.managerSignOffOn, `${field}.managerSignOffOn`);
    if (sent !== null && signedOff !== null && signedOff < sent) {
      throw invalid(
        'The manager cannot sign off the decisions before they were sent',
        `${field}.managerSignOffOn`,
      );
    }
    return { review, index, held, child, periodIndex };
  });
}

/** Due dates from the domain's review cycle, over each period of care (all reviews, any year). */
function withTimeliness(
  reviews: ReturnType<typeof checkReviews>,
  holidays: HolidaySource,
): CheckedReview[] {
  const groups = new Map<string, ReturnType<typeof checkReviews>>();
  for (const r of reviews) {
    const key = `${r.child.child.id}\u0000${r.periodIndex}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [r]);
    else group.push(r);
  }
  const result: CheckedReview[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined) continue;
    const period = first.child.periods[first.periodIndex];
    if (period === undefined) continue;
    const history = reviewHistory(
      { becameLookedAfter: period.startDate, reviews: group.map((r) => fromDayNumber(r.held)) },
      holidays,
      period.rules,
    );
    const byHeld = new Map(history.map((h) => [h.held, h]));
    for (const r of group) {
      const h = byHeld.get(fromDayNumber(r.held));
      if (h === undefined) continue;
      result.push({
        ...r,
        due: h.due,
        inTimescale: h.inTimescale,
        daysLate: h.daysLate,
        dueReason: h.reason,
      });
    }
  }
  return result.sort((a, b) => a.index - b.index);
}

// ---------------------------------------------------------------------------------------------
// The figures
// ---------------------------------------------------------------------------------------------

function monthLabel(year: number, month: number): string {
  // formatDayNumber gives '1 April 2025' for the first of the month.
  return formatDayNumber(dayNumberFromParts(year, month, 1)).slice(2);
}

function lateReasonText(reason: unknown): string | null {
  if (typeof reason !== 'string') return null;
  const trimmed = reason.trim();
  return trimmed === '' ? null : trimmed;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function emptyByStage(): Record<EscalationStage, number> {
  return { 1: 0, 2: 0, 3: 0 };
}

function settingsWithDefaults(
  given: Partial<AnnualReportSettings> | undefined,
): AnnualReportSettings {
  const settings: AnnualReportSettings = { ...DEFAULT_ANNUAL_REPORT_SETTINGS };
  if (given !== undefined) {
    // A setting given as undefined keeps its default.
    if (given.recordOfReviewTargetWorkingDays !== undefined) {
      settings.recordOfReviewTargetWorkingDays = given.recordOfReviewTargetWorkingDays;
    }
    if (given.recordOfReviewLimitWorkingDays !== undefined) {
      settings.recordOfReviewLimitWorkingDays = given.recordOfReviewLimitWorkingDays;
    }
    if (given.managerSignOffWorkingDays !== undefined) {
      settings.managerSignOffWorkingDays = given.managerSignOffWorkingDays;
    }
    if (given.leapDayRule !== undefined) settings.leapDayRule = given.leapDayRule;
  }
  assertWorkingDaysSetting(
    settings.recordOfReviewTargetWorkingDays,
    'recordOfReviewTargetWorkingDays',
  );
  assertWorkingDaysSetting(
    settings.recordOfReviewLimitWorkingDays,
    'recordOfReviewLimitWorkingDays',
  );
  assertWorkingDaysSetting(settings.managerSignOffWorkingDays, 'managerSignOffWorkingDays');
  return settings;
}

function checkStage(stage: unknown, field: string): EscalationStage {
  if (stage !== 1 && stage !== 2 && stage !== 3) {
    throw invalid(`Escalation stage must be 1, 2 or 3: got ${String(stage)}`, field);
  }
  return stage;
}

/**
 * The annual IRO report's figures for a period (both dates inclusive). Throws DomainError for
 * records the figures cannot be worked out from (an unknown child, a review outside the child's
 * periods of care, two reviews of one child on one day, a date that is not a date): a report
 * should not quietly leave records out.
 */
export function annualReportFigures(input: AnnualReportInput): AnnualReportFigures {
  const from = toDayNumber(input.period.from, 'period.from');
  const to = toDayNumber(input.period.to, 'period.to');
  if (to < from) {
    throw invalid(
      `The period ends on ${formatDayNumber(to)}, before it starts on ${formatDayNumber(from)}`,
      'period.to',
    );
  }
  const settings = settingsWithDefaults(input.settings);
  const today = input.today === undefined ? null : toDayNumber(input.today, 'today');
  const calendar = toCalendar(input.holidays);
  const fromText = formatDayNumber(from);
  const toText = formatDayNumber(to);
  const inPeriod = (day: number | null): boolean => day !== null && day >= from && day <= to;

  // Children
  const children = checkChildren(input.children);
  const all = [...children.values()];
  const atStart = all.filter((c) => lookedAfterOn(c, from)).length;
  const atEndChildren = all.filter((c) => lookedAfterOn(c, to));
  const started = all.filter((c) => c.periods.some((p) => inPeriod(p.start))).length;
  const ceased = all.filter((c) =>
    c.periods.some((p) => p.end !== Infinity && inPeriod(p.end)),
  ).length;
  const convention =
    'A child is looked after on a day when one of their periods of care started on or before that day and had not ended before it. The end date of a period of care is taken as the last day the child was looked after, so a child is still counted on the day their care ended.';

  // Reviews held in the period, with their due dates
  const reviews = withTimeliness(checkReviews(input.reviews, children), input.holidays).filter(
    (r) => inPeriod(r.held),
  );
  const held = reviews.length;
  const inTimescale = reviews.filter((r) => r.inTimescale).length;
  const late: LateReview[] = reviews
    .filter((r) => !r.inTimescale)
    .map((r) => ({
      childId: r.review.childId,
      heldOn: r.review.heldOn,
      due: r.due,
      daysLate: r.daysLate,
      dueReason: r.dueReason,
      reason: lateReasonText(r.review.lateReason),
    }))
    .sort((a, b) => compareText(a.heldOn, b.heldOn) || compareText(a.childId, b.childId));
  const heldDefinition = `Reviews held from ${fromText} to ${toText}, both days included. Each review is counted once, on the day it was held.`;

  // Participation
  const byCode = Object.fromEntries(PARTICIPATION_CODES.map((c) => [c.code, 0])) as Record<
    ParticipationCode,
    number
  >;
  for (const r of reviews) byCode[r.review.participationCode] += 1;
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
  const methods = Object.fromEntries([
    ...METHODS.map((m) => [m, 0]),
    ['not-recorded', 0],
  ]) as Record<ParticipationMethodOrNotRecorded, number>;
  for (const r of reviews) methods[r.review.participationMethod ?? 'not-recorded'] += 1;

  // Advocacy
  const offered = reviews.filter((r) => r.review.advocacy.offered).length;
  const referred = reviews.filter((r) => r.review.advocacy.referralMade);
  const declined = reviews.filter((r) => r.review.advocacy.declined).length;
  const providers = new Map<string, ProviderReferrals>();
  for (const r of referred) {
    const name = r.review.advocacy.provider?.trim() ?? '';
    const key = name === '' ? '' : `=${name.toLowerCase()}`;
    const entry = providers.get(key);
    if (entry === undefined) providers.set(key, { provider: name === '' ? null : name, count: 1 });
    else entry.count += 1;
  }
  const byProvider = [...providers.values()].sort((a, b) => {
    if ((a.provider === null) !== (b.provider === null)) return a.provider === null ? 1 : -1;
    if (b.count !== a.count) return b.count - a.count;
    return (a.provider ?? '').localeCompare(b.provider ?? '', 'en-GB');
  });

  // Caseloads at the end of the period
  const iroIds = new Set<string>();
  const byIro: IroCaseload[] = input.iros.map((iro, i) => {
    if (iroIds.has(iro.id)) throw invalid(`Two IROs have the id '${iro.id}'`, `iros[${i}].id`);
    iroIds.add(iro.id);
    if (typeof iro.fte !== 'number' || !Number.isFinite(iro.fte) || iro.fte < 0) {
      throw invalid(`FTE must be a number of 0 or more: got ${String(iro.fte)}`, `iros[${i}].fte`);
    }
    const count = atEndChildren.filter((c) => c.child.iroId === iro.id).length;
    return {
      iroId: iro.id,
      name: iro.name,
      fte: iro.fte,
      children: count,
      perFte: iro.fte === 0 ? null : count / iro.fte,
    };
  });
  const allocated = byIro.reduce((sum, row) => sum + row.children, 0);
  // Summed in hundredths so 0.6 + 0.8 + 1 is 2.4, not 2.4000000000000004.
  const totalFte = Math.round(input.iros.reduce((sum, iro) => sum + iro.fte * 100, 0)) / 100;

  // Dispute resolution protocol
  const raised: ByStage = { total: 0, byStage: emptyByStage() };
  const resolved: ByStage = { total: 0, byStage: emptyByStage() };
  let openAtEnd = 0;
  input.escalations.forEach((e, i) => {
    const field = `escalations[${i}]`;
    const stage = checkStage(e.stage, `${field}.stage`);
    const raisedOn = toDayNumber(e.raisedOn, `${field}.raisedOn`);
    const resolvedOn = optionalDay(e.resolvedOn, `${field}.resolvedOn`);
    if (resolvedOn !== null && resolvedOn < raisedOn) {
      throw invalid('An escalation cannot be resolved before it was raised', `${field}.resolvedOn`);
    }
    if (inPeriod(raisedOn)) raised.total += 1;
    const stages = e.stages.length === 0 ? [{ stage, reachedOn: e.raisedOn }] : e.stages;
    stages.forEach((s, j) => {
      const reached = toDayNumber(s.reachedOn, `${field}.stages[${j}].reachedOn`);
      const which = checkStage(s.stage, `${field}.stages[${j}].stage`);
      if (inPeriod(reached)) raised.byStage[which] += 1;
    });
    if (inPeriod(resolvedOn)) {
      resolved.total += 1;
      resolved.byStage[stage] += 1;
    }
    if (raisedOn <= to && (resolvedOn === null || resolvedOn > to)) openAtEnd += 1;
  });

  // Record of review and manager sign-off, for reviews held in the period
  const target = settings.recordOfReviewTargetWorkingDays;
  const limit = settings.recordOfReviewLimitWorkingDays;
  const signOffDays = settings.managerSignOffWorkingDays;
  const deadline = (day: number, n: number) => calendar.addWorkingDaysToDayNumber(day, n);
  const timely = (start: number, done: number | null, n: number) => {
    const due = deadline(start, n);
    if (done !== null) return { counted: true, inTime: done <= due };
    // Not done: leave it out while it can still be done in time (only when today is known).
    return { counted: today === null || today > due, inTime: false };
  };
  const counts = { target: [0, 0], limit: [0, 0], signOff: [0, 0] };
  const tally = (which: keyof typeof counts, t: { counted: boolean; inTime: boolean }) => {
    if (t.inTime) counts[which][0] = (counts[which][0] ?? 0) + 1;
    if (t.counted) counts[which][1] = (counts[which][1] ?? 0) + 1;
  };
  let recordsNotDone = 0;
  let signOffsNotDone = 0;
  for (const r of reviews) {
    const done = optionalDay(r.review.recordOfReviewCompletedOn, 'recordOfReviewCompletedOn');
    if (done === null) recordsNotDone += 1;
    tally('target', timely(r.held, done, target));
    tally('limit', timely(r.held, done, limit));
    const sent = optionalDay(r.review.decisionsSentOn, 'decisionsSentOn');
    if (sent === null) continue;
    const signed = optionalDay(r.review.managerSignOffOn, 'managerSignOffOn');
    if (signed === null) signOffsNotDone += 1;
    tally('signOff', timely(sent, signed, signOffDays));
  }
  const toRatio = ([count = 0, outOf = 0]: number[]) => ratio(count, outOf);
  const withinTarget = toRatio(counts.target);
  const withinLimit = toRatio(counts.limit);
  const signOffs = toRatio(counts.signOff);
  const notYetDueWords =
    today === null
      ? 'A record not yet completed counts as not completed in time.'
      : `A record not yet completed counts as not completed in time once its deadline has passed (today is ${formatDayNumber(today)}); until then it is left out.`;

  // Reviews by calendar month
  const months: MonthFigures[] = [];
  const first = partsFromDayNumber(from);
  const last = partsFromDayNumber(to);
  for (
    let index = first.year * 12 + first.month - 1;
    index <= last.year * 12 + last.month - 1;
    index++
  ) {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    const start = dayNumberFromParts(year, month, 1);
    const end = dayNumberFromParts(year, month, daysInMonth(year, month));
    const inMonth = reviews.filter((r) => r.held >= start && r.held <= end);
    months.push({
      month: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`,
      label: monthLabel(year, month),
      held: inMonth.length,
      inTimescale: inMonth.filter((r) => r.inTimescale).length,
    });
  }

  return {
    period: { from: fromDayNumber(from), to: fromDayNumber(to), label: `${fromText} to ${toText}` },
    settings,
    childrenLookedAfterAtStart: {
      label: 'Children looked after at the start of the period',
      value: atStart,
      definition: `Children looked after on ${fromText}, the first day of the period. ${convention}`,
    },
    childrenLookedAfterAtEnd: {
      label: 'Children looked after at the end of the period',
      value: atEndChildren.length,
      definition: `Children looked after on ${toText}, the last day of the period. ${convention}`,
    },
    childrenStartedToBeLookedAfter: {
      label: 'Children who started to be looked after',
      value: started,
      definition: `Children with a period of care that started from ${fromText} to ${toText}. A child who started more than once is counted once.`,
    },
    childrenCeasedToBeLookedAfter: {
      label: 'Children who ceased to be looked after',
      value: ceased,
      definition: `Children with a period of care that ended from ${fromText} to ${toText} (the end date is the last day looked after). A child who ceased more than once is counted once.`,
    },
    reviewsHeld: { label: 'Reviews held', value: held, definition: heldDefinition },
    reviewsInTimescale: {
      label: 'Reviews held in timescale',
      value: ratio(inTimescale, held),
      definition: `Reviews held on or before their due date, out of all reviews held from ${fromText} to ${toText}. Due dates follow the Care Planning, Placement and Case Review (England) Regulations 2010: the first review within 20 working days of becoming looked after, the second within 3 months of the first, then every 6 months (reg. 33; reg. 48 for a series of short breaks). Each interval runs from the date the previous review was actually held, and a new period of care starts the cycle again.`,
    },
    lateReviews: {
      label: 'Reviews held late',
      value: late,
      definition: `Reviews held from ${fromText} to ${toText} after their due date, in date order, with the number of calendar days late, why the review was due on that date, and the reason it was held late as recorded (the reason given when the meeting was booked after the due date), or "not recorded".`,
    },
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
    advocacyOffered: {
      label: 'Advocacy offered',
      value: ratio(offered, held),
      definition: `Reviews at which the child was offered advocacy, out of all reviews held in the period.`,
    },
    advocacyReferrals: {
      label: 'Advocacy referrals',
      value: referred.length,
      definition: `Reviews held in the period at which a referral to an advocacy service was made.`,
    },
    advocacyReferralsByProvider: {
      label: 'Advocacy referrals by provider',
      value: byProvider,
      definition: `Advocacy referrals made at reviews held in the period, by provider (names compared ignoring case and surrounding spaces), most referrals first. "Not recorded" (provider null) comes last.`,
    },
    advocacyDeclined: {
      label: 'Advocacy declined',
      value: declined,
      definition: `Reviews held in the period at which the child declined advocacy.`,
    },
    caseloads: {
      label: 'Caseload per IRO',
      value: {
        byIro,
        allocated,
        unallocated: atEndChildren.length - allocated,
        totalFte,
        perFte: totalFte === 0 ? null : allocated / totalFte,
      },
      definition: `Children looked after on ${toText} allocated to each IRO, and per full-time equivalent (children divided by FTE). Allocation is each child's current IRO, as the records do not hold allocation history. Children with no IRO, or with an IRO not listed, are counted as unallocated. The overall figure per FTE is the allocated children divided by the IROs' total FTE. The IRO Handbook recommends 50 to 70 children per full-time IRO.`,
    },
    escalationsRaised: {
      label: 'Escalations raised (dispute resolution protocol)',
      value: raised,
      definition: `The total is escalations first raised from ${fromText} to ${toText}. By stage, each escalation is counted at every stage it reached in the period, so one that moved from stage 1 to stage 2 in the period counts at both (stage 1: IRO to team manager; stage 2: head of service; stage 3: director).`,
    },
    escalationsResolved: {
      label: 'Escalations resolved (dispute resolution protocol)',
      value: resolved,
      definition: `Escalations resolved from ${fromText} to ${toText}, by the stage they had reached when resolved.`,
    },
    escalationsOpenAtEnd: {
      label: 'Escalations open at the end of the period',
      value: openAtEnd,
      definition: `Escalations raised on or before ${toText} and not resolved by then.`,
    },
    recordOfReviewWithinTarget: {
      label: `Record of review within ${plural(target, 'working day')} (local target)`,
      value: withinTarget,
      definition: `Reviews held in the period whose record was completed within ${plural(target, 'working day')} of the review (the review day is day 0; weekends and bank holidays are not counted). ${notYetDueWords}`,
    },
    recordOfReviewWithinLimit: {
      label: `Record of review within ${plural(limit, 'working day')}`,
      value: withinLimit,
      definition: `Reviews held in the period whose record was completed within ${plural(limit, 'working day')} of the review, the IRO Handbook limit (the review day is day 0). ${notYetDueWords}`,
    },
    recordOfReviewNotYetCompleted: {
      label: 'Records of review not yet completed',
      value: recordsNotDone,
      definition: `Reviews held in the period with no date for the completed record of the review.`,
    },
    managerSignOffInTime: {
      label: `Manager sign-off within ${plural(signOffDays, 'working day')}`,
      value: signOffs,
      definition: `Reviews held in the period whose decisions were signed off by the manager within ${plural(signOffDays, 'working day')} of being sent (the day they were sent is day 0), out of the reviews whose decisions have been sent. ${today === null ? 'A sign-off not yet done counts as not in time.' : `A sign-off not yet done counts as not in time once its deadline has passed (today is ${formatDayNumber(today)}); until then it is left out.`}`,
    },
    managerSignOffNotYetDone: {
      label: 'Decisions awaiting manager sign-off',
      value: signOffsNotDone,
      definition: `Reviews held in the period whose decisions have been sent but not yet signed off.`,
    },
    reviewsByMonth: {
      label: 'Reviews by month',
      value: months,
      definition: `Reviews held and held in timescale in each calendar month of the period (the first and last months only from ${fromText} and to ${toText}). The months add up to the totals.`,
    },
  };
}
