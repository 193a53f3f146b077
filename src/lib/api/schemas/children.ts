// Children: the record, its summary (list rows) and its detail (the child record page), the list's
// filters, sort and paging, the caseload counts and reallocation.
import { z } from 'zod';
import { CHILD_LIST_SORT_KEYS, formatCount, type ChildListSortKey } from '@/domain';
import {
  dateField,
  DEFAULT_PAGE_SIZE,
  idField,
  idSchema,
  iroFilterField,
  isoDateSchema,
  pageNumberField,
  pageNumberParam,
  pageSchema,
  pageSizeField,
  pageSizeParam,
  versionField,
} from './common';
import { childEscalationSchema } from './escalations';
import { reviewMeetingSchema } from './meetings';
import { midpointCheckSchema } from './midpoint-checks';
import { reviewSchema } from './reviews';
import { caseloadCountsSchema } from './staff';
import {
  advocacyStateSchema,
  midpointStateSchema,
  participationCodeSchema,
  participationMethodSchema,
  reasonForNewEpisodeSchema,
  REVIEW_STATUSES,
  reviewKindSchema,
  reviewStatusSchema,
  ruleSetIdSchema,
} from './vocabularies';

export const episodeSchema = z
  .object({
    id: idSchema,
    start: isoDateSchema,
    end: isoDateSchema.nullable(),
    reasonForNewEpisode: reasonForNewEpisodeSchema,
    /** SSDA903 legal status, e.g. C2, E1, V2, J2, V3, V4. */
    legalStatus: z.string(),
    /** SSDA903 placement type, e.g. U1 (foster placement with relative), K2 (children's home). */
    placementType: z.string(),
    /** SSDA903 REC, why the episode ceased: X1 a new episode began the same day; others left care. */
    reasonEnded: z.string().nullable(),
  })
  .meta({ id: 'Episode' });

/** SSDA903 SEX: 1 male, 2 female. */
export const SEX_CODES = ['1', '2'] as const;
export const sexSchema = z.enum(SEX_CODES, { error: 'Select the child’s sex' });
export type Sex = z.infer<typeof sexSchema>;
export type Episode = z.infer<typeof episodeSchema>;

/** Who the child is, as every list and record of children shows them. */
export const childIdentityFields = {
  id: idSchema,
  /** The council's own reference, e.g. LA123456. */
  childRef: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: isoDateSchema,
};

export const childSchema = z
  .object({
    ...childIdentityFields,
    /** Not recorded for children imported without a header file. */
    sex: sexSchema.nullable(),
    legalStatus: z.string(),
    placement: z.object({ type: z.string(), description: z.string() }),
    socialWorker: z.object({ name: z.string(), team: z.string() }),
    /** null: awaiting an IRO (a team manager allocates one from the allocation queue). */
    iroId: idSchema.nullable(),
    version: z.number().int(),
    episodes: z.array(episodeSchema),
  })
  .meta({ id: 'Child' });
export type Child = z.infer<typeof childSchema>;

export const nextReviewSchema = z
  .object({
    due: isoDateSchema,
    kind: reviewKindSchema,
    sequence: z.number().int(),
    /** Why it is due then, in words (from the domain). */
    reason: z.string(),
    status: reviewStatusSchema,
    /** Why the status is what it is, in words (from the domain). */
    statusReason: z.string(),
    workingDaysLeft: z.number().int(),
    daysOverdue: z.number().int(),
  })
  .meta({ id: 'NextReview' });
export type NextReview = z.infer<typeof nextReviewSchema>;

/** When an IRO should be allocated by (null once one is). */
export const allocationDueSchema = z
  .object({
    due: isoDateSchema,
    late: z.boolean(),
    workingDaysLeft: z.number().int(),
    reason: z.string(),
  })
  .meta({ id: 'AllocationDue' });
export type AllocationDueView = z.infer<typeof allocationDueSchema>;

/** Whether the child is looked after today, and when and why they left care if not. */
export const careStateSchema = z
  .object({
    status: z.enum(['looked-after', 'left-care']),
    leftCare: z
      .object({ on: isoDateSchema, reasonEnded: z.string(), reason: z.string() })
      .nullable(),
  })
  .meta({ id: 'CareState' });
export type CareState = z.infer<typeof careStateSchema>;

