// Reviews: participation, advocacy, recommendations, the record of review and sign-off.
import { z } from 'zod';
import {
  advocacyProblems,
  ATTENDEE_LIMIT,
  CHILD_VIEWS_LIMIT,
  DECISIONS_LIMIT,
  LATE_ENTRY_REASON_LIMIT,
  LATE_REVIEW_REASON_DETAILS_LIMIT,
  QUALITY_CHECK_NOTE_LIMIT,
  RECOMMENDATION_NOTE_LIMIT,
  SIGN_OFF_ANSWER_LIMIT,
  SIGN_OFF_QUERY_LIMIT,
  WITHDRAWAL_REASON_LIMIT,
} from '@/domain';
import {
  dateField,
  idField,
  idSchema,
  instantSchema,
  isoDateSchema,
  textField,
  versionField,
} from './common';
import { participationCodeSchema, participationMethodSchema } from './vocabularies';

export const advocacySchema = z
  .object({
    offered: z.boolean(),
    referralMade: z.boolean(),
    referralDate: isoDateSchema.nullable(),
    provider: z.string().nullable(),
    declined: z.boolean(),
    outcome: z.string().nullable(),
  })
  .meta({ id: 'Advocacy' });
export type Advocacy = z.infer<typeof advocacySchema>;

export const recommendationSchema = z
  .object({
    id: idSchema,
    action: z.string(),
    owner: z.string(),
    targetDate: isoDateSchema,
    /** Done on this date. */
    completedOn: isoDateSchema.nullable(),
    /** Closed without being done: the date it was found no longer needed, and why. */
    noLongerNeeded: z.object({ on: isoDateSchema, note: z.string() }).nullable(),
  })
  .meta({
    id: 'Recommendation',
    description:
      'Open until marked done (completedOn) or no longer needed (noLongerNeeded), at a later review or between reviews',
  });
export type Recommendation = z.infer<typeof recommendationSchema>;

/** Why a review was held after its due date: the reason chosen from the council's list. */
export const lateReviewReasonSchema = z
  .object({
    code: z.string(),
    /** The reason's words when it was recorded (a council may reword its list later). */
    label: z.string(),
    details: z.string().nullable(),
  })
  .meta({ id: 'LateReviewReason' });
export type LateReviewReason = z.infer<typeof lateReviewReasonSchema>;

/** A review entered with a date before a later review: confirmed as a late entry, and why. */
export const lateEntrySchema = z
  .object({ reason: z.string() })
  .meta({ id: 'LateEntry', description: 'The reason given when the late entry was confirmed' });

/** A review withdrawn as entered in error: kept, struck through, and counted nowhere. */
export const reviewWithdrawalSchema = z
  .object({
    on: isoDateSchema,
    at: instantSchema,
    by: idSchema,
    byName: z.string(),
    reason: z.string(),
  })
  .meta({ id: 'ReviewWithdrawal' });
export type ReviewWithdrawal = z.infer<typeof reviewWithdrawalSchema>;

export const attendanceMethodSchema = z
  .enum(['in-person', 'video', 'phone', 'written'], {
    error: 'Select how the person took part',
  })
  .meta({ id: 'AttendanceMethod' });
export type AttendanceMethod = z.infer<typeof attendanceMethodSchema>;

/** Who took part in the review meeting and how (the record of the review; the child is in PN). */
export const attendeeSchema = z
  .object({ name: z.string(), role: z.string(), method: attendanceMethodSchema })
  .meta({ id: 'Attendee' });
export type Attendee = z.infer<typeof attendeeSchema>;

export const qualityCheckAnswerSchema = z
  .enum(['yes', 'no', 'not-applicable'], { error: 'Select yes, no or not applicable' })
  .meta({ id: 'QualityCheckAnswer' });

const qualityCheckSchema = z.object({
  answer: qualityCheckAnswerSchema,
  note: z.string().nullable(),
});

