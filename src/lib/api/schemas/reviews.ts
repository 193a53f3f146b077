// Reviews: participation, advocacy, recommendations, the record of review and sign-off.
import { z } from 'zod';
import { advocacyProblems } from '@/domain';
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
  })
  .meta({ id: 'UpdateReviewBody' });
export type UpdateReviewBody = z.input<typeof updateReviewBodySchema>;
