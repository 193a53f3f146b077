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
/** The longest path (ids are about 20 characters): past it, no route is even tried. */
export const PATH_LIMIT_CHARACTERS = 2048;

function addressProblem(url: URL): ProblemError | null {
  if (url.pathname.length > PATH_LIMIT_CHARACTERS) {
    return problems.badRequest(
      `The address is too long: it must be ${PATH_LIMIT_CHARACTERS} characters or fewer`,
    );
  }
  try {
    decodeURIComponent(url.pathname);
  } catch {
    return problems.badRequest('The address is not valid: it is not properly encoded');
  }
  if (url.search.length > QUERY_LIMIT_CHARACTERS) {
    return problems.badRequest(
      `The address is too long: filters must be ${QUERY_LIMIT_CHARACTERS} characters or fewer`,
    );
  }
  return null;
}

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
 * Checks the request against the operation's limits; for a request with a body (a write, or a
 * POST that only reads, such as a search: its body is checked the same), returns the request with
 * its body read once (so its size is known) for the handler to parse.
 */
export async function guardedRequest(
  request: Request,
  op: Pick<Operation, 'bodyLimit'> | null,
  _write: boolean,
): Promise<Request> {
  const address = addressProblem(new URL(request.url));
  if (address !== null) throw address;
  if (request.body === null) return request;
  const limit = op?.bodyLimit ?? DEFAULT_BODY_LIMIT_BYTES;
  const declared = Number(request.headers.get('Content-Length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength === 0)
    return new Request(request.url, { method: request.method, headers: request.headers });
  if (bytes.byteLength > limit) throw tooLarge(limit);
  if (!isJson(request.headers.get('Content-Type'))) throw unsupportedMediaType();
  // No text the tracker keeps can hold a NUL (nor can PostgreSQL's jsonb): refuse it here, in words.
  if (/\\u0000/i.test(new TextDecoder().decode(bytes))) {
    throw problems.badRequest(
      'The request contains a NUL character (\\u0000), which no text can hold',
    );
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: bytes,
  });
}

/**
 * First of all the handlers: an address that does not decode, or is too long, is a 400 before any
 * route tries to match or read it (MSW's own matching would otherwise throw, or spend half a second
 * on a 1 MB address in every route). Anything else falls through.
 */
export const malformedAddressHandler: HttpHandler = http.all(/\/api\//, ({ request }) => {
  const problem = addressProblem(new URL(request.url));
  return problem === null ? undefined : problemResponse(problem.problem);
});
