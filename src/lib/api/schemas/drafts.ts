// Drafts: a form's unsaved work, kept by the backend per person and form so that it survives a
// reload, a crash or a closed lid (never in the browser's own storage: it is about a child).
import { z } from 'zod';
import { instantSchema, MAX_ID_LENGTH } from './common';

/** The forms that keep drafts, each named with what it is about (`record-review.ch_0123`). */
export const DRAFT_FORMS = [
  'record-review',
  'change-review',
  'record-midpoint-check',
  'record-iro-contact',
  'raise-escalation',
  'book-meeting',
  'reschedule-meeting',
  'record-care-change',
  'record-leaving',
  'record-return',
] as const;
export type DraftForm = (typeof DRAFT_FORMS)[number];

/** Drafts not saved again for this many days are dropped by the backend. */
export const DRAFT_RETENTION_DAYS = 30;
/** The largest draft body in bytes: a long review record is about 20 KB. */
export const DRAFT_BODY_LIMIT_BYTES = 64 * 1024;
/** Drafts one person may keep at once. */
export const MAX_DRAFTS_PER_PERSON = 50;

/** Far beyond any record's version (each change adds one). */
const MAX_RECORD_VERSION = 1_000_000_000;

export const DRAFT_KEY_MESSAGE = 'Name a form and what it is about, like record-review.ch_0123';
const SUBJECT = `[A-Za-z0-9_-]{1,${MAX_ID_LENGTH}}`;
const DRAFT_KEY_PATTERN = new RegExp(`^(${DRAFT_FORMS.join('|')})\\.(${SUBJECT})$`);

/** A draft's key: the form and the id of the child, review or meeting it is about. */
export const draftKeySchema = z
  .string({ error: DRAFT_KEY_MESSAGE })
  .regex(DRAFT_KEY_PATTERN, { message: DRAFT_KEY_MESSAGE })
  .meta({ examples: ['record-review.ch_0123', 'reschedule-meeting.mt_0042'] });

/** The key's parts, or null when it is not a draft key. */
export function parseDraftKey(key: string): { form: DraftForm; subjectId: string } | null {
  const match = DRAFT_KEY_PATTERN.exec(key);
  if (match === null) return null;
  return { form: match[1] as DraftForm, subjectId: match[2] ?? '' };
}

export function draftKey(form: DraftForm, subjectId: string): string {
  return `${form}.${subjectId}`;
}

export const saveDraftBodySchema = z
  .strictObject({
    /** The form's values as the form holds them (its own shape: the form checks it on return). */
    values: z.record(z.string(), z.json(), { error: 'Send the form’s values as a JSON object' }),
    /** The version of the record the form edits (or the child it records for), when it began. */
    recordVersion: z
      .number({ error: 'Record version must be a whole number or null' })
      .int()
      .min(0)
      .max(MAX_RECORD_VERSION, { message: 'Record version must be a whole number or null' })
      .nullable(),
  })
  .meta({ id: 'SaveDraftBody' });
export type SaveDraftBody = z.infer<typeof saveDraftBodySchema>;

export const draftSummarySchema = z
  .object({
    key: z.string(),
    recordVersion: z.number().int().nullable(),
    savedAt: instantSchema,
  })
  .meta({ id: 'DraftSummary' });
export type DraftSummary = z.infer<typeof draftSummarySchema>;

export const draftSchema = draftSummarySchema
  .extend({ values: z.record(z.string(), z.json()) })
  .meta({ id: 'Draft' });
export type Draft = z.infer<typeof draftSchema>;

export const draftListSchema = z
  .object({ items: z.array(draftSummarySchema) })
  .meta({ id: 'DraftList' });
export type DraftList = z.infer<typeof draftListSchema>;
