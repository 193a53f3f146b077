import { checkDate, emptyDateInput, isoToDateInput, type DateInputValue } from '@/components';
import {
  allowedParticipationCodes,
  CHILD_VIEWS_LIMIT,
  DECISIONS_LIMIT,
  formatDate,
  LATE_ENTRY_REASON_LIMIT,
  LATE_REVIEW_REASON_DETAILS_LIMIT,
  reviewRecordProblems,
  type IsoDate,
  type ReviewTimingContext,
} from '@/domain';
import {
  PARTICIPATION_METHOD_VALUES,
  type CreateReviewBody,
  type Review,
  type UpdateReviewBody,
} from '@/lib/api/schemas';
import { checkText } from '@/lib/forms/text';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import {
  attendeeRowsFrom,
  checkAttendees,
  checkedQualityChecks,
  checkFollowUps,
  emptyQualityChecks,
  FOLLOW_UP_FIELD_ORDER,
  QUALITY_CHECK_FIELD_ORDER,
  qualityChecksFrom,
  RECORD_OF_REVIEW_FIELD_ORDER,
  recordFieldId,
  type AttendeeRow,
  type FollowUpRow,
  type QualityCheckValues,
} from './review-record-values';
import { reviewTimingView } from './review-timing';

export interface RecommendationRow {
  /** Stable React key for the row. */
  key: string;
  /** Present for a recommendation already saved. */
  id?: string;
  action: string;
  owner: string;
  targetDate: DateInputValue;
  completedOn: DateInputValue;
  /** A saved recommendation closed as no longer needed: shown as such and kept as it is. */
  noLongerNeeded: { on: IsoDate; note: string } | null;
}

export type AdvocacyDecision = '' | 'referred' | 'declined' | 'none';

export interface ReviewFormValues {
  heldOn: DateInputValue;
  /** A review dated before the latest one: confirmed as a late entry, and why. */
  lateEntryConfirmed: boolean;
  lateEntryReason: string;
  /** A review held after its due date: the reason's code from the list, and any details. */
  lateReasonCode: string;
  lateReasonDetails: string;
  participationCode: string;
  participationMethod: string;
  advocacyOffered: '' | 'yes' | 'no';
  advocacyDecision: AdvocacyDecision;
  referralDate: DateInputValue;
  provider: string;
  advocacyOutcome: string;
  /** The record of the review: who took part and how, the child's views, the decisions. */
  attendees: AttendeeRow[];
  childViews: string;
  decisions: string;
  carePlanEndorsed: '' | 'yes' | 'no';
  /** The earlier reviews' open recommendations and what happened to each (a new review only). */
  followUps: FollowUpRow[];
  recommendations: RecommendationRow[];
  /** Optional as a whole: all five once any is answered. */
  qualityChecks: QualityCheckValues;
  recordOfReviewCompletedOn: DateInputValue;
  decisionsSentOn: DateInputValue;
  managerSignOffOn: DateInputValue;
}

/** Changes the form's values from what they are now (rows typed into in quick succession). */
export type UpdateReviewValues = (change: (current: ReviewFormValues) => ReviewFormValues) => void;

/** Sets one of the form's values. */
export function setValue<K extends keyof ReviewFormValues>(
  update: UpdateReviewValues,
  key: K,
  value: ReviewFormValues[K],
): void {
  update((current) => ({ ...current, [key]: value }));
}

/** Changes one row of a list of rows. */
export function updateRow<K extends 'attendees' | 'followUps' | 'recommendations'>(
  update: UpdateReviewValues,
  key: K,
  index: number,
  patch: Partial<ReviewFormValues[K][number]>,
): void {
  update((current) => ({
    ...current,
    [key]: current[key].map((row, i) => (i === index ? { ...row, ...patch } : row)),
  }));
}

/** Adds a row at the end of a list of rows. */
export function addRow<K extends 'attendees' | 'recommendations'>(
  update: UpdateReviewValues,
  key: K,
  row: ReviewFormValues[K][number],
): void {
  update((current) => ({ ...current, [key]: [...current[key], row] }));
}

/** Takes one row out of a list of rows. */
export function removeRow(
  update: UpdateReviewValues,
  key: 'attendees' | 'recommendations',
  index: number,
): void {
  update((current) => ({ ...current, [key]: current[key].filter((_, i) => i !== index) }));
}

