// The team manager's endpoints (GET /team/...): the overview per IRO with the year to date, the
// reviews at risk within a horizon, the sign-off queue and open escalations. Shared by the mock
// backend (which computes them with src/domain) and the client (which validates every response).
import { z } from 'zod';
import { AT_RISK_HORIZON_WEEKS, type AtRiskCategory } from '@/domain';
// From each resource's own module, not the barrel: the client loads this module on its own.
import {
  dateField,
  iroFilterField,
  isoDateSchema,
  pageInfoFields,
  pageNumberParam,
  pageQueryFields,
  pageSizeParam,
} from './schemas/common';
import { lateReasonCountSchema } from './schemas/reports';
import {
  escalationStageSchema,
  reviewKindSchema,
  reviewStatusSchema,
} from './schemas/vocabularies';

const count = z.number().int().min(0);

/** Who a row is about: the child (reference and name) and their allocated IRO. */
const childAndIroFields = {
  childId: z.string(),
  childRef: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  iroId: z.string(),
  iroName: z.string(),
};

export const atRiskCategorySchema = z.enum([
  'overdue',
  'not-booked',
  'booked-late',
] as const satisfies readonly AtRiskCategory[]);

export const atRiskHorizonSchema = z
  .object({
    /** Last day included. */
    until: isoDateSchema,
    /** 2, 4 or 8; null when a date was chosen. */
    weeks: z.number().int().nullable(),
    /** 'the next 4 weeks (to 13 April 2026)'. */
    label: z.string(),
  })
  .meta({ id: 'AtRiskHorizon' });
export type AtRiskHorizonResponse = z.infer<typeof atRiskHorizonSchema>;

export const ratioSchema = z
  .object({
    count: count,
    outOf: count,
    /** Unrounded; null when outOf is 0. */
    percent: z.number().nullable(),
  })
  .meta({ id: 'Ratio' });
export type RatioResponse = z.infer<typeof ratioSchema>;

function figure<T extends z.ZodType>(value: T) {
  return z.object({ label: z.string(), definition: z.string(), value });
}

export const teamIroRowSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    fte: z.number(),
    /** false: has left (still listed while children are allocated to them). */
    active: z.boolean(),
    children: count,
    /** children / FTE; null for 0 FTE. */
    perFte: z.number().nullable(),
    bandPosition: z.enum(['below', 'within', 'above']).nullable(),
    overdue: count,
    /** Not booked and due within the overview's horizon (not overdue). */
    atRisk: count,
    bookedLate: count,
    midpointMissed: count,
    recordOfReviewOverdue: count,
    openEscalations: count,
    awaitingSignOff: count,
  })
  .meta({ id: 'TeamIroRow' });
export type TeamIroRow = z.infer<typeof teamIroRowSchema>;

export const teamOverviewSchema = z
  .object({
    today: isoDateSchema,
    /** The horizon of the "at risk" column. */
    horizon: atRiskHorizonSchema,
    /** The recommended caseload per full-time IRO (setting, IRO Handbook 50-70). */
    band: z.object({ min: z.number().int(), max: z.number().int() }),
    iros: z.array(teamIroRowSchema),
    totals: teamIroRowSchema
      .omit({ id: true, name: true, active: true, bandPosition: true })
      .extend({ unallocated: count }),
    /** null when the records cannot be counted (yearToDateProblem says why). */
    yearToDate: z
      .object({
        from: isoDateSchema,
        to: isoDateSchema,
        label: z.string(),
        reviewsHeld: figure(count),
        inTimescale: figure(ratioSchema),
        participation: figure(ratioSchema),
        participationIncludingUnder4s: figure(ratioSchema),
        advocacyReferrals: figure(count),
        /** The reviews held late so far this year, by the reason chosen. */
        lateByReason: figure(z.array(lateReasonCountSchema)),
      })
      .nullable(),
    /** Why the year-to-date figures could not be worked out (a record that does not add up). */
    yearToDateProblem: z.string().nullable(),
  })
  .meta({ id: 'TeamOverview' });
export type TeamOverview = z.infer<typeof teamOverviewSchema>;

// ---------------------------------------------------------------------------------------------
// Reviews at risk
// ---------------------------------------------------------------------------------------------

export const atRiskReviewSchema = z
  .object({
    ...childAndIroFields,
    due: isoDateSchema,
    kind: reviewKindSchema,
    /** Why it is due then (from the domain). */
    dueReason: z.string(),
    status: reviewStatusSchema,
    /** Why it is at risk, in words (from the domain). */
    statusReason: z.string(),
    category: atRiskCategorySchema,
    workingDaysLeft: z.number().int(),
    daysOverdue: z.number().int(),
    meetingDate: isoDateSchema.nullable(),
  })
  .meta({ id: 'AtRiskReview' });
export type AtRiskReview = z.infer<typeof atRiskReviewSchema>;

export const atRiskWeekGroupSchema = z
  .object({
    /** The Monday of the week the reviews are due in. */
    weekOf: isoDateSchema,
    count,
    iros: z.array(z.object({ iroId: z.string(), iroName: z.string(), count })),
  })
  .meta({ id: 'AtRiskWeekGroup' });

/** Reviews at risk a page at a time by default (a page of 79 rows was about 8,700 px tall). */
export const AT_RISK_PAGE_SIZE = 20;

