import { describe, expect, it } from 'vitest';
import { addDays, formatDate } from '@/domain';
import { childDetailSchema, escalationSchema, midpointCheckSchema } from '@/lib/api/schemas';
import { TEST_TODAY } from '../node';
import {
  call,
  childOf,
  fieldErrors,
  signInAs,
  staff,
  useMockBackend,
  type Json,
} from '../test/support';

const ctx = useMockBackend({ size: 120 });

describe('midpoint checks', () => {
  it('records a check (marking the midpoint done) and audits it', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, user.id);
    const result = await call('POST', `/children/${child.id}/midpoint-checks`, {
      token,
      body: { checkedOn: TEST_TODAY, outcome: 'concerns', note: 'Health assessment overdue' },
    });
    expect(result.status).toBe(201);
    const check = midpointCheckSchema.parse(result.body);
    expect(check).toMatchObject({
      childId: child.id,
      checkedOn: TEST_TODAY,
      outcome: 'concerns',
      version: 1,
    });
    const detail = childDetailSchema.parse(
      (await call('GET', `/children/${child.id}`, { token })).body,
    );
    expect(detail.midpoint).toMatchObject({ state: 'done', checkedOn: TEST_TODAY });
    expect(ctx.db.forChild('auditEvents', child.id)[0]).toMatchObject({
      entity: 'midpoint-check',
      action: 'created',
    });
  });

  it('answers 422 for a future date, a bad outcome and a date before care', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, user.id);
    const result = await call('POST', `/children/${child.id}/midpoint-checks`, {
      token,
      body: { checkedOn: addDays(TEST_TODAY, 2), outcome: 'fine' },
    });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body)).toEqual({
      outcome: 'Select the outcome of the midpoint check',
    });
    const future = await call('POST', `/children/${child.id}/midpoint-checks`, {
      token,
      body: { checkedOn: addDays(TEST_TODAY, 2), outcome: 'on-track' },
    });
    expect(fieldErrors(future.body)).toEqual({
      checkedOn: 'Date of the midpoint check must be today or in the past',
    });
    const early = await call('POST', `/children/${child.id}/midpoint-checks`, {
      token,
      body: { checkedOn: '2001-01-01', outcome: 'on-track' },
    });
    expect(fieldErrors(early.body).checkedOn).toMatch(
      /^Date of the midpoint check cannot be before the child became looked after on /,
    );
  });

  it('answers 403 to other IROs and other roles; PATCH checks the version', async () => {
    const iro = await signInAs(ctx.db, 'iro');
    const other = childOf(ctx.db, staff(ctx.db, 'iro', 1).id);
    const body = { checkedOn: TEST_TODAY, outcome: 'on-track' };
    expect(
      (await call('POST', `/children/${other.id}/midpoint-checks`, { token: iro.token, body }))
        .status,
    ).toBe(403);
    const support = await signInAs(ctx.db, 'business-support');
    expect(
      (await call('POST', `/children/${other.id}/midpoint-checks`, { token: support.token, body }))
        .status,
    ).toBe(403);

    const mine = childOf(ctx.db, iro.user.id);
    const created = (
      await call('POST', `/children/${mine.id}/midpoint-checks`, { token: iro.token, body })
    ).body;
    const updated = await call('PATCH', `/midpoint-checks/${created.id}`, {
      token: iro.token,
      body: { version: 1, outcome: 'escalated' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ outcome: 'escalated', version: 2 });
    const stale = await call('PATCH', `/midpoint-checks/${created.id}`, {
      token: iro.token,
      body: { version: 1, note: 'x' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: created.id, version: 2, outcome: 'escalated' });
    expect(
      (await call('PATCH', '/midpoint-checks/mc_nope', { token: iro.token, body: { version: 1 } }))
        .status,
    ).toBe(404);
  });
});

