// Everything the backend says about a child's dates is computed here with the domain's functions:
// the due date a screen shows is the one the backend computes and explains.
import {
  addWorkingDays,
  lastSeenByIroOn,
  ageOn,
  allocationDue,
  careStatusOn,
  describeCode,
  compareDates,
  formatDate,
  groupIntoPeriodsOfCare,
  heldReviews,
  midpointCheckDue,
  midpointState,
  nextReviewDue,
  recordOfReviewDue,
  reviewHistory,
  reviewRulesForLegalStatus,
  reviewStatus,
  STANDARD_REVIEW_RULES,
  SHORT_BREAK_REVIEW_RULES,
  type EpisodeOfCare,
  type IsoDate,
  type ReportChild,
  type ReviewRuleSet,
} from '@/domain';
import type {
  CareState,
  CaseloadCounts,
  Child,
  ChildDetail,
  ChildSummary,
  MidpointSummary,
  Review,
  ReviewMeeting,
  Settings,
  StaffMember,
  StaffWithCaseload,
} from '@/lib/api/schemas';
import { workingDayCalendar as calendar } from './calendar';
import type { Database } from './db/database';
import { childEscalation } from './escalation-compute';

/**
 * A child's reviews that count: all but those withdrawn as entered in error. Every due date,
 * status, count, queue, report and export reads these; only the child's record lists the
 * withdrawn ones too (flagged, struck through).
 */
export function heldReviewsOf(db: Database, childId: string): Review[] {
  return heldReviews(db.forChild('reviews', childId));
}

export interface CurrentPeriod {
  start: IsoDate;
  end: IsoDate | null;
  rules: ReviewRuleSet;
  episode: EpisodeOfCare;
}

/** A period of care follows the short-break rules only when every episode in it is V3/V4. */
function rulesForEpisodes(legalStatuses: readonly (string | undefined)[]): ReviewRuleSet {
  const allShortBreaks =
    legalStatuses.length > 0 &&
    legalStatuses.every(
      (status) => status !== undefined && reviewRulesForLegalStatus(status).id === 'short-breaks',
    );
  return allShortBreaks ? SHORT_BREAK_REVIEW_RULES : STANDARD_REVIEW_RULES;
}

// Valid 'YYYY-MM-DD' strings (4-digit years) sort as dates, so hot paths compare them as strings.
function inPeriod(date: IsoDate, start: IsoDate, end: IsoDate | null): boolean {
  return date >= start && (end === null || date <= end);
}

export function periodsOf(child: Child, reviews: readonly Review[]) {
  const periods = groupIntoPeriodsOfCare(child.episodes);
  return periods.map((period) => {
    const rules = rulesForEpisodes(period.episodes.map((episode) => episode.legalStatus));
    const held = reviews
      .filter((review) => inPeriod(review.heldOn, period.start, period.end))
      .map((review) => review.heldOn);
    return {
      start: period.start,
      end: period.end,
      rules,
      episode: { becameLookedAfter: period.start, reviews: held },
    } satisfies CurrentPeriod;
  });
}

/** A child as the domain's annual report reads them: their periods of care, each with its rules. */
export function reportChildOf(child: Child, reviews: readonly Review[]): ReportChild {
  return {
    id: child.id,
    dateOfBirth: child.dateOfBirth,
    iroId: child.iroId,
    periods: periodsOf(child, reviews).map((p) => ({
      start: p.start,
      end: p.end,
      ruleSet: p.rules,
    })),
  };
}

export function currentPeriodOf(child: Child, reviews: readonly Review[]): CurrentPeriod {
  const periods = periodsOf(child, reviews);
  const current = periods[periods.length - 1];
  if (current === undefined) throw new Error(`Child ${child.id} has no episodes of care`);
  return current;
}

