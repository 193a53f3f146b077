// The REST API's shapes, defined once: the mock backend validates request bodies with them, the
// client validates every response with them, and public/openapi.json is generated from them.
// Dates are calendar dates in England, 'YYYY-MM-DD', checked with the domain's own isIsoDate.
import { z } from 'zod';
import { DEFAULT_READINESS_SETTINGS, isIsoDate, isParticipationCode } from '@/domain';

// zod compiles object parsers with `new Function` when it can; the production Content Security
// Policy forbids eval, so parse without it (and without the violation report its probe causes).
z.config({ jitless: true });

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Any calendar date in a response. */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Must be a real date in the form YYYY-MM-DD' })
  .meta({ format: 'date', examples: ['2026-03-14'] });

/**
 * A date field in a request body, with GOV.UK error wording built from its label:
 * "Enter the date the review was held", "Date the review was held must be a real date".
 */
export function dateField(label: string) {
  const enter = /^Date\b/.test(label)
    ? `Enter the ${lowerFirst(label)}`
    : `Enter ${lowerFirst(label)}`;
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null || issue.input === ''
          ? enter
          : `${label} must be a real date`,
    })
    .refine((value) => value !== '', { message: enter, abort: true })
    .refine(isIsoDate, { message: `${label} must be a real date` })
    .meta({ format: 'date', examples: ['2026-03-14'] });
}

/** A required line of text with GOV.UK wording ("Enter the reason"). */
export function textField(label: string, max = 2000) {
  return z
    .string({ error: `Enter ${lowerFirst(label)}` })
    .trim()
    .min(1, { message: `Enter ${lowerFirst(label)}` })
    .max(max, { message: `${label} must be ${max} characters or fewer` });
}

const idSchema = z.string().min(1);
/** Optimistic concurrency: the version the client last read. */
const versionField = z
  .number({ error: 'Version is required: reload the record and try again' })
  .int()
  .min(1);
const timeSchema = z
  .string({ error: 'Enter a start time' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Start time must be a real time, like 14:30' })
  .meta({ examples: ['10:30'] });

export const instantSchema = z.iso.datetime({ offset: true }).meta({
  description: 'An instant (ISO 8601 with Z or an offset), e.g. when a record was written',
});

// ---------------------------------------------------------------------------------------------
// Vocabularies
// ---------------------------------------------------------------------------------------------

export const STAFF_ROLES = ['iro', 'team-manager', 'business-support'] as const;
export const staffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const REVIEW_STATUSES = ['overdue', 'booked-late', 'at-risk', 'booked', 'on-track'] as const;
export const reviewStatusSchema = z.enum(REVIEW_STATUSES);

export const REVIEW_KINDS = ['first', 'second', 'subsequent'] as const;
export const reviewKindSchema = z.enum(REVIEW_KINDS);

export const RULE_SET_IDS = ['standard', 'short-breaks'] as const;
export const ruleSetIdSchema = z.enum(RULE_SET_IDS);

export const PARTICIPATION_CODE_VALUES = [
  'PN0',
  'PN1',
  'PN2',
  'PN3',
  'PN4',
  'PN5',
  'PN6',
  'PN7',
] as const;
export const participationCodeSchema = z
  .string({ error: 'Select how the child participated in the review' })
  .refine(isParticipationCode, { message: 'Participation code must be one of PN0 to PN7' })
  .meta({ enum: [...PARTICIPATION_CODE_VALUES] });

export const PARTICIPATION_METHOD_VALUES = [
  'in-person',
  'virtual',
  'hybrid',
  'via-advocate',
  'consultation-form',
] as const;
export const participationMethodSchema = z.enum(PARTICIPATION_METHOD_VALUES, {
  error: 'Select how the child took part in the review',
});

/** SSDA903 reason for new episode: S starts a new period of care; P, L, T, U, B continue it. */
export const REASON_FOR_NEW_EPISODE_VALUES = ['S', 'P', 'L', 'T', 'U', 'B'] as const;
export const reasonForNewEpisodeSchema = z.enum(REASON_FOR_NEW_EPISODE_VALUES);

export const MEETING_FORMATS = ['in-person', 'virtual', 'hybrid'] as const;
export const meetingFormatSchema = z.enum(MEETING_FORMATS, {
  error: 'Select whether the meeting is in person, virtual or hybrid',
});

export const MEETING_STATUSES = ['booked', 'held', 'cancelled', 'postponed', 'adjourned'] as const;
export const meetingStatusSchema = z.enum(MEETING_STATUSES);

export const INVITEE_ROLES = [
  'child',
  'parent',
  'carer',
  'social-worker',
  'advocate',
  'health',
  'school',
  'interpreter',
  'other',
] as const;
export const inviteeRoleSchema = z.enum(INVITEE_ROLES, { error: 'Select the invitee’s role' });

export const CONTACT_METHODS = ['email', 'post', 'phone', 'in-person', 'app'] as const;
export const contactMethodSchema = z.enum(CONTACT_METHODS, {
  error: 'Select how the invitation is sent',
});

export const MIDPOINT_OUTCOMES = ['on-track', 'concerns', 'escalated'] as const;
export const midpointOutcomeSchema = z.enum(MIDPOINT_OUTCOMES, {
  error: 'Select the outcome of the midpoint check',
});

export const MIDPOINT_STATES = ['not-yet-due', 'due', 'done', 'missed'] as const;
export const midpointStateSchema = z.enum(MIDPOINT_STATES);

export const ADVOCACY_STATES = ['none', 'offered', 'referred', 'declined'] as const;
export const advocacyStateSchema = z.enum(ADVOCACY_STATES);

export const ESCALATION_STAGES = [1, 2, 3] as const;
export const escalationStageSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'Stage must be 1, 2 or 3',
});

