// The SSDA903 import and export endpoints' shapes (kept beside schemas.ts, which holds the rest of
// the API). The import body carries the return's rows as the DfE writes them (column -> text,
// dates dd/mm/yyyy), so the backend checks them with exactly the same domain rules as the preview.
import { z } from 'zod';
import { SSDA903_CHANGE_KINDS, SSDA903_CONFLICT_KINDS, SSDA903_MERGE_OUTCOMES } from '@/domain';
// From each resource's own module, not the barrel: the client loads this module on its own.
import { idField, isoDateSchema, pageInfoFields } from './schemas/common';
import { participationCodeSchema } from './schemas/vocabularies';

/** Whole council returns run to tens of thousands of rows; this is a generous ceiling. */
export const SSDA903_MAX_ROWS = 200_000;

/** Longer than any cell of a return (a CHILD is up to 10 characters, a code 3, a date 10). */
export const SSDA903_MAX_CELL = 100;

/** Whole-file notices a person can confirm on import. */
export const SSDA903_CONFIRMATIONS = ['no-reviews'] as const;

/** At most this many problems on one page of POST /ssda903/check (500 by default). */
export const SSDA903_MAX_CHECK_PAGE = 1000;
export const SSDA903_CHECK_PAGE_SIZE = 500;

const rowSchema = z
  .record(
    z.string(),
    z.string({ error: 'Each cell of the return must be text' }).max(SSDA903_MAX_CELL, {
      message: `Each cell of the return must be ${SSDA903_MAX_CELL} characters or fewer`,
    }),
  )
  .meta({ description: 'One row: column name -> cell text, dates as dd/mm/yyyy' });

const rowsField = (file: string) =>
  z
    .array(rowSchema, { error: `Upload the ${file}` })
    .max(SSDA903_MAX_ROWS, { message: `The ${file} has more than ${SSDA903_MAX_ROWS} rows` });

const rowNumberList = z
  .array(
    z
      .number({ error: 'Each row number must be a whole number' })
      .int({ message: 'Each row number must be a whole number' })
      .min(1, { message: 'Each row number must be 1 or more' }),
  )
  .max(SSDA903_MAX_ROWS, { message: `There are more than ${SSDA903_MAX_ROWS} row numbers` });

/**
 * The spreadsheet row of each row sent (a blank line in a CSV still counts), one list per file
 * and as long as its rows; problems are reported with these numbers. Without it, the rows are
 * numbered by position (the first is row 2).
 */
const rowNumbersField = z
  .strictObject({
    header: rowNumberList,
    episodes: rowNumberList,
    reviews: rowNumberList,
  })
  .optional()
  .meta({
    description:
      "Each row's line in its file (row 1 is the column names), as long as the file's rows; problems are numbered with these. Optional: rows are otherwise numbered by position from 2",
  });

/** A 422 field error for a rowNumbers list that is not as long as its file's rows. */
export function rowNumbersMismatch(body: {
  header: readonly unknown[];
  episodes: readonly unknown[];
  reviews: readonly unknown[];
  rowNumbers?: Readonly<Record<'header' | 'episodes' | 'reviews', readonly number[]>> | undefined;
}): { field: string; message: string }[] {
  const { rowNumbers } = body;
  if (rowNumbers === undefined) return [];
  return (['header', 'episodes', 'reviews'] as const)
    .filter((file) => rowNumbers[file].length !== body[file].length)
    .map((file) => ({
      field: `rowNumbers.${file}`,
      message: `Give one row number for each of the ${body[file].length} rows of the ${file} file`,
    }));
}

export const ssda903ImportBodySchema = z
  .strictObject({
    iroId: idField('Select the IRO to allocate the imported children to').nullable().meta({
      description:
        'The IRO new children are allocated to; null when the return has none (a 422 says so if it has)',
    }),
    header: rowsField('header file').min(1, { message: 'The header file has no children' }),
    episodes: rowsField('episodes file'),
    reviews: rowsField('reviews file'),
    confirm: z
      .array(z.enum(SSDA903_CONFIRMATIONS, { error: 'Each confirmation must be no-reviews' }))
      .max(SSDA903_CONFIRMATIONS.length, { message: 'Give each confirmation once' })
      .optional()
      .meta({
        description:
          'Whole-file notices a person has confirmed: no-reviews (the reviews file is meant to be empty although children have been looked after for more than 20 working days). Without it such a return is a 422 naming the notice',
      }),
    rowNumbers: rowNumbersField,
  })
  .meta({ id: 'Ssda903ImportBody' });