/** The IRO's quality checks at the review (src/domain/quality-checks.ts). */
export const qualityChecksSchema = z
  .object({
    permanencePlan: qualityCheckSchema,
    healthAssessment: qualityCheckSchema,
    educationPlan: qualityCheckSchema,
    socialWorkerVisits: qualityCheckSchema,
    toldAboutAdvocacy: qualityCheckSchema,
  })
  .meta({ id: 'QualityChecks' });
export type QualityChecks = z.infer<typeof qualityChecksSchema>;

const staffRefSchema = z.object({ id: idSchema, name: z.string() });

/** The manager's query of the decisions, open until the IRO answers it. */
export const signOffQuerySchema = z
  .object({
    id: idSchema,
    raisedOn: isoDateSchema,
    raisedAt: instantSchema,
    raisedBy: staffRefSchema,
    reason: z.string(),
    answer: z
      .object({ on: isoDateSchema, at: instantSchema, by: staffRefSchema, text: z.string() })
      .nullable(),
  })
  .meta({ id: 'SignOffQuery' });
export type SignOffQuery = z.infer<typeof signOffQuerySchema>;

export const reviewSchema = z
  .object({
    id: idSchema,
    childId: idSchema,
    heldOn: isoDateSchema,
    participationCode: participationCodeSchema,
    participationMethod: participationMethodSchema,
    advocacy: advocacySchema,
    recommendations: z.array(recommendationSchema),
    recordOfReviewCompletedOn: isoDateSchema.nullable(),
    attendees: z.array(attendeeSchema),
    /** The child's views in summary, or how they were conveyed. */
    childViews: z.string().nullable(),
    /** The review's decisions, as sent to the social work manager. */
    decisions: z.string().nullable(),
    /** Whether the review endorsed the care plan; null: not answered. */
    carePlanEndorsed: z.boolean().nullable(),
    /** null: not recorded for this review. */
    qualityChecks: qualityChecksSchema.nullable(),
    decisionsSentOn: isoDateSchema.nullable(),
    managerSignOffOn: isoDateSchema.nullable(),
    /** The team manager who agreed the decisions. */
    signedOffBy: staffRefSchema.nullable(),
    /** The manager's queries of the decisions and the IRO's answers, oldest first. */
    signOffQueries: z.array(signOffQuerySchema),
    /** null: held in timescale (or imported without a reason). */
    lateReason: lateReviewReasonSchema.nullable(),
    /** Set when the review was entered after a later one, confirmed as a late entry. */
    lateEntry: lateEntrySchema.nullable(),
    /** null: counted. Otherwise withdrawn as entered in error: no due date or figure counts it. */
    withdrawn: reviewWithdrawalSchema.nullable(),
    version: z.number().int(),
    recordedBy: idSchema,
    recordedAt: instantSchema,
  })
  .meta({ id: 'Review' });
export type Review = z.infer<typeof reviewSchema>;

/**
 * The parts of a review's record that a review made elsewhere (an SSDA903 return, an older
 * tracker) does not have: nobody has written them yet.
 */
export function unwrittenReviewRecord(): Pick<
  Review,
  | 'attendees'
  | 'childViews'
  | 'decisions'
  | 'carePlanEndorsed'
  | 'qualityChecks'
  | 'signedOffBy'
  | 'signOffQueries'
> {
  return {
    attendees: [],
    childViews: null,
    decisions: null,
    carePlanEndorsed: null,
    qualityChecks: null,
    signedOffBy: null,
    signOffQueries: [],
  };
}