export const AUDIT_ENTITIES = [
  'child',
  'review',
  'midpoint-check',
  'meeting',
  'escalation',
  'settings',
] as const;
export const auditEntitySchema = z.enum(AUDIT_ENTITIES);

export const AUDIT_ACTIONS = [
  'created',
  'updated',
  'deleted',
  'reallocated',
  'signed-off',
  'rescheduled',
  'postponed',
  'adjourned',
  'cancelled',
  'held',
  'advanced',
  'resolved',
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);

// ---------------------------------------------------------------------------------------------
// Staff, session, settings, clock
// ---------------------------------------------------------------------------------------------

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

export const sessionSchema = z
  .object({ token: z.string().min(1), user: staffMemberSchema })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

export const currentSessionSchema = z
  .object({ user: staffMemberSchema })
  .meta({ id: 'CurrentSession' });
export type CurrentSession = z.infer<typeof currentSessionSchema>;

export const signInBodySchema = z
  .object({ staffId: z.string({ error: 'Select who you are signing in as' }).min(1) })
  .meta({ id: 'SignInBody' });
export type SignInBody = z.infer<typeof signInBodySchema>;

const workingDaysSetting = (label: string) =>
  z
    .number({ error: `Enter ${lowerFirst(label)} as a number of working days` })
    .int({ message: `${label} must be a whole number of working days` })
    .min(0, { message: `${label} must be 0 or more` })
    .max(130, { message: `${label} must be 130 working days or fewer` });

const settingsFields = {
  councilName: textField('The council’s name', 120),
  childTerm: textField('The term for looked after children', 60),
  atRiskWorkingDays: workingDaysSetting('At risk window'),
  recordOfReviewTargetWorkingDays: workingDaysSetting('Record of review target'),
  recordOfReviewLimitWorkingDays: workingDaysSetting('Record of review limit'),
  managerSignOffWorkingDays: workingDaysSetting('Manager sign-off'),
  caseloadBand: z.object({
    min: z
      .number({ error: 'Enter the lowest recommended caseload' })
      .int()
      .min(0, { message: 'Lowest recommended caseload must be 0 or more' }),
    max: z
      .number({ error: 'Enter the highest recommended caseload' })
      .int()
      .min(1, { message: 'Highest recommended caseload must be 1 or more' }),
  }),
  escalationOpenWorkingDaysLimit: workingDaysSetting('Escalation open limit'),
};

/** Booking lead times (local practice, not regulation): see src/domain/meeting-readiness.ts. */
const bookingSettingsFields = {
  socialWorkerReportWorkingDays: workingDaysSetting('Social worker’s report lead time'),
  invitationsDueWorkingDays: workingDaysSetting('Invitations lead time'),
};