export type Ssda903ImportBody = z.input<typeof ssda903ImportBodySchema>;

/** POST /ssda903/check: the same three files as the import, and which page of problems to return. */
export const ssda903CheckBodySchema = z
  .strictObject({
    header: rowsField('header file').min(1, { message: 'The header file has no children' }),
    episodes: rowsField('episodes file'),
    reviews: rowsField('reviews file'),
    rowNumbers: rowNumbersField,
    page: z
      .number({ error: 'The page must be a whole number' })
      .int({ message: 'The page must be a whole number' })
      .min(1, { message: 'The page must be 1 or more' })
      .max(SSDA903_MAX_ROWS, { message: `The page must be ${SSDA903_MAX_ROWS} or less` })
      .optional(),
    pageSize: z
      .number({ error: 'The page size must be a whole number' })
      .int({ message: 'The page size must be a whole number' })
      .min(1, { message: 'The page size must be 1 or more' })
      .max(SSDA903_MAX_CHECK_PAGE, {
        message: `The page size must be ${SSDA903_MAX_CHECK_PAGE} or less`,
      })
      .optional(),
  })
  .meta({ id: 'Ssda903CheckBody' });
export type Ssda903CheckBody = z.input<typeof ssda903CheckBodySchema>;

const fileKindSchema = z.enum(['header', 'episodes', 'reviews']);

export const ssda903CheckProblemSchema = z
  .object({
    file: fileKindSchema,
    /** The spreadsheet row (the column names are row 1); 0 for the file as a whole. */
    row: z.number().int(),
    /** The column (or `dates` for a whole file's dates). */
    field: z.string(),
    code: z.string(),
    /** The DfE rule number ('357'), an integrity check ('INT01'), or null for the tracker's own. */
    rule: z.string().nullable(),
    message: z.string(),
    childRef: z.string().nullable(),
  })
  .meta({ id: 'Ssda903CheckProblem' });
export type Ssda903CheckProblem = z.infer<typeof ssda903CheckProblemSchema>;

export const ssda903NoticeSchema = z
  .object({
    kind: z.enum(['problem', 'needs-confirmation']),
    file: fileKindSchema,
    code: z.enum(['date-format', 'no-reviews']),
    rule: z.string().nullable(),
    message: z.string(),
    /** needs-confirmation: the children a review was due for. */
    childRefs: z.array(z.string()),
  })
  .meta({ id: 'Ssda903Notice' });
export type Ssda903Notice = z.infer<typeof ssda903NoticeSchema>;

const fileCountSchema = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  problems: z.number().int(),
});

