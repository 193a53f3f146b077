// The settings form's fields: what each setting is called, what it means and its unit, in the
// order the page shows them. Values are typed as text; the API's own schema (settingsBodySchema,
// the backend's) checks them, so the page and the backend refuse the same values in the same words.
import { settingsBodySchema, type Settings, type SettingsBody } from '@/lib/api/schemas';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import { lateReasonRowsOf, lateReasonsBodyOf, type LateReasonRow } from './late-reason-rows';

export type NumberSettingKey =
  | 'atRiskWorkingDays'
  | 'recordOfReviewTargetWorkingDays'
  | 'recordOfReviewLimitWorkingDays'
  | 'managerSignOffWorkingDays'
  | 'escalationOpenWorkingDaysLimit'
  | 'allocationWorkingDays'
  | 'socialWorkerReportWorkingDays'
  | 'invitationsDueWorkingDays'
  | 'iroContactMonths'
  | 'sessionIdleMinutes'
  | 'sessionMaxHours'
  | 'caseloadBand.min'
  | 'caseloadBand.max';

export type TextSettingKey =
  'councilName' | 'childTerm' | 'meetingWorkingHours.start' | 'meetingWorkingHours.end';

export interface SettingField {
  key: NumberSettingKey | TextSettingKey;
  label: string;
  hint: string;
  /** After a number's box: its unit. */
  suffix?: string;
}

export interface SettingSection {
  heading: string;
  fields: readonly SettingField[];
}

const WORKING_DAYS = 'working days';

export const SETTING_SECTIONS: readonly SettingSection[] = [
  {
    heading: 'The council',
    fields: [
      {
        key: 'councilName',
        label: 'The council’s name',
        hint: 'Shown on every page and on documents.',
      },
      {
        key: 'childTerm',
        label: 'The term for looked after children',
        hint: 'How the council speaks of the children, for example “children in care”.',
      },
    ],
  },
  {
    heading: 'Reviews and records',
    fields: [
      {
        key: 'atRiskWorkingDays',
        label: 'At risk window',
        hint: 'A review due within this many working days with no meeting booked is at risk.',
        suffix: WORKING_DAYS,
      },
      {
        key: 'recordOfReviewTargetWorkingDays',
        label: 'Record of review target',
        hint: 'The local target for the IRO’s record of the review, in working days after the meeting.',
        suffix: WORKING_DAYS,
      },
      {
        key: 'recordOfReviewLimitWorkingDays',
        label: 'Record of review limit',
        hint: 'After this many working days a record of review not written is late.',
        suffix: WORKING_DAYS,
      },
      {
        key: 'managerSignOffWorkingDays',
        label: 'Manager sign-off',
        hint: 'Working days a team manager has to sign off a record of review.',
        suffix: WORKING_DAYS,
      },
      {
        key: 'escalationOpenWorkingDaysLimit',
        label: 'Escalation open limit',
        hint: 'An escalation open longer than this many working days is flagged.',
        suffix: WORKING_DAYS,
      },
      {
        key: 'allocationWorkingDays',
        label: 'IRO allocation',
        hint: 'A child becoming looked after is allocated an IRO within this many working days.',
        suffix: WORKING_DAYS,
      },
      {
        key: 'iroContactMonths',
        label: 'Months within which the IRO sees each child',
        hint: 'A child not seen by their IRO (a visit or video call) within this many months is flagged.',
        suffix: 'months',
      },
    ],
  },
  {
    heading: 'Caseloads',
    fields: [
      {
        key: 'caseloadBand.min',
        label: 'Lowest recommended caseload',
        hint: 'Children per full-time IRO. The IRO Handbook suggests 50 to 70.',
        suffix: 'children',
      },
      {
        key: 'caseloadBand.max',
        label: 'Highest recommended caseload',
        hint: 'Children per full-time IRO.',
        suffix: 'children',
      },
    ],
  },
  {
    heading: 'Booking review meetings',
    fields: [
      {
        key: 'socialWorkerReportWorkingDays',
        label: 'Social worker’s report lead time',
        hint: 'Working days before the meeting the social worker’s report is due.',
        suffix: WORKING_DAYS,
      },
      {
        key: 'invitationsDueWorkingDays',
        label: 'Invitations lead time',
        hint: 'Working days before the meeting the invitations are sent.',
        suffix: WORKING_DAYS,
      },
      {
        key: 'meetingWorkingHours.start',
        label: 'Meetings normally start from',
        hint: 'A 24-hour time, for example 08:00. Meetings outside the working hours are warned about.',
      },
      {
        key: 'meetingWorkingHours.end',
        label: 'Meetings normally end by',
        hint: 'A 24-hour time, for example 18:00.',
      },
    ],
  },
  {
    heading: 'Signing in',
    fields: [
      {
        key: 'sessionIdleMinutes',
        label: 'Time without activity before signing out',
        hint: 'In minutes. People are warned 2 minutes before.',
        suffix: 'minutes',
      },
      {
        key: 'sessionMaxHours',
        label: 'Longest time signed in',
        hint: 'In hours, however active the person is.',
        suffix: 'hours',
      },
    ],
  },
];

