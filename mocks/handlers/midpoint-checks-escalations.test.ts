import { describe, expect, it } from 'vitest';
import { addDays, formatDate, workingDaysBetween } from '@/domain';
import { childDetailSchema, escalationSchema, midpointCheckSchema } from '@/lib/api/schemas';
import { workingDayCalendar } from '../calendar';
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
  it('calls a check past its date with none recorded missed, however few days past', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const states = new Set<string>();
    for (const childId of ctx.db.childIdsOf(user.id)) {
      const detail = childDetailSchema.parse(
        (await call('GET', `/children/${childId}`, { token })).body,
      );
      const midpoint = detail.midpoint;
      if (midpoint === null) continue;
      states.add(midpoint.state);
      if (midpoint.state === 'done') continue;
      const past = midpoint.due < TEST_TODAY;
      expect(midpoint.state === 'missed', `${childId}: due ${midpoint.due}`).toBe(past);
      if (past) expect(midpoint.reason).toMatch(/^No midpoint check recorded by .+ days? ago\)$/);
    }
    expect(states).toContain('missed');
  });

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

describe('referral to Cafcass (at any stage of an escalation)', () => {
  async function raisedAt(stage: 1 | 2 | 3, body: Json = {}) {
    const iro = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, iro.user.id);
    const result = await call('POST', `/children/${child.id}/escalations`, {
      token: iro.token,
      body: {
        reason: 'Permanence plan drifting',
        raisedOn: addDays(TEST_TODAY, -10),
        stage,
        ...body,
      },
    });
    return { iro, child, result };
  }
  const refer = (token: string, id: string, body: Json) =>
    call('PATCH', `/escalations/${id}`, { token, body: { action: 'refer-to-cafcass', ...body } });

  it('the allocated IRO refers without moving the escalation on, once, and it is audited', async () => {
    const { iro, child, result } = await raisedAt(2);
    const escalation = escalationSchema.parse(result.body);
    expect(escalation).toMatchObject({ cafcassReferredOn: null, cafcassNote: null });
    const referred = await refer(iro.token, escalation.id, {
      version: 1,
      cafcassReferredOn: addDays(TEST_TODAY, -2),
      cafcassNote: '  Care plan not progressed  ',
    });
    expect(referred.status).toBe(200);
    expect(escalationSchema.parse(referred.body)).toMatchObject({
      stage: 2,
      resolvedOn: null,
      cafcassReferredOn: addDays(TEST_TODAY, -2),
      cafcassNote: 'Care plan not progressed',
      version: 2,
    });
    const audit = ctx.db
      .forChild('auditEvents', child.id)
      .find((e) => e.entityId === escalation.id && e.action === 'referred-to-cafcass');
    expect(audit?.summary).toBe(
      `${iro.user.name} referred the child’s case to Cafcass on ${formatDate(addDays(TEST_TODAY, -2))}, at stage 2 (head of service)`,
    );
    expect(audit?.changes).toEqual(
      expect.arrayContaining([
        { field: 'cafcassReferredOn', before: null, after: addDays(TEST_TODAY, -2) },
      ]),
    );

    const again = await refer(iro.token, escalation.id, {
      version: 2,
      cafcassReferredOn: TEST_TODAY,
    });
    expect(again.status).toBe(422);
    expect(fieldErrors(again.body)).toEqual({
      action: `The case was already referred to Cafcass on ${formatDate(addDays(TEST_TODAY, -2))}`,
    });
    // Still open and at its stage: it can move on and be resolved as before.
    const advanced = await call('PATCH', `/escalations/${escalation.id}`, {
      token: iro.token,
      body: { action: 'advance', version: 2, on: TEST_TODAY, note: 'No plan yet' },
    });
    expect(advanced.body).toMatchObject({ stage: 3, cafcassReferredOn: addDays(TEST_TODAY, -2) });
  });

  it('answers 403 to a team manager and to another IRO: only the allocated IRO refers', async () => {
    const { result } = await raisedAt(1);
    const manager = await signInAs(ctx.db, 'team-manager');
    const byManager = await refer(manager.token, result.body.id, {
      version: 1,
      cafcassReferredOn: TEST_TODAY,
    });
    expect(byManager.status).toBe(403);
    expect(byManager.body.detail).toBe(
      'Only the child’s allocated IRO can refer a child’s case to Cafcass',
    );
    const other = await signInAs(ctx.db, 'iro', 1);
    expect(
      (await refer(other.token, result.body.id, { version: 1, cafcassReferredOn: TEST_TODAY }))
        .status,
    ).toBe(403);
    // A team manager may still resolve it.
    const resolved = await call('PATCH', `/escalations/${result.body.id}`, {
      token: manager.token,
      body: { action: 'resolve', version: 1, resolvedOn: TEST_TODAY, outcome: 'Plan agreed' },
    });
    expect(resolved.status).toBe(200);
    expect(ctx.db.get('escalations', result.body.id)?.cafcassReferredOn).toBeNull();
  });

  it('answers 409 for a stale version, showing the escalation as it is now', async () => {
    const { iro, result } = await raisedAt(1);
    const stale = await refer(iro.token, result.body.id, {
      version: 3,
      cafcassReferredOn: TEST_TODAY,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({
      id: result.body.id,
      version: 1,
      cafcassReferredOn: null,
    });
    expect(ctx.db.get('escalations', result.body.id)?.cafcassReferredOn).toBeNull();
  });

  it('answers 422 for a missing, future or too early date, and on a resolved escalation', async () => {
    const { iro, result } = await raisedAt(3);
    const id = result.body.id as string;
    expect(fieldErrors((await refer(iro.token, id, { version: 1 })).body)).toEqual({
      cafcassReferredOn: 'Enter the date of the referral to Cafcass',
    });
    expect(
      fieldErrors(
        (await refer(iro.token, id, { version: 1, cafcassReferredOn: '2026-02-30' })).body,
      ),
    ).toEqual({ cafcassReferredOn: 'Date of the referral to Cafcass must be a real date' });
    const future = await refer(iro.token, id, {
      version: 1,
      cafcassReferredOn: addDays(TEST_TODAY, 1),
    });
    expect(future.status).toBe(422);
    expect(fieldErrors(future.body)).toEqual({
      cafcassReferredOn: 'Date of the referral to Cafcass must be today or in the past',
    });
    const early = await refer(iro.token, id, {
      version: 1,
      cafcassReferredOn: addDays(TEST_TODAY, -11),
    });
    expect(fieldErrors(early.body)).toEqual({
      cafcassReferredOn: `Date of the referral to Cafcass must be the same as or after the escalation was raised on ${formatDate(addDays(TEST_TODAY, -10))}`,
    });
    await call('PATCH', `/escalations/${id}`, {
      token: iro.token,
      body: { action: 'resolve', version: 1, resolvedOn: TEST_TODAY, outcome: 'Agreed' },
    });
    const afterResolved = await refer(iro.token, id, { version: 2, cafcassReferredOn: TEST_TODAY });
    expect(afterResolved.status).toBe(422);
    expect(fieldErrors(afterResolved.body).action).toMatch(/was resolved on .*: raise a new one$/);
  });

  it('may be recorded when the escalation is raised, by the same rule', async () => {
    const raised = await raisedAt(1, {
      cafcassReferredOn: addDays(TEST_TODAY, -10),
      cafcassNote: 'Referred at once',
    });
    expect(raised.result.status).toBe(201);
    expect(raised.result.body).toMatchObject({
      cafcassReferredOn: addDays(TEST_TODAY, -10),
      cafcassNote: 'Referred at once',
    });
    expect(
      ctx.db
        .forChild('auditEvents', raised.child.id)
        .find((e) => e.entityId === raised.result.body.id)?.summary,
    ).toMatch(/, referred to Cafcass on /);
    const early = await raisedAt(1, { cafcassReferredOn: addDays(TEST_TODAY, -11) });
    expect(early.result.status).toBe(422);
    expect(fieldErrors(early.result.body).cafcassReferredOn).toMatch(
      /^Date of the referral to Cafcass must be the same as or after the escalation was raised on /,
    );
    const noteOnly = await raisedAt(1, { cafcassNote: 'A note but no date' });
    expect(fieldErrors(noteOnly.result.body)).toEqual({
      cafcassReferredOn: 'Enter the date of the referral to Cafcass',
    });
  });

  it('shows on the child record with the current stage’s age against the setting', async () => {
    const { iro, child, result } = await raisedAt(1);
    await refer(iro.token, result.body.id, { version: 1, cafcassReferredOn: TEST_TODAY });
    const detail = childDetailSchema.parse(
      (await call('GET', `/children/${child.id}`, { token: iro.token })).body,
    );
    const shown = detail.escalations.find((e) => e.id === result.body.id);
    expect(shown).toMatchObject({ cafcassReferredOn: TEST_TODAY });
    const days = workingDaysBetween(addDays(TEST_TODAY, -10), TEST_TODAY, workingDayCalendar);
    expect(shown?.age).toEqual({
      stageReachedOn: addDays(TEST_TODAY, -10),
      workingDaysOpen: days,
      workingDaysAtStage: days,
      limitWorkingDays: 20,
      overLimit: false,
      stagePastTarget: false,
    });
    for (const escalation of detail.escalations) {
      expect(escalation.age === null).toBe(escalation.resolvedOn !== null);
    }
  });
});
