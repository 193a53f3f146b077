// Shared set-up for the mock backend's tests: msw/node with unhandled requests as errors, a fresh
// seeded database per test, and small helpers to sign in and call the API with absolute URLs.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Child, StaffMember, StaffRole } from '@/lib/api/schemas';
import type { Database } from '../db/database';
import { resetMockDatabase, server, type ResetOptions } from '../node';

export const API = 'http://localhost/api';

export interface TestContext {
  db: Database;
}

/** Registers the server lifecycle and a fresh database before each test. */
export function useMockBackend(options: ResetOptions = {}): TestContext {
  const context = {} as TestContext;
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  beforeEach(() => {
    context.db = resetMockDatabase(options);
  });
  afterEach(() => {
    server.resetHandlers();
  });
  afterAll(() => {
    server.close();
  });
  return context;
}

export interface CallResult<T = unknown> {
  status: number;
  body: T;
  contentType: string | null;
}

/** Any response body, loosely typed for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export async function call<T = Json>(
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown } = {},
): Promise<CallResult<T>> {
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${API}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text === '' ? null : JSON.parse(text)) as T,
    contentType: response.headers.get('Content-Type'),
  };
}

export function staff(db: Database, role: StaffRole, index = 0): StaffMember {
  const member = [...db.all('staff')].filter((s) => s.role === role && s.active)[index];
  if (member === undefined) throw new Error(`No active ${role} number ${index}`);
  return member;
}

export async function signIn(staffId: string): Promise<string> {
  const result = await call<{ token: string }>('POST', '/session', { body: { staffId } });
  if (result.status !== 201) throw new Error(`Sign-in failed: ${JSON.stringify(result.body)}`);
  return result.body.token;
}

export async function signInAs(db: Database, role: StaffRole, index = 0) {
  const user = staff(db, role, index);
  return { user, token: await signIn(user.id) };
}

/** A child allocated to the IRO (optionally matching a predicate). */
export function childOf(
  db: Database,
  iroId: string,
  predicate: (child: Child) => boolean = () => true,
): Child {
  for (const id of db.childIdsOf(iroId)) {
    const child = db.get('children', id);
    if (child !== undefined && predicate(child)) return child;
  }
  throw new Error(`No matching child for IRO ${iroId}`);
}

export function fieldErrors(body: Json): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of (body as { errors?: { field: string; message: string }[] }).errors ?? []) {
    out[error.field] = error.message;
  }
  return out;
}
