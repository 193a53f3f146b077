// The product's own checks run over a whole seeded database, returning what breaks them as data:
// the rules the forms and the backend run on each record (src/domain), the warnings the booking
// pages show, and the DfE's checks on the seed's own SSDA903 export. No rule is written here: each
// check calls the domain's function and only gathers the records it needs.
import {
  bankHolidayTitlesFromFeed,
  careEpisodeProblems,
  collectionYear,
  compareDates,
  currentCarePeriod,
  escalationChangeProblems,
  escalationRaisedProblems,
  findClashes,
  formatSsda903Date,
  heldReviews,
  meetingDateProblems,
  meetingDateWarnings,
  midpointCheckProblems,
  nextReviewDue,
  NON_BLOCKING_MEETING_STATUSES,
  reviewAsEntered,
  reviewRecordProblems,
  ssda903ReviewExport,
  SSDA903_REQUIRED_COLUMNS,
  validateSsda903,
  type EscalationState,
  type FieldProblem,
  type IsoDate,
  type MeetingDateWarningCode,
} from '@/domain';
import type { Child, Escalation, Review, ReviewMeeting } from '@/lib/api/schemas';
import { bankHolidays, workingDayCalendar as calendar } from '../calendar';
import { periodsOf } from '../compute';
import type { Snapshot } from '../db/types';

export type SeedCheck =
  | 'meeting-date'
  | 'meeting-booking'
  | 'meeting-clash'
  | 'meeting-held'
  | 'review-record'
  | 'midpoint-check'
  | 'escalation'
  | 'care-episodes'
  | 'ssda903-export'
  | 'ssda903-return';

/** One record that breaks one of the product's rules. */
export interface SeedFinding {
  check: SeedCheck;
  /** The record: a meeting, review, check or escalation id, a child id, or a CHILD reference. */
  id: string;
  childId: string | null;
  /** The rule's own code where it has one (a warning code, a DfE rule), else the field. */
  code: string;
  field: string;
  message: string;
}

// The warnings the booking pages show about a date and time that are never right for a seeded
// meeting (in the past and after the due date depend on the meeting: checked by its status).
const DATE_WARNINGS: readonly MeetingDateWarningCode[] = [
  'weekend',
  'bank-holiday',
  'beyond-holiday-data',
  'outside-working-hours',
];

const holidayTitles = bankHolidayTitlesFromFeed(bankHolidays);

function groupByChild<T extends { childId: string | null }>(rows: readonly T[]): Map<string, T[]> {
  const byChild = new Map<string, T[]>();
  for (const row of rows) {
    if (row.childId === null) continue;
    const list = byChild.get(row.childId);
    if (list === undefined) byChild.set(row.childId, [row]);
    else list.push(row);
  }
  return byChild;
}

class Findings {
  readonly list: SeedFinding[] = [];

  add(check: SeedCheck, id: string, childId: string | null, problem: FieldProblem): void {
    this.list.push({
      check,
      id,
      childId,
      code: problem.field,
      field: problem.field,
      message: problem.message,
    });
  }

  addCoded(
    check: SeedCheck,
    id: string,
    childId: string | null,
    code: string,
    field: string,
    message: string,
  ): void {
    this.list.push({ check, id, childId, code, field, message });
  }
}

interface ChildRecords {
  child: Child;
  reviews: Review[];
  periods: ReturnType<typeof periodsOf>;
}

