// The review form's record of the review (who took part, the child's views, the decisions, the
// care plan), its quality checks and the follow-ups of earlier recommendations: their values, how
// a saved review fills them, and what they send. The rules between fields are the domain's (the
// same the backend runs); what is typed (blank, length, a real date) is checked here.
import { checkDate, emptyDateInput, type DateInputValue } from '@/components';
import {
  ATTENDEE_LIMIT,
  openRecommendations,
  QUALITY_CHECKS,
  recommendationOutcomeProblems,
  type IsoDate,
  type QualityCheckAnswer,
  type QualityCheckKey,
  type QualityChecksEntry,
  type RecommendationState,
} from '@/domain';
import type {
  AttendanceMethod,
  ChildDetail,
  CreateReviewBody,
  QualityChecksBody,
  Review,
} from '@/lib/api/schemas';

export interface AttendeeRow {
  /** Stable React key for the row. */
  key: string;
  name: string;
  role: string;
  method: '' | AttendanceMethod;
}

export type QualityCheckValues = Record<
  QualityCheckKey,
  { answer: '' | QualityCheckAnswer; note: string }
>;

/** An open recommendation of an earlier review in the period, and what the IRO says happened. */
export interface FollowUpRow {
  reviewId: string;
  reviewHeldOn: IsoDate;
  recommendationId: string;
  action: string;
  owner: string;
  targetDate: IsoDate;
  outcome: '' | RecommendationState;
  /** The date it was done, or found no longer needed (one field: only one is shown). */
  on: DateInputValue;
  note: string;
}

/** How each person took part, as the form offers it. */
export const ATTENDANCE_METHOD_OPTIONS: readonly { value: AttendanceMethod; text: string }[] = [
  { value: 'in-person', text: 'In person' },
  { value: 'video', text: 'Video call' },
  { value: 'phone', text: 'Phone' },
  { value: 'written', text: 'Sent a written contribution' },
];

export const QUALITY_CHECK_ANSWER_OPTIONS: readonly { value: QualityCheckAnswer; text: string }[] =
  [
    { value: 'yes', text: 'Yes' },
    { value: 'no', text: 'No' },
    { value: 'not-applicable', text: 'Not applicable' },
  ];

/** The labels of the follow-up's date, as the domain words its messages. */
export const FOLLOW_UP_DATE_LABELS = {
  done: 'Date the action was completed',
  'not-needed': 'Date it was found no longer needed',
} as const;

let attendeeSequence = 0;
export function newAttendeeRow(): AttendeeRow {
  attendeeSequence += 1;
  return { key: `person-${attendeeSequence}`, name: '', role: '', method: '' };
}

export function emptyQualityChecks(): QualityCheckValues {
  const entry = () => ({ answer: '' as const, note: '' });
  return {
    permanencePlan: entry(),
    healthAssessment: entry(),
    educationPlan: entry(),
    socialWorkerVisits: entry(),
    toldAboutAdvocacy: entry(),
  };
}

export function qualityChecksFrom(checks: Review['qualityChecks']): QualityCheckValues {
  const values = emptyQualityChecks();
  if (checks === null) return values;
  for (const { key } of QUALITY_CHECKS) {
    values[key] = { answer: checks[key].answer, note: checks[key].note ?? '' };
  }
  return values;
}

export function attendeeRowsFrom(attendees: Review['attendees']): AttendeeRow[] {
  return attendees.map((attendee, index) => ({
    key: `saved-${index}`,
    name: attendee.name,
    role: attendee.role,
    method: attendee.method,
  }));
}

/**
 * The open recommendations of the child's earlier reviews in the current period of care (held,
 * not withdrawn), oldest review first: what a new review follows up.
 */
export function followUpRowsFor(child: ChildDetail): FollowUpRow[] {
  const start = child.currentPeriod.start;
  const reviews = child.reviews.filter(
    (review) => review.withdrawn === null && review.heldOn >= start,
  );
  return openRecommendations(reviews).map(({ reviewId, reviewHeldOn, recommendation }) => ({
    reviewId,
    reviewHeldOn,
    recommendationId: recommendation.id,
    action: recommendation.action,
    owner: recommendation.owner,
    targetDate: recommendation.targetDate,
    outcome: '',
    on: { ...emptyDateInput },
    note: '',
  }));
}

/**
 * The follow-ups as the record is now (after reloading it), keeping what was answered for each
 * recommendation still open.
 */
export function refreshedFollowUps(
  current: readonly FollowUpRow[],
  fresh: readonly FollowUpRow[],
): FollowUpRow[] {
  return fresh.map((row) => {
    const kept = current.find(
      (candidate) =>
        candidate.reviewId === row.reviewId && candidate.recommendationId === row.recommendationId,
    );
    return kept === undefined
      ? row
      : { ...row, outcome: kept.outcome, on: kept.on, note: kept.note };
  });
}

type Problems = [path: string, message: string][];

/** Each person's name, role and how they took part (the API's wording). */
export function checkAttendees(rows: readonly AttendeeRow[]): {
  problems: Problems;
  body: CreateReviewBody['attendees'];
} {
  const problems: Problems = [];
  const body = rows.map((row, index) => {
    const path = `attendees.${index}`;
    const name = row.name.trim();
    const role = row.role.trim();
    if (name === '') problems.push([`${path}.name`, 'Enter the name of the person who took part']);
    else if (name.length > ATTENDEE_LIMIT) {
      problems.push([
        `${path}.name`,
        `The name of the person who took part must be ${ATTENDEE_LIMIT} characters or fewer`,
      ]);
    }
    if (role === '') problems.push([`${path}.role`, 'Enter their role']);
    else if (role.length > ATTENDEE_LIMIT) {
      problems.push([`${path}.role`, `Their role must be ${ATTENDEE_LIMIT} characters or fewer`]);
    }
    if (row.method === '') problems.push([`${path}.method`, 'Select how the person took part']);
    return { name, role, method: row.method === '' ? 'in-person' : row.method };
  });
  if (rows.length > 40) problems.push(['attendees', 'Record 40 people or fewer as taking part']);
  return { problems, body };
}