let rowSequence = 0;
export function newRecommendationRow(): RecommendationRow {
  rowSequence += 1;
  return {
    key: `new-${rowSequence}`,
    action: '',
    owner: '',
    targetDate: { ...emptyDateInput },
    completedOn: { ...emptyDateInput },
    noLongerNeeded: null,
  };
}

/** A new review's form; `followUps`: the earlier open recommendations to follow up. */
export function emptyReviewForm(followUps: FollowUpRow[] = []): ReviewFormValues {
  return {
    heldOn: { ...emptyDateInput },
    lateEntryConfirmed: false,
    lateEntryReason: '',
    lateReasonCode: '',
    lateReasonDetails: '',
    participationCode: '',
    participationMethod: '',
    advocacyOffered: '',
    advocacyDecision: '',
    referralDate: { ...emptyDateInput },
    provider: '',
    advocacyOutcome: '',
    attendees: [],
    childViews: '',
    decisions: '',
    carePlanEndorsed: '',
    followUps,
    recommendations: [],
    qualityChecks: emptyQualityChecks(),
    recordOfReviewCompletedOn: { ...emptyDateInput },
    decisionsSentOn: { ...emptyDateInput },
    managerSignOffOn: { ...emptyDateInput },
  };
}

export function reviewFormFrom(review: Review): ReviewFormValues {
  return {
    heldOn: isoToDateInput(review.heldOn),
    lateEntryConfirmed: false,
    lateEntryReason: '',
    lateReasonCode: review.lateReason?.code ?? '',
    lateReasonDetails: review.lateReason?.details ?? '',
    participationCode: review.participationCode,
    participationMethod: review.participationMethod,
    advocacyOffered: review.advocacy.offered ? 'yes' : 'no',
    advocacyDecision: review.advocacy.referralMade
      ? 'referred'
      : review.advocacy.declined
        ? 'declined'
        : 'none',
    referralDate: isoToDateInput(review.advocacy.referralDate),
    provider: review.advocacy.provider ?? '',
    advocacyOutcome: review.advocacy.outcome ?? '',
    attendees: attendeeRowsFrom(review.attendees),
    childViews: review.childViews ?? '',
    decisions: review.decisions ?? '',
    carePlanEndorsed:
      review.carePlanEndorsed === null ? '' : review.carePlanEndorsed ? 'yes' : 'no',
    followUps: [],
    recommendations: review.recommendations.map((recommendation) => ({
      key: recommendation.id,
      id: recommendation.id,
      action: recommendation.action,
      owner: recommendation.owner,
      targetDate: isoToDateInput(recommendation.targetDate),
      completedOn: isoToDateInput(recommendation.completedOn),
      noLongerNeeded: recommendation.noLongerNeeded,
    })),
    qualityChecks: qualityChecksFrom(review.qualityChecks),
    recordOfReviewCompletedOn: isoToDateInput(review.recordOfReviewCompletedOn),
    decisionsSentOn: isoToDateInput(review.decisionsSentOn),
    managerSignOffOn: isoToDateInput(review.managerSignOffOn),
  };
}

/** Field paths in the order they appear on the form (the API's dotted paths). */
export const REVIEW_FIELD_ORDER: readonly string[] = [
  'heldOn',
  'lateEntry.confirmed',
  'lateEntry.reason',
  'lateReason.code',
  'lateReason.details',
  'participationCode',
  'participationMethod',
  'advocacy.offered',
  'advocacy.referralMade',
  'advocacy.declined',
  'advocacy.referralDate',
  'advocacy.provider',
  'advocacy.outcome',
  ...RECORD_OF_REVIEW_FIELD_ORDER,
  ...FOLLOW_UP_FIELD_ORDER,
  'recommendations',
  ...QUALITY_CHECK_FIELD_ORDER,
  'recordOfReviewCompletedOn',
  'decisionsSentOn',
  'managerSignOffOn',
];

const DATE_FIELDS = new Set([
  'heldOn',
  'advocacy.referralDate',
  'recordOfReviewCompletedOn',
  'decisionsSentOn',
  'managerSignOffOn',
]);

