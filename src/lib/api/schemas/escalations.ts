// Escalations (dispute resolution protocol).
import { z } from 'zod';
import { CAFCASS_REFERRAL_DATE_LABEL } from '@/domain';
import { dateField, idSchema, isoDateSchema, lowerFirst, textField, versionField } from './common';
import { escalationStageSchema } from './vocabularies';

const CAFCASS_NOTE_LIMIT = 2000;

/** The date of a referral to Cafcass, in GOV.UK wording. */
const cafcassReferredOnField = dateField(CAFCASS_REFERRAL_DATE_LABEL);

/** An optional note on the referral to Cafcass (blank: none, stored as null). */
const cafcassNoteField = z
  .string()
  .trim()
  .max(CAFCASS_NOTE_LIMIT, {
    message: `Note on the referral to Cafcass must be ${CAFCASS_NOTE_LIMIT} characters or fewer`,
  })
  .nullable()
  .default(null);

export const escalationSchema = z
  .object({
    id: idSchema,
    childId: idSchema,
    stage: escalationStageSchema,
    reason: z.string(),
    raisedOn: isoDateSchema,
    resolvedOn: isoDateSchema.nullable(),
    outcome: z.string().nullable(),
    /** When each stage was reached (stage 1 = raisedOn). */
    stages: z.array(
      z.object({ stage: escalationStageSchema, reachedOn: isoDateSchema, note: z.string() }),
    ),
    /** When the IRO referred the child's case to Cafcass (at any stage, once); null if not. */
    cafcassReferredOn: isoDateSchema.nullable(),
    /** The IRO's note on the referral to Cafcass; null when none (or not referred). */
    cafcassNote: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Escalation' });
export type Escalation = z.infer<typeof escalationSchema>;

/** How long an open escalation has been open, and at its current stage, against the setting. */
export const escalationAgeSchema = z
  .object({
    /** The day it reached the stage it is at. */
    stageReachedOn: isoDateSchema,
    /** Working days since it was raised (0 on the day). */
    workingDaysOpen: z.number().int().min(0),
    /** Working days at the current stage (0 on the day it was reached). */
    workingDaysAtStage: z.number().int().min(0),
    /** The setting `escalationOpenWorkingDaysLimit`: the limit, and each stage's target. */
    limitWorkingDays: z.number().int().min(0),
    /** Open for more working days than the limit. */
    overLimit: z.boolean(),
    /** At the current stage for more working days than the limit: "Past target". */
    stagePastTarget: z.boolean(),
  })
  .meta({ id: 'EscalationAge' });
export type EscalationAge = z.infer<typeof escalationAgeSchema>;

/** An escalation on the child's record: with its age while open (null once resolved). */
export const childEscalationSchema = escalationSchema
  .extend({ age: escalationAgeSchema.nullable() })
  .meta({ id: 'ChildEscalation' });
export type ChildEscalation = z.infer<typeof childEscalationSchema>;

export const createEscalationBodySchema = z
  .strictObject({
    reason: textField('Reason for the escalation'),
    raisedOn: dateField('Date the escalation was raised'),
    stage: escalationStageSchema.default(1),
    /** When the case was referred to Cafcass, if it was referred as the escalation was raised. */
    cafcassReferredOn: cafcassReferredOnField.nullable().default(null),
    cafcassNote: cafcassNoteField,
  })
  .superRefine((value, ctx) => {
    if (value.cafcassReferredOn === null && (value.cafcassNote ?? '') !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['cafcassReferredOn'],
        message: `Enter the ${lowerFirst(CAFCASS_REFERRAL_DATE_LABEL)}`,
      });
    }
  })
  .meta({ id: 'CreateEscalationBody' });
export type CreateEscalationBody = z.input<typeof createEscalationBodySchema>;

/** The message when no action is chosen (the form says the same). */
export const ESCALATION_ACTION_MISSING =
  'Select whether to resolve the escalation, move it on or refer the case to Cafcass';

export const updateEscalationBodySchema = z
  .discriminatedUnion(
    'action',
    [
      z.strictObject({
        action: z.literal('advance'),
        version: versionField,
        on: dateField('Date the escalation moved to the next stage'),
        note: textField('Why the escalation is moving to the next stage'),
      }),
      z.strictObject({
        action: z.literal('resolve'),
        version: versionField,
        resolvedOn: dateField('Date the escalation was resolved'),
        outcome: textField('Outcome of the escalation'),
      }),
      z.strictObject({
        /** At any stage, without moving the escalation on; once only. */
        action: z.literal('refer-to-cafcass'),
        version: versionField,
        cafcassReferredOn: cafcassReferredOnField,
        cafcassNote: cafcassNoteField,
      }),
    ],
    { error: ESCALATION_ACTION_MISSING },
  )
  .meta({ id: 'UpdateEscalationBody' });
export type UpdateEscalationBody = z.input<typeof updateEscalationBodySchema>;
