// The reminder digests (POST /digests) and the outbox of the messages built (GET /outbox): what the
// tracker sends, or in the browser demo would send, by email (src/domain/task-digest.ts).
import { z } from 'zod';
import {
  idField,
  idSchema,
  instantSchema,
  isoDateSchema,
  pageInfoFields,
  pageQueryFields,
} from './common';
import { staffRoleSchema } from './vocabularies';

/** queued: not sent yet (or no mail server); sent: accepted by the mail server; failed: kept, with why. */
export const OUTBOX_STATUS_VALUES = ['queued', 'sent', 'failed'] as const;
export const outboxStatusSchema = z.enum(OUTBOX_STATUS_VALUES);
export type OutboxStatus = z.infer<typeof outboxStatusSchema>;

export const outboxMessageSummarySchema = z
  .object({
    id: idSchema,
    kind: z.literal('task-digest'),
    /** The day (the backend's today) whose tasks it lists: one digest a person a day. */
    day: isoDateSchema,
    createdAt: instantSchema,
    to: z.object({ staffId: idSchema, name: z.string(), email: z.string(), role: staffRoleSchema }),
    subject: z.string(),
    /** The tasks it lists, and how many of them are late. */
    taskCount: z.number().int(),
    lateCount: z.number().int(),
    status: outboxStatusSchema,
    /** Sending attempts so far (a failed send is tried again at the next run, up to a limit). */
    attempts: z.number().int(),
    sentAt: instantSchema.nullable(),
    /** The mail server's reason, for a failed send. */
    error: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessageSummary' });
export type OutboxMessageSummary = z.infer<typeof outboxMessageSummarySchema>;

/** One task as the message lists it (src/domain/task-digest.ts TaskDigestLine). */
export const outboxLineSchema = z
  .object({
    taskId: z.string(),
    what: z.string(),
    name: z.string(),
    due: isoDateSchema,
    dueText: z.string(),
    timing: z.string(),
    late: z.boolean(),
    reason: z.string(),
    url: z.string(),
  })
  .meta({ id: 'OutboxLine' });

export const outboxMessageSchema = outboxMessageSummarySchema
  .extend({
    text: z.string(),
    html: z.string(),
    /** The ids of the tasks it lists, in order (GET /tasks ids of that day). */
    taskIds: z.array(z.string()),
    /** The same tasks as data: the outbox shows the message from these, never its HTML. */
    lines: z.array(outboxLineSchema),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const outboxPageSchema = z
  .object({ items: z.array(outboxMessageSummarySchema), ...pageInfoFields })
  .meta({ id: 'OutboxPage' });
export type OutboxPage = z.infer<typeof outboxPageSchema>;

export const outboxListQuerySchema = z.strictObject({
  staffId: idField('Choose the person whose messages to list').optional(),
  ...pageQueryFields,
});
export interface OutboxListParams {
  staffId?: string;
  page?: number;
  pageSize?: number;
}

export const sendDigestsResultSchema = z
  .object({
    day: isoDateSchema,
    /** Messages built now. */
    built: z.number().int(),
    /** People whose digest for the day was built already (not built or sent twice). */
    alreadyBuilt: z.number().int(),
    /** People with nothing due or late: no message. */
    nothingDue: z.number().int(),
  })
  .meta({ id: 'SendDigestsResult' });
export type SendDigestsResult = z.infer<typeof sendDigestsResultSchema>;
