// The SSDA903 import and export endpoints' shapes (kept beside schemas.ts, which holds the rest of
// the API). The import body carries the return's rows as the DfE writes them (column -> text,
// dates dd/mm/yyyy), so the backend checks them with exactly the same domain rules as the preview.
import { z } from 'zod';
import { participationCodeSchema } from './schemas';

/** Whole council returns run to tens of thousands of rows; this is a generous ceiling. */
export const SSDA903_MAX_ROWS = 200_000;

const rowSchema = z
  .record(z.string(), z.string())
  .meta({ description: 'One row: column name -> cell text, dates as dd/mm/yyyy' });

const rowsField = (file: string) =>
  z
    .array(rowSchema, { error: `Upload the ${file}` })
    .max(SSDA903_MAX_ROWS, { message: `The ${file} has more than ${SSDA903_MAX_ROWS} rows` });

export const ssda903ImportBodySchema = z
  .object({
    iroId: z
      .string({ error: 'Select the IRO to allocate the imported children to' })
      .min(1, { message: 'Select the IRO to allocate the imported children to' }),
    header: rowsField('header file').min(1, { message: 'The header file has no children' }),
    episodes: rowsField('episodes file'),
    reviews: rowsField('reviews file'),
  })
  .meta({ id: 'Ssda903ImportBody' });
export type Ssda903ImportBody = z.input<typeof ssda903ImportBodySchema>;

export const ssda903ImportResultSchema = z
  .object({
    imported: z.object({
      children: z.number().int(),
      episodes: z.number().int(),
      reviews: z.number().int(),
      periodsOfCare: z.number().int(),
    }),
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

export const ssda903ReviewsQuerySchema = z.object({
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
