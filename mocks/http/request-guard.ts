// What every request must be before any handler reads it, said once: a path that decodes, a query
// of a sensible length, and on a write a JSON body no larger than the operation allows. Cross-site
// "simple" requests (text/plain, form posts) are refused, so a web page the user visits cannot
// make the backend change anything.
import { http, type HttpHandler } from 'msw';
import { operations, type Operation } from '@/lib/api/operations';
import { problemResponse, ProblemError, problems } from './problem';

/** The largest JSON body an operation takes unless it says otherwise (`Operation.bodyLimit`). */
export const DEFAULT_BODY_LIMIT_BYTES = 256 * 1024;
/** The largest body any operation takes (the SSDA903 import): the HTTP server stops reading past it. */
export const MAX_BODY_LIMIT_BYTES = Math.max(
  DEFAULT_BODY_LIMIT_BYTES,
  ...Object.values(operations as Record<string, Operation>).map((op) => op.bodyLimit ?? 0),
);
/** The longest query string (filters are ids, dates and a few words). */
export const QUERY_LIMIT_CHARACTERS = 2048;

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

function tooLarge(limit: number): ProblemError {
  return new ProblemError({
    type: 'https://iro-review-tracker.example/problems/too-large',
    title: 'The request is too large',
    status: 413,
    detail: `The request body must be ${kilobytes(limit)} or smaller`,
  });
}

function unsupportedMediaType(): ProblemError {
  return new ProblemError({
    type: 'https://iro-review-tracker.example/problems/unsupported-media-type',
    title: 'The request must be JSON',
    status: 415,
    detail: 'Send the request body as JSON, with the header Content-Type: application/json',
  });
}

function isJson(contentType: string | null): boolean {
  return contentType !== null && /^application\/json\s*(;|$)/i.test(contentType.trim());
}

/** Path parameters, decoded: a malformed escape (`%E0%A4%A`) is a 400, never a server error. */
export function decodedParams(
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    try {
      out[key] = decodeURIComponent(value);
    } catch {
      throw problems.badRequest(
        `The ${key} in the address is not valid: it is not properly encoded`,
      );
    }
  }
  return out;
}

/**
 * Checks the request against the operation's limits; for a write with a body, returns the request
 * with its body read once (so its size is known) for the handler to parse.
 */
export async function guardedRequest(
  request: Request,
  op: Pick<Operation, 'bodyLimit'> | null,
  write: boolean,
): Promise<Request> {
  const url = new URL(request.url);
  try {
    decodeURIComponent(url.pathname);
  } catch {
    throw problems.badRequest('The address is not valid: it is not properly encoded');
  }
  if (url.search.length > QUERY_LIMIT_CHARACTERS) {
    throw problems.badRequest(
      `The address is too long: filters must be ${QUERY_LIMIT_CHARACTERS} characters or fewer`,
    );
  }
  if (!write || request.body === null) return request;
  const limit = op?.bodyLimit ?? DEFAULT_BODY_LIMIT_BYTES;
  const declared = Number(request.headers.get('Content-Length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength === 0)
    return new Request(request.url, { method: request.method, headers: request.headers });
  if (bytes.byteLength > limit) throw tooLarge(limit);
  if (!isJson(request.headers.get('Content-Type'))) throw unsupportedMediaType();
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: bytes,
  });
}

/**
 * First of all the handlers: an address that does not decode is a 400 before any route tries to
 * read its parameters (MSW's own matching would otherwise throw). Anything else falls through.
 */
export const malformedAddressHandler: HttpHandler = http.all(/\/api\//, ({ request }) => {
  try {
    decodeURIComponent(new URL(request.url).pathname);
    return undefined;
  } catch {
    return problemResponse(
      problems.badRequest('The address is not valid: it is not properly encoded').problem,
    );
  }
});
