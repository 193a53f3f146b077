// An MSW handler for one operation of src/lib/api/operations.ts: its method, path and roles come
// from that table (the OpenAPI document reads the same table), so who may call what is said once.
import { http, type HttpHandler } from 'msw';
import { operations, type Operation, type OperationId } from '@/lib/api/operations';
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

/** A signed-in operation: 401 without a session, 403 (with the reason) for a role not in the table. */
export function route(id: OperationId, resolver: Resolver<AuthedContext>): HttpHandler {
  const op: Operation = operations[id];
  const { roles } = op;
  if (roles === null) throw new Error(`${id} needs no sign-in: use publicRoute`);
  return handler(op, endpoint({ ...op, roles }, resolver));
}

/** An operation with no sign-in (sign-in itself, the clock, bank holidays) or a mock control. */
export function publicRoute(id: OperationId, resolver: Resolver<RequestContext>): HttpHandler {
  const op: Operation = operations[id];
  if (op.roles !== null) throw new Error(`${id} needs a sign-in: use route`);
  return handler(
    op,
    op.control === true ? controlEndpoint(op, resolver) : publicEndpoint(op, resolver),
  );
}
