import type { z } from 'zod';
import { problems, type FieldError } from './problem';

/**
 * One error per field, the first found (GOV.UK shows one a field). A field a strict schema does not
 * know is named on its own: `{ field: 'advocacy.colour', message: 'Unrecognised field: advocacy.colour' }`.
 */
function issuesToFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  root: 'body' | 'query',
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => {
    if (!errors.some((error) => error.field === field)) errors.push({ field, message });
  };
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = [...path, key].join('.');
        add(field, `Unrecognised field: ${field}`);
      }
    } else if (path.length === 0 && issue.code === 'invalid_type') {
      add(root, root === 'body' ? 'The request body must be a JSON object' : issue.message);
    } else {
      add(path.length === 0 ? root : path.join('.'), issue.message);
    }
  }
  return errors;
}

/** Parses a JSON body with a schema: 400 when it is not JSON, 422 naming each invalid field. */
export async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    throw problems.badRequest('The request body must be JSON');
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw problems.validation(issuesToFieldErrors(result.error.issues, 'body'));
  return result.data;
}

/** Parses the query string with a schema (422 naming each invalid parameter). */
export function readQuery<S extends z.ZodType>(url: URL, schema: S): z.output<S> {
  // No prototype: a parameter named __proto__ is a field like any other (and unrecognised).
  const raw = Object.create(null) as Record<string, string>;
  const repeated = new Set<string>();
  for (const [key, value] of url.searchParams) {
    if (Object.hasOwn(raw, key)) repeated.add(key);
    raw[key] = value;
  }
  if (repeated.size > 0) {
    // ?iroId=a&iroId=b: which one was meant? (Lists are comma-separated: ?status=overdue,booked.)
    throw problems.validation(
      [...repeated].map((field) => ({ field, message: `Give ${field} once` })),
    );
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw problems.validation(issuesToFieldErrors(result.error.issues, 'query'));
  return result.data;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Rows a chunk of a streamed download carries: about 60 KB of JSON. */
const ROWS_PER_CHUNK = 1000;

/**
 * A file download whose body is JSON with one long array (`rows`): sent with
 * Content-Disposition: attachment and written a chunk of rows at a time, so that over HTTP it
 * streams (mocks/http-server.ts) and is never held as one string. The JSON is the same as
 * json({ ...fields, [arrayField]: rows }) would send, with the array last.
 */
export function jsonDownload(
  filename: string,
  fields: Record<string, unknown>,
  arrayField: string,
  rows: readonly unknown[],
): Response {
  const encoder = new TextEncoder();
  const head = JSON.stringify(fields).slice(0, -1);
  const opening = `${head}${head.length > 1 ? ',' : ''}${JSON.stringify(arrayField)}:[`;
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(opening));
    },
    pull(controller) {
      if (next >= rows.length) {
        controller.enqueue(encoder.encode(']}'));
        controller.close();
        return;
      }
      const chunk = rows.slice(next, next + ROWS_PER_CHUNK).map((row) => JSON.stringify(row));
      controller.enqueue(encoder.encode(`${next === 0 ? '' : ','}${chunk.join(',')}`));
      next += ROWS_PER_CHUNK;
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'application/json',
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  });
}