/**
 * The quality checks: null while none is answered (and no note typed), else every answer as given
 * (the domain asks for the ones left blank).
 */
export function checkedQualityChecks(values: QualityCheckValues): {
  entry: QualityChecksEntry | null;
  body: QualityChecksBody | null;
} {
  const started = QUALITY_CHECKS.some(
    ({ key }) => values[key].answer !== '' || values[key].note.trim() !== '',
  );
  if (!started) return { entry: null, body: null };
  const entryOf = (key: QualityCheckKey) => {
    const { answer, note } = values[key];
    const text = note.trim();
    return { answer: answer === '' ? null : answer, note: text === '' ? null : text };
  };
  const entry: QualityChecksEntry = {
    permanencePlan: entryOf('permanencePlan'),
    healthAssessment: entryOf('healthAssessment'),
    educationPlan: entryOf('educationPlan'),
    socialWorkerVisits: entryOf('socialWorkerVisits'),
    toldAboutAdvocacy: entryOf('toldAboutAdvocacy'),
  };
  const bodyOf = (key: QualityCheckKey) => ({
    answer: entry[key].answer ?? 'yes',
    note: entry[key].note,
  });
  return {
    entry,
    body: {
      permanencePlan: bodyOf('permanencePlan'),
      healthAssessment: bodyOf('healthAssessment'),
      educationPlan: bodyOf('educationPlan'),
      socialWorkerVisits: bodyOf('socialWorkerVisits'),
      toldAboutAdvocacy: bodyOf('toldAboutAdvocacy'),
    },
  };
}

/** What happened to each earlier recommendation: the domain's rules, prefixed `followUps.<i>.`. */
/**
 * The rows a review held on `heldOn` follows up: those of reviews held before it (all while the
 * date is not known). The rows are oldest review first, so these are always the first rows, and
 * each keeps its index (`followUps.N` in the form and the API).
 */
export function followUpRowsBefore(
  rows: readonly FollowUpRow[],
  heldOn: IsoDate | null,
): readonly FollowUpRow[] {
  return heldOn === null ? rows : rows.filter((row) => row.reviewHeldOn < heldOn);
}

export function checkFollowUps(
  allRows: readonly FollowUpRow[],
  today: IsoDate,
  heldOn: IsoDate | null,
): { problems: Problems; body: NonNullable<CreateReviewBody['followUps']> } {
  const problems: Problems = [];
  // A review entered late, before a later review, follows up only what came before it.
  const rows = followUpRowsBefore(allRows, heldOn);
  const body = rows.map((row, index) => {
    const path = `followUps.${index}`;
    const outcome = row.outcome === '' ? null : row.outcome;
    const dated = outcome === 'done' || outcome === 'not-needed';
    const typed = dated
      ? checkDate(row.on, { label: FOLLOW_UP_DATE_LABELS[outcome] })
      : { iso: null, error: null };
    const note = outcome === 'not-needed' ? row.note.trim() : '';
    if (typed.error !== null) problems.push([`${path}.on`, typed.error]);
    for (const problem of recommendationOutcomeProblems(
      { outcome, on: typed.iso, note: note === '' ? null : note },
      { today, reviewHeldOn: row.reviewHeldOn, action: row.action },
    )) {
      problems.push([`${path}.${problem.field}`, problem.message]);
    }
    return {
      reviewId: row.reviewId,
      recommendationId: row.recommendationId,
      outcome: outcome ?? 'open',
      on: dated ? typed.iso : null,
      note: note === '' ? null : note,
    };
  });
  return { problems, body };
}

/** Field paths of these sections in the order they appear on the form (the API's dotted paths). */
export const RECORD_OF_REVIEW_FIELD_ORDER = [
  'attendees',
  'childViews',
  'decisions',
  'carePlanEndorsed',
] as const;
export const FOLLOW_UP_FIELD_ORDER = ['followUps'] as const;
export const QUALITY_CHECK_FIELD_ORDER = QUALITY_CHECKS.flatMap(({ key }) => [
  `qualityChecks.${key}.answer`,
  `qualityChecks.${key}.note`,
]);

/** The id of each of these sections' inputs (dates: their day input); undefined: not theirs. */
export function recordFieldId(path: string): string | undefined {
  const attendee = /^attendees\.(\d+)\.(name|role|method)$/.exec(path);
  if (attendee) return `attendees-${attendee[1] ?? '0'}-${attendee[2] ?? 'name'}`;
  const followUp = /^followUps\.(\d+)\.(outcome|recommendationId|reviewId|on|note)$/.exec(path);
  if (followUp) {
    const [, index = '0', field = 'outcome'] = followUp;
    if (field === 'on') return `followUps-${index}-on-day`;
    if (field === 'note') return `followUps-${index}-note`;
    return `followUps-${index}-outcome`;
  }
  const check = /^qualityChecks\.(\w+)\.(answer|note)$/.exec(path);
  if (check) return `qualityChecks-${check[1] ?? ''}-${check[2] ?? 'answer'}`;
  const ids: Record<string, string> = {
    attendees: 'add-attendee',
    childViews: 'childViews',
    decisions: 'decisions',
    carePlanEndorsed: 'carePlanEndorsed',
    qualityChecks: 'qualityChecks-permanencePlan-answer',
    followUps: 'followUps-0-outcome',
  };
  return ids[path];
}
