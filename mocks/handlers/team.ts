// The team manager's views across every IRO: computed from the same child summaries as the
// caseload (mocks/compute.ts) and the domain's team and annual report functions.
import {
  atRiskCategory,
  caseloadBandPosition,
  heldReviews,
  horizonInWeeks,
  horizonToDate,
  isDomainError,
  perFte,
  signOffState,
  signOffWait,
  TEAM_OVERVIEW_HORIZON_WEEKS,
  yearToDate,
  type AtRiskCategory,
  type AtRiskHorizon,
} from '@/domain';
import type { Child, ChildSummary, Page, StaffMember } from '@/lib/api/schemas';
import {
  atRiskQuerySchema,
  teamIroQuerySchema,
  type AtRiskList,
  type AtRiskReview,
  type OpenEscalation,
  type OpenEscalations,
  type SignOffQueue,
  type SignOffQueueItem,
  type TeamIroRow,
  type TeamOverview,
} from '@/lib/api/team-schemas';
import { workingDayCalendar as calendar } from '../calendar';
import { groupReviews, pageOfGroups, type GroupedReviewsAtRisk } from './at-risk-paging';
import { escalationAgeOf } from '../escalation-compute';
import { activeChildren, activeChildrenOf, allocatedIroId, summariseChild } from '../compute';
import type { Database } from '../db/database';
import { keptFigure } from '../figures-cache';
import { assertIroFilter } from '../http/filters';
import { pageOf } from '../http/paging';
import { json, readQuery } from '../http/validation';
import { keptAnnualReport } from './reports';
import { route } from '../http/route';

function iroName(db: Database, iroId: string): string {
  return db.get('staff', iroId)?.name ?? 'Unknown IRO';
}

/** The child and their IRO, as each of the team's lists names them. */
function teamListChild(db: Database, child: Child) {
  return {
    childId: child.id,
    childRef: child.childRef,
    givenName: child.givenName,
    familyName: child.familyName,
    iroId: allocatedIroId(child),
    iroName: iroName(db, allocatedIroId(child)),
  };
}

