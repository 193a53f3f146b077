import type { z } from 'zod';
import { problems, type FieldError } from './problem';

function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = issue.path.length === 0 ? 'body' : issue.path.map(String).join('.');
    if (!errors.some((error) => error.field === field))
      errors.push({ field, message: issue.message });
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
  if (!result.success) throw problems.validation(issuesToFieldErrors(result.error.issues));
  return result.data;
}

/** Parses the query string with a schema (422 naming each invalid parameter). */
export function readQuery<S extends z.ZodType>(url: URL, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) raw[key] = value;
  const result = schema.safeParse(raw);
  if (!result.success) throw problems.validation(issuesToFieldErrors(result.error.issues));
  return result.data;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}
