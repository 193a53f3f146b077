// Cross-cutting behaviour as higher-order resolvers, composed once per endpoint: latency, faults,
// problem+json error handling and authentication/roles. Handlers describe only the happy path and
// throw ProblemError (or DomainError) for everything else.
import { delay, HttpResponse, type PathParams } from 'msw';
import { isDomainError } from '@/domain';
import { operations, roleRefusal, type Operation } from '@/lib/api/operations';
import type { StaffMember, StaffRole } from '@/lib/api/schemas';
import type { Database } from '../db/database';
import { getDatabase } from '../db/current';
import { StaleCopyError } from '../db/types';
import { problemResponse, problems, ProblemError } from './problem';
import { decodedParams, guardedRequest } from './request-guard';
import { defaultLatencyMs } from './runtime';
import { authenticate, bearerToken } from './sessions';

export interface MswInfo {
  request: Request;
  params: PathParams;
}
export type MswResolver = (info: MswInfo) => Promise<Response>;

export interface RequestContext {
  request: Request;
  url: URL;
  params: Readonly<Record<string, string>>;
  db: Database;
}

export interface AuthedContext extends RequestContext {
  user: StaffMember;
}

export type Resolver<C> = (ctx: C) => Response | Promise<Response>;

/** Builds the context, runs the resolver and turns every thrown error into problem+json. */
export function withProblemHandling(
  resolver: Resolver<RequestContext>,
  op: Operation | null = null,
): MswResolver {
  return async ({ request, params }) => {
    try {
      const write = isWrite(request);
      // Before anything reads it: the path decodes, the body is JSON and within the limit.
      const guarded = await guardedRequest(request, op, write);
      const decoded = decodedParams(params);
      const db = await getDatabase();
      // Another tab of the browser may have written since this tab's copy was loaded.
      await db.catchUp(write);
      const response = await resolver({
        request: guarded,
        url: new URL(guarded.url),
        params: decoded,
        db,
      });
      return response;
    } catch (error) {
      if (error instanceof ProblemError) return problemResponse(error.problem);
      if (error instanceof StaleCopyError) {
        return problemResponse(
          problems.conflict(
            null,
            'Someone else changed this record first, in another tab or window. Check the current details and try again.',
          ).problem,
        );
      }
      if (isDomainError(error)) {
        return problemResponse(
          problems.validation([{ field: error.field ?? 'body', message: error.message }]).problem,
        );
      }
      const message = error instanceof Error ? error.message : String(error);
      return problemResponse(problems.serverError(`The mock backend failed: ${message}`).problem);
    }
  };
}

/**
 * 401 without a session that lasts (with why it ended: mocks/http/sessions.ts, which also moves it
 * on); 403 (with the reason) when the user's role may not do this.
 */
export function withAuth(
  roles: readonly StaffRole[],
  resolver: Resolver<AuthedContext>,
  refusal?: string,
): Resolver<RequestContext> {
  return async (ctx) => {
    const token = bearerToken(ctx.request);
    if (token === undefined) throw problems.unauthorized();
    const session = await authenticate(ctx.db, token);
    const user = ctx.db.get('staff', session.staffId);
    if (user?.active !== true) throw problems.unauthorized('Your account no longer has access');
    if (!roles.includes(user.role)) {
      throw problems.forbidden(refusal ?? roleRefusal(user.role, roles));
    }
    return resolver({ ...ctx, user });
  };
}

/** Waits the scenario's latency, or the runtime default (random in the browser, 0 in Node). */
export function withLatency(resolver: MswResolver): MswResolver {
  return async (info) => {
    const db = await getDatabase();
    const ms = db.meta.scenario.latencyMs ?? defaultLatencyMs();
    if (ms > 0) await delay(ms);
    return resolver(info);
  };
}

/** POSTs that only read (a search sends its text in a body to keep it out of URLs). */
const READ_ONLY_POSTS = Object.values(operations as Record<string, Operation>)
  .filter((op) => op.readOnly === true)
  .map((op) => new RegExp(`/api${op.path.replace(/\{\w+\}/g, '[^/]+')}$`));

/** Whether a request changes anything (not GET or HEAD, nor a read-only POST). */
export function isWrite(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  const { pathname } = new URL(request.url);
  return !(request.method === 'POST' && READ_ONLY_POSTS.some((path) => path.test(pathname)));
}

/** Offline: a network error. failWrites: 500 on every write. errorRate: 500 on that fraction. */
export function withFaults(resolver: MswResolver): MswResolver {
  return async (info) => {
    const { scenario } = (await getDatabase()).meta;
    if (scenario.offline) return HttpResponse.error();
    const write = isWrite(info.request);
    if (scenario.failWrites && write) {
      return problemResponse(
        problems.serverError('The service could not save the change (failWrites scenario)').problem,
      );
    }
    if (scenario.errorRate > 0 && Math.random() < scenario.errorRate) {
      return problemResponse(
        problems.serverError('The service had a temporary problem (errorRate scenario)').problem,
      );
    }
    return resolver(info);
  };
}

/** A public endpoint: latency, faults and problem handling, no sign-in. */
export function publicEndpoint(op: Operation, resolver: Resolver<RequestContext>): MswResolver {
  return withLatency(withFaults(withProblemHandling(resolver, op)));
}

/** A signed-in endpoint for the operation's roles (its `refusal`: the 403's reason for anyone else). */
export function endpoint(
  op: Operation & { roles: readonly StaffRole[] },
  resolver: Resolver<AuthedContext>,
): MswResolver {
  return withLatency(withFaults(withProblemHandling(withAuth(op.roles, resolver, op.refusal), op)));
}

/** Mock control: never slowed down or failed by a scenario, so tests can always reset. */
export function controlEndpoint(op: Operation, resolver: Resolver<RequestContext>): MswResolver {
  return withProblemHandling(resolver, op);
}
