// What the annual IRO report reads (plain records, as the backend holds them) and what it gives
// back: every figure with the words that define it, so the report can print the definition beside
// the number.
import type { IsoDate } from './calendar';
import type { ParticipationCode, ParticipationMethod } from './participation';
import type { QualityCheckAnswer, QualityCheckKey } from './quality-checks';
import type { ReportIroContact, ReportMidpointCheck } from './report-iro-footprint';
import type { Ratio } from './report-percent';
import type { AnnualReportSettings } from './report-settings';
import type { ReviewRuleSet } from './schedule';
import type { HolidaySource } from './working-days';

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
  /**
   * The reason chosen from the council's list when the review was recorded (the late reviews by
   * reason figure groups by `code`). null or missing: none chosen (for example an imported review).
   */
  lateReasonCategory?: { code: string; label: string } | null;
  /** The IRO's quality checks at the review; null or missing: not recorded. */
  qualityChecks?: Record<QualityCheckKey, { answer: QualityCheckAnswer }> | null;
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
  /** When the IRO referred the child's case to Cafcass (at any stage); absent or null if not. */
  cafcassReferredOn?: IsoDate | null;
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

export interface AnnualReportInput {
  period: ReportPeriod;
  children: readonly ReportChild[];
  reviews: readonly ReportReview[];
  escalations: readonly ReportEscalation[];
  iros: readonly ReportIro[];
  /** The IRO's contacts with the children (for "seen by the IRO"); none when not given. */
  iroContacts?: readonly ReportIroContact[];
  /** Midpoint checks recorded; none when not given. */
  midpointChecks?: readonly ReportMidpointCheck[];
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
  /** The code of the reason chosen from the council's list; null when none was chosen. */
  reasonCode: string | null;
}

/** Late reviews with one reason from the council's list (code null: none chosen). */
export interface LateReasonCount {
  code: string | null;
  label: string;
  count: number;
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
  /** `to` is the period's own end; `soFarTo` is today while the period has not ended (else null). */
  period: { from: IsoDate; to: IsoDate; label: string; soFarTo: IsoDate | null };
  settings: AnnualReportSettings;
  childrenLookedAfterAtStart: Figure<number>;
  childrenLookedAfterAtEnd: Figure<number>;
  childrenStartedToBeLookedAfter: Figure<number>;
  childrenCeasedToBeLookedAfter: Figure<number>;
  reviewsHeld: Figure<number>;
  reviewsInTimescale: Figure<Ratio>;
  lateReviews: Figure<LateReview[]>;
  lateReviewsByReason: Figure<LateReasonCount[]>;
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
  cafcassReferrals: Figure<number>;
  recordOfReviewWithinTarget: Figure<Ratio>;
  recordOfReviewWithinLimit: Figure<Ratio>;
  recordOfReviewNotYetCompleted: Figure<number>;
  managerSignOffInTime: Figure<Ratio>;
  managerSignOffNotYetDone: Figure<number>;
  seenByIroInLastMonths: Figure<Ratio>;
  midpointChecksOnTime: Figure<Ratio>;
  qualityChecksRecorded: Figure<Ratio>;
  /** One figure a check, in the order the form asks them. */
  qualityChecks: (Figure<Ratio> & { key: QualityCheckKey })[];
  reviewsByMonth: Figure<MonthFigures[]>;
}