export const advocacyBodySchema = z
  .strictObject({
    offered: z.boolean({ error: 'Select whether advocacy was offered' }),
    referralMade: z.boolean({ error: 'Select whether a referral to advocacy was made' }),
    referralDate: dateField('Date of the advocacy referral').nullable().default(null),
    provider: z
      .string()
      .trim()
      .max(120, { message: 'Advocacy provider must be 120 characters or fewer' })
      .nullable()
      .default(null),
    declined: z.boolean().default(false),
    outcome: z
      .string()
      .trim()
      .max(2000, { message: 'Advocacy outcome must be 2000 characters or fewer' })
      .nullable()
      .default(null),
  })
  // The domain's rules for a referral (the form runs the same): fields come as 'advocacy.provider'.
  .superRefine((value, ctx) => {
    for (const problem of advocacyProblems(value)) {
      ctx.addIssue({
        code: 'custom',
        path: problem.field.split('.').slice(1),
        message: problem.message,
      });
    }
  })
  .meta({ id: 'AdvocacyBody' });
export type AdvocacyBody = z.input<typeof advocacyBodySchema>;

export const recommendationBodySchema = z
  .strictObject({
    /** Omit for a new recommendation; give the id to keep an existing one. */
    id: idField('Recommendation id must be 64 characters or fewer').optional(),
    action: textField('The recommended action', 500),
    owner: textField('Who is responsible for the action', 120),
    targetDate: dateField('Target date'),
    completedOn: dateField('Date the action was completed').nullable().default(null),
    /** Omitted: kept as recorded (a recommendation closed as no longer needed stays closed). */
    noLongerNeeded: z
      .strictObject({
        on: dateField('Date it was found no longer needed'),
        note: textField('Why the recommendation is no longer needed', RECOMMENDATION_NOTE_LIMIT),
      })
      .nullable()
      .optional(),
  })
  .meta({ id: 'RecommendationBody' });
export type RecommendationBody = z.input<typeof recommendationBodySchema>;

export const attendeeBodySchema = z
  .strictObject({
    name: textField('The name of the person who took part', ATTENDEE_LIMIT),
    role: textField('Their role', ATTENDEE_LIMIT),
    method: attendanceMethodSchema,
  })
  .meta({ id: 'AttendeeBody' });

