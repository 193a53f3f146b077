// The operations table (src/lib/api/operations.ts) is what the handlers enforce: every signed-in
// operation refuses each role the table leaves out (403 with the reason) and lets the others past
// its role check, and needs a session (401); the rest need none.
import { describe, expect, it } from 'vitest';
import { OPERATION_IDS, operation } from '@/lib/api/operations';
import type { StaffRole } from '@/lib/api/schemas';
import { call, signInAs, useMockBackend } from '../test/support';

const ROLES: readonly StaffRole[] = ['iro', 'team-manager', 'business-support'];

/** A path of the operation with made-up ids: the role check comes before any lookup. */
function concretePath(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => `no-such-${name}`);
}

const signedIn = OPERATION_IDS.filter((id) => operation(id).roles !== null);

describe('the operations table, as the handlers enforce it', () => {
  const ctx = useMockBackend();

  it.each(signedIn)('%s needs a session', async (id) => {
    const op = operation(id);
    const result = await call(op.method.toUpperCase(), concretePath(op.path), { body: {} });
    expect(result.status).toBe(401);
  });

  it.each(signedIn)('%s: refuses every role the table leaves out, and only those', async (id) => {
    const op = operation(id);
    for (const role of ROLES) {
      const { token } = await signInAs(ctx.db, role);
      const result = await call(op.method.toUpperCase(), concretePath(op.path), {
        token,
        // GET with a body is not allowed by fetch.
        ...(op.method === 'get' ? {} : { body: {} }),
      });
      const allowed = op.roles?.includes(role) ?? true;
      const refusedAtTheDoor =
        result.status === 403 &&
        (result.body.detail === op.refusal || /cannot do this: only/.test(result.body.detail));
      expect(refusedAtTheDoor, `${role} ${op.method} ${op.path}: ${result.status}`).toBe(!allowed);
    }
  });

  it('has an operation needing no sign-in only where the contract says so', () => {
    const open = OPERATION_IDS.filter((id) => operation(id).roles === null);
    expect(open.filter((id) => operation(id).control !== true).sort()).toEqual(
      ['getBankHolidays', 'getClock', 'getCouncil', 'listDemoStaff', 'signIn'].sort(),
    );
  });
});