/** The id of each field's input on the page (dates: their day input). */
export function reviewFieldId(path: string): string | undefined {
  const row = /^recommendations\.(\d+)\.(action|owner|targetDate|completedOn)$/.exec(path);
  if (row) {
    const [, index = '0', field = 'action'] = row;
    const id = `recommendations-${index}-${field}`;
    return field === 'targetDate' || field === 'completedOn' ? `${id}-day` : id;
  }
  const closed = /^recommendations\.(\d+)\.noLongerNeeded(\.\w+)?$/.exec(path);
  if (closed) return `recommendations-${closed[1] ?? '0'}-noLongerNeeded`;
  const record = recordFieldId(path);
  if (record !== undefined) return record;
  const ids: Record<string, string> = {
    heldOn: 'heldOn',
    'lateEntry.confirmed': 'lateEntryConfirmed',
    'lateEntry.reason': 'lateEntryReason',
    'lateReason.code': 'lateReasonCode',
    'lateReason.details': 'lateReasonDetails',
    participationCode: 'participationCode',
    participationMethod: 'participationMethod',
    'advocacy.offered': 'advocacyOffered',
    'advocacy.referralMade': 'advocacyDecision',
    'advocacy.declined': 'advocacyDecision',
    'advocacy.referralDate': 'referralDate',
    'advocacy.provider': 'provider',
    'advocacy.outcome': 'advocacyOutcome',
    recordOfReviewCompletedOn: 'recordOfReviewCompletedOn',
    decisionsSentOn: 'decisionsSentOn',
    managerSignOffOn: 'managerSignOffOn',
  };
  const id = ids[path];
  if (id === undefined) return path === 'recommendations' ? 'add-recommendation' : undefined;
  return DATE_FIELDS.has(path) ? `${id}-day` : id;
}

/** Field paths whose messages show on the advocacy decision radios. */
export function advocacyDecisionError(errors: FieldErrors): string | undefined {
  return errors['advocacy.referralMade'] ?? errors['advocacy.declined'];
}

export interface ReviewContext {
  today: IsoDate;
  dateOfBirth: IsoDate;
  /** The start of the current period of care (a new review cannot be before it). */
  periodStart: IsoDate | null;
  mode: 'create' | 'edit';
  /** Where the review falls in its period (null: not known, nothing is judged). */
  timing: ReviewTimingContext | null;
}

/** The labels of the late entry's and the late reason's text, in their messages too. */
export const LATE_ENTRY_REASON_LABEL = 'Reason for the late entry';
export const LATE_REASON_DETAILS_LABEL = 'Details of why the review was held late';

/** What the form tells the IRO about PN0 for the date entered, from the domain's rules. */
export function participationAgeNote(dateOfBirth: IsoDate, heldOn: IsoDate | null): string {
  if (heldOn === null || heldOn < dateOfBirth) {
    return 'Enter the date the review was held to see which codes apply: PN0 is only for children under 4 on the review date, and PN1 to PN7 for children aged 4 or over.';
  }
  const allowed = allowedParticipationCodes(dateOfBirth, heldOn);
  const on = formatDate(heldOn);
  if (allowed.length === 8) {
    return `${on} was the child’s 4th birthday, so either PN0 or PN1 to PN7 can be used.`;
  }
  if (allowed.includes('PN0')) {
    return `The child was under 4 on ${on}, so use PN0: PN1 to PN7 are for children aged 4 or over.`;
  }
  return `The child was 4 or over on ${on}, so PN0 cannot be used: choose from PN1 to PN7.`;
}

function isMethod(value: string): value is CreateReviewBody['participationMethod'] {
  return (PARTICIPATION_METHOD_VALUES as readonly string[]).includes(value);
}

export interface CheckedReview {
  errors: FieldErrors;
  body: Omit<CreateReviewBody, 'managerSignOffOn'> & { managerSignOffOn: IsoDate | null };
}

/**
 * Checks every field with GOV.UK wording and builds the request body. What is typed (a blank
 * answer, a date that is not a real date, text length) is checked here; the rules between fields
 * are the domain's `reviewRecordProblems`, the same the backend runs.
 */