export const ssda903CheckResultSchema = z
  .object({
    /** This page of every problem, by file, then row, then column. */
    problems: z.array(ssda903CheckProblemSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    totalProblems: z.number().int(),
    pages: z.number().int(),
    /** Whole-file notices: each said once, in words. */
    notices: z.array(ssda903NoticeSchema),
    counts: z.object({
      header: fileCountSchema,
      episodes: fileCountSchema,
      reviews: fileCountSchema,
      periodsOfCare: z.number().int(),
      children: z.number().int(),
      /** Problems by DfE rule number (or integrity check); the tracker's own checks under 'none'. */
      byRule: z.record(z.string(), z.number().int()),
    }),
    /** The children the return cannot import, with why. */
    excluded: z.array(z.object({ childRef: z.string(), reason: z.string() })),
  })
  .meta({ id: 'Ssda903CheckResult' });
export type Ssda903CheckResult = z.infer<typeof ssda903CheckResultSchema>;

const changeKindSchema = z.enum(SSDA903_CHANGE_KINDS);
const conflictKindSchema = z.enum(SSDA903_CONFLICT_KINDS);

/** What importing the return did (or, in the preview, will do) for one child of the return. */
export const ssda903ChildOutcomeSchema = z
  .object({
    childRef: z.string(),
    /** The tracker's child (null for a new child held back). */
    childId: z.string().nullable(),
    outcome: z.enum(SSDA903_MERGE_OUTCOMES).meta({
      description:
        'held-back: a conflict about the child’s identity or episodes, so nothing about them was changed',
    }),
    changes: z.array(z.object({ kind: changeKindSchema, message: z.string(), count: z.number() })),
    conflicts: z.array(
      z.object({ kind: conflictKindSchema, message: z.string(), blocking: z.boolean() }),
    ),
  })
  .meta({ id: 'Ssda903ChildOutcome' });
export type Ssda903ChildOutcome = z.infer<typeof ssda903ChildOutcomeSchema>;

export const ssda903MergeTotalsSchema = z
  .object({
    children: z.number().int(),
    newChildren: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    heldBack: z.number().int(),
    /** Children whose records changed (new + changed): 0 when the return changed nothing. */
    changes: z.number().int(),
    conflicts: z.number().int(),
    newEpisodes: z.number().int(),
    closedEpisodes: z.number().int(),
    leftCare: z.number().int(),
    returned: z.number().int(),
    newReviews: z.number().int(),
  })
  .meta({ id: 'Ssda903MergeTotals' });

export const ssda903ImportResultSchema = z
  .object({
    /** In words: what changed, or that nothing did. */
    summary: z.string(),
    totals: ssda903MergeTotalsSchema,
    /** Every child of the return, in the return's order. */
    outcomes: z.array(ssda903ChildOutcomeSchema),
    /** The new children only (as before the refresh existed). */
    imported: z.object({
      children: z.number().int(),
      episodes: z.number().int(),
      reviews: z.number().int(),
      periodsOfCare: z.number().int(),
    }),
    /** The new children, to share out between IROs. */
    children: z.array(
      z.object({
        id: z.string().min(1),
        childRef: z.string(),
        iroId: z.string().min(1),
        version: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Ssda903ImportResult' });
export type Ssda903ImportResult = z.infer<typeof ssda903ImportResultSchema>;

/** A child's part of the comparison: only those with a change (or a conflict) are listed. */
const comparedChildSchema = ssda903ChildOutcomeSchema.pick({
  childRef: true,
  outcome: true,
  changes: true,
  conflicts: true,
});

/**
 * POST /ssda903/compare: what importing the return would do, worked out by the import's own merge
 * (mergeSsda903) on the tracker as it is now. The children with changes and those with conflicts
 * are each paged (`page`/`pageSize` of the body, SSDA903_CHECK_PAGE_SIZE by default); the totals
 * count every child.
 */
export const ssda903CompareResultSchema = z
  .object({
    summary: z.string(),
    /**
     * Problems the check finds (POST /ssda903/check lists them): their children are left out of
     * the comparison, and the import refuses the return until they are fixed.
     */
    problems: z.number().int(),
    totals: ssda903MergeTotalsSchema,
    changes: z.object({ items: z.array(comparedChildSchema), ...pageInfoFields }),
    /** One item a conflict (a child with two conflicts is two items), in the return's order. */
    conflicts: z.object({
      items: z.array(
        z.object({
          childRef: z.string(),
          kind: conflictKindSchema,
          message: z.string(),
          blocking: z.boolean(),
        }),
      ),
      ...pageInfoFields,
    }),
  })
  .meta({ id: 'Ssda903CompareResult' });
export type Ssda903CompareResult = z.infer<typeof ssda903CompareResultSchema>;

export const ssda903ReviewsQuerySchema = z.strictObject({
  year: z.coerce
    .number({ error: 'Select a collection year' })
    .int({ message: 'Select a collection year' })
    .min(2000, { message: 'The collection year must start in 2000 or later' })
    .max(2100, { message: 'The collection year must start in 2100 or earlier' }),
});

export const ssda903ReviewsExportSchema = z
  .object({
    collectionYear: z.object({ start: z.string(), end: z.string(), label: z.string() }),
    /** The reviews file's rows, sorted by CHILD then REVIEW. */
    rows: z.array(
      z.object({
        CHILD: z.string(),
        DOB: z.string(),
        REVIEW: z.string(),
        REVIEW_CODE: participationCodeSchema,
      }),
    ),
    /** Reviews the DfE's rules would refuse, left out of the rows, with the rule and why. */
    leftOut: z.array(
      z.object({
        childRef: z.string(),
        heldOn: isoDateSchema,
        rule: z.string(),
        reason: z.string(),
      }),
    ),
    leftOutByRule: z.record(z.string(), z.number().int()),
    /** In words: '' when nothing was left out. */
    leftOutSummary: z.string(),
  })
  .meta({ id: 'Ssda903ReviewsExport' });
export type Ssda903ReviewsExport = z.infer<typeof ssda903ReviewsExportSchema>;
