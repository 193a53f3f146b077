import {
  annualReportFigures,
  isDomainError,
  lateReviewReasonText,
  type AnnualReportInput,
  type ReportChild,
  type ReportIroContact,
  type ReportMidpointCheck,
  type ReportReview,
} from '@/domain';
import {
  annualReportQuerySchema,
  type AnnualReport,
  type Child,
  type Review,
  type StaffMember,
} from '@/lib/api/schemas';
import { workingDayCalendar } from '../calendar';
import { heldReviewsOf, reportChildOf } from '../compute';
import type { Database } from '../db/database';
import { keptFigure } from '../figures-cache';
import { iroScope } from '../http/filters';
import { pageOf, type PageRequest } from '../http/paging';
import { problems } from '../http/problem';
import { route } from '../http/route';
import { json, readQuery } from '../http/validation';

// The annual IRO report: the mock database turned into the domain's plain records, then
// annualReportFigures (src/domain/reports.ts) does every count. Nothing is counted here.

/**
 * Why a late review was held late: the reason chosen when it was recorded or, for a review recorded
 * without one (imported), the out-of-timescale reason on the meeting held that day.
 */
export function lateReasonOf(
  db: Database,
  review: Review,
): Pick<ReportReview, 'lateReason' | 'lateReasonCategory'> {
  if (review.lateReason !== null) {
    return {
      lateReason: lateReviewReasonText(review.lateReason),
      lateReasonCategory: { code: review.lateReason.code, label: review.lateReason.label },
    };
  }
  const meeting = db
    .forChild('meetings', review.childId)
    .find(
      (m) => m.date === review.heldOn && m.status === 'held' && m.outOfTimescaleReason !== null,
    );
  return { lateReason: meeting?.outOfTimescaleReason ?? null, lateReasonCategory: null };
}

/** The report's input for some children (everyone's, or one IRO's current caseload). */
export function annualReportInput(
  db: Database,
  children: readonly Child[],
  iros: readonly StaffMember[],
  period: { from: string; to: string },
): AnnualReportInput {
  const reportChildren: ReportChild[] = [];
  const reviews: ReportReview[] = [];
  const escalations: AnnualReportInput['escalations'][number][] = [];
  const iroContacts: ReportIroContact[] = [];
  const midpointChecks: ReportMidpointCheck[] = [];
  for (const child of children) {
    for (const contact of db.forChild('iroContacts', child.id)) {
      iroContacts.push({ childId: child.id, contactOn: contact.contactOn, type: contact.type });
    }
    for (const check of db.forChild('midpointChecks', child.id)) {
      midpointChecks.push({ childId: child.id, checkedOn: check.checkedOn });
    }
    const childReviews = heldReviewsOf(db, child.id);
    reportChildren.push(reportChildOf(child, childReviews));
    for (const review of childReviews) {
      reviews.push({
        childId: child.id,
        heldOn: review.heldOn,
        participationCode: review.participationCode,
        participationMethod: review.participationMethod,
        advocacy: {
          offered: review.advocacy.offered,
          referralMade: review.advocacy.referralMade,
          provider: review.advocacy.provider,
          declined: review.advocacy.declined,
        },
        recordOfReviewCompletedOn: review.recordOfReviewCompletedOn,
        decisionsSentOn: review.decisionsSentOn,
        managerSignOffOn: review.managerSignOffOn,
        qualityChecks: review.qualityChecks,
        ...lateReasonOf(db, review),
      });
    }
    for (const escalation of db.forChild('escalations', child.id)) {
      escalations.push({
        childId: child.id,
        stage: escalation.stage,
        raisedOn: escalation.raisedOn,
        resolvedOn: escalation.resolvedOn,
        stages: escalation.stages.map((s) => ({ stage: s.stage, reachedOn: s.reachedOn })),
        cafcassReferredOn: escalation.cafcassReferredOn,
      });
    }
  }
  const { settings, today } = db.meta;
  return {
    period,
    children: reportChildren,
    reviews,
    escalations,
    iros: iros.map((iro) => ({ id: iro.id, name: iro.name, fte: iro.fte })),
    iroContacts,
    midpointChecks,
    holidays: workingDayCalendar,
    settings: {
      recordOfReviewTargetWorkingDays: settings.recordOfReviewTargetWorkingDays,
      recordOfReviewLimitWorkingDays: settings.recordOfReviewLimitWorkingDays,
      managerSignOffWorkingDays: settings.managerSignOffWorkingDays,
      iroContactMonths: settings.iroContactMonths,
    },
    today,
  };
}