describe('escalations (dispute resolution protocol)', () => {
  async function raised() {
    const iro = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, iro.user.id);
    const result = await call('POST', `/children/${child.id}/escalations`, {
      token: iro.token,
      body: { reason: 'Health assessment not done', raisedOn: addDays(TEST_TODAY, -10) },
    });
    expect(result.status).toBe(201);
    return { iro, child, escalation: escalationSchema.parse(result.body) };
  }

  it('raises at stage 1, advances through stage 3 and is resolved, each step audited', async () => {
    const { iro, child, escalation } = await raised();
    expect(escalation).toMatchObject({ stage: 1, resolvedOn: null, version: 1 });
    const stage2 = await call('PATCH', `/escalations/${escalation.id}`, {
      token: iro.token,
      body: { action: 'advance', version: 1, on: addDays(TEST_TODAY, -5), note: 'No response' },
    });
    expect(stage2.body).toMatchObject({ stage: 2, version: 2 });
    const stage3 = await call('PATCH', `/escalations/${escalation.id}`, {
      token: iro.token,
      body: { action: 'advance', version: 2, on: TEST_TODAY, note: 'Still no plan' },
    });
    expect(stage3.body).toMatchObject({ stage: 3, version: 3 });
    expect(stage3.body.stages.map((s: Json) => s.stage)).toEqual([1, 2, 3]);
    const beyond = await call('PATCH', `/escalations/${escalation.id}`, {
      token: iro.token,
      body: { action: 'advance', version: 3, on: TEST_TODAY, note: 'x' },
    });
    expect(beyond.status).toBe(422);
    expect(fieldErrors(beyond.body).action).toBe(
      'The escalation is already at stage 3, the last stage',
    );

    const manager = await signInAs(ctx.db, 'team-manager');
    const resolved = await call('PATCH', `/escalations/${escalation.id}`, {
      token: manager.token,
      body: { action: 'resolve', version: 3, resolvedOn: TEST_TODAY, outcome: 'Plan agreed' },
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      resolvedOn: TEST_TODAY,
      outcome: 'Plan agreed',
      version: 4,
    });
    const actions = ctx.db.forChild('auditEvents', child.id).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['created', 'advanced', 'resolved']));
    const again = await call('PATCH', `/escalations/${escalation.id}`, {
      token: manager.token,
      body: { action: 'resolve', version: 4, resolvedOn: TEST_TODAY, outcome: 'x' },
    });
    expect(fieldErrors(again.body).action).toBe(
      `This escalation was resolved on ${formatDate(TEST_TODAY)}: raise a new one`,
    );
  });

  it('counts open escalations on the child summary', async () => {
    const { iro, child } = await raised();
    const list = await call('GET', `/children?pageSize=10000`, { token: iro.token });
    const summary = list.body.items.find((c: Json) => c.id === child.id);
    expect(summary.openEscalations).toBe(
      ctx.db.forChild('escalations', child.id).filter((e) => e.resolvedOn === null).length,
    );
    expect(summary.openEscalations).toBeGreaterThanOrEqual(1);
  });

  it('answers 403 when a team manager tries to advance, 422 for missing fields, 409 for a stale version', async () => {
    const { iro, escalation } = await raised();
    const manager = await signInAs(ctx.db, 'team-manager');
    const advance = await call('PATCH', `/escalations/${escalation.id}`, {
      token: manager.token,
      body: { action: 'advance', version: 1, on: TEST_TODAY, note: 'x' },
    });
    expect(advance.status).toBe(403);
    const invalid = await call('POST', `/children/${escalation.childId}/escalations`, {
      token: iro.token,
      body: { stage: 4 },
    });
    expect(fieldErrors(invalid.body)).toEqual({
      reason: 'Enter reason for the escalation',
      raisedOn: 'Enter the date the escalation was raised',
      stage: 'Stage must be 1, 2 or 3',
    });
    const stale = await call('PATCH', `/escalations/${escalation.id}`, {
      token: iro.token,
      body: { action: 'resolve', version: 7, resolvedOn: TEST_TODAY, outcome: 'x' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: escalation.id, version: 1 });
    const early = await call('PATCH', `/escalations/${escalation.id}`, {
      token: iro.token,
      body: { action: 'resolve', version: 1, resolvedOn: addDays(TEST_TODAY, -30), outcome: 'x' },
    });
    expect(fieldErrors(early.body).resolvedOn).toMatch(
      /must be the same as or after it was raised on/,
    );
  });
});
