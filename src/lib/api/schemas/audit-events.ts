// The audit trail: who changed what, when.
import { z } from 'zod';
import {
  DEFAULT_PAGE_SIZE,
  idField,
  idSchema,
  instantSchema,
  pageNumberParam,
  pageSchema,
  pageSizeParam,
} from './common';
import { auditActionSchema, auditEntitySchema } from './vocabularies';

export const auditEventSchema = z
  .object({
    id: idSchema,
    at: instantSchema,
    actorId: idSchema,
    actorName: z.string(),
    entity: auditEntitySchema,
    entityId: idSchema,
    childId: idSchema.nullable(),
    action: auditActionSchema,
    summary: z.string(),
    changes: z.array(
      z.object({ field: z.string(), before: z.unknown(), after: z.unknown() }).meta({
        description: 'before/after are JSON values (null when the field did not exist)',
      }),
    ),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = pageSchema(auditEventSchema).meta({ id: 'AuditEventPage' });

export const listAuditEventsQuerySchema = z.strictObject({
  childId: idField('Choose a child from the list').optional(),
  page: pageNumberParam.default(1),
  pageSize: pageSizeParam.default(DEFAULT_PAGE_SIZE),
});
export interface ListAuditEventsParams {
  childId?: string;
  page?: number;
  pageSize?: number;
}
