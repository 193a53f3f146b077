// Building blocks of every resource's schemas: dates, text fields, ids and versions, paging and the
// problem+json error. Dates are calendar dates in England, 'YYYY-MM-DD', checked with the domain's
// own isIsoDate.
import { z } from 'zod';
import { isIsoDate } from '@/domain';

// zod compiles object parsers with `new Function` when it can; the production Content Security
// Policy forbids eval, so parse without it (and without the violation report its probe causes).
z.config({ jitless: true });

export function lowerFirst(text: string): string {
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

export const idSchema = z.string().min(1);
/** Optimistic concurrency: the version the client last read. */
export const versionField = z
  .number({ error: 'Version is required: reload the record and try again' })
  .int()
  .min(1);
export const timeSchema = z
  .string({ error: 'Enter a start time' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Start time must be a real time, like 14:30' })
  .meta({ examples: ['10:30'] });

export const instantSchema = z.iso.datetime({ offset: true }).meta({
  description: 'An instant (ISO 8601 with Z or an offset), e.g. when a record was written',
});

// ---------------------------------------------------------------------------------------------
// Paging and problems
// ---------------------------------------------------------------------------------------------

export const MAX_PAGE_SIZE = 10000;
export const DEFAULT_PAGE_SIZE = 50;

export const pageNumberParam = z.coerce
  .number({ error: 'Page must be a whole number' })
  .int({ message: 'Page must be a whole number' })
  .min(1, { message: 'Page must be 1 or more' });
export const pageSizeParam = z.coerce
  .number({ error: 'Page size must be a whole number' })
  .int({ message: 'Page size must be a whole number' })
  .min(1, { message: 'Page size must be 1 or more' })
  .max(MAX_PAGE_SIZE, { message: `Page size must be ${MAX_PAGE_SIZE} or fewer` });

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