export const settingsSchema = z
  .object({
    ...settingsFields,
    socialWorkerReportWorkingDays: bookingSettingsFields.socialWorkerReportWorkingDays.default(
      DEFAULT_READINESS_SETTINGS.socialWorkerReportWorkingDays,
    ),
    invitationsDueWorkingDays: bookingSettingsFields.invitationsDueWorkingDays.default(
      DEFAULT_READINESS_SETTINGS.invitationsDueWorkingDays,
    ),
    version: z.number().int(),
  })
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof settingsSchema>;

export const settingsBodySchema = z
  .object({
    ...settingsFields,
    // Optional: left out, the current value is kept.
    socialWorkerReportWorkingDays: bookingSettingsFields.socialWorkerReportWorkingDays.optional(),
    invitationsDueWorkingDays: bookingSettingsFields.invitationsDueWorkingDays.optional(),
    version: versionField,
  })
  .superRefine((value, ctx) => {
    if (value.caseloadBand.max < value.caseloadBand.min) {
      ctx.addIssue({
        code: 'custom',
        path: ['caseloadBand', 'max'],
        message: 'Highest recommended caseload must be the same as or more than the lowest',
      });
    }
    if (value.recordOfReviewTargetWorkingDays > value.recordOfReviewLimitWorkingDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['recordOfReviewTargetWorkingDays'],
        message: 'Record of review target must be the same as or shorter than the limit',
      });
    }
  })
  .meta({ id: 'SettingsBody' });
export type SettingsBody = z.infer<typeof settingsBodySchema>;

export const clockSchema = z.object({ today: isoDateSchema }).meta({ id: 'Clock' });
export type Clock = z.infer<typeof clockSchema>;

// ---------------------------------------------------------------------------------------------
// Children
// ---------------------------------------------------------------------------------------------

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
  })
  .meta({ id: 'Episode' });
export type Episode = z.infer<typeof episodeSchema>;

export const childSchema = z
  .object({
    id: idSchema,
    /** The council's own reference, e.g. LA123456. */
    childRef: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    dateOfBirth: isoDateSchema,
    legalStatus: z.string(),
    placement: z.object({ type: z.string(), description: z.string() }),
    socialWorker: z.object({ name: z.string(), team: z.string() }),
    iroId: idSchema,
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
  })
  .meta({ id: 'ChildSummary' });
export type ChildSummary = z.infer<typeof childSummarySchema>;

// ---------------------------------------------------------------------------------------------
// Reviews
// ---------------------------------------------------------------------------------------------

export const advocacySchema = z
  .object({
    offered: z.boolean(),
    referralMade: z.boolean(),
    referralDate: isoDateSchema.nullable(),
    provider: z.string().nullable(),
    declined: z.boolean(),
    outcome: z.string().nullable(),
  })
  .meta({ id: 'Advocacy' });
export type Advocacy = z.infer<typeof advocacySchema>;

export const recommendationSchema = z
  .object({
    id: idSchema,
    action: z.string(),
    owner: z.string(),
    targetDate: isoDateSchema,
    completedOn: isoDateSchema.nullable(),
  })
  .meta({ id: 'Recommendation' });
export type Recommendation = z.infer<typeof recommendationSchema>;

export const reviewSchema = z
  .object({
    id: idSchema,
    childId: idSchema,
    heldOn: isoDateSchema,
    participationCode: participationCodeSchema,
    participationMethod: participationMethodSchema,
    advocacy: advocacySchema,
    recommendations: z.array(recommendationSchema),
    recordOfReviewCompletedOn: isoDateSchema.nullable(),
    decisionsSentOn: isoDateSchema.nullable(),
    managerSignOffOn: isoDateSchema.nullable(),
    version: z.number().int(),
    recordedBy: idSchema,
    recordedAt: instantSchema,
  })
  .meta({ id: 'Review' });
export type Review = z.infer<typeof reviewSchema>;