function meetingFindings(
  findings: Findings,
  snapshot: Snapshot,
  records: ReadonlyMap<string, ChildRecords>,
): void {
  const { today, settings } = snapshot.meta;
  const { meetings } = snapshot.tables;
  const byIro = new Map<string, ReviewMeeting[]>();
  for (const meeting of meetings) {
    const list = byIro.get(meeting.iroId);
    if (list === undefined) byIro.set(meeting.iroId, [meeting]);
    else list.push(meeting);
  }
  for (const meeting of meetings) {
    const record = records.get(meeting.childId);
    if (record === undefined) {
      findings.addCoded(
        'meeting-held',
        meeting.id,
        meeting.childId,
        'child',
        'childId',
        'No such child',
      );
      continue;
    }
    const { child, reviews, periods } = record;
    const current = periods[periods.length - 1];
    const due =
      current === undefined
        ? meeting.date
        : nextReviewDue(current.episode, calendar, current.rules).due;
    const warnings = meetingDateWarnings({
      date: meeting.date,
      due,
      today,
      holidays: calendar,
      holidayTitles,
      time: { startTime: meeting.startTime, durationMinutes: meeting.durationMinutes },
      workingHours: settings.meetingWorkingHours,
    });
    for (const warning of warnings) {
      if (!DATE_WARNINGS.includes(warning.code)) continue;
      const field = warning.code === 'outside-working-hours' ? 'startTime' : 'date';
      findings.addCoded('meeting-date', meeting.id, child.id, warning.code, field, warning.message);
    }
    if (meeting.status === 'booked') {
      if (currentCarePeriod(child.episodes, meeting.date) === null) {
        findings.addCoded(
          'meeting-booking',
          meeting.id,
          child.id,
          'not-in-care',
          'date',
          `A meeting is booked on ${meeting.date}, when the child is not looked after`,
        );
      }
      for (const problem of meetingDateProblems(meeting, { today, due })) {
        findings.add('meeting-booking', meeting.id, child.id, problem);
      }
    }
    if (meeting.status === 'held' && !reviews.some((review) => review.heldOn === meeting.date)) {
      findings.addCoded(
        'meeting-held',
        meeting.id,
        child.id,
        'no-review',
        'date',
        `The meeting was held on ${meeting.date} but no review was recorded that day`,
      );
    }
    // Each clash once: from the later meeting of the two (or the later id on a tie). A cancelled
    // or postponed meeting takes none of the IRO's time.
    const blocking = !NON_BLOCKING_MEETING_STATUSES.includes(meeting.status);
    for (const other of blocking ? findClashes(meeting, byIro.get(meeting.iroId) ?? []) : []) {
      const later =
        compareDates(meeting.date, other.date) > 0 ||
        (meeting.date === other.date && meeting.startTime > other.startTime) ||
        (meeting.date === other.date &&
          meeting.startTime === other.startTime &&
          meeting.id > other.id);
      if (!later) continue;
      findings.addCoded(
        'meeting-clash',
        meeting.id,
        child.id,
        'clash',
        'startTime',
        `The IRO has meeting ${other.id} from ${other.startTime} on ${other.date} too`,
      );
    }
  }
}

function reviewFindings(findings: Findings, snapshot: Snapshot, record: ChildRecords): void {
  const { today, settings } = snapshot.meta;
  const { child, reviews, periods } = record;
  for (const review of reviews) {
    const period = [...periods]
      .reverse()
      .find((p) => review.heldOn >= p.start && (p.end === null || review.heldOn <= p.end));
    const others = reviews.filter((other) => other.id !== review.id);
    const episode =
      period === undefined
        ? null
        : {
            becameLookedAfter: period.start,
            reviews: period.episode.reviews.filter((heldOn) => heldOn !== review.heldOn),
          };
    const timing =
      period === undefined || episode === null
        ? null
        : {
            episode,
            rules: period.rules,
            holidays: calendar,
            lateReviewReasons: settings.lateReviewReasons,
            confirmBackDating: false,
          };
    const found = reviewRecordProblems(
      {
        ...review,
        // A stored late entry was confirmed when it was recorded.
        lateEntry:
          review.lateEntry === null ? null : { confirmed: true, reason: review.lateEntry.reason },
        lateReason:
          review.lateReason === null
            ? null
            : { code: review.lateReason.code, details: review.lateReason.details },
      },
      {
        today,
        dateOfBirth: child.dateOfBirth,
        periodOfCare: period === undefined ? null : { start: period.start, end: period.end },
        otherReviewDates: others.map((other) => other.heldOn),
        timing,
        reviewNumber:
          timing === null
            ? null
            : (reviewAsEntered(timing.episode, review.heldOn, calendar, timing.rules)?.sequence ??
              null),
      },
    );
    if (period === undefined) {
      findings.addCoded(
        'review-record',
        review.id,
        child.id,
        'heldOn',
        'heldOn',
        `The review on ${review.heldOn} is in no period of care`,
      );
    }
    for (const problem of found) findings.add('review-record', review.id, child.id, problem);
  }
}

