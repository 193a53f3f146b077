// The team calendar: review meetings between two dates for every IRO or a chosen few, each with its
// clashes and whether it holds the review out of timescale (both worked out by src/domain).
import { z } from 'zod';
import { daysBetween } from '@/domain';
import {
  dateField,
  idSchema,
  IRO_FILTER_MESSAGE,
  isoDateSchema,
  MAX_ID_LENGTH,
  pageInfoFields,
  pageQueryFields,
  type PageParams,
} from './common';
import { meetingFormatSchema, meetingStatusSchema } from './vocabularies';

/** The longest range one request may ask for: a month view's six weeks, with room to spare. */
export const MAX_CALENDAR_DAYS = 62;
/** The most IROs one request may name (a council's whole team fits). */
export const MAX_CALENDAR_IROS = 100;

export const teamCalendarQuerySchema = z
  .strictObject({
    from: dateField('From date'),
    to: dateField('To date'),
    /** Comma-separated IRO ids; none: every IRO the caller may see. */
    iroIds: z
      .string()
      .optional()
      .transform((value) => (value === undefined || value === '' ? [] : value.split(',')))
      .pipe(
        z
          .array(
            z
              .string()
              .min(1, { message: IRO_FILTER_MESSAGE })
              .max(MAX_ID_LENGTH, { message: IRO_FILTER_MESSAGE }),
          )
          .max(MAX_CALENDAR_IROS, {
            message: `Choose ${MAX_CALENDAR_IROS} IROs or fewer`,
          }),
      ),
    ...pageQueryFields,
  })
  .refine((query) => query.to >= query.from, {
    message: 'To date must be the same as or after the from date',
    path: ['to'],
  })
  .refine((query) => daysBetween(query.from, query.to) < MAX_CALENDAR_DAYS, {
    message: `Choose ${MAX_CALENDAR_DAYS} days or fewer`,
    path: ['to'],
  });

export interface TeamCalendarParams extends PageParams {
  from: string;
  to: string;
  iroIds?: string;
}

export const meetingClashKindSchema = z.enum(['iro-overlap', 'child-same-day']);

export const calendarMeetingSchema = z
  .object({
    id: idSchema,
    date: isoDateSchema,
    startTime: z.string(),
    /** The wall-clock end ('HH:MM'; a meeting past midnight ends the next day). */
    endTime: z.string(),
    durationMinutes: z.number().int(),
    status: meetingStatusSchema,
    format: meetingFormatSchema,
    iro: z.object({ id: idSchema, name: z.string() }),
    child: z.object({
      id: idSchema,
      childRef: z.string(),
      givenName: z.string(),
      familyName: z.string(),
    }),
    /** The due date of the review the meeting is for (null: the child was not looked after then). */
    reviewDue: isoDateSchema.nullable(),
    /** Takes place after the review's due date: the review is out of timescale. */
    outsideTimescale: z.boolean(),
    /** The other meetings it clashes with, and how. */
    clashes: z.array(
      z.object({ kind: meetingClashKindSchema, meetingId: idSchema, text: z.string() }),
    ),
  })
  .meta({ id: 'CalendarMeeting' });
export type CalendarMeetingItem = z.infer<typeof calendarMeetingSchema>;

export const teamCalendarSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    /** Whose meetings these are: the IROs asked for, or every IRO the caller may see. */
    iros: z.array(z.object({ id: idSchema, name: z.string() })),
    /** Meetings in the range with a clash, and outside timescale (all pages). */
    counts: z.object({ clashes: z.number().int(), outsideTimescale: z.number().int() }),
    items: z.array(calendarMeetingSchema),
    ...pageInfoFields,
  })
  .meta({ id: 'TeamCalendar' });
export type TeamCalendar = z.infer<typeof teamCalendarSchema>;
