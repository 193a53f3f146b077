// An MSW handler for one operation of src/lib/api/operations.ts: its method, path and roles come
// from that table (the OpenAPI document reads the same table), so who may call what is said once.
import { http, type HttpHandler } from 'msw';
import { operations, type Operation, type OperationId } from '@/lib/api/operations';
import { contracts } from '../openapi-contract';
import { summariesWarm } from '../warm-up';
import { problems } from './problem';
import {
  controlEndpoint,
  endpoint,
  publicEndpoint,
  type AuthedContext,
  type MswResolver,
  type RequestContext,
  type Resolver,
} from './resolvers';

/** `/children/{childId}` as MSW's `*\/api/children/:childId`. */
export function mswPath(path: string): string {
  return `*/api${path.replace(/\{(\w+)\}/g, ':$1')}`;
}

function handler(op: Operation, resolver: MswResolver): HttpHandler {
  return http[op.method](mswPath(op.path), resolver);
}

/**
 * An operation whose contract takes no query parameters refuses any (422 naming each), so nothing
 * a client sends is silently ignored; an operation that takes some reads them with a strict
 * schema (mocks/http/validation.ts readQuery), which refuses the rest.
 */
function withNoQuery<C extends RequestContext>(
  id: OperationId,
  resolver: Resolver<C>,
): Resolver<C> {
  if (contracts[id].query !== undefined) return resolver;
  return (ctx) => {
    const names = [...new Set(ctx.url.searchParams.keys())];
    if (names.length > 0) {
      throw problems.validation(
        names.map((field) => ({ field, message: `Unrecognised field: ${field}` })),
      );
    }
    return resolver(ctx);
  };
}

/**
 * Operations that read every active child's summary (the tasks and their badge, the team overview
 * and reviews at risk, the booking queue; the digests warm in buildDigests, for the daily run too).
 * While the server warms after a cold start
 * they join the warming, which answers other requests between its slices, instead of working out
 * 100,000 summaries in one go with the server blocked (mocks/warm-up.ts). Warm, they go straight on.
 */
export const READS_EVERY_SUMMARY: ReadonlySet<OperationId> = new Set<OperationId>([
  'listTasks',
  'getTaskSummary',
  'getTeamOverview',
  'listReviewsAtRisk',
  'getBookingQueue',
]);

function afterWarming(resolver: Resolver<AuthedContext>): Resolver<AuthedContext> {
  return async (ctx) => {
    await summariesWarm(ctx.db);
    return resolver(ctx);
  };
}

/** A signed-in operation: 401 without a session, 403 (with the reason) for a role not in the table. */
export function route(id: OperationId, resolver: Resolver<AuthedContext>): HttpHandler {
  const op: Operation = operations[id];
  const { roles } = op;
  if (roles === null) throw new Error(`${id} needs no sign-in: use publicRoute`);
  const answer = READS_EVERY_SUMMARY.has(id) ? afterWarming(resolver) : resolver;
  return handler(op, endpoint({ ...op, roles }, withNoQuery(id, answer)));
}

/** An operation with no sign-in (sign-in itself, the clock, bank holidays) or a mock control. */
export function publicRoute(id: OperationId, resolver: Resolver<RequestContext>): HttpHandler {
  const op: Operation = operations[id];
  if (op.roles !== null) throw new Error(`${id} needs a sign-in: use route`);
  return handler(
    op,
    op.control === true
      ? controlEndpoint(op, withNoQuery(id, resolver))
      : publicEndpoint(op, withNoQuery(id, resolver)),
  );
}