export function checkReviewForm(values: ReviewFormValues, context: ReviewContext): CheckedReview {
  const { today } = context;
  const referred = values.advocacyDecision === 'referred';
  const provider = values.provider.trim();
  const outcome = values.advocacyOutcome.trim();

  // What is typed: dates only as dates (the rules between them are the domain's).
  const held = checkDate(values.heldOn, { label: 'Date the review was held', required: true });
  const referral = referred
    ? checkDate(values.referralDate, { label: 'Date of the advocacy referral' })
    : { iso: null, error: null };
  const rows = values.recommendations.map((row) => {
    const target = checkDate(row.targetDate, { label: 'Target date', required: true });
    return {
      row,
      action: row.action.trim(),
      owner: row.owner.trim(),
      target: {
        iso: target.iso,
        error: target.error?.startsWith('Enter ')
          ? 'Enter the target date for the action'
          : target.error,
      },
      completed: checkDate(row.completedOn, { label: 'Date the action was completed' }),
    };
  });
  const record = checkDate(values.recordOfReviewCompletedOn, {
    label: 'Date the record of the review was completed',
  });
  const decisionsSent = checkDate(values.decisionsSentOn, {
    label: 'Date the decisions were sent',
  });
  const attendees = checkAttendees(values.attendees);
  const childViews = checkText(values.childViews, {
    label: 'The child’s views',
    limit: CHILD_VIEWS_LIMIT,
  });
  const decisionsText = checkText(values.decisions, {
    label: 'The decisions',
    limit: DECISIONS_LIMIT,
  });
  const carePlanEndorsed =
    values.carePlanEndorsed === '' ? null : values.carePlanEndorsed === 'yes';
  const qualityChecks = checkedQualityChecks(values.qualityChecks);
  // Follow-ups are a new review's: a saved one's earlier recommendations are followed up elsewhere.
  const followUps = checkFollowUps(
    context.mode === 'create' ? values.followUps : [],
    today,
    held.error === null ? held.iso : null,
  );
  const signOff =
    context.mode === 'edit'
      ? checkDate(values.managerSignOffOn, { label: 'Date of the manager’s sign-off' })
      : { iso: null, error: null };
  // Asked only when the date held makes them apply (a late entry; held after the due date).
  const timing = reviewTimingView(held.iso, context.timing, today);
  const entryReason = checkText(values.lateEntryReason, {
    label: LATE_ENTRY_REASON_LABEL,
    limit: LATE_ENTRY_REASON_LIMIT,
  });
  const lateEntry =
    timing.backDated === null
      ? null
      : { confirmed: values.lateEntryConfirmed, reason: entryReason.text };
  const lateOption = context.timing?.lateReviewReasons.find(
    (option) => option.code === values.lateReasonCode,
  );
  const lateDetails = checkText(lateOption?.detailsRequired ? values.lateReasonDetails : '', {
    label: LATE_REASON_DETAILS_LABEL,
    limit: LATE_REVIEW_REASON_DETAILS_LIMIT,
  });
  const lateReason = timing.late
    ? {
        code: values.lateReasonCode === '' ? null : values.lateReasonCode,
        details: lateDetails.text === '' ? null : lateDetails.text,
      }
    : null;

  // The rules between fields. A new review must fall in the current period of care; a saved one
  // (perhaps in an earlier period) only after the child was born: the backend checks its period.
  const problems = new Map(
    reviewRecordProblems(
      {
        heldOn: held.iso,
        participationCode: values.participationCode,
        advocacy: {
          referralMade: referred,
          referralDate: referral.iso,
          provider: referred ? provider : null,
          declined: values.advocacyDecision === 'declined',
        },
        recommendations: rows.map(({ row, owner, target, completed }) => ({
          owner,
          targetDate: target.iso,
          completedOn: completed.iso,
          noLongerNeeded: row.noLongerNeeded,
        })),
        recordOfReviewCompletedOn: record.iso,
        decisionsSentOn: decisionsSent.iso,
        managerSignOffOn: signOff.iso,
        lateEntry,
        lateReason,
        decisions: decisionsText.text,
        carePlanEndorsed,
        qualityChecks: qualityChecks.entry,
      },
      {
        today,
        dateOfBirth: context.dateOfBirth,
        periodOfCare:
          context.mode === 'create' && context.periodStart !== null
            ? { start: context.periodStart, end: null }
            : null,
        timing: context.timing,
      },
    ).map((problem) => [problem.field, problem.message]),
  );

  // One message per field, what is typed first, in the order of the form.
  const errors: FieldErrors = {};
  const add = (path: string, typed: string | null = null) => {
    const message = typed ?? problems.get(path);
    if (message !== undefined && errors[path] === undefined) errors[path] = message;
  };
  add('heldOn', held.error);
  if (lateEntry !== null) add('lateEntry.reason', entryReason.error);
  if (lateReason !== null) add('lateReason.details', lateDetails.error);
  add(
    'participationCode',
    values.participationCode === '' ? 'Select how the child participated in the review' : null,
  );
  add(
    'participationMethod',
    isMethod(values.participationMethod) ? null : 'Select how the child took part in the review',
  );
  add(
    'advocacy.offered',
    values.advocacyOffered === '' ? 'Select whether advocacy was offered' : null,
  );
  add(
    'advocacy.referralMade',
    values.advocacyDecision === '' ? 'Select whether a referral to advocacy was made' : null,
  );
  add('advocacy.referralDate', referral.error);
  add(
    'advocacy.provider',
    referred && provider.length > 120 ? 'Advocacy provider must be 120 characters or fewer' : null,
  );
  add(
    'advocacy.outcome',
    outcome.length > 2000 ? 'Advocacy outcome must be 2000 characters or fewer' : null,
  );
  for (const [path, message] of attendees.problems) add(path, message);
  add('childViews', childViews.error);
  add('decisions', decisionsText.error);
  for (const [path, message] of followUps.problems) add(path, message);
  rows.forEach(({ action, owner, target, completed }, index) => {
    const path = `recommendations.${index}`;
    add(
      `${path}.action`,
      action === ''
        ? 'Enter the recommended action'
        : action.length > 500
          ? 'The recommended action must be 500 characters or fewer'
          : null,
    );
    add(
      `${path}.owner`,
      owner === ''
        ? 'Enter who is responsible for the action'
        : owner.length > 120
          ? 'Who is responsible for the action must be 120 characters or fewer'
          : null,
    );
    add(`${path}.targetDate`, target.error);
    add(`${path}.completedOn`, completed.error);
  });
  add('recordOfReviewCompletedOn', record.error);
  add('decisionsSentOn', decisionsSent.error);
  add('managerSignOffOn', signOff.error);
  for (const path of problems.keys()) add(path);

  return {
    errors,
    body: {
      heldOn: held.iso ?? '',
      participationCode: values.participationCode,
      participationMethod: isMethod(values.participationMethod)
        ? values.participationMethod
        : 'in-person',
      advocacy: {
        offered: values.advocacyOffered === 'yes',
        referralMade: referred,
        referralDate: referred ? referral.iso : null,
        provider: referred ? provider : null,
        declined: values.advocacyDecision === 'declined',
        outcome: outcome === '' ? null : outcome,
      },
      recommendations: rows.map(({ row, action, owner, target, completed }) => ({
        ...(row.id === undefined ? {} : { id: row.id }),
        action,
        owner,
        targetDate: target.iso ?? '',
        completedOn: completed.iso,
        // Sent back as recorded: a recommendation closed as no longer needed stays closed.
        ...(row.id === undefined ? {} : { noLongerNeeded: row.noLongerNeeded }),
      })),
      attendees: attendees.body,
      childViews: childViews.text === '' ? null : childViews.text,
      decisions: decisionsText.text === '' ? null : decisionsText.text,
      carePlanEndorsed,
      qualityChecks: qualityChecks.body,
      followUps: followUps.body,
      recordOfReviewCompletedOn: record.iso,
      decisionsSentOn: decisionsSent.iso,
      managerSignOffOn: signOff.iso,
      lateEntry,
      lateReason:
        lateReason === null || lateReason.code === null
          ? null
          : { code: lateReason.code, details: lateReason.details },
    },
  };
}

export function createReviewBody(checked: CheckedReview): CreateReviewBody {
  const { heldOn, participationCode, participationMethod, advocacy, recommendations } =
    checked.body;
  return {
    heldOn,
    participationCode,
    participationMethod,
    advocacy,
    recommendations,
    attendees: checked.body.attendees,
    childViews: checked.body.childViews,
    decisions: checked.body.decisions,
    carePlanEndorsed: checked.body.carePlanEndorsed,
    qualityChecks: checked.body.qualityChecks,
    followUps: checked.body.followUps,
    recordOfReviewCompletedOn: checked.body.recordOfReviewCompletedOn,
    decisionsSentOn: checked.body.decisionsSentOn,
    lateReason: checked.body.lateReason ?? null,
    lateEntry: checked.body.lateEntry ?? null,
  };
}

export function updateReviewBody(checked: CheckedReview, version: number): UpdateReviewBody {
  // A saved review is not a new entry: only its lateness is asked again; its earlier
  // recommendations are followed up at the review after it, not here.
  const { lateEntry: _newEntriesOnly, followUps: _newReviewsOnly, ...body } = checked.body;
  return { ...body, version };
}