export const midpointSummarySchema = z
  .object({
    due: isoDateSchema,
    state: midpointStateSchema,
    checkedOn: isoDateSchema.nullable(),
    reason: z.string(),
  })
  .meta({ id: 'MidpointSummary' });
export type MidpointSummary = z.infer<typeof midpointSummarySchema>;

export const childSummarySchema = childSchema
  .omit({ episodes: true })
  .extend({
    age: z.number().int(),
    currentPeriodStart: isoDateSchema,
    ruleSet: ruleSetIdSchema,
    allocation: allocationDueSchema.nullable(),
    nextReview: nextReviewSchema,
    meeting: z.object({ id: idSchema, date: isoDateSchema }).nullable(),
    midpoint: midpointSummarySchema,
    lastParticipation: z
      .object({ code: participationCodeSchema, method: participationMethodSchema })
      .nullable(),
    advocacy: z.object({ state: advocacyStateSchema }),
    recordOfReviewOverdue: z.boolean(),
    openEscalations: z.number().int(),
    awaitingSignOff: z.boolean(),
    /** The last day the IRO saw the child (a visit or video call); null when never on record. */
    lastSeenByIroOn: isoDateSchema.nullable(),
  })
  .meta({ id: 'ChildSummary' });
export type ChildSummary = z.infer<typeof childSummarySchema>;

// ---------------------------------------------------------------------------------------------
// Child detail
// ---------------------------------------------------------------------------------------------

export const heldReviewSchema = z
  .object({
    held: isoDateSchema,
    due: isoDateSchema,
    kind: reviewKindSchema,
    sequence: z.number().int(),
    inTimescale: z.boolean(),
    daysLate: z.number().int(),
    reason: z.string(),
  })
  .meta({ id: 'HeldReview' });
export type HeldReview = z.infer<typeof heldReviewSchema>;

export const childDetailSchema = childSchema
  .extend({
    reviews: z.array(reviewSchema),
    midpointChecks: z.array(midpointCheckSchema),
    meetings: z.array(reviewMeetingSchema),
    /** Each with its age while open, against the setting escalationOpenWorkingDaysLimit. */
    escalations: z.array(childEscalationSchema),
    age: z.number().int(),
    currentPeriod: z.object({
      start: isoDateSchema,
      ruleSet: z.object({ id: ruleSetIdSchema, label: z.string() }),
    }),
    care: careStateSchema,
    allocation: allocationDueSchema.nullable(),
    /** null once the child has left care: nothing is due. */
    nextReview: nextReviewSchema.nullable(),
    meeting: z.object({ id: idSchema, date: isoDateSchema }).nullable(),
    history: z.array(heldReviewSchema),
    /** null once the child has left care. */
    midpoint: midpointSummarySchema.nullable(),
    previousPeriods: z.array(
      z.object({
        start: isoDateSchema,
        end: isoDateSchema.nullable(),
        ruleSet: z.object({ id: ruleSetIdSchema, label: z.string() }),
        reviews: z.array(heldReviewSchema),
      }),
    ),
    advocacy: z.object({ state: advocacyStateSchema }),
    recordOfReviewOverdue: z.boolean(),
    awaitingSignOff: z.boolean(),
  })
  .meta({ id: 'ChildDetail' });
export type ChildDetail = z.infer<typeof childDetailSchema>;

/**
 * A reallocation that would move a booked meeting into an overlap in the new IRO's diary is 422
 * (each clash on the IRO field) unless the team manager confirms it: never a silent move.
 */
const acceptClashesField = z
  .boolean({ error: 'acceptClashes must be true or false' })
  .default(false)
  .meta({
    description:
      'true: move the booked review meetings even where they overlap meetings the new IRO already chairs (the manager will rearrange them); the audit history records the clashes accepted',
  });

export const reallocateChildBodySchema = z
  .strictObject({
    iroId: idField('Select the IRO to allocate the child to'),
    version: versionField,
    acceptClashes: acceptClashesField,
  })
  .meta({ id: 'ReallocateChildBody' });
export type ReallocateChildBody = z.input<typeof reallocateChildBodySchema>;

/**
 * The most children one bulk reallocation moves: a whole caseload, or every child of an imported
 * return allocated at once ("Select all"), with room to spare.
 */
export const MAX_BULK_REALLOCATION = 10000;