/** IROs in the caseload table: every active IRO, and any who has left but still has children. */
function reportIros(db: Database): StaffMember[] {
  return [...db.all('staff')]
    .filter((s) => s.role === 'iro' && (s.active || db.childIdsOf(s.id).size > 0))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export function annualReport(
  db: Database,
  user: StaffMember,
  query: { from: string; to: string; iroId?: string | undefined } & PageRequest,
): AnnualReport {
  const iroId = iroScope(
    db,
    user,
    query.iroId,
    'You can only see the figures for your own caseload',
  );
  let report: KeptAnnualReport;
  try {
    report = keptAnnualReport(db, iroId, query);
  } catch (error) {
    // Records the figures cannot be worked out from are a data problem, not the request's fault.
    if (isDomainError(error)) {
      throw problems.serverError(`The figures could not be worked out: ${error.message}`);
    }
    throw error;
  }
  return {
    ...report.figures,
    lateReviews: { ...report.figures.lateReviews, value: pageOf(report.lateReviews, query) },
  };
}

/** What is kept between writes: every figure, and the whole list of late reviews to page. */
export interface KeptAnnualReport {
  figures: Omit<AnnualReport, 'lateReviews'> & {
    lateReviews: Omit<AnnualReport['lateReviews'], 'value'>;
  };
  lateReviews: AnnualReport['lateReviews']['value']['items'];
}

/**
 * Every figure of the report for one scope (an IRO's children now, or everyone's) and period, kept
 * until the next write: the report's pages and the team overview's year to date read the same
 * figures. Throws the domain's error when the records cannot be counted.
 */
export function keptAnnualReport(
  db: Database,
  iroId: string | undefined,
  period: { from: string; to: string },
): KeptAnnualReport {
  // The scope is checked by the caller, per request; what is kept is the same for every reader.
  return keptFigure(db, `annual-report ${period.from} ${period.to} ${iroId ?? '*'}`, () =>
    annualReportOf(db, iroId, period),
  );
}

function annualReportOf(
  db: Database,
  iroId: string | undefined,
  query: { from: string; to: string },
): KeptAnnualReport {
  let iros = reportIros(db);
  let children: Child[];
  let description: string;
  if (iroId === undefined) {
    children = [...db.all('children')];
    description = 'All children, all IROs';
  } else {
    const iro = db.get('staff', iroId);
    if (iro === undefined) throw problems.notFound('IRO', iroId);
    iros = [iro];
    children = [...db.childIdsOf(iro.id)].flatMap((id) => db.get('children', id) ?? []);
    description = `The children allocated to ${iro.name} now`;
  }
  const figures = annualReportFigures(
    annualReportInput(db, children, iros, { from: query.from, to: query.to }),
  );
  const refs = new Map(children.map((c) => [c.id, c.childRef]));
  const { value: late, ...lateFigure } = figures.lateReviews;
  return {
    figures: {
      ...figures,
      scope: { iroId: iroId ?? null, description },
      today: db.today,
      lateReviews: lateFigure,
    },
    lateReviews: late.map((row) => ({ ...row, childRef: refs.get(row.childId) ?? row.childId })),
  };
}

export const reportHandlers = [
  route('getAnnualReport', ({ url, db, user }) =>
    json(annualReport(db, user, readQuery(url, annualReportQuerySchema))),
  ),
];