/** IROs working now, and any who have left but still have children allocated. */
function teamIros(db: Database): StaffMember[] {
  return [...db.all('staff')]
    .filter((s) => s.role === 'iro' && (s.active || db.childIdsOf(s.id).size > 0))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** Children of one IRO, or of everyone. */
function childrenOf(db: Database, iroId: string | undefined): Child[] {
  return iroId === undefined ? activeChildren(db) : activeChildrenOf(db, iroId);
}

/** What a row and the totals count, before any child is counted. */
const NO_COUNTS = {
  overdue: 0,
  atRisk: 0,
  bookedLate: 0,
  midpointMissed: 0,
  recordOfReviewOverdue: 0,
  openEscalations: 0,
  awaitingSignOff: 0,
};

function emptyRow(iro: StaffMember): TeamIroRow {
  return {
    id: iro.id,
    name: iro.name,
    fte: iro.fte,
    active: iro.active,
    children: 0,
    perFte: null,
    bandPosition: null,
    ...NO_COUNTS,
  };
}

type Counted = Omit<TeamIroRow, 'id' | 'name' | 'fte' | 'active' | 'perFte' | 'bandPosition'>;

function addChild(row: Counted, summary: ChildSummary, horizon: AtRiskHorizon): void {
  row.children++;
  const category = atRiskCategory(summary.nextReview, horizon.until);
  if (category === 'overdue') row.overdue++;
  if (category === 'not-booked') row.atRisk++;
  if (summary.nextReview.status === 'booked-late') row.bookedLate++;
  if (summary.midpoint.state === 'missed') row.midpointMissed++;
  if (summary.recordOfReviewOverdue) row.recordOfReviewOverdue++;
  row.openEscalations += summary.openEscalations;
  if (summary.awaitingSignOff) row.awaitingSignOff++;
}

/**
 * The year-to-date figures: the annual report's own, for everyone's children from 1 April to today
 * (the same records counted the same way, and kept with the report's figures until the next write).
 */
function yearToDateFigures(db: Database): NonNullable<TeamOverview['yearToDate']> {
  const period = yearToDate(db.meta.today);
  const { figures } = keptAnnualReport(db, undefined, { from: period.from, to: period.to });
  return {
    ...period,
    reviewsHeld: figures.reviewsHeld,
    inTimescale: figures.reviewsInTimescale,
    participation: figures.participation,
    participationIncludingUnder4s: figures.participationIncludingUnder4s,
    advocacyReferrals: figures.advocacyReferrals,
    lateByReason: figures.lateReviewsByReason,
  };
}

/**
 * The caseloads do not depend on the year's records adding up, so a record the annual report
 * cannot count (an escalation resolved before it was raised) leaves the figures out and says why,
 * rather than failing the whole overview.
 */
function yearToDateOrProblem(db: Database): Pick<TeamOverview, 'yearToDate' | 'yearToDateProblem'> {
  try {
    return { yearToDate: yearToDateFigures(db), yearToDateProblem: null };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return {
      yearToDate: null,
      yearToDateProblem: `${error.message}${error.field === undefined ? '' : ` (${error.field})`}`,
    };
  }
}

function teamOverview(db: Database): TeamOverview {
  const { today, settings } = db.meta;
  const band = settings.caseloadBand;
  const horizon = horizonInWeeks(today, TEAM_OVERVIEW_HORIZON_WEEKS);
  const iros = teamIros(db);
  const rows = new Map(iros.map((iro) => [iro.id, emptyRow(iro)]));
  const totals: TeamOverview['totals'] = {
    fte: Math.round(iros.reduce((sum, iro) => sum + iro.fte * 100, 0)) / 100,
    children: 0,
    perFte: null,
    ...NO_COUNTS,
    unallocated: 0,
  };
  for (const child of activeChildren(db)) {
    const summary = summariseChild(db, child);
    const row = child.iroId === null ? undefined : rows.get(child.iroId);
    if (row === undefined) totals.unallocated++;
    else addChild(row, summary, horizon);
    addChild(totals, summary, horizon);
  }
  for (const row of rows.values()) {
    row.perFte = perFte(row.children, row.fte);
    row.bandPosition = caseloadBandPosition(row.perFte, band);
  }
  totals.perFte = perFte(totals.children - totals.unallocated, totals.fte);
  return {
    today,
    horizon,
    band: { min: band.min, max: band.max },
    iros: [...rows.values()],
    totals,
    ...yearToDateOrProblem(db),
  };
}

function atRiskList(db: Database, url: URL): AtRiskList {
  const query = readQuery(url, atRiskQuerySchema);
  assertIroFilter(db, query.iroId);
  const { today } = db;
  const horizon =
    query.until === undefined
      ? horizonInWeeks(today, query.weeks ?? TEAM_OVERVIEW_HORIZON_WEEKS)
      : horizonToDate(today, query.until);
  // Kept until the next write, for this horizon and these categories and IRO.
  const key = `reviews-at-risk ${JSON.stringify(horizon)} ${query.iroId ?? '*'} ${[...query.category].sort().join(',')}`;
  const { grouped, ...fields } = keptFigure(db, key, () => atRiskReviews(db, query, horizon));
  return { ...fields, ...pageOfGroups(grouped, query.page, query.pageSize) };
}

function atRiskReviews(
  db: Database,
  query: { iroId?: string | undefined; category: readonly AtRiskCategory[] },
  horizon: AtRiskHorizon,
): Pick<AtRiskList, 'today' | 'horizon' | 'counts'> & { grouped: GroupedReviewsAtRisk } {
  const { today } = db;
  const wanted = new Set<AtRiskCategory>(query.category);
  const counts = { overdue: 0, notBooked: 0, bookedLate: 0, total: 0 };
  const items: AtRiskReview[] = [];
  for (const child of childrenOf(db, query.iroId)) {
    const summary = summariseChild(db, child);
    const { nextReview } = summary;
    const category = atRiskCategory(nextReview, horizon.until);
    if (category === null) continue;
    counts.total++;
    if (category === 'overdue') counts.overdue++;
    else if (category === 'not-booked') counts.notBooked++;
    else counts.bookedLate++;
    if (wanted.size > 0 && !wanted.has(category)) continue;
    items.push({
      ...teamListChild(db, child),
      due: nextReview.due,
      kind: nextReview.kind,
      dueReason: nextReview.reason,
      status: nextReview.status,
      statusReason: nextReview.statusReason,
      category,
      workingDaysLeft: nextReview.workingDaysLeft,
      daysOverdue: nextReview.daysOverdue,
      meetingDate: summary.meeting?.date ?? null,
    });
  }
  return { today, horizon, counts, grouped: groupReviews(items) };
}

function signOffQueue(db: Database, url: URL): SignOffQueue {
  const query = readQuery(url, teamIroQuerySchema);
  assertIroFilter(db, query.iroId);
  // The whole queue kept until the next write (every review is looked at); a page of it sent.
  const { items, ...fields } = keptFigure(db, `sign-off-queue ${query.iroId ?? '*'}`, () =>
    signOffQueueOf(db, query.iroId),
  );
  return { ...fields, ...pageOf(items, query) };
}

function signOffQueueOf(
  db: Database,
  iroId: string | undefined,
): Omit<SignOffQueue, keyof Page<SignOffQueueItem>> & { items: SignOffQueueItem[] } {
  const { today, settings } = db.meta;
  const workingDays = settings.managerSignOffWorkingDays;
  const items: SignOffQueueItem[] = [];
  for (const review of heldReviews([...db.all('reviews')])) {
    if (review.decisionsSentOn === null || review.managerSignOffOn !== null) continue;
    const child = db.get('children', review.childId);
    if (child === undefined) continue;
    if (iroId !== undefined && child.iroId !== iroId) continue;
    const wait = signOffWait(review.decisionsSentOn, today, calendar, workingDays);
    const latestQuery = review.signOffQueries.at(-1);
    items.push({
      reviewId: review.id,
      version: review.version,
      ...teamListChild(db, child),
      heldOn: review.heldOn,
      decisionsSentOn: review.decisionsSentOn,
      ...wait,
      state: signOffState(review) === 'queried' ? 'queried' : 'awaiting-manager',
      query:
        latestQuery === undefined
          ? null
          : {
              raisedOn: latestQuery.raisedOn,
              reason: latestQuery.reason,
              answeredOn: latestQuery.answer?.on ?? null,
              answer: latestQuery.answer?.text ?? null,
            },
    });
  }
  items.sort(
    (a, b) =>
      a.decisionsSentOn.localeCompare(b.decisionsSentOn) ||
      a.heldOn.localeCompare(b.heldOn) ||
      a.childRef.localeCompare(b.childRef),
  );
  return {
    today,
    workingDays,
    late: items.filter((item) => item.late).length,
    items,
  };
}

function openEscalations(db: Database, url: URL): OpenEscalations {
  const query = readQuery(url, teamIroQuerySchema);
  assertIroFilter(db, query.iroId);
  const { today, settings } = db.meta;
  const byStage = { 1: 0, 2: 0, 3: 0 };
  const items: OpenEscalation[] = [];
  for (const escalation of db.all('escalations')) {
    const age = escalationAgeOf(db, escalation);
    if (age === null) continue;
    const child = db.get('children', escalation.childId);
    if (child === undefined) continue;
    if (query.iroId !== undefined && child.iroId !== query.iroId) continue;
    byStage[escalation.stage]++;
    items.push({
      id: escalation.id,
      ...teamListChild(db, child),
      stage: escalation.stage,
      reason: escalation.reason,
      raisedOn: escalation.raisedOn,
      stageReachedOn: age.stageReachedOn,
      workingDaysOpen: age.workingDaysOpen,
      workingDaysAtStage: age.workingDaysAtStage,
      overLimit: age.overLimit,
      stagePastTarget: age.stagePastTarget,
      cafcassReferredOn: escalation.cafcassReferredOn,
    });
  }
  items.sort(
    (a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.childRef.localeCompare(b.childRef),
  );
  return {
    today,
    limitWorkingDays: settings.escalationOpenWorkingDaysLimit,
    byStage,
    overLimit: items.filter((item) => item.overLimit).length,
    stagePastTarget: items.filter((item) => item.stagePastTarget).length,
    cafcassReferred: items.filter((item) => item.cafcassReferredOn !== null).length,
    ...pageOf(items, query),
  };
}

export const teamHandlers = [
  // Kept until the next write: every child is counted, and the whole year's reviews.
  route('getTeamOverview', ({ db }) =>
    json(keptFigure(db, 'team overview', () => teamOverview(db))),
  ),
  route('listReviewsAtRisk', ({ db, url }) => json(atRiskList(db, url))),
  route('getSignOffQueue', ({ db, url }) => json(signOffQueue(db, url))),
  route('listOpenEscalations', ({ db, url }) => json(openEscalations(db, url))),
];
