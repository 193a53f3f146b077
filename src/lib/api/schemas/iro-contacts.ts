// The IRO's contacts with the child between reviews (issue 21 item 2).
import { z } from 'zod';
import { IRO_CONTACT_DATE_LABEL, IRO_CONTACT_NOTE_LIMIT, IRO_CONTACT_TYPES } from '@/domain';
import { dateField, idSchema, instantSchema, isoDateSchema } from './common';

export const iroContactTypeSchema = z
  .enum(IRO_CONTACT_TYPES, { error: 'Select the type of contact' })
  .meta({ id: 'IroContactType' });

export const iroContactSchema = z
  .object({
    id: idSchema,
    childId: idSchema,
    contactOn: isoDateSchema,
    type: iroContactTypeSchema,
    /** For a visit or a video call: whether the child was seen alone; null for a call or message. */
    seenAlone: z.boolean().nullable(),
    /** A short note; null when none. */
    note: z.string().nullable(),
    /** The IRO who recorded it. */
    iroId: idSchema,
    recordedAt: instantSchema,
  })
  .meta({ id: 'IroContact' });
export type IroContact = z.infer<typeof iroContactSchema>;

export const createIroContactBodySchema = z
  .strictObject({
    contactOn: dateField(IRO_CONTACT_DATE_LABEL),
    type: iroContactTypeSchema,
    seenAlone: z
      .boolean({ error: 'Select whether the child was seen alone' })
      .nullable()
      .default(null),
    note: z
      .string()
      .trim()
      .max(IRO_CONTACT_NOTE_LIMIT, {
        message: `Note on the contact must be ${IRO_CONTACT_NOTE_LIMIT} characters or fewer`,
      })
      .nullable()
      .default(null),
  })
  .meta({ id: 'CreateIroContactBody' });
export type CreateIroContactBody = z.input<typeof createIroContactBodySchema>;

export const iroContactListSchema = z
  .object({
    /** Latest first. */
    items: z.array(iroContactSchema),
    /** The last day the IRO saw the child (a visit or a video call); null when never on record. */
    lastSeenOn: isoDateSchema.nullable(),
  })
  .meta({ id: 'IroContactList' });
export type IroContactList = z.infer<typeof iroContactListSchema>;