/** The section after which the page lists the reasons for holding a review late. */
export const LATE_REASONS_AFTER = 'Reviews and records';

/** Every field of the form, in the page's order (the error summary's order). */
export const SETTING_FIELD_ORDER: readonly string[] = [
  ...SETTING_SECTIONS.flatMap((section) => [
    ...section.fields.map((field) => field.key),
    ...(section.heading === LATE_REASONS_AFTER ? ['lateReviewReasons'] : []),
  ]),
  'calendarChildLabel',
  'version',
];

export type SettingsFormValues = Record<SettingField['key'], string> & {
  calendarChildLabel: string;
  lateReviewReasons: LateReasonRow[];
};

function valueAt(settings: Settings, key: SettingField['key']): string | number {
  const [head, tail] = key.split('.') as [string, string | undefined];
  const value = (settings as unknown as Record<string, unknown>)[head];
  return (tail === undefined ? value : (value as Record<string, unknown>)[tail]) as string | number;
}

export function formValuesOf(settings: Settings): SettingsFormValues {
  const values = {
    calendarChildLabel: settings.calendarChildLabel,
    lateReviewReasons: lateReasonRowsOf(settings.lateReviewReasons),
  } as SettingsFormValues;
  for (const section of SETTING_SECTIONS) {
    for (const field of section.fields) values[field.key] = String(valueAt(settings, field.key));
  }
  return values;
}

/**
 * A typed number as the API takes it: '12' is 12, '2.5' is 2.5 ("… must be a whole number");
 * anything else, blank included, goes as typed, so the schema says "Enter … as a number". (Left
 * out, an optional setting would keep its value: a cleared box must not save silently.)
 */
function numberOf(text: string): unknown {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return trimmed !== '' && Number.isFinite(value) ? value : trimmed;
}

const NUMBER_KEYS = new Set(
  SETTING_SECTIONS.flatMap((section) => section.fields)
    .filter((field) => field.suffix !== undefined)
    .map((field) => field.key),
);

/** The request body the form's values make (not yet checked). */
export function bodyOf(values: SettingsFormValues, version: number): Record<string, unknown> {
  const body: Record<string, unknown> = {
    version,
    calendarChildLabel: values.calendarChildLabel,
    lateReviewReasons: lateReasonsBodyOf(values.lateReviewReasons),
  };
  for (const { key } of SETTING_SECTIONS.flatMap((section) => section.fields)) {
    const value = NUMBER_KEYS.has(key) ? numberOf(values[key]) : values[key];
    const [head, tail] = key.split('.') as [string, string | undefined];
    if (tail === undefined) body[head] = value;
    else body[head] = { ...(body[head] as Record<string, unknown> | undefined), [tail]: value };
  }
  return body;
}

/** Checks the form's values by the API's schema: the body to send, or each field's problem. */
export function checkSettings(
  values: SettingsFormValues,
  version: number,
): { body: SettingsBody; errors: null } | { body: null; errors: FieldErrors } {
  const result = settingsBodySchema.safeParse(bodyOf(values, version));
  if (result.success) return { body: result.data, errors: null };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.');
    errors[field] ??= issue.message;
  }
  return { body: null, errors };
}
