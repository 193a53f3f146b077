// The council's settings, the backend's clock and the bank holidays (gov.uk feed shape).
import { z } from 'zod';
import {
  DEFAULT_ALLOCATION_WORKING_DAYS,
  DEFAULT_CALENDAR_CHILD_LABEL,
  DEFAULT_IRO_CONTACT_MONTHS,
  DEFAULT_LATE_REVIEW_REASONS,
  DEFAULT_MEETING_WORKING_HOURS,
  DEFAULT_READINESS_SETTINGS,
  LATE_REVIEW_REASON_CODE_LIMIT,
  lateReviewReasonOptionsProblems,
} from '@/domain';
import {
  DEFAULT_SESSION_IDLE_MINUTES,
  DEFAULT_SESSION_MAX_HOURS,
  SESSION_IDLE_MINUTES_RANGE,
  SESSION_MAX_HOURS_RANGE,
} from '../session-policy';
import { isoDateSchema, lowerFirst, textField, timeSchema, versionField } from './common';

const workingDaysSetting = (label: string) =>
  z
    .number({ error: `Enter ${lowerFirst(label)} as a number of working days` })
    .int({ message: `${label} must be a whole number of working days` })
    .min(0, { message: `${label} must be 0 or more` })
    .max(130, { message: `${label} must be 130 working days or fewer` });

/** Far beyond any caseload per FTE (the IRO Handbook suggests 50 to 70). */
const MAX_CASELOAD_BAND = 500;

const caseloadBandFields = {
  min: z
    .number({ error: 'Enter the lowest recommended caseload' })
    .int({ message: 'Lowest recommended caseload must be a whole number' })
    .min(0, { message: 'Lowest recommended caseload must be 0 or more' })
    .max(MAX_CASELOAD_BAND, {
      message: `Lowest recommended caseload must be ${MAX_CASELOAD_BAND} or fewer`,
    }),
  max: z
    .number({ error: 'Enter the highest recommended caseload' })
    .int({ message: 'Highest recommended caseload must be a whole number' })
    .min(1, { message: 'Highest recommended caseload must be 1 or more' })
    .max(MAX_CASELOAD_BAND, {
      message: `Highest recommended caseload must be ${MAX_CASELOAD_BAND} or fewer`,
    }),
};

const settingsFields = {
  councilName: textField('The council’s name', 120),
  childTerm: textField('The term for looked after children', 60),
  atRiskWorkingDays: workingDaysSetting('At risk window'),
  recordOfReviewTargetWorkingDays: workingDaysSetting('Record of review target'),
  recordOfReviewLimitWorkingDays: workingDaysSetting('Record of review limit'),
  managerSignOffWorkingDays: workingDaysSetting('Manager sign-off'),
  caseloadBand: z.object(caseloadBandFields),
  escalationOpenWorkingDaysLimit: workingDaysSetting('Escalation open limit'),
};

const lateReviewReasonFields = {
  code: z
    .string({ error: 'Enter the reason’s code' })
    .trim()
    .max(LATE_REVIEW_REASON_CODE_LIMIT, {
      message: `The reason’s code must be ${LATE_REVIEW_REASON_CODE_LIMIT} characters or fewer`,
    }),
  // Blank, too long or twice: lateReviewReasonOptionsProblems, which numbers the reason.
  label: z.string({ error: 'Enter the reason as people see it' }).trim(),
  detailsRequired: z.boolean().default(false),
};

/**
 * The council's list of reasons for holding a review late (src/domain/late-review-reason.ts):
 * each reason as the settings return it, or as a request sends it (strict: no other fields).
 */
function lateReviewReasonsList(strict: boolean) {
  return z
    .array(strict ? z.strictObject(lateReviewReasonFields) : z.object(lateReviewReasonFields), {
      error: 'Enter the reasons for holding a review late as a list',
    })
    .max(30, { message: 'Enter 30 reasons for holding a review late or fewer' })
    .superRefine((options, ctx) => {
      for (const problem of lateReviewReasonOptionsProblems(options)) {
        ctx.addIssue({
          code: 'custom',
          path: problem.field.split('.').slice(1),
          message: problem.message,
        });
      }
    });
}
const lateReviewReasonsSetting = lateReviewReasonsList(false);

/** Sessions (a local security policy, not regulation): see src/lib/api/session-policy.ts. */
const sessionIdleMinutesSetting = z
  .number({ error: 'Enter the time without activity before signing out as a number of minutes' })
  .int({ message: 'Time without activity before signing out must be a whole number of minutes' })
  .min(SESSION_IDLE_MINUTES_RANGE.min, {
    message: `Time without activity before signing out must be ${SESSION_IDLE_MINUTES_RANGE.min} minutes or more`,
  })
  .max(SESSION_IDLE_MINUTES_RANGE.max, {
    message: `Time without activity before signing out must be ${SESSION_IDLE_MINUTES_RANGE.max} minutes or fewer`,
  })
  .meta({
    description: `Minutes without a request before the backend ends a session (${SESSION_IDLE_MINUTES_RANGE.min} to ${SESSION_IDLE_MINUTES_RANGE.max}); the app warns 2 minutes before`,
  });

