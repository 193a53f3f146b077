// Booking (business support): only what booking a meeting needs, never review content.
import { z } from 'zod';
import { nextReviewSchema } from './children';
import {
  idSchema,
  iroFilterField,
  isoDateSchema,
  pageInfoFields,
  pageQueryFields,
  type PageParams,
} from './common';
import { reviewMeetingSchema } from './meetings';
import { meetingStatusSchema } from './vocabularies';

const count = z.number().int().min(0);

export const READINESS_CODES = [
  'invitations-sent',
  'consultation-sent',
  'consultation-returned',
  'social-worker-report',
  'iro-spoke-to-child',
] as const;

export const readinessItemSchema = z
  .object({
    code: z.enum(READINESS_CODES),
    label: z.string(),
    /** The last day it should be done by. */
    due: isoDateSchema,
    /** late: the deadline has passed and it is not done. */
    state: z.enum(['done', 'to-do', 'late']),
    detail: z.string(),
  })
  .meta({ id: 'ReadinessItem' });
export type ReadinessItemResponse = z.infer<typeof readinessItemSchema>;

/** Who the child is, as booking needs it: name, reference, IRO and social worker. */
export const bookingChildSchema = z
  .object({
    id: idSchema,
    childRef: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    iro: z.object({ id: idSchema, name: z.string() }),
    socialWorker: z.object({ name: z.string(), team: z.string() }),
  })
  .meta({ id: 'BookingChild' });
export type BookingChild = z.infer<typeof bookingChildSchema>;

/** The review to book: its due date and why, and the latest working day still in timescale. */
export const bookingReviewSchema = nextReviewSchema
  .omit({ sequence: true })
  .extend({
    /** The due date if it is a working day, else the last working day before it. */
    latestWorkingDay: isoDateSchema,
    /** Working days from today to latestWorkingDay (negative once it has passed). */
    workingDaysToLatest: z.number().int(),
  })
  .meta({ id: 'BookingReview' });
export type BookingReview = z.infer<typeof bookingReviewSchema>;

export const bookingMeetingSchema = reviewMeetingSchema
  .extend({
    readiness: z.array(readinessItemSchema),
    /** Within the invitations lead time (a setting) and someone has not been sent one. */
    invitationsOverdue: z.boolean(),
  })
  .meta({ id: 'BookingMeeting' });
export type BookingMeeting = z.infer<typeof bookingMeetingSchema>;

/** GET /children/{childId}/booking and GET /meetings/{meetingId}. */
export const bookingViewSchema = z
  .object({
    child: bookingChildSchema,
    review: bookingReviewSchema,
    /** The meeting booked for the next review (null: none). */
    bookedMeetingId: idSchema.nullable(),
    /** Every meeting of the child, newest first. */
    meetings: z.array(bookingMeetingSchema),
  })
  .meta({ id: 'BookingView' });
export type BookingView = z.infer<typeof bookingViewSchema>;

export const bookingQueueItemSchema = z
  .object({
    child: bookingChildSchema,
    review: bookingReviewSchema,
    /** The latest meeting after the last review held, when it was cancelled or postponed. */
    lastMeeting: z
      .object({
        id: idSchema,
        date: isoDateSchema,
        status: meetingStatusSchema,
        reason: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'BookingQueueItem' });
export type BookingQueueItem = z.infer<typeof bookingQueueItemSchema>;

export const bookingQueueMeetingSchema = z
  .object({ child: bookingChildSchema, review: bookingReviewSchema, meeting: bookingMeetingSchema })
  .meta({ id: 'BookingQueueMeeting' });
export type BookingQueueMeeting = z.infer<typeof bookingQueueMeetingSchema>;

/** A meeting still booked for a child who has left care: business support cancel it. */
export const bookingQueueLeftCareSchema = z
  .object({
    child: bookingChildSchema.pick({ id: true, childRef: true, givenName: true, familyName: true }),
    meeting: z.object({
      id: idSchema,
      date: isoDateSchema,
      startTime: z.string(),
      /** The IRO who was to chair it. */
      iro: z.object({ id: idSchema, name: z.string() }),
    }),
    /** The day the child left care (the last episode's DEC). */
    leftCareOn: isoDateSchema,
    /** SSDA903 REC, e.g. E4A. */
    reasonEnded: z.string(),
    /** In words: 'Left care on 2 March 2026: E4A: Returned home as part of the care plan'. */
    reason: z.string(),
  })
  .meta({ id: 'BookingQueueLeftCare' });
export type BookingQueueLeftCare = z.infer<typeof bookingQueueLeftCareSchema>;

export const BOOKING_HORIZON_WEEKS = [2, 4, 6, 8, 12] as const;
export const DEFAULT_BOOKING_HORIZON_WEEKS = 6;

export const bookingQueueQuerySchema = z.strictObject({
  iroId: iroFilterField,
  weeks: z.coerce
    .number({ error: 'Weeks must be a whole number' })
    .int({ message: 'Weeks must be a whole number' })
    .min(1, { message: 'Weeks must be 1 or more' })
    .max(52, { message: 'Weeks must be 52 or fewer' })
    .default(DEFAULT_BOOKING_HORIZON_WEEKS),
  ...pageQueryFields,
});
/** page: the same page of every list (50 of each by default); counts says how many each has. */
export interface BookingQueueParams extends PageParams {
  iroId?: string;
  weeks?: number;
}

export const bookingQueueSchema = z
  .object({
    today: isoDateSchema,
    /** Reviews due on or before this date (and every overdue one) are in toBook. */
    horizon: z.object({ weeks: z.number().int(), to: isoDateSchema }),
    invitationsDueWorkingDays: z.number().int(),
    /** Reviews with no meeting booked, due within the horizon or overdue: earliest due first. */
    toBook: z.array(bookingQueueItemSchema),
    /** Meetings booked after the review's due date (the review will be out of timescale). */
    bookedAfterDue: z.array(bookingQueueMeetingSchema),
    /** The latest meeting was cancelled or postponed and no new date is booked. */
    cancelledWithoutNewDate: z.array(bookingQueueItemSchema),
    /** Booked meetings within the invitations lead time whose invitations have not all gone. */
    invitationsNotSent: z.array(bookingQueueMeetingSchema),
    /**
     * Meetings still booked (today or later) for children who have left care, by meeting date:
     * nothing is due for the child, so business support cancel them. Added later: read as empty
     * when a server does not send it.
     */
    leftCare: z.array(bookingQueueLeftCareSchema).default([]),
    /**
     * Paged: each list holds its own page `page` (pageSize items at most); totalItems is the
     * longest list's length and totalPages its pages. counts: every list's whole length.
     */
    ...pageInfoFields,
    counts: z
      .object({
        toBook: count,
        /** Of toBook: the reviews already overdue (they come first, being the earliest due). */
        overdue: count,
        bookedAfterDue: count,
        cancelledWithoutNewDate: count,
        invitationsNotSent: count,
        leftCare: count,
      })
      .meta({ id: 'BookingQueueCounts' }),
  })
  .meta({ id: 'BookingQueue' });
export type BookingQueue = z.infer<typeof bookingQueueSchema>;

/** GET /meetings/{meetingId}: one meeting with the child and review it is for. */
export const bookingMeetingViewSchema = z
  .object({
    child: bookingChildSchema,
    review: bookingReviewSchema,
    /** The meeting booked for the next review (null: none). */
    bookedMeetingId: idSchema.nullable(),
    meeting: bookingMeetingSchema,
  })
  .meta({ id: 'BookingMeetingView' });
export type BookingMeetingView = z.infer<typeof bookingMeetingViewSchema>;