export const advocacyBodySchema = z
  .object({
    offered: z.boolean({ error: 'Select whether advocacy was offered' }),
    referralMade: z.boolean({ error: 'Select whether a referral to advocacy was made' }),
    referralDate: dateField('Date of the advocacy referral').nullable().default(null),
    provider: z
      .string()
      .trim()
      .max(120, { message: 'Advocacy provider must be 120 characters or fewer' })
      .nullable()
      .default(null),
    declined: z.boolean().default(false),
    outcome: z
      .string()
      .trim()
      .max(2000, { message: 'Advocacy outcome must be 2000 characters or fewer' })
      .nullable()
      .default(null),
  })
  .superRefine((value, ctx) => {
    if (value.referralMade && value.referralDate === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['referralDate'],
        message: 'Enter the date of the advocacy referral',
      });
    }
    if (value.referralMade && (value.provider === null || value.provider === '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['provider'],
        message: 'Enter the advocacy provider the child was referred to',
      });
    }
    if (value.referralMade && value.declined) {
      ctx.addIssue({
        code: 'custom',
        path: ['declined'],
        message: 'Advocacy cannot be both referred and declined',
      });
    }
  })
  .meta({ id: 'AdvocacyBody' });
export type AdvocacyBody = z.input<typeof advocacyBodySchema>;

export const recommendationBodySchema = z
  .object({
    /** Omit for a new recommendation; give the id to keep an existing one. */
    id: idSchema.optional(),
    action: textField('The recommended action', 500),
    owner: textField('Who is responsible for the action', 120),
    targetDate: dateField('Target date'),
    completedOn: dateField('Date the action was completed').nullable().default(null),
  })
  .meta({ id: 'RecommendationBody' });
export type RecommendationBody = z.input<typeof recommendationBodySchema>;

const reviewWritableFields = {
  heldOn: dateField('Date the review was held'),
  participationCode: participationCodeSchema,
  participationMethod: participationMethodSchema,
  advocacy: advocacyBodySchema,
  recommendations: z.array(recommendationBodySchema).max(50),
  recordOfReviewCompletedOn: dateField('Date the record of the review was completed').nullable(),
  decisionsSentOn: dateField('Date the decisions were sent').nullable(),
  managerSignOffOn: dateField('Date of the manager’s sign-off').nullable(),
};

export const createReviewBodySchema = z
  .object({
    heldOn: reviewWritableFields.heldOn,
    participationCode: reviewWritableFields.participationCode,
    participationMethod: reviewWritableFields.participationMethod,
    advocacy: reviewWritableFields.advocacy,
    recommendations: reviewWritableFields.recommendations.default([]),
    recordOfReviewCompletedOn: reviewWritableFields.recordOfReviewCompletedOn.default(null),
    decisionsSentOn: reviewWritableFields.decisionsSentOn.default(null),
  })
  .meta({ id: 'CreateReviewBody' });
export type CreateReviewBody = z.input<typeof createReviewBodySchema>;

export const updateReviewBodySchema = z
  .object({
    version: versionField,
    heldOn: reviewWritableFields.heldOn.optional(),
    participationCode: reviewWritableFields.participationCode.optional(),
    participationMethod: reviewWritableFields.participationMethod.optional(),
    advocacy: reviewWritableFields.advocacy.optional(),
    recommendations: reviewWritableFields.recommendations.optional(),
    recordOfReviewCompletedOn: reviewWritableFields.recordOfReviewCompletedOn.optional(),
    decisionsSentOn: reviewWritableFields.decisionsSentOn.optional(),
    managerSignOffOn: reviewWritableFields.managerSignOffOn.optional(),
  })
  .meta({ id: 'UpdateReviewBody' });
export type UpdateReviewBody = z.input<typeof updateReviewBodySchema>;

// ---------------------------------------------------------------------------------------------
// Midpoint checks
// ---------------------------------------------------------------------------------------------

export const midpointCheckSchema = z
  .object({
    id: idSchema,
    childId: idSchema,
    checkedOn: isoDateSchema,
    outcome: midpointOutcomeSchema,
    note: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'MidpointCheck' });
export type MidpointCheck = z.infer<typeof midpointCheckSchema>;

const midpointFields = {
  checkedOn: dateField('Date of the midpoint check'),
  outcome: midpointOutcomeSchema,
  note: z
    .string()
    .trim()
    .max(5000, { message: 'Note must be 5000 characters or fewer' })
    .default(''),
};

export const createMidpointCheckBodySchema = z
  .object(midpointFields)
  .meta({ id: 'CreateMidpointCheckBody' });
