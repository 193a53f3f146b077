// Escalations (dispute resolution protocol).
import { z } from 'zod';
import { dateField, idSchema, isoDateSchema, textField, versionField } from './common';
import { escalationStageSchema } from './vocabularies';

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
    version: z.number().int(),
  })
  .meta({ id: 'Escalation' });
export type Escalation = z.infer<typeof escalationSchema>;

export const createEscalationBodySchema = z
  .object({
    reason: textField('Reason for the escalation'),
    raisedOn: dateField('Date the escalation was raised'),
    stage: escalationStageSchema.default(1),
  })
  .meta({ id: 'CreateEscalationBody' });
export type CreateEscalationBody = z.input<typeof createEscalationBodySchema>;

export const updateEscalationBodySchema = z
  .discriminatedUnion(
    'action',
    [
      z.object({
        action: z.literal('advance'),
        version: versionField,
        on: dateField('Date the escalation moved to the next stage'),
        note: textField('Why the escalation is moving to the next stage'),
      }),
      z.object({
        action: z.literal('resolve'),
        version: versionField,
        resolvedOn: dateField('Date the escalation was resolved'),
        outcome: textField('Outcome of the escalation'),
      }),
    ],
    { error: 'Select whether to move the escalation on or resolve it' },
  )
  .meta({ id: 'UpdateEscalationBody' });
export type UpdateEscalationBody = z.input<typeof updateEscalationBodySchema>;