function sortByDate<T>(items: T[], date: (item: T) => IsoDate): T[] {
  return items.sort((a, b) => {
    const x = date(a);
    const y = date(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** The earliest meeting still booked after the last review held in the period. */
function bookedMeeting(
  meetings: readonly ReviewMeeting[],
  period: CurrentPeriod,
): ReviewMeeting | null {
  const lastHeld = period.episode.reviews.reduce<IsoDate | null>(
    (latest, date) => (latest === null || date > latest ? date : latest),
    null,
  );
  const after = lastHeld ?? period.start;
  const candidates = meetings.filter(
    (meeting) =>
      meeting.status === 'booked' &&
      (lastHeld === null ? meeting.date >= after : meeting.date > after),
  );
  return sortByDate(candidates, (meeting) => meeting.date)[0] ?? null;
}

function midpointSummary(
  db: Database,
  child: Child,
  period: CurrentPeriod,
  today: IsoDate,
): MidpointSummary {
  const midpoint = midpointCheckDue(period.episode, calendar, period.rules);
  const check = sortByDate(
    db.forChild('midpointChecks', child.id).filter((c) => c.checkedOn > midpoint.intervalStart),
    (c) => c.checkedOn,
  ).pop();
  const checkedOn = check?.checkedOn ?? null;
  const reading = midpointState(
    { due: midpoint.due, why: midpoint.reason },
    checkedOn,
    today,
    calendar,
  );
  return { due: midpoint.due, checkedOn, ...reading };
}

function advocacyState(latest: Review | undefined): ChildSummary['advocacy'] {
  if (latest === undefined) return { state: 'none' };
  const { advocacy } = latest;
  if (advocacy.referralMade) return { state: 'referred' };
  if (advocacy.declined) return { state: 'declined' };
  if (advocacy.offered) return { state: 'offered' };
  return { state: 'none' };
}

export function isRecordOfReviewOverdue(
  review: Review,
  today: IsoDate,
  settings: Settings,
): boolean {
  if (review.recordOfReviewCompletedOn !== null) return false;
  const due = recordOfReviewDue(review.heldOn, calendar, settings.recordOfReviewTargetWorkingDays);
  return compareDates(today, due) > 0;
}

/** Whether the child is looked after today, and when and why they left care if not. */
export function careStateOf(child: Child, today: IsoDate): CareState {
  const status = careStatusOn(child.episodes, today);
  if (status.lookedAfter || status.lastPeriod === null) {
    return { status: 'looked-after', leftCare: null };
  }
  const { end, reasonEnded } = status.lastPeriod;
  if (end === null || reasonEnded === null) return { status: 'looked-after', leftCare: null };
  return {
    status: 'left-care',
    leftCare: {
      on: end,
      reasonEnded,
      reason: `Left care on ${formatDate(end)}: ${describeCode('reasonEnded', reasonEnded)}`,
    },
  };
}

const activeCache = new WeakMap<Database, { generation: number; ids: Set<string> }>();

/**
 * The children in the active caseloads today: looked after and allocated to an IRO. Children who
 * have left care are in none (nothing is due for them); children awaiting an IRO are in the
 * allocation queue. Cached until anything about the children or today changes.
 */
export function activeChildIds(db: Database): ReadonlySet<string> {
  const cached = activeCache.get(db);
  if (cached?.generation === db.generation) return cached.ids;
  const ids = new Set<string>();
  for (const child of db.all('children')) {
    if (child.iroId !== null && careStatusOn(child.episodes, db.today).lookedAfter) {
      ids.add(child.id);
    }
  }
  activeCache.set(db, { generation: db.generation, ids });
  return ids;
}

export function isActiveChild(db: Database, child: Child): boolean {
  return activeChildIds(db).has(child.id);
}

/** The IRO of a child in an active caseload (allocated by definition). */
export function allocatedIroId(child: Child): string {
  if (child.iroId === null) throw new Error(`Child ${child.id} is awaiting an IRO`);
  return child.iroId;
}

/** Every child in an active caseload. */
export function activeChildren(db: Database): Child[] {
  const active = activeChildIds(db);
  return [...db.all('children')].filter((child) => active.has(child.id));
}

/** The children in an IRO's active caseload. */
export function activeChildrenOf(db: Database, iroId: string): Child[] {
  const active = activeChildIds(db);
  return [...db.childIdsOf(iroId)].flatMap((id) => {
    const child = active.has(id) ? db.get('children', id) : undefined;
    return child === undefined ? [] : [child];
  });
}

/** Who the child is, as every list and record of children shows them. */
export function childIdentityOf(child: Child) {
  return {
    id: child.id,
    childRef: child.childRef,
    givenName: child.givenName,
    familyName: child.familyName,
    dateOfBirth: child.dateOfBirth,
  };
}

/** The list view of a child, cached until anything about the child, today or settings changes. */
export function summariseChild(db: Database, child: Child): ChildSummary {
  const cached = db.summaryCache.get(child.id);
  if (cached !== undefined) return cached;
  const { today, settings } = db.meta;
  const reviews = sortByDate(heldReviewsOf(db, child.id), (review) => review.heldOn);
  const period = currentPeriodOf(child, reviews);
  const next = nextReviewDue(period.episode, calendar, period.rules);
  const meeting = bookedMeeting(db.forChild('meetings', child.id), period);
  const status = reviewStatus({
    due: next.due,
    today,
    bookedMeetingDate: meeting?.date ?? null,
    holidays: calendar,
    atRiskWorkingDays: settings.atRiskWorkingDays,
  });
  const latest = reviews[reviews.length - 1];
  // Written out rather than spread from childIdentityOf: 100,000 of these are made while warming,
  // and copying a spread object took a fifth of the time.
  const summary: ChildSummary = {
    id: child.id,
    childRef: child.childRef,
    givenName: child.givenName,
    familyName: child.familyName,
    dateOfBirth: child.dateOfBirth,
    sex: child.sex,
    legalStatus: child.legalStatus,
    placement: child.placement,
    socialWorker: child.socialWorker,
    iroId: child.iroId,
    version: child.version,
    age: ageOn(child.dateOfBirth, today),
    currentPeriodStart: period.start,
    ruleSet: period.rules.id,
    allocation:
      child.iroId === null
        ? allocationDue(period.start, today, calendar, settings.allocationWorkingDays)
        : null,
    nextReview: {
      due: next.due,
      kind: next.kind,
      sequence: next.sequence,
      reason: next.reason,
      status: status.status,
      statusReason: status.reason,
      workingDaysLeft: status.workingDaysLeft,
      daysOverdue: status.daysOverdue,
    },
    meeting: meeting === null ? null : { id: meeting.id, date: meeting.date },
    midpoint: midpointSummary(db, child, period, today),
    lastParticipation:
      latest === undefined
        ? null
        : { code: latest.participationCode, method: latest.participationMethod },
    advocacy: advocacyState(latest),
    recordOfReviewOverdue: reviews.some((review) =>
      isRecordOfReviewOverdue(review, today, settings),
    ),
    openEscalations: db.forChild('escalations', child.id).filter((e) => e.resolvedOn === null)
      .length,
    awaitingSignOff: reviews.some(
      (review) => review.decisionsSentOn !== null && review.managerSignOffOn === null,
    ),
    lastSeenByIroOn: lastSeenByIroOn(db.forChild('iroContacts', child.id), today),
  };
  db.summaryCache.set(child.id, summary);
  return summary;
}

export function childDetail(db: Database, child: Child): ChildDetail {
  const summary = summariseChild(db, child);
  // Every review is listed, withdrawn ones flagged; the history and due dates count only the rest.
  const reviews = sortByDate(db.forChild('reviews', child.id), (review) => review.heldOn);
  const periods = periodsOf(child, heldReviews(reviews));
  const current = periods[periods.length - 1];
  if (current === undefined) throw new Error(`Child ${child.id} has no episodes of care`);
  const care = careStateOf(child, db.meta.today);
  const inCare = care.status === 'looked-after';
  return {
    ...child,
    reviews,
    midpointChecks: sortByDate(db.forChild('midpointChecks', child.id), (c) => c.checkedOn),
    meetings: sortByDate(db.forChild('meetings', child.id), (m) => m.date),
    escalations: sortByDate(db.forChild('escalations', child.id), (e) => e.raisedOn).map((e) =>
      childEscalation(db, e),
    ),
    age: summary.age,
    currentPeriod: {
      start: current.start,
      ruleSet: { id: current.rules.id, label: current.rules.label },
    },
    care,
    allocation: summary.allocation,
    nextReview: inCare ? summary.nextReview : null,
    meeting: summary.meeting,
    history: reviewHistory(current.episode, calendar, current.rules),
    midpoint: inCare ? summary.midpoint : null,
    previousPeriods: periods.slice(0, -1).map((period) => ({
      start: period.start,
      end: period.end,
      ruleSet: { id: period.rules.id, label: period.rules.label },
      reviews: reviewHistory(period.episode, calendar, period.rules),
    })),
    advocacy: summary.advocacy,
    recordOfReviewOverdue: summary.recordOfReviewOverdue,
    awaitingSignOff: summary.awaitingSignOff,
  };
}

export function emptyCounts(): CaseloadCounts {
  return {
    total: 0,
    overdue: 0,
    atRisk: 0,
    bookedLate: 0,
    booked: 0,
    onTrack: 0,
    midpointDue: 0,
    midpointMissed: 0,
    recordOfReviewOverdue: 0,
    openEscalations: 0,
    awaitingSignOff: 0,
  };
}

export function addToCounts(counts: CaseloadCounts, summary: ChildSummary): void {
  counts.total++;
  switch (summary.nextReview.status) {
    case 'overdue':
      counts.overdue++;
      break;
    case 'at-risk':
      counts.atRisk++;
      break;
    case 'booked-late':
      counts.bookedLate++;
      break;
    case 'booked':
      counts.booked++;
      break;
    case 'on-track':
      counts.onTrack++;
      break;
  }
  if (summary.midpoint.state === 'due') counts.midpointDue++;
  if (summary.midpoint.state === 'missed') counts.midpointMissed++;
  if (summary.recordOfReviewOverdue) counts.recordOfReviewOverdue++;
  counts.openEscalations += summary.openEscalations;
  if (summary.awaitingSignOff) counts.awaitingSignOff++;
}

export function caseloadOf(db: Database, iroId: string): CaseloadCounts {
  const counts = emptyCounts();
  for (const child of activeChildrenOf(db, iroId)) addToCounts(counts, summariseChild(db, child));
  return counts;
}

export function staffWithCaseload(db: Database, staff: StaffMember): StaffWithCaseload {
  if (staff.role !== 'iro') return { ...staff, caseload: null };
  const counts = caseloadOf(db, staff.id);
  const { min, max } = db.meta.settings.caseloadBand;
  const band = { min: Math.round(min * staff.fte), max: Math.round(max * staff.fte) };
  const bandPosition =
    counts.total < band.min ? 'below' : counts.total > band.max ? 'above' : 'within';
  return { ...staff, caseload: { ...counts, band, bandPosition } };
}

/** Working-day date helper used by handlers (sign-off targets etc.). */
export function workingDaysAfter(date: IsoDate, n: number): IsoDate {
  return addWorkingDays(date, n, calendar);
}