function lookedAfterOn(child: Child, date: IsoDate): IsoDate | null {
  return currentCarePeriod(child.episodes, date)?.start ?? null;
}

function escalationFindings(
  findings: Findings,
  snapshot: Snapshot,
  child: Child,
  escalation: Escalation,
): void {
  const { today } = snapshot.meta;
  const add = (problem: FieldProblem) => {
    findings.add('escalation', escalation.id, child.id, problem);
  };
  const [raised, ...later] = escalation.stages;
  // Raised as stage 1 (the seed's way), then each stage reached, the referral, the resolution:
  // replayed in that order through the rules the escalation pages run.
  escalationRaisedProblems(
    { raisedOn: escalation.raisedOn, cafcassReferredOn: null },
    { today, lookedAfterOn: lookedAfterOn(child, escalation.raisedOn) },
  ).forEach(add);
  if (raised === undefined || raised.reachedOn !== escalation.raisedOn) {
    add({ field: 'stages', message: 'The first stage is not the day the escalation was raised' });
  }
  let state: EscalationState = {
    stage: 1,
    raisedOn: escalation.raisedOn,
    resolvedOn: null,
    stages: raised === undefined ? [] : [raised],
    cafcassReferredOn: null,
  };
  for (const stage of later) {
    escalationChangeProblems(state, { action: 'advance', on: stage.reachedOn }, today).forEach(add);
    state = { ...state, stage: stage.stage, stages: [...state.stages, stage] };
  }
  if (state.stage !== escalation.stage) {
    add({
      field: 'stage',
      message: `The stage is ${escalation.stage} but ${state.stage} were reached`,
    });
  }
  if (escalation.cafcassReferredOn !== null) {
    escalationChangeProblems(
      state,
      { action: 'refer-to-cafcass', cafcassReferredOn: escalation.cafcassReferredOn },
      today,
    ).forEach(add);
    state = { ...state, cafcassReferredOn: escalation.cafcassReferredOn };
  }
  if (escalation.resolvedOn !== null) {
    escalationChangeProblems(
      state,
      { action: 'resolve', resolvedOn: escalation.resolvedOn },
      today,
    ).forEach(add);
  }
}

/** The collection years the seed's reviews fall in, up to the one today is in. */
function collectionYears(today: IsoDate, reviews: readonly Review[]) {
  const yearOf = (date: IsoDate) => {
    const year = Number(date.slice(0, 4));
    return date.slice(5) >= '04-01' ? year : year - 1;
  };
  const first = reviews.reduce(
    (min, review) => Math.min(min, yearOf(review.heldOn)),
    yearOf(today),
  );
  const years = [];
  for (let year = first; year <= yearOf(today); year++) years.push(collectionYear(year));
  return years;
}

/**
 * The seed's own SSDA903 return: the reviews file the tracker exports for each collection year
 * (nothing may be left out but short-break-only children's reviews, which the DfE does not want),
 * checked with the header and episodes as the DfE's rules check a return.
 */
