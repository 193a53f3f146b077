// Reviews: participation, advocacy, recommendations, the record of review and sign-off.
import { z } from 'zod';
import {
  advocacyProblems,
  LATE_ENTRY_REASON_LIMIT,
  LATE_REVIEW_REASON_DETAILS_LIMIT,
  WITHDRAWAL_REASON_LIMIT,
} from '@/domain';
import {
  dateField,
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
    completedOn: isoDateSchema.nullable(),
  })
  .meta({ id: 'Recommendation' });
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
    decisionsSentOn: isoDateSchema.nullable(),
    managerSignOffOn: isoDateSchema.nullable(),
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

export const advocacyBodySchema = z
  .object({
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
  .object({
    /** Omit for a new recommendation; give the id to keep an existing one. */
    id: idSchema.optional(),
    action: textField('The recommended action', 500),
    owner: textField('Who is responsible for the action', 120),
    targetDate: dateField('Target date'),
    completedOn: dateField('Date the action was completed').nullable().default(null),
  })
  .meta({ id: 'RecommendationBody' });
export type RecommendationBody = z.input<typeof recommendationBodySchema>;

export const lateReviewReasonBodySchema = z
  .object({
    code: z
      .string({ error: 'Select why the review was held late' })
      .trim()
      .min(1, { message: 'Select why the review was held late' }),
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
  .object({
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
  .object({
    reason: textField('The reason for withdrawing the review', WITHDRAWAL_REASON_LIMIT),
    version: versionField,
  })
  .meta({ id: 'WithdrawReviewBody' });
export type WithdrawReviewBody = z.input<typeof withdrawReviewBodySchema>;

const reviewWritableFields = {
  heldOn: dateField('Date the review was held'),
  participationCode: participationCodeSchema,
  participationMethod: participationMethodSchema,
  advocacy: advocacyBodySchema,
  recommendations: z.array(recommendationBodySchema).max(50),
  recordOfReviewCompletedOn: dateField('Date the record of the review was completed').nullable(),
  decisionsSentOn: dateField('Date the decisions were sent').nullable(),
  managerSignOffOn: dateField('Date of the manager’s sign-off').nullable(),
};

export const createReviewBodySchema = z
  .object({
    heldOn: reviewWritableFields.heldOn,
    participationCode: reviewWritableFields.participationCode,
    participationMethod: reviewWritableFields.participationMethod,
    advocacy: reviewWritableFields.advocacy,
    recommendations: reviewWritableFields.recommendations.default([]),
    recordOfReviewCompletedOn: reviewWritableFields.recordOfReviewCompletedOn.default(null),
    decisionsSentOn: reviewWritableFields.decisionsSentOn.default(null),
    lateReason: lateReviewReasonBodySchema.nullable().default(null),
    lateEntry: lateEntryBodySchema.nullable().default(null),
  })
  .meta({ id: 'CreateReviewBody' });
export type CreateReviewBody = z.input<typeof createReviewBodySchema>;

export const updateReviewBodySchema = z
  .object({
    version: versionField,
    heldOn: reviewWritableFields.heldOn.optional(),
    participationCode: reviewWritableFields.participationCode.optional(),
    participationMethod: reviewWritableFields.participationMethod.optional(),
    advocacy: reviewWritableFields.advocacy.optional(),
    recommendations: reviewWritableFields.recommendations.optional(),
    recordOfReviewCompletedOn: reviewWritableFields.recordOfReviewCompletedOn.optional(),
    decisionsSentOn: reviewWritableFields.decisionsSentOn.optional(),
    managerSignOffOn: reviewWritableFields.managerSignOffOn.optional(),
    lateReason: lateReviewReasonBodySchema.nullable().optional(),
  })
  .meta({ id: 'UpdateReviewBody' });
export type UpdateReviewBody = z.input<typeof updateReviewBodySchema>;