export const bulkReallocateBodySchema = z
  .strictObject({
    childIds: z
      .array(idField('Select the children to reallocate from the list'), {
        error: 'Select the children to reallocate',
      })
      .min(1, { message: 'Select at least one child to reallocate' })
      .max(MAX_BULK_REALLOCATION, {
        message: `Select ${formatCount(MAX_BULK_REALLOCATION)} children or fewer to reallocate at once`,
      }),
    toIroId: idField('Select the IRO to allocate the children to'),
    acceptClashes: acceptClashesField,
  })
  .meta({ id: 'BulkReallocateBody' });
export type BulkReallocateBody = z.input<typeof bulkReallocateBodySchema>;

export const bulkReallocateResultSchema = z
  .object({
    reallocated: z.number().int(),
    children: z.array(z.object({ id: idSchema, iroId: idSchema, version: z.number().int() })),
  })
  .meta({ id: 'BulkReallocateResult' });
export type BulkReallocateResult = z.infer<typeof bulkReallocateResultSchema>;

// ---------------------------------------------------------------------------------------------
// The children list: sort, filters, paging; caseload counts
// ---------------------------------------------------------------------------------------------

export const childSummaryPageSchema = pageSchema(childSummarySchema).meta({
  id: 'ChildSummaryPage',
});

/** The list's sort keys: the domain's (src/domain/child-list.ts), which both sides sort by. */
export const CHILD_SORT_KEYS = CHILD_LIST_SORT_KEYS;
export type ChildSortKey = ChildListSortKey;

const statusListSchema = z
  .array(reviewStatusSchema, { error: 'Status must be a list of review statuses' })
  .max(REVIEW_STATUSES.length, {
    message: `Status must be ${REVIEW_STATUSES.length} review statuses or fewer`,
  });

/** The children list's filters (but status), sort and paging: GET /children and its search. */
const childListFields = {
  iroId: iroFilterField,
  dueBefore: dateField('Due before date').optional(),
  dueAfter: dateField('Due after date').optional(),
  sort: z
    .enum(CHILD_SORT_KEYS, { error: `Sort must be one of ${CHILD_SORT_KEYS.join(', ')}` })
    .default('nextReviewDue'),
  order: z.enum(['asc', 'desc'], { error: 'Order must be asc or desc' }).default('asc'),
  page: pageNumberParam.default(1),
  pageSize: pageSizeParam.default(DEFAULT_PAGE_SIZE),
};

/** Query parameters of GET /api/children (as parsed on the server; all optional). */
export const listChildrenQuerySchema = z.strictObject({
  ...childListFields,
  status: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? [] : value.split(',')))
    .pipe(statusListSchema),
  /** true: only children not seen by the IRO in the last `iroContactMonths` months. */
  notSeenByIro: z
    .enum(['true', 'false'], { error: 'notSeenByIro must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
});

/**
 * Body of POST /api/children/search: the list's filters, sort and paging as for GET /children,
 * plus the search text. A search is often a child's name, and a name must not go in a URL
 * (access logs, proxies and browser history keep URLs), so searching is a POST.
 */
export const searchChildrenBodySchema = z
  .strictObject({
    q: z
      .string({ error: 'Enter a name or ID to search for' })
      .trim()
      .min(1, { message: 'Enter a name or ID to search for' })
      .max(100, { message: 'Search must be 100 characters or fewer' }),
    ...childListFields,
    // JSON numbers, not the query's text read as one.
    page: pageNumberField.default(1),
    pageSize: pageSizeField.default(DEFAULT_PAGE_SIZE),
    status: statusListSchema.default([]),
    notSeenByIro: z.boolean({ error: 'notSeenByIro must be true or false' }).default(false),
  })
  .meta({ id: 'SearchChildrenBody' });

/** What the client passes to api.listChildren. */
export interface ListChildrenParams {
  iroId?: string;
  status?: readonly z.infer<typeof reviewStatusSchema>[];
  dueBefore?: string;
  dueAfter?: string;
  /** Only children not seen by the IRO in the last `iroContactMonths` months. */
  notSeenByIro?: boolean;
  q?: string;
  sort?: ChildSortKey;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export const caseloadSummaryQuerySchema = z.strictObject({ iroId: iroFilterField });

export const caseloadSummarySchema = caseloadCountsSchema.meta({ id: 'CaseloadSummary' });
export type CaseloadSummary = z.infer<typeof caseloadSummarySchema>;
