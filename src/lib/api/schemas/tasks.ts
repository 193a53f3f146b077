// The signed-in person's tasks (GET /tasks) and their counts (GET /tasks/summary): worked out by
// the backend with the domain's task lists (src/domain/tasks), one list per role.
import { z } from 'zod';
import { TASK_KINDS, type Task, type TaskAction, type TaskCounts } from '@/domain';
import { idSchema, isoDateSchema, pageInfoFields, pageQueryFields } from './common';

export const taskKindSchema = z.enum(TASK_KINDS);

export const TASK_URGENCY_VALUES = ['late', 'due', 'later'] as const;
export const taskUrgencySchema = z.enum(TASK_URGENCY_VALUES);

const child = { childId: idSchema };
export const taskActionSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('record-review'), ...child }),
    z.object({ kind: z.literal('write-record-of-review'), ...child, reviewId: idSchema }),
    z.object({ kind: z.literal('record-midpoint-check'), ...child }),
    z.object({
      kind: z.literal('follow-up-recommendation'),
      ...child,
      reviewId: idSchema,
      recommendationId: idSchema,
    }),
    z.object({ kind: z.literal('update-escalation'), ...child, escalationId: idSchema }),
    z.object({ kind: z.literal('answer-sign-off-query'), ...child, reviewId: idSchema }),
    z.object({ kind: z.literal('record-iro-contact'), ...child }),
    z.object({ kind: z.literal('allocate-child'), ...child }),
    z.object({ kind: z.literal('sign-off-review'), ...child, reviewId: idSchema }),
    z.object({ kind: z.literal('book-meeting'), ...child }),
    z.object({ kind: z.literal('reallocate-children'), iroId: idSchema }),
    z.object({ kind: z.literal('view-child'), ...child }),
    z.object({ kind: z.literal('send-invitations'), meetingId: idSchema }),
    z.object({ kind: z.literal('update-meeting-readiness'), meetingId: idSchema }),
    z.object({ kind: z.literal('change-meeting-status'), meetingId: idSchema }),
  ])
  .meta({ id: 'TaskAction' });

export const taskSchema = z
  .object({
    id: z.string(),
    kind: taskKindSchema,
    childId: idSchema.nullable(),
    name: z.string(),
    iroId: idSchema.nullable(),
    iroName: z.string().nullable(),
    due: isoDateSchema.nullable(),
    workingDaysLeft: z.number().int().nullable(),
    urgency: taskUrgencySchema,
    reason: z.string(),
    action: taskActionSchema,
  })
  .meta({ id: 'Task' });

export const taskCountsSchema = z
  .object({
    total: z.number().int(),
    late: z.number().int(),
    due: z.number().int(),
    dueOrLate: z.number().int(),
    byKind: z.partialRecord(taskKindSchema, z.number().int()),
  })
  .meta({ id: 'TaskCounts' });

export const taskSummarySchema = z
  .object({ today: isoDateSchema, counts: taskCountsSchema })
  .meta({ id: 'TaskSummary' });
export type TaskSummary = z.infer<typeof taskSummarySchema>;

export const taskPageSchema = z
  .object({
    today: isoDateSchema,
    counts: taskCountsSchema,
    items: z.array(taskSchema),
    ...pageInfoFields,
  })
  .meta({ id: 'TaskPage' });
export type TaskPage = z.infer<typeof taskPageSchema>;

export const taskListQuerySchema = z.strictObject({
  urgency: taskUrgencySchema.optional(),
  ...pageQueryFields,
});
export interface TaskListParams {
  urgency?: (typeof TASK_URGENCY_VALUES)[number];
  page?: number;
  pageSize?: number;
}

// The wire shapes are the domain's: a change to either fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type TaskShapesMatchTheDomain = [
  Assert<Same<z.infer<typeof taskSchema>, Task>>,
  Assert<Same<z.infer<typeof taskActionSchema>, TaskAction>>,
  Assert<Same<z.infer<typeof taskCountsSchema>, TaskCounts>>,
];