const sessionMaxHoursSetting = z
  .number({ error: 'Enter the longest time signed in as a number of hours' })
  .int({ message: 'Longest time signed in must be a whole number of hours' })
  .min(SESSION_MAX_HOURS_RANGE.min, {
    message: `Longest time signed in must be ${SESSION_MAX_HOURS_RANGE.min} hour or more`,
  })
  .max(SESSION_MAX_HOURS_RANGE.max, {
    message: `Longest time signed in must be ${SESSION_MAX_HOURS_RANGE.max} hours or fewer`,
  })
  .meta({
    description: `Hours after signing in that a session ends however active it is (${SESSION_MAX_HOURS_RANGE.min} to ${SESSION_MAX_HOURS_RANGE.max})`,
  });

/** When review meetings are normally held: a time outside them is warned about like a weekend. */
const meetingWorkingHoursSetting = z
  .strictObject({
    start: timeSchema,
    end: timeSchema,
  })
  .refine((hours) => hours.start < hours.end, {
    message: 'Working hours must end after they start',
    path: ['end'],
  })
  .meta({ description: 'Meetings starting before `start` or ending after `end` are warned about' });

/** How a calendar file names the child: never by name (calendars are shared and synced to phones). */
const calendarChildLabelSetting = z
  .enum(['reference', 'initials'], {
    error: 'Select whether calendar entries show the child’s reference or initials',
  })
  .meta({ description: "The child's council reference (default) or initials; never the name" });

/** "Not seen by the IRO in the last N months": the caseload's filter and the annual report. */
const iroContactMonthsSetting = z
  .number({ error: 'Enter the months within which the IRO sees each child as a number' })
  .int({ message: 'Months within which the IRO sees each child must be a whole number' })
  .min(1, { message: 'Months within which the IRO sees each child must be 1 or more' })
  .max(24, { message: 'Months within which the IRO sees each child must be 24 or fewer' })
  .meta({
    description: 'A child not seen by the IRO (visit or video call) in this many months is flagged',
  });

const defaultLateReviewReasons = () => DEFAULT_LATE_REVIEW_REASONS.map((option) => ({ ...option }));

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
    /** IRO Handbook guidance, a local setting: an IRO allocated within this many working days. */
    allocationWorkingDays: workingDaysSetting('IRO allocation').default(
      DEFAULT_ALLOCATION_WORKING_DAYS,
    ),
    /** Why a review was held late: the list the form offers and the report groups by. */
    lateReviewReasons: lateReviewReasonsSetting.default(defaultLateReviewReasons),
    sessionIdleMinutes: sessionIdleMinutesSetting.default(DEFAULT_SESSION_IDLE_MINUTES),
    sessionMaxHours: sessionMaxHoursSetting.default(DEFAULT_SESSION_MAX_HOURS),
    meetingWorkingHours: meetingWorkingHoursSetting.default(() => ({
      ...DEFAULT_MEETING_WORKING_HOURS,
    })),
    calendarChildLabel: calendarChildLabelSetting.default(DEFAULT_CALENDAR_CHILD_LABEL),
    iroContactMonths: iroContactMonthsSetting.default(DEFAULT_IRO_CONTACT_MONTHS),
    version: z.number().int(),
  })
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof settingsSchema>;

export const settingsBodySchema = z
  .strictObject({
    ...settingsFields,
    caseloadBand: z.strictObject(caseloadBandFields),
    // Optional: left out, the current value is kept.
    socialWorkerReportWorkingDays: bookingSettingsFields.socialWorkerReportWorkingDays.optional(),
    invitationsDueWorkingDays: bookingSettingsFields.invitationsDueWorkingDays.optional(),
    allocationWorkingDays: workingDaysSetting('IRO allocation').optional(),
    lateReviewReasons: lateReviewReasonsList(true).optional(),
    sessionIdleMinutes: sessionIdleMinutesSetting.optional(),
    sessionMaxHours: sessionMaxHoursSetting.optional(),
    meetingWorkingHours: meetingWorkingHoursSetting.optional(),
    calendarChildLabel: calendarChildLabelSetting.optional(),
    iroContactMonths: iroContactMonthsSetting.optional(),
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

/** The council's name (settings.councilName), for pages shown before signing in. */
export const councilSchema = z.object({ councilName: z.string() }).meta({ id: 'Council' });
export type Council = z.infer<typeof councilSchema>;

export const clockSchema = z.object({ today: isoDateSchema }).meta({ id: 'Clock' });
export type Clock = z.infer<typeof clockSchema>;

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
