// Building blocks of every resource's schemas: dates, text fields, ids and versions, paging and the
// problem+json error. Dates are calendar dates in England, 'YYYY-MM-DD', checked with the domain's
// own isIsoDate.
import { z } from 'zod';
import { formatCount, isIsoDate } from '@/domain';

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

/** The years a date in a request may fall in: outside them it is a slip of the keyboard (9999). */
export interface YearRange {
  first: number;
  last: number;
}
/** Every date a request carries: a child born in 1900 to a review planned for 2100. */
export const PLAUSIBLE_YEARS: YearRange = { first: 1900, last: 2100 };

/** Whether an ISO date's year is within the range. */
export function withinYears(value: string, years: YearRange): boolean {
  const year = Number(value.slice(0, 4));
  return year >= years.first && year <= years.last;
}

/**
 * A date field in a request body or query, with GOV.UK error wording built from its label:
 * "Enter the date the review was held", "Date the review was held must be a real date",
 * "Date the review was held must be between 1900 and 2100".
 */
export function dateField(label: string, years: YearRange = PLAUSIBLE_YEARS) {
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
    .refine(isIsoDate, { message: `${label} must be a real date`, abort: true })
    .refine((value) => withinYears(value, years), {
      message: `${label} must be between ${years.first} and ${years.last}`,
    })
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

/** The longest id a request may name (ours are about 20 characters). */
export const MAX_ID_LENGTH = 64;

/** An id a request names (a child, a review, an IRO): what to say when it is blank or too long. */
export function idField(message: string) {
  return z.string({ error: message }).min(1, { message }).max(MAX_ID_LENGTH, { message });
}

/** A filter naming an IRO (GET /children?iroId=): the backend also checks it is one (422). */
export const IRO_FILTER_MESSAGE = 'Choose an IRO from the list';
export const iroFilterField = idField(IRO_FILTER_MESSAGE).optional();
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

/** Far past the last page of any list (200,000 children a page at a time). */
export const MAX_PAGE_NUMBER = 1_000_000;

const pageNumber = (number: typeof z.number | typeof z.coerce.number) =>
  number({ error: 'Page must be a whole number' })
    .int({ message: 'Page must be a whole number' })
    .min(1, { message: 'Page must be 1 or more' })
    .max(MAX_PAGE_NUMBER, {
      message: `Page must be ${formatCount(MAX_PAGE_NUMBER)} or less`,
    });
const pageSize = (number: typeof z.number | typeof z.coerce.number) =>
  number({ error: 'Page size must be a whole number' })
    .int({ message: 'Page size must be a whole number' })
    .min(1, { message: 'Page size must be 1 or more' })
    .max(MAX_PAGE_SIZE, { message: `Page size must be ${MAX_PAGE_SIZE} or fewer` });

/** `?page=2` (query text, read as a number). */
export const pageNumberParam = pageNumber(z.coerce.number);
export const pageSizeParam = pageSize(z.coerce.number);
/** `"page": 2` in a JSON body: a number, never the text "2". */
export const pageNumberField = pageNumber(z.number);
export const pageSizeField = pageSize(z.number);

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

/** `?page=&pageSize=` of a list endpoint (both optional: page 1 of DEFAULT_PAGE_SIZE). */
export const pageQueryFields = {
  page: pageNumberParam.default(1),
  pageSize: pageSizeParam.default(DEFAULT_PAGE_SIZE),
};
export interface PageParams {
  page?: number;
  pageSize?: number;
}

/**
 * Where a page falls in a list that carries more than its items (counts for the whole result):
 * spread into the list's own object schema beside `items`.
 */
export const pageInfoFields = {
  page: z.number().int(),
  pageSize: z.number().int(),
  totalItems: z.number().int(),
  totalPages: z.number().int(),
};

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