/** Text that may be left blank (the backend keeps a blank as null). */
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} must be ${max} characters or fewer` })
    .nullable();

const qualityCheckBodySchema = z.strictObject({
  /** null or omitted: not answered (the domain's rules refuse it, in the form's words). */
  answer: qualityCheckAnswerSchema.nullable().default(null),
  note: optionalText('The note', QUALITY_CHECK_NOTE_LIMIT).default(null),
});

export const qualityChecksBodySchema = z
  .strictObject({
    permanencePlan: qualityCheckBodySchema,
    healthAssessment: qualityCheckBodySchema,
    educationPlan: qualityCheckBodySchema,
    socialWorkerVisits: qualityCheckBodySchema,
    toldAboutAdvocacy: qualityCheckBodySchema,
  })
  .meta({ id: 'QualityChecksBody' });
export type QualityChecksBody = z.input<typeof qualityChecksBodySchema>;

const recommendationOutcomeSchema = z.enum(['open', 'done', 'not-needed'], {
  error: 'Select what happened to the recommendation',
});

/** What happened to an earlier open recommendation, said when recording the next review. */
export const recommendationFollowUpBodySchema = z
  .strictObject({
    reviewId: idField('Choose a review of the child from the list'),
    recommendationId: idField('Choose a recommendation of the child’s earlier reviews'),
    outcome: recommendationOutcomeSchema,
    on: dateField('Date').nullable().default(null),
    note: optionalText('Why it is no longer needed', RECOMMENDATION_NOTE_LIMIT).default(null),
  })
  .meta({ id: 'RecommendationFollowUpBody' });
export type RecommendationFollowUpBody = z.input<typeof recommendationFollowUpBodySchema>;

export const recommendationOutcomeBodySchema = z
  .strictObject({
    version: versionField,
    outcome: recommendationOutcomeSchema,
    on: dateField('Date').nullable().default(null),
    note: optionalText('Why it is no longer needed', RECOMMENDATION_NOTE_LIMIT).default(null),
  })
  .meta({
    id: 'RecommendationOutcomeBody',
    description:
      'done with the date it was done; not-needed with the date and a note; open to reopen one marked by mistake. version: the review’s.',
  });
export type RecommendationOutcomeBody = z.input<typeof recommendationOutcomeBodySchema>;

export const signOffBodySchema = z
  .strictObject({
    version: versionField,
    decision: z.enum(['agree', 'query'], {
      error: 'Select whether you agree the decisions or query them',
    }),
    reason: optionalText('Your query', SIGN_OFF_QUERY_LIMIT).default(null),
  })
  .meta({
    id: 'SignOffBody',
    description:
      'agree: signs the decisions off today. query: sends the reason back to the IRO; the review waits for their answer.',
  });
export type SignOffBody = z.input<typeof signOffBodySchema>;

export const answerSignOffQueryBodySchema = z
  .strictObject({
    version: versionField,
    answer: optionalText('Your answer', SIGN_OFF_ANSWER_LIMIT).default(null),
    /** The decisions as revised in answer to the query; omit or null to leave them as they are. */
    decisions: optionalText('The decisions', DECISIONS_LIMIT).default(null),
  })
  .meta({ id: 'AnswerSignOffQueryBody' });
export type AnswerSignOffQueryBody = z.input<typeof answerSignOffQueryBodySchema>;

export const lateReviewReasonBodySchema = z
  .strictObject({
    code: z
      .string({ error: 'Select why the review was held late' })
      .trim()
      .min(1, { message: 'Select why the review was held late' })
      .max(40, { message: 'Select why the review was held late' }),
    details: z
      .string()
      .trim()
      .max(LATE_REVIEW_REASON_DETAILS_LIMIT, {
        message: `Details of why the review was held late must be ${LATE_REVIEW_REASON_DETAILS_LIMIT} characters or fewer`,
      })
      .nullable()
      .default(null),
  })
  .meta({
    id: 'LateReviewReasonBody',
    description:
      'Needed when the review was held after its due date: a code from Settings.lateReviewReasons, with details when that reason needs them (ignored for a review held in timescale)',
  });
export type LateReviewReasonBody = z.input<typeof lateReviewReasonBodySchema>;

export const lateEntryBodySchema = z
  .strictObject({
    confirmed: z.boolean({
      error: 'Confirm this is a late entry of a review that really happened',
    }),
    reason: z
      .string()
      .trim()
      .max(LATE_ENTRY_REASON_LIMIT, {
        message: `Reason for the late entry must be ${LATE_ENTRY_REASON_LIMIT} characters or fewer`,
      })
      .nullable()
      .default(null),
  })
  .meta({
    id: 'LateEntryBody',
    description:
      'Needed when the review is dated before the latest review already recorded in its period of care (it renumbers the reviews after it): confirmed true, with the reason',
  });
export type LateEntryBody = z.input<typeof lateEntryBodySchema>;

export const withdrawReviewBodySchema = z
  .strictObject({
    reason: textField('The reason for withdrawing the review', WITHDRAWAL_REASON_LIMIT),
    version: versionField,
  })
  .meta({ id: 'WithdrawReviewBody' });
export type WithdrawReviewBody = z.input<typeof withdrawReviewBodySchema>;

/** The most recommendations one review makes. */
export const MAX_RECOMMENDATIONS = 50;
/** The most earlier recommendations one review follows up. */
export const MAX_FOLLOW_UPS = 200;

const reviewWritableFields = {
  heldOn: dateField('Date the review was held'),
  participationCode: participationCodeSchema,
  participationMethod: participationMethodSchema,
  advocacy: advocacyBodySchema,
  recommendations: z
    .array(recommendationBodySchema, { error: 'Recommendations must be a list' })
    .max(MAX_RECOMMENDATIONS, {
      message: `Record ${MAX_RECOMMENDATIONS} recommendations or fewer`,
    })
    .superRefine((recommendations, ctx) => {
      // An id keeps a recommendation already recorded: the same one twice would be two with one id.
      const seen = new Set<string>();
      recommendations.forEach((recommendation, index) => {
        if (recommendation.id === undefined) return;
        if (seen.has(recommendation.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: 'This recommendation is listed twice',
          });
        }
        seen.add(recommendation.id);
      });
    }),
  attendees: z
    .array(attendeeBodySchema)
    .max(40, { message: 'Record 40 people or fewer as taking part' }),
  childViews: optionalText('The child’s views', CHILD_VIEWS_LIMIT),
  decisions: optionalText('The decisions', DECISIONS_LIMIT),
  carePlanEndorsed: z
    .boolean({ error: 'Select whether the review endorsed the care plan' })
    .nullable(),
  qualityChecks: qualityChecksBodySchema.nullable(),
  recordOfReviewCompletedOn: dateField('Date the record of the review was completed').nullable(),
  decisionsSentOn: dateField('Date the decisions were sent').nullable(),
  managerSignOffOn: dateField('Date of the manager’s sign-off').nullable(),
};

export const createReviewBodySchema = z
  .strictObject({
    heldOn: reviewWritableFields.heldOn,
    participationCode: reviewWritableFields.participationCode,
    participationMethod: reviewWritableFields.participationMethod,
    advocacy: reviewWritableFields.advocacy,
    recommendations: reviewWritableFields.recommendations.default([]),
    attendees: reviewWritableFields.attendees.default([]),
    childViews: reviewWritableFields.childViews.default(null),
    decisions: reviewWritableFields.decisions.default(null),
    carePlanEndorsed: reviewWritableFields.carePlanEndorsed.default(null),
    qualityChecks: reviewWritableFields.qualityChecks.default(null),
    /** The earlier reviews' open recommendations, each marked (src/domain/recommendations.ts). */
    followUps: z
      .array(recommendationFollowUpBodySchema, { error: 'Follow-ups must be a list' })
      .max(MAX_FOLLOW_UPS, {
        message: `Follow up ${MAX_FOLLOW_UPS} recommendations or fewer at once`,
      })
      .default([]),
    recordOfReviewCompletedOn: reviewWritableFields.recordOfReviewCompletedOn.default(null),
    decisionsSentOn: reviewWritableFields.decisionsSentOn.default(null),
    lateReason: lateReviewReasonBodySchema.nullable().default(null),
    lateEntry: lateEntryBodySchema.nullable().default(null),
  })
  .meta({ id: 'CreateReviewBody' });
export type CreateReviewBody = z.input<typeof createReviewBodySchema>;

export const updateReviewBodySchema = z
  .strictObject({
    version: versionField,
    heldOn: reviewWritableFields.heldOn.optional(),
    participationCode: reviewWritableFields.participationCode.optional(),
    participationMethod: reviewWritableFields.participationMethod.optional(),
    advocacy: reviewWritableFields.advocacy.optional(),
    recommendations: reviewWritableFields.recommendations.optional(),
    attendees: reviewWritableFields.attendees.optional(),
    childViews: reviewWritableFields.childViews.optional(),
    decisions: reviewWritableFields.decisions.optional(),
    carePlanEndorsed: reviewWritableFields.carePlanEndorsed.optional(),
    qualityChecks: reviewWritableFields.qualityChecks.optional(),
    recordOfReviewCompletedOn: reviewWritableFields.recordOfReviewCompletedOn.optional(),
    decisionsSentOn: reviewWritableFields.decisionsSentOn.optional(),
    managerSignOffOn: reviewWritableFields.managerSignOffOn.optional(),
    lateReason: lateReviewReasonBodySchema.nullable().optional(),
  })
  .meta({ id: 'UpdateReviewBody' });
export type UpdateReviewBody = z.input<typeof updateReviewBodySchema>;
