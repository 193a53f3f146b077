// The child's journey through care: becoming looked after, changes of placement or legal status,
// leaving and returning (SSDA903 episodes), correcting a child's details, the allocation queue
// and the children who have left care. The sequence rules are the domain's (care-episodes.ts).
import { z } from 'zod';
import {
  allocationDueSchema,
  careStateSchema,
  childIdentityFields,
  episodeSchema,
  sexSchema,
} from './children';
import {
  dateField,
  idSchema,
  iroFilterField,
  isoDateSchema,
  pageInfoFields,
  pageQueryFields,
  textField,
  versionField,
  type PageParams,
} from './common';

/** An SSDA903 code chosen from a list (legal status C2, placement U4, reason E4A): a few letters. */
const codeField = (message: string) =>
  z.string({ error: message }).trim().min(1, { message }).max(10, { message });

const socialWorkerFields = z.strictObject({
  name: textField('The social worker’s name', 120),
  team: textField('The social worker’s team', 120),
});

/** POST /children: a new child becomes looked after. */
export const createChildBodySchema = z
  .strictObject({
    childRef: z
      .string({ error: 'Enter the council’s reference for the child' })
      .trim()
      .min(1, { message: 'Enter the council’s reference for the child' })
      .max(20, { message: 'The council’s reference must be 20 characters or fewer' })
      .regex(/^[A-Za-z0-9][A-Za-z0-9/-]*$/, {
        message: 'The council’s reference must be letters, numbers, hyphens or slashes',
      }),
    givenName: textField('The child’s first name', 60),
    familyName: textField('The child’s last name', 60),
    dateOfBirth: dateField('Date of birth'),
    sex: sexSchema,
    becameLookedAfterOn: dateField('The date the child became looked after'),
    legalStatus: codeField('Select the legal status'),
    placementType: codeField('Select the placement type'),
    placementDescription: textField('The placement', 200),
    socialWorker: socialWorkerFields,
  })
  .meta({ id: 'CreateChildBody' });
export type CreateChildBody = z.input<typeof createChildBodySchema>;

/** POST /children/{childId}/care-events: a change, leaving care, or returning to care. */
export const careEventBodySchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('change'),
        date: dateField('The date of the change'),
        reasonForNewEpisode: codeField('Select what changed'),
        legalStatus: codeField('Select the legal status'),
        placementType: codeField('Select the placement type'),
        placementDescription: textField('The placement', 200),
        version: versionField,
      }),
      z.strictObject({
        kind: z.literal('leave'),
        date: dateField('The date the child left care'),
        reasonEnded: codeField('Select why the child left care'),
        version: versionField,
      }),
      z.strictObject({
        kind: z.literal('return'),
        date: dateField('The date the child became looked after'),
        legalStatus: codeField('Select the legal status'),
        placementType: codeField('Select the placement type'),
        placementDescription: textField('The placement', 200),
        version: versionField,
      }),
    ],
    { error: 'Choose what happened: change, leave or return' },
  )
  .meta({ id: 'CareEventBody' });
export type CareEventBody = z.input<typeof careEventBodySchema>;

/** PATCH /children/{childId}/details: complete or correct the child's details. */
export const updateChildDetailsBodySchema = z
  .strictObject({
    givenName: textField('The child’s first name', 60),
    familyName: textField('The child’s last name', 60),
    dateOfBirth: dateField('Date of birth'),
    sex: sexSchema,
    placementDescription: textField('The placement', 200),
    socialWorker: socialWorkerFields,
    version: versionField,
  })
  .meta({ id: 'UpdateChildDetailsBody' });
export type UpdateChildDetailsBody = z.input<typeof updateChildDetailsBodySchema>;

export const carePeriodSchema = z
  .object({
    start: isoDateSchema,
    end: isoDateSchema.nullable(),
    reasonEnded: z.string().nullable(),
    episodes: z.array(episodeSchema),
  })
  .meta({ id: 'CarePeriod' });

/**
 * GET /children/{childId}/care: what recording care events needs, and nothing of the reviews'
 * content, so business support may see it.
 */
export const careRecordSchema = z
  .object({
    ...childIdentityFields,
    sex: sexSchema.nullable(),
    age: z.number().int(),
    legalStatus: z.string(),
    placement: z.object({ type: z.string(), description: z.string() }),
    socialWorker: z.object({ name: z.string(), team: z.string() }),
    iroId: idSchema.nullable(),
    iroName: z.string().nullable(),
    version: z.number().int(),
    care: careStateSchema,
    /** Oldest first; the last is the current (or last) period. */
    periods: z.array(carePeriodSchema),
    allocation: allocationDueSchema.nullable(),
    /** The next review's due date and why (null once the child has left care). */
    nextReview: z.object({ due: isoDateSchema, reason: z.string() }).nullable(),
    /** Meetings still booked: after leaving care, business support cancel them. */
    bookedMeetings: z.array(z.object({ id: idSchema, date: isoDateSchema })),
  })
  .meta({ id: 'CareRecord' });
export type CareRecord = z.infer<typeof careRecordSchema>;

export const updateChildDetailsResultSchema = z
  .object({
    care: careRecordSchema,
    /** Reviews whose participation code no longer fits the child's age with the new date of birth. */
    participationNoLongerFits: z.array(
      z.object({
        reviewId: idSchema,
        heldOn: isoDateSchema,
        code: z.string(),
        message: z.string(),
      }),
    ),
  })
  .meta({ id: 'UpdateChildDetailsResult' });
export type UpdateChildDetailsResult = z.infer<typeof updateChildDetailsResultSchema>;

/** GET /allocation-queue: children awaiting an IRO, oldest first. */
export const allocationQueueSchema = z
  .object({
    allocationWorkingDays: z.number().int(),
    items: z.array(
      z.object({
        ...childIdentityFields,
        version: z.number().int(),
        becameLookedAfterOn: isoDateSchema,
        allocation: allocationDueSchema,
        nextReview: z.object({ due: isoDateSchema, reason: z.string() }),
      }),
    ),
    /** Of the whole queue: children past the date an IRO should have been allocated by. */
    late: z.number().int().min(0),
    /** Paged, oldest first (page 1 of DEFAULT_PAGE_SIZE unless asked). */
    ...pageInfoFields,
  })
  .meta({ id: 'AllocationQueue' });
export type AllocationQueue = z.infer<typeof allocationQueueSchema>;

export const allocationQueueQuerySchema = z.strictObject({ ...pageQueryFields });
export type AllocationQueueParams = PageParams;

export const leftCareQuerySchema = z.strictObject({ iroId: iroFilterField, ...pageQueryFields });
export interface LeftCareParams extends PageParams {
  iroId?: string;
}

/** GET /children/left-care: children whose last period of care has ended, most recent first. */
export const leftCareListSchema = z
  .object({
    items: z.array(
      z.object({
        ...childIdentityFields,
        iroId: idSchema.nullable(),
        periodStart: isoDateSchema,
        leftCareOn: isoDateSchema,
        reasonEnded: z.string(),
        reason: z.string(),
        meetingsStillBooked: z.number().int(),
      }),
    ),
    /** Paged, most recent first. */
    ...pageInfoFields,
  })
  .meta({ id: 'LeftCareList' });
export type LeftCareList = z.infer<typeof leftCareListSchema>;
