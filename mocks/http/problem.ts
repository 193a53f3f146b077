import type { Problem } from '@/lib/api/schemas';

export interface FieldError {
  field: string;
  message: string;
}

/** Thrown anywhere in a handler; withProblemHandling turns it into application/problem+json. */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
    this.problem = problem;
  }
}

const TYPE_BASE = 'https://iro-review-tracker.example/problems/';

export function problemResponse(problem: Problem): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export const problems = {
  badRequest(detail: string): ProblemError {
    return new ProblemError({
      type: `${TYPE_BASE}bad-request`,
      title: 'Bad request',
      status: 400,
      detail,
    });
  },
  unauthorized(detail = 'Sign in to continue'): ProblemError {
    return new ProblemError({
      type: `${TYPE_BASE}unauthorized`,
      title: 'You need to sign in',
      status: 401,
      detail,
    });
  },
  forbidden(detail: string): ProblemError {
    return new ProblemError({
      type: `${TYPE_BASE}forbidden`,
      title: 'You do not have permission to do this',
      status: 403,
      detail,
    });
  },
  notFound(what: string, id: string): ProblemError {
    // An id from the address, quoted back only in part when it is long (it may be 1 MB of junk).
    const shown = id.length > 64 ? `${id.slice(0, 64)}…` : id;
    return new ProblemError({
      type: `${TYPE_BASE}not-found`,
      title: 'Not found',
      status: 404,
      detail: `No ${what} with id ${shown}`,
    });
  },
  validation(errors: readonly FieldError[]): ProblemError {
    return new ProblemError({
      type: `${TYPE_BASE}validation`,
      title: 'There is a problem',
      status: 422,
      detail: errors.map((error) => error.message).join('. '),
      errors: [...errors],
    });
  },
  conflict(current: unknown, detail: string): ProblemError {
    return new ProblemError({
      type: `${TYPE_BASE}conflict`,
      title: 'Someone else has changed this record',
      status: 409,
      detail,
      current,
    });
  },
  serverError(detail: string): ProblemError {
    return new ProblemError({
      type: `${TYPE_BASE}server-error`,
      title: 'Sorry, there is a problem with the service',
      status: 500,
      detail,
    });
  },
};

/** Collects field errors and throws them together (422), so a form shows every problem at once. */
export class FieldErrors {
  readonly #errors: FieldError[] = [];

  add(field: string, message: string): void {
    // One message per field, the first found (GOV.UK shows one error per field).
    if (!this.#errors.some((error) => error.field === field)) this.#errors.push({ field, message });
  }

  has(field: string): boolean {
    return this.#errors.some((error) => error.field === field);
  }

  throwIfAny(): void {
    if (this.#errors.length > 0) throw problems.validation(this.#errors);
  }
}
