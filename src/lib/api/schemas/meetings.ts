// Review meetings: invitees, history, booking and changing a meeting, and listing meetings.
import { z } from 'zod';
import {
  dateField,
  idField,
  idSchema,
  instantSchema,
  iroFilterField,
  isoDateSchema,
  pageQueryFields,
  pageSchema,
  textField,
  timeSchema,
  versionField,
} from './common';
import {
  contactMethodSchema,
  inviteeRoleSchema,
  meetingFormatSchema,
  meetingStatusSchema,
} from './vocabularies';

export const inviteeSchema = z
  .object({
    id: idSchema,
    role: inviteeRoleSchema,
    name: z.string(),
    contactMethod: contactMethodSchema,
    invitationSentOn: isoDateSchema.nullable(),
    consultationSentOn: isoDateSchema.nullable(),
    consultationReturnedOn: isoDateSchema.nullable(),
  })
  .meta({ id: 'Invitee' });
export type Invitee = z.infer<typeof inviteeSchema>;

export const meetingHistoryEntrySchema = z
  .object({
    at: instantSchema,
    by: idSchema,
    action: z.string(),
    reason: z.string().nullable(),
    fromDate: isoDateSchema.optional(),
    toDate: isoDateSchema.optional(),
  })
  .meta({ id: 'MeetingHistoryEntry' });
export type MeetingHistoryEntry = z.infer<typeof meetingHistoryEntrySchema>;

export const reviewMeetingSchema = z
  .object({
    id: idSchema,
    childId: idSchema,
    iroId: idSchema,
    date: isoDateSchema,
    startTime: z.string(),
    durationMinutes: z.number().int(),
    format: meetingFormatSchema,
    venue: z.string().nullable(),
    virtualLink: z.string().nullable(),
    invitees: z.array(inviteeSchema),
    status: meetingStatusSchema,
    history: z.array(meetingHistoryEntrySchema),
    outOfTimescaleReason: z.string().nullable(),
    /** Readiness: the day the social worker's report arrived (null: not yet). */
    socialWorkerReportReceivedOn: isoDateSchema.nullable().default(null),
    /** Readiness: the day the IRO spoke to the child before the meeting (null: not yet). */
    iroSpokeToChildOn: isoDateSchema.nullable().default(null),
    version: z.number().int(),
  })
  .meta({ id: 'ReviewMeeting' });
export type ReviewMeeting = z.infer<typeof reviewMeetingSchema>;

/** GET /api/meetings: each meeting with the child's name, for booking lists and diaries. */
export const meetingListItemSchema = reviewMeetingSchema
  .extend({
    child: z.object({
      id: idSchema,
      childRef: z.string(),
      givenName: z.string(),
      familyName: z.string(),
    }),
  })
  .meta({ id: 'MeetingListItem' });
export type MeetingListItem = z.infer<typeof meetingListItemSchema>;

/** GET /api/meetings: by date, a page at a time. */
export const meetingPageSchema = pageSchema(meetingListItemSchema).meta({ id: 'MeetingPage' });
export type MeetingPage = z.infer<typeof meetingPageSchema>;

export const inviteeBodySchema = z
  .strictObject({
    /** Omit for a new invitee; give the id to keep an existing one. */
    id: idField('Invitee id must be 64 characters or fewer').optional(),
    role: inviteeRoleSchema,
    name: textField('The invitee’s name', 120),
    contactMethod: contactMethodSchema,
    invitationSentOn: dateField('Date the invitation was sent').nullable().default(null),
    consultationSentOn: dateField('Date the consultation document was sent')
      .nullable()
      .default(null),
    consultationReturnedOn: dateField('Date the consultation document was returned')
      .nullable()
      .default(null),
  })
  .meta({ id: 'InviteeBody' });
export type InviteeBody = z.input<typeof inviteeBodySchema>;