export const atRiskListSchema = z
  .object({
    today: isoDateSchema,
    horizon: atRiskHorizonSchema,
    /** Per category, for the IRO chosen (before the category filter). */
    counts: z.object({ overdue: count, notBooked: count, bookedLate: count, total: count }),
    /**
     * The whole result (after the filters) by the week due, then by IRO, with counts: every page
     * carries all the groups, so a heading can say how many reviews its group holds in all.
     */
    groups: z.array(atRiskWeekGroupSchema),
    /** One page, in the groups' order: week due, IRO, then due date. */
    items: z.array(atRiskReviewSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    totalItems: count,
    totalPages: z.number().int(),
  })
  .meta({ id: 'AtRiskList' });
export type AtRiskList = z.infer<typeof atRiskListSchema>;

export const atRiskQuerySchema = z
  .strictObject({
    weeks: z.coerce
      .number({ error: 'Weeks must be 2, 4 or 8' })
      .refine((value) => (AT_RISK_HORIZON_WEEKS as readonly number[]).includes(value), {
        message: 'Weeks must be 2, 4 or 8',
      })
      .optional(),
    until: dateField('Date to look ahead to').optional(),
    iroId: iroFilterField,
    category: z
      .string()
      .optional()
      .transform((value) => (value === undefined || value === '' ? [] : value.split(',')))
      .pipe(
        z
          .array(atRiskCategorySchema, { error: 'Category must be a list of categories' })
          .max(atRiskCategorySchema.options.length, {
            message: `Category must be ${atRiskCategorySchema.options.length} categories or fewer`,
          }),
      ),
    page: pageNumberParam.default(1),
    pageSize: pageSizeParam.default(AT_RISK_PAGE_SIZE),
  })
  .refine((value) => value.weeks === undefined || value.until === undefined, {
    message: 'Choose weeks or a date to look ahead to, not both',
    path: ['until'],
  });

export interface AtRiskParams {
  weeks?: number;
  until?: string;
  iroId?: string;
  category?: readonly AtRiskCategory[];
  page?: number;
  pageSize?: number;
}

// ---------------------------------------------------------------------------------------------
// Sign-off queue
// ---------------------------------------------------------------------------------------------

export const signOffQueueItemSchema = z
  .object({
    reviewId: z.string(),
    /** The review's version, to send with the sign-off. */
    version: z.number().int(),
    ...childAndIroFields,
    heldOn: isoDateSchema,
    decisionsSentOn: isoDateSchema,
    /** The last day for sign-off. */
    due: isoDateSchema,
    workingDaysWaiting: count,
    late: z.boolean(),
    reason: z.string(),
    /** queried: the manager's query waits for the IRO's answer. */
    state: z.enum(['awaiting-manager', 'queried']),
    /** The open query, or the latest answered one (the manager reads the answer before deciding). */
    query: z
      .object({
        raisedOn: isoDateSchema,
        reason: z.string(),
        answeredOn: isoDateSchema.nullable(),
        answer: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'SignOffQueueItem' });
export type SignOffQueueItem = z.infer<typeof signOffQueueItemSchema>;

export const signOffQueueSchema = z
  .object({
    today: isoDateSchema,
    /** The setting: working days from the decisions being sent. */
    workingDays: z.number().int(),
    late: count,
    /** Oldest decisions first, paged (late counts the whole queue). */
    items: z.array(signOffQueueItemSchema),
    ...pageInfoFields,
  })
  .meta({ id: 'SignOffQueue' });
export type SignOffQueue = z.infer<typeof signOffQueueSchema>;

/** GET /team/sign-off-queue and /team/escalations: one IRO's, a page at a time. */
export const teamIroQuerySchema = z.strictObject({ iroId: iroFilterField, ...pageQueryFields });
export interface TeamListParams {
  iroId?: string;
  page?: number;
  pageSize?: number;
}

// ---------------------------------------------------------------------------------------------
// Open escalations
// ---------------------------------------------------------------------------------------------

export const openEscalationSchema = z
  .object({
    id: z.string(),
    ...childAndIroFields,
    stage: escalationStageSchema,
    reason: z.string(),
    raisedOn: isoDateSchema,
    stageReachedOn: isoDateSchema,
    workingDaysOpen: count,
    workingDaysAtStage: count,
    overLimit: z.boolean(),
    /** At the current stage for more working days than the limit (each stage's target). */
    stagePastTarget: z.boolean(),
    /** When the IRO referred the child's case to Cafcass; null if not. */
    cafcassReferredOn: isoDateSchema.nullable(),
  })
  .meta({ id: 'OpenEscalation' });
export type OpenEscalation = z.infer<typeof openEscalationSchema>;

export const openEscalationsSchema = z
  .object({
    today: isoDateSchema,
    /** The setting: open longer than this many working days is flagged. */
    limitWorkingDays: z.number().int(),
    byStage: z.object({ 1: count, 2: count, 3: count }),
    overLimit: count,
    /** Open escalations at their current stage longer than the limit. */
    stagePastTarget: count,
    /** Open escalations whose child's case has been referred to Cafcass. */
    cafcassReferred: count,
    /** Longest open first, paged (the counts above are of every open escalation). */
    items: z.array(openEscalationSchema),
    ...pageInfoFields,
  })
  .meta({ id: 'OpenEscalations' });
export type OpenEscalations = z.infer<typeof openEscalationsSchema>;