function ssda903Findings(
  findings: Findings,
  snapshot: Snapshot,
  records: readonly ChildRecords[],
): void {
  const { today } = snapshot.meta;
  const sources = records.map(({ child, reviews }) => ({
    childRef: child.childRef,
    dateOfBirth: child.dateOfBirth,
    reviews,
    episodes: child.episodes,
  }));
  const childIdOf = new Map(records.map(({ child }) => [child.childRef, child.id]));
  const reviewRows: Record<string, string>[] = [];
  for (const year of collectionYears(
    today,
    records.flatMap((record) => record.reviews),
  )) {
    const written = ssda903ReviewExport(sources, year);
    reviewRows.push(...written.rows.map((row) => ({ ...row })));
    for (const left of written.leftOut) {
      if (left.rule === '399') continue;
      findings.addCoded(
        'ssda903-export',
        left.childRef,
        childIdOf.get(left.childRef) ?? null,
        left.rule,
        'REVIEW',
        `The review on ${left.heldOn} was left out of ${year.label}: ${left.reason}`,
      );
    }
  }
  const header = records.map(({ child }) => ({
    CHILD: child.childRef,
    SEX: child.sex ?? '',
    DOB: formatSsda903Date(child.dateOfBirth),
  }));
  const episodes = records.flatMap(({ child }) =>
    child.episodes.map((episode) => ({
      CHILD: child.childRef,
      DECOM: formatSsda903Date(episode.start),
      RNE: episode.reasonForNewEpisode,
      LS: episode.legalStatus,
      PLACE: episode.placementType,
      DEC: episode.end === null ? '' : formatSsda903Date(episode.end),
      REC: episode.reasonEnded ?? '',
    })),
  );
  const validation = validateSsda903(
    {
      header: { columns: SSDA903_REQUIRED_COLUMNS.header, rows: header },
      episodes: { columns: SSDA903_REQUIRED_COLUMNS.episodes, rows: episodes },
      reviews: { columns: SSDA903_REQUIRED_COLUMNS.reviews, rows: reviewRows },
    },
    { today },
  );
  for (const problem of validation.problems) {
    findings.addCoded(
      'ssda903-return',
      `${problem.file} row ${problem.row}`,
      problem.childRef === null ? null : (childIdOf.get(problem.childRef) ?? null),
      problem.rule ?? problem.code,
      `${problem.file}.${problem.field}`,
      problem.message,
    );
  }
}

/** Every record of the snapshot that breaks one of the product's own rules (none: []). */
export function seedFindings(snapshot: Snapshot): SeedFinding[] {
  const findings = new Findings();
  const { today } = snapshot.meta;
  const { children, reviews, midpointChecks, escalations } = snapshot.tables;
  const reviewsByChild = groupByChild(reviews);
  const records = new Map<string, ChildRecords>();
  for (const child of children) {
    const held = heldReviews(reviewsByChild.get(child.id) ?? []).sort((a, b) =>
      compareDates(a.heldOn, b.heldOn),
    );
    records.set(child.id, { child, reviews: held, periods: periodsOf(child, held) });
  }
  for (const record of records.values()) {
    const { child } = record;
    careEpisodeProblems(child.episodes, { dateOfBirth: child.dateOfBirth, today }).forEach(
      (problem) => {
        findings.add('care-episodes', child.id, child.id, problem);
      },
    );
    reviewFindings(findings, snapshot, record);
  }
  meetingFindings(findings, snapshot, records);
  for (const check of midpointChecks) {
    const child = records.get(check.childId)?.child;
    if (child === undefined) continue;
    const since = lookedAfterOn(child, check.checkedOn);
    if (since === null) {
      findings.addCoded(
        'midpoint-check',
        check.id,
        child.id,
        'not-in-care',
        'checkedOn',
        `The midpoint check on ${check.checkedOn} is on a day the child was not looked after`,
      );
    }
    midpointCheckProblems(check, { today, lookedAfterOn: since }).forEach((problem) => {
      findings.add('midpoint-check', check.id, child.id, problem);
    });
  }
  for (const escalation of escalations) {
    const child = records.get(escalation.childId)?.child;
    if (child !== undefined) escalationFindings(findings, snapshot, child, escalation);
  }
  ssda903Findings(findings, snapshot, [...records.values()]);
  return findings.list;
}
