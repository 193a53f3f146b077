// Staff, with each IRO's caseload counts and band (GET /staff).
import { z } from 'zod';
import { idSchema } from './common';
import { staffRoleSchema } from './vocabularies';

export const staffMemberSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    role: staffRoleSchema,
    /** Full-time equivalent: meaningful for IROs (caseload band scales with it); 1 otherwise. */
    fte: z.number().min(0).max(1),
    email: z.string(),
    active: z.boolean(),
  })
  .meta({ id: 'StaffMember' });
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const caseloadCountsSchema = z
  .object({
    total: z.number().int(),
    overdue: z.number().int(),
    atRisk: z.number().int(),
    bookedLate: z.number().int(),
    booked: z.number().int(),
    onTrack: z.number().int(),
    midpointDue: z.number().int(),
    midpointMissed: z.number().int(),
    recordOfReviewOverdue: z.number().int(),
    openEscalations: z.number().int(),
    awaitingSignOff: z.number().int(),
  })
  .meta({ id: 'CaseloadCounts' });
export type CaseloadCounts = z.infer<typeof caseloadCountsSchema>;

export const staffWithCaseloadSchema = staffMemberSchema
  .extend({
    /** IROs only (null for other roles). */
    caseload: caseloadCountsSchema
      .extend({
        /** The settings' caseload band scaled by FTE, e.g. 30-42 for 0.6 FTE with 50-70. */
        band: z.object({ min: z.number(), max: z.number() }),
        bandPosition: z.enum(['below', 'within', 'above']),
      })
      .nullable(),
  })
  .meta({ id: 'StaffWithCaseload' });
export type StaffWithCaseload = z.infer<typeof staffWithCaseloadSchema>;
