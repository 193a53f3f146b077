// The IRO's midpoint checks between reviews.
import { z } from 'zod';
import { dateField, idSchema, isoDateSchema, versionField } from './common';
import { midpointOutcomeSchema } from './vocabularies';

export const midpointCheckSchema = z
  .object({
    id: idSchema,
    childId: idSchema,
    checkedOn: isoDateSchema,
    outcome: midpointOutcomeSchema,
    note: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'MidpointCheck' });
export type MidpointCheck = z.infer<typeof midpointCheckSchema>;

const midpointFields = {
  checkedOn: dateField('Date of the midpoint check'),
  outcome: midpointOutcomeSchema,
  note: z
    .string()
    .trim()
    .max(5000, { message: 'Note must be 5000 characters or fewer' })
    .default(''),
};

export const createMidpointCheckBodySchema = z
  .strictObject(midpointFields)
  .meta({ id: 'CreateMidpointCheckBody' });
export type CreateMidpointCheckBody = z.input<typeof createMidpointCheckBodySchema>;

export const updateMidpointCheckBodySchema = z
  .strictObject({
    version: versionField,
    checkedOn: midpointFields.checkedOn.optional(),
    outcome: midpointFields.outcome.optional(),
    note: z
      .string()
      .trim()
      .max(5000, { message: 'Note must be 5000 characters or fewer' })
      .optional(),
  })
  .meta({ id: 'UpdateMidpointCheckBody' });
export type UpdateMidpointCheckBody = z.input<typeof updateMidpointCheckBodySchema>;