const durationField = z
  .number({ error: 'Enter how long the meeting will last, in minutes' })
  .int({ message: 'Length of the meeting must be a whole number of minutes' })
  .min(15, { message: 'Length of the meeting must be at least 15 minutes' })
  .max(480, { message: 'Length of the meeting must be 8 hours or less' });

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} must be ${max} characters or fewer` })
    .nullable();

export const VIRTUAL_LINK_MESSAGE = 'Enter a link that starts with https://';

/** Whether the text is an https address (a link to join that a browser opens safely). */
function isHttpsLink(value: string): boolean {
  if (!/^https:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '';
  } catch {
    return false;
  }
}

/**
 * The link to join a virtual or hybrid meeting: https only (never javascript:, data: or plain
 * http), as it is shown to people and put in calendar invitations. Blank is left to the place
 * rules ("Enter the link to join the meeting").
 */
const virtualLinkField = optionalText('Link to join', 500).refine(
  (value) => value === null || value === '' || isHttpsLink(value),
  { message: VIRTUAL_LINK_MESSAGE },
);

/** The most people one meeting invites. */
export const MAX_INVITEES = 30;
const inviteesField = z
  .array(inviteeBodySchema, { error: 'Invitees must be a list' })
  .max(MAX_INVITEES, { message: `Invite ${MAX_INVITEES} people or fewer` });

export const createMeetingBodySchema = z
  .strictObject({
    date: dateField('Date of the meeting'),
    startTime: timeSchema,
    durationMinutes: durationField.default(90),
    format: meetingFormatSchema,
    venue: optionalText('Venue', 200).default(null),
    virtualLink: virtualLinkField.default(null),
    invitees: inviteesField.default([]),
    /** Required when the meeting is after the review's due date. */
    outOfTimescaleReason: optionalText('Reason for booking after the due date', 2000).default(null),
    /** Defaults to the child's allocated IRO. */
    iroId: idField('Select an IRO who is currently working to chair the meeting').optional(),
  })
  .meta({ id: 'CreateMeetingBody' });
export type CreateMeetingBody = z.input<typeof createMeetingBodySchema>;

export const MEETING_ACTIONS = [
  'update',
  'reschedule',
  'postpone',
  'adjourn',
  'cancel',
  'mark-held',
] as const;

export const updateMeetingBodySchema = z
  .discriminatedUnion(
    'action',
    [
      z.strictObject({
        action: z.literal('update'),
        version: versionField,
        startTime: timeSchema.optional(),
        durationMinutes: durationField.optional(),
        format: meetingFormatSchema.optional(),
        venue: optionalText('Venue', 200).optional(),
        virtualLink: virtualLinkField.optional(),
        invitees: inviteesField.optional(),
        socialWorkerReportReceivedOn: dateField('Date the social worker’s report was received')
          .nullable()
          .optional(),
        iroSpokeToChildOn: dateField('Date the IRO spoke to the child').nullable().optional(),
      }),
      z.strictObject({
        action: z.literal('reschedule'),
        version: versionField,
        reason: textField('Reason for rescheduling'),
        date: dateField('New date of the meeting'),
        startTime: timeSchema.optional(),
        durationMinutes: durationField.optional(),
        outOfTimescaleReason: optionalText('Reason for booking after the due date', 2000)
          .optional()
          .default(null),
      }),
      z.strictObject({
        action: z.literal('postpone'),
        version: versionField,
        reason: textField('Reason for postponing'),
      }),
      z.strictObject({
        action: z.literal('adjourn'),
        version: versionField,
        reason: textField('Reason for adjourning'),
      }),
      z.strictObject({
        action: z.literal('cancel'),
        version: versionField,
        reason: textField('Reason for cancelling'),
      }),
      z.strictObject({
        action: z.literal('mark-held'),
        version: versionField,
      }),
    ],
    { error: 'Select what to do with the meeting' },
  )
  .meta({ id: 'UpdateMeetingBody' });
export type UpdateMeetingBody = z.input<typeof updateMeetingBodySchema>;

export const listMeetingsQuerySchema = z.strictObject({
  iroId: iroFilterField,
  childId: idField('Choose a child from the list').optional(),
  from: dateField('From date').optional(),
  to: dateField('To date').optional(),
  ...pageQueryFields,
});
export interface ListMeetingsParams {
  iroId?: string;
  childId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}
