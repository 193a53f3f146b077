// The SSDA903 import and export endpoints' shapes (kept beside schemas.ts, which holds the rest of
// the API). The import body carries the return's rows as the DfE writes them (column -> text,
// dates dd/mm/yyyy), so the backend checks them with exactly the same domain rules as the preview.
import { z } from 'zod';
import { SSDA903_CHANGE_KINDS, SSDA903_CONFLICT_KINDS, SSDA903_MERGE_OUTCOMES } from '@/domain';
import { idField, isoDateSchema, participationCodeSchema } from './schemas';

/** Whole council returns run to tens of thousands of rows; this is a generous ceiling. */
export const SSDA903_MAX_ROWS = 200_000;

/** Longer than any cell of a return (a CHILD is up to 10 characters, a code 3, a date 10). */
export const SSDA903_MAX_CELL = 100;

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

export const ssda903ImportBodySchema = z
  .strictObject({
    iroId: idField('Select the IRO to allocate the imported children to').nullable().meta({
      description:
        'The IRO new children are allocated to; null when the return has none (a 422 says so if it has)',
    }),
    header: rowsField('header file').min(1, { message: 'The header file has no children' }),
    episodes: rowsField('episodes file'),
    reviews: rowsField('reviews file'),
  })
  .meta({ id: 'Ssda903ImportBody' });
export type Ssda903ImportBody = z.input<typeof ssda903ImportBodySchema>;

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
  })
  .meta({ id: 'Ssda903ReviewsExport' });
export type Ssda903ReviewsExport = z.infer<typeof ssda903ReviewsExportSchema>;

/** GET /ssda903/current: the tracker's children as the return describes them, for the preview. */
export const ssda903CurrentSchema = z
  .object({
    children: z.array(
      z.object({
        childRef: z.string(),
        dateOfBirth: isoDateSchema,
        episodes: z.array(
          z.object({
            start: isoDateSchema,
            end: isoDateSchema.nullable(),
            reasonForNewEpisode: z.string(),
            legalStatus: z.string(),
            placementType: z.string(),
            reasonEnded: z.string().nullable(),
          }),
        ),
        reviews: z.array(z.object({ heldOn: isoDateSchema, participationCode: z.string() })),
      }),
    ),
  })
  .meta({ id: 'Ssda903Current' });
export type Ssda903Current = z.infer<typeof ssda903CurrentSchema>;