export type CreateMidpointCheckBody = z.input<typeof createMidpointCheckBodySchema>;

export const updateMidpointCheckBodySchema = z
  .object({
    version: versionField,
    checkedOn: midpointFields.checkedOn.optional(),
    outcome: midpointFields.outcome.optional(),
    note: z
      .string()
      .trim()
      .max(5000, { message: 'Note must be 5000 characters or fewer' })
      .optional(),
  })
  .meta({ id: 'UpdateMidpointCheckBody' });
export type UpdateMidpointCheckBody = z.input<typeof updateMidpointCheckBodySchema>;

// ---------------------------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------------------------

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

export const inviteeBodySchema = z
  .object({
    id: idSchema.optional(),
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

export const createMeetingBodySchema = z
  .object({
    date: dateField('Date of the meeting'),
    startTime: timeSchema,
    durationMinutes: durationField.default(90),
    format: meetingFormatSchema,
    venue: optionalText('Venue', 200).default(null),
    virtualLink: optionalText('Link to join', 500).default(null),
    invitees: z.array(inviteeBodySchema).max(30).default([]),
    /** Required when the meeting is after the review's due date. */
    outOfTimescaleReason: optionalText('Reason for booking after the due date', 2000).default(null),
    /** Defaults to the child's allocated IRO. */
    iroId: idSchema.optional(),
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
      z.object({
        action: z.literal('update'),
        version: versionField,
        startTime: timeSchema.optional(),
        durationMinutes: durationField.optional(),
        format: meetingFormatSchema.optional(),
        venue: optionalText('Venue', 200).optional(),
        virtualLink: optionalText('Link to join', 500).optional(),
        invitees: z.array(inviteeBodySchema).max(30).optional(),
        socialWorkerReportReceivedOn: dateField('Date the social worker’s report was received')
          .nullable()
          .optional(),
        iroSpokeToChildOn: dateField('Date the IRO spoke to the child').nullable().optional(),
      }),
      z.object({
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
      z.object({
        action: z.literal('postpone'),
        version: versionField,
        reason: textField('Reason for postponing'),
      }),
      z.object({
        action: z.literal('adjourn'),
        version: versionField,
        reason: textField('Reason for adjourning'),
      }),
      z.object({
        action: z.literal('cancel'),
        version: versionField,
        reason: textField('Reason for cancelling'),
      }),
      z.object({
        action: z.literal('mark-held'),
        version: versionField,
      }),
    ],
    { error: 'Select what to do with the meeting' },
  )
  .meta({ id: 'UpdateMeetingBody' });
export type UpdateMeetingBody = z.input<typeof updateMeetingBodySchema>;

// ---------------------------------------------------------------------------------------------
// Escalations (dispute resolution protocol)
// ---------------------------------------------------------------------------------------------

export const escalationSchema = z
  .object({
    id: idSchema,
    childId: idSchema,
    stage: escalationStageSchema,
    reason: z.string(),
    raisedOn: isoDateSchema,
    resolvedOn: isoDateSchema.nullable(),
    outcome: z.string().nullable(),
    /** When each stage was reached (stage 1 = raisedOn). */
    stages: z.array(
      z.object({ stage: escalationStageSchema, reachedOn: isoDateSchema, note: z.string() }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'Escalation' });
export type Escalation = z.infer<typeof escalationSchema>;

export const createEscalationBodySchema = z
  .object({
    reason: textField('Reason for the escalation'),
    raisedOn: dateField('Date the escalation was raised'),
    stage: escalationStageSchema.default(1),
  })
  .meta({ id: 'CreateEscalationBody' });
export type CreateEscalationBody = z.input<typeof createEscalationBodySchema>;

export const updateEscalationBodySchema = z
  .discriminatedUnion(
    'action',
    [
      z.object({
        action: z.literal('advance'),
        version: versionField,
        on: dateField('Date the escalation moved to the next stage'),
        note: textField('Why the escalation is moving to the next stage'),
      }),
      z.object({
        action: z.literal('resolve'),
        version: versionField,
        resolvedOn: dateField('Date the escalation was resolved'),
        outcome: textField('Outcome of the escalation'),
      }),
    ],
    { error: 'Select whether to move the escalation on or resolve it' },
  )
  .meta({ id: 'UpdateEscalationBody' });
export type UpdateEscalationBody = z.input<typeof updateEscalationBodySchema>;

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
    escalations: z.array(escalationSchema),
    age: z.number().int(),
    currentPeriod: z.object({
      start: isoDateSchema,
      ruleSet: z.object({ id: ruleSetIdSchema, label: z.string() }),
    }),
    nextReview: nextReviewSchema,
    meeting: z.object({ id: idSchema, date: isoDateSchema }).nullable(),
    history: z.array(heldReviewSchema),
    midpoint: midpointSummarySchema,
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

export const reallocateChildBodySchema = z
  .object({
    iroId: z.string({ error: 'Select the IRO to allocate the child to' }).min(1, {
      message: 'Select the IRO to allocate the child to',
    }),
    version: versionField,
  })
  .meta({ id: 'ReallocateChildBody' });
export type ReallocateChildBody = z.input<typeof reallocateChildBodySchema>;

export const bulkReallocateBodySchema = z
  .object({
    childIds: z
      .array(z.string().min(1), { error: 'Select the children to reallocate' })
      .min(1, { message: 'Select at least one child to reallocate' })
      .max(10000),
    toIroId: z.string({ error: 'Select the IRO to allocate the children to' }).min(1, {
      message: 'Select the IRO to allocate the children to',
    }),
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
// Audit, paging, problems
// ---------------------------------------------------------------------------------------------

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

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    totalItems: z.number().int(),
    totalPages: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

export const childSummaryPageSchema = pageSchema(childSummarySchema).meta({
  id: 'ChildSummaryPage',
});
export const auditEventPageSchema = pageSchema(auditEventSchema).meta({ id: 'AuditEventPage' });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    /** 422: one entry per invalid field, `field` a dotted path such as advocacy.referralDate. */
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    /** 409: the record as it is now, so the user can see what changed. */
    current: z.unknown().optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

export const CHILD_SORT_KEYS = [
  'name',
  'childRef',
  'age',
  'nextReviewDue',
  'status',
  'meetingDate',
  'midpointDue',
] as const;
export type ChildSortKey = (typeof CHILD_SORT_KEYS)[number];
export const MAX_PAGE_SIZE = 10000;
export const DEFAULT_PAGE_SIZE = 50;

const pageNumberParam = z.coerce
  .number({ error: 'Page must be a whole number' })
  .int({ message: 'Page must be a whole number' })
  .min(1, { message: 'Page must be 1 or more' });
const pageSizeParam = z.coerce
  .number({ error: 'Page size must be a whole number' })
  .int({ message: 'Page size must be a whole number' })
  .min(1, { message: 'Page size must be 1 or more' })
  .max(MAX_PAGE_SIZE, { message: `Page size must be ${MAX_PAGE_SIZE} or fewer` });

const statusListSchema = z.array(reviewStatusSchema, {
  error: 'Status must be a list of review statuses',
});

/** The children list's filters (but status), sort and paging: GET /children and its search. */
const childListFields = {
  iroId: z.string().min(1).optional(),
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
export const listChildrenQuerySchema = z.object({
  ...childListFields,
  status: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? [] : value.split(',')))
    .pipe(statusListSchema),
});

/**
 * Body of POST /api/children/search: the list's filters, sort and paging as for GET /children,
 * plus the search text. A search is often a child's name, and a name must not go in a URL
 * (access logs, proxies and browser history keep URLs), so searching is a POST.
 */
export const searchChildrenBodySchema = z
  .object({
    q: z
      .string({ error: 'Enter a name or ID to search for' })
      .trim()
      .min(1, { message: 'Enter a name or ID to search for' })
      .max(100, { message: 'Search must be 100 characters or fewer' }),
    ...childListFields,
    status: statusListSchema.default([]),
  })
  .meta({ id: 'SearchChildrenBody' });

/** What the client passes to api.listChildren. */
export interface ListChildrenParams {
  iroId?: string;
  status?: readonly z.infer<typeof reviewStatusSchema>[];
  dueBefore?: string;
  dueAfter?: string;
  q?: string;
  sort?: ChildSortKey;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export const listMeetingsQuerySchema = z.object({
  iroId: z.string().min(1).optional(),
  childId: z.string().min(1).optional(),
  from: dateField('From date').optional(),
  to: dateField('To date').optional(),
});
export interface ListMeetingsParams {
  iroId?: string;
  childId?: string;
  from?: string;
  to?: string;
}

export const listAuditEventsQuerySchema = z.object({
  childId: z.string().min(1).optional(),
  page: pageNumberParam.default(1),
  pageSize: pageSizeParam.default(DEFAULT_PAGE_SIZE),
});
export interface ListAuditEventsParams {
  childId?: string;
  page?: number;
  pageSize?: number;
}

export const caseloadSummaryQuerySchema = z.object({ iroId: z.string().min(1).optional() });

export const caseloadSummarySchema = caseloadCountsSchema.meta({ id: 'CaseloadSummary' });
export type CaseloadSummary = z.infer<typeof caseloadSummarySchema>;

// ---------------------------------------------------------------------------------------------
// Bank holidays (gov.uk feed shape) and mock control
// ---------------------------------------------------------------------------------------------

export const bankHolidayFeedSchema = z
  .object({
    division: z.string(),
    events: z.array(
      z.object({
        title: z.string(),
        date: isoDateSchema,
        notes: z.string(),
        bunting: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'BankHolidayFeed' });
export type BankHolidayFeedResponse = z.infer<typeof bankHolidayFeedSchema>;

export const mockResetBodySchema = z
  .object({
    seed: z.number().int().min(0).max(0xffffffff).optional(),
    size: z.number().int().min(0).max(200000).optional(),
    today: dateField('Today').optional(),
  })
  .meta({ id: 'MockResetBody' });
export type MockResetBody = z.input<typeof mockResetBodySchema>;

export const mockClockBodySchema = z
  .object({ today: dateField('Today') })
  .meta({ id: 'MockClockBody' });

export const mockScenarioSchema = z
  .object({
    /** null: the runtime's default (150-450 ms random in the browser, 0 in Node). */
    latencyMs: z.number().int().min(0).max(60000).nullable(),
    errorRate: z.number().min(0).max(1),
    offline: z.boolean(),
    failWrites: z.boolean(),
  })
  .meta({ id: 'MockScenario' });
export type MockScenario = z.infer<typeof mockScenarioSchema>;

export const mockScenarioBodySchema = mockScenarioSchema.partial().meta({ id: 'MockScenarioBody' });

export const mockStateSchema = z
  .object({
    seed: z.number().int(),
    size: z.number().int(),
    today: isoDateSchema,
    scenario: mockScenarioSchema,
    counts: z.record(z.string(), z.number().int()),
    schemaVersion: z.number().int(),
  })
  .meta({ id: 'MockState' });
export type MockState = z.infer<typeof mockStateSchema>;

// ---------------------------------------------------------------------------------------------
// Reports: the annual IRO report (figures computed by src/domain/reports.ts annualReportFigures)
// ---------------------------------------------------------------------------------------------

/** The longest period one report covers (a practical limit, not a rule). */
export const MAX_REPORT_YEARS = 10;

/** Query parameters of GET /api/reports/annual. */
export const annualReportQuerySchema = z
  .object({
    from: dateField('Date the period starts'),
    to: dateField('Date the period ends'),
    /** Team managers: one IRO's caseload. IROs always get their own caseload. */
    iroId: z.string().min(1).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.to < value.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'Date the period ends must be the same as or after the date it starts',
      });
      return;
    }
    const limit = `${String(Number(value.from.slice(0, 4)) + MAX_REPORT_YEARS).padStart(4, '0')}${value.from.slice(4)}`;
    if (value.to >= limit) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `The period must be shorter than ${MAX_REPORT_YEARS} years`,
      });
    }
  });
export interface AnnualReportParams {
  from: string;
  to: string;
  iroId?: string;
}

const count = z.number().int().min(0);
export const ratioSchema = z.object({ count, outOf: count, percent: z.number().nullable() }).meta({
  id: 'Ratio',
  description: 'count out of outOf; percent unrounded, null when outOf is 0',
});
export type ReportRatio = z.infer<typeof ratioSchema>;

function figureSchema<T extends z.ZodType>(value: T) {
  return z.object({
    label: z.string(),
    value,
    /** What the figure counts, in words, printed beside it. */
    definition: z.string(),
  });
}

const byStageSchema = z.object({
  total: count,
  byStage: z.object({ 1: count, 2: count, 3: count }),
});

export const annualReportSchema = z
  .object({
    period: z.object({ from: isoDateSchema, to: isoDateSchema, label: z.string() }),
    /** Whose children the figures cover. */
    scope: z.object({
      /** null: every child; otherwise the IRO whose current caseload is reported. */
      iroId: idSchema.nullable(),
      description: z.string(),
    }),
    /** The backend's today when the figures were computed. */
    today: isoDateSchema,
    settings: z.object({
      recordOfReviewTargetWorkingDays: count,
      recordOfReviewLimitWorkingDays: count,
      managerSignOffWorkingDays: count,
      leapDayRule: z.enum(['march-1', 'february-28']),
    }),
    childrenLookedAfterAtStart: figureSchema(count),
    childrenLookedAfterAtEnd: figureSchema(count),
    childrenStartedToBeLookedAfter: figureSchema(count),
    childrenCeasedToBeLookedAfter: figureSchema(count),
    reviewsHeld: figureSchema(count),
    reviewsInTimescale: figureSchema(ratioSchema),
    lateReviews: figureSchema(
      z.array(
        z.object({
          childId: idSchema,
          /** The council's reference for the child (board papers do not name children). */
          childRef: z.string(),
          heldOn: isoDateSchema,
          due: isoDateSchema,
          daysLate: count,
          dueReason: z.string(),
          reason: z.string().nullable(),
        }),
      ),
    ),
    participationByCode: figureSchema(z.record(participationCodeSchema, count)),
    participation: figureSchema(ratioSchema),
    participationIncludingUnder4s: figureSchema(ratioSchema),
    participationMethods: figureSchema(
      z.record(z.enum([...PARTICIPATION_METHOD_VALUES, 'not-recorded']), count),
    ),
    advocacyOffered: figureSchema(ratioSchema),
    advocacyReferrals: figureSchema(count),
    advocacyReferralsByProvider: figureSchema(
      z.array(z.object({ provider: z.string().nullable(), count })),
    ),
    advocacyDeclined: figureSchema(count),
    caseloads: figureSchema(
      z.object({
        byIro: z.array(
          z.object({
            iroId: idSchema,
            name: z.string(),
            fte: z.number().min(0),
            children: count,
            perFte: z.number().nullable(),
          }),
        ),
        allocated: count,
        unallocated: count,
        totalFte: z.number().min(0),
        perFte: z.number().nullable(),
      }),
    ),
    escalationsRaised: figureSchema(byStageSchema),
    escalationsResolved: figureSchema(byStageSchema),
    escalationsOpenAtEnd: figureSchema(count),
    recordOfReviewWithinTarget: figureSchema(ratioSchema),
    recordOfReviewWithinLimit: figureSchema(ratioSchema),
    recordOfReviewNotYetCompleted: figureSchema(count),
    managerSignOffInTime: figureSchema(ratioSchema),
    managerSignOffNotYetDone: figureSchema(count),
    reviewsByMonth: figureSchema(
      z.array(
        z.object({
          month: z.string().regex(/^\d{4}-\d{2}$/),
          label: z.string(),
          held: count,
          inTimescale: count,
        }),
      ),
    ),
  })
  .meta({ id: 'AnnualReport' });
export type AnnualReport = z.infer<typeof annualReportSchema>;

// ---------------------------------------------------------------------------------------------
// Booking (business support): only what booking a meeting needs, never review content
// ---------------------------------------------------------------------------------------------

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

export const BOOKING_HORIZON_WEEKS = [2, 4, 6, 8, 12] as const;
export const DEFAULT_BOOKING_HORIZON_WEEKS = 6;

export const bookingQueueQuerySchema = z.object({
  iroId: z.string().min(1).optional(),
  weeks: z.coerce
    .number({ error: 'Weeks must be a whole number' })
    .int({ message: 'Weeks must be a whole number' })
    .min(1, { message: 'Weeks must be 1 or more' })
    .max(52, { message: 'Weeks must be 52 or fewer' })
    .default(DEFAULT_BOOKING_HORIZON_WEEKS),
});
export interface BookingQueueParams {
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
