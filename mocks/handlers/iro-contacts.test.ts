import { describe, expect, it } from 'vitest';
import { addDays, careStatusOn, formatDate, seenByIroWithin } from '@/domain';
import { childSummaryPageSchema, iroContactListSchema, iroContactSchema } from '@/lib/api/schemas';
import { TEST_TODAY } from '../node';
import { call, childOf, fieldErrors, signIn, signInAs, useMockBackend } from '../test/support';

const ctx = useMockBackend({ size: 60 });

describe('the IRO’s contacts with the child', () => {
  it('seeds a few contacts per child, latest first, with when the child was last seen', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, user.id);
    const result = await call('GET', `/children/${child.id}/iro-contacts`, { token });
    expect(result.status).toBe(200);
    const list = iroContactListSchema.parse(result.body);
    expect(list.items.length).toBeGreaterThan(0);
    const dates = list.items.map((item) => item.contactOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const seen = list.items.filter((item) => item.type === 'visit' || item.type === 'video-call');
    expect(list.lastSeenOn).toBe(seen[0]?.contactOn ?? null);
    expect([...ctx.db.all('iroContacts')].length).toBeGreaterThan(60);
  });

  it('records a visit by the allocated IRO, audits it, and lists it first', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, user.id);
    const result = await call('POST', `/children/${child.id}/iro-contacts`, {
      token,
      body: { contactOn: TEST_TODAY, type: 'visit', seenAlone: true, note: '  Saw them at home ' },
    });
    expect(result.status).toBe(201);
    const contact = iroContactSchema.parse(result.body);
    expect(contact).toMatchObject({
      childId: child.id,
      contactOn: TEST_TODAY,
      type: 'visit',
      seenAlone: true,
      note: 'Saw them at home',
      iroId: user.id,
    });
    const list = iroContactListSchema.parse(
      (await call('GET', `/children/${child.id}/iro-contacts`, { token })).body,
    );
    expect(list.items[0]?.id).toBe(contact.id);
    expect(list.lastSeenOn).toBe(TEST_TODAY);
    const audit = ctx.db.forChild('auditEvents', child.id).find((e) => e.entityId === contact.id);
    expect(audit).toMatchObject({ entity: 'iro-contact', action: 'created' });
    expect(audit?.summary).toContain(`a visit, seen alone with`);
  });

  it('answers 422 for a future date and for a date before the child became looked after', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, user.id);
    const future = await call('POST', `/children/${child.id}/iro-contacts`, {
      token,
      body: { contactOn: addDays(TEST_TODAY, 1), type: 'phone-call' },
    });
    expect(future.status).toBe(422);
    expect(fieldErrors(future.body)).toEqual({
      contactOn: 'Date of the contact must be today or in the past',
    });
    const start = [...child.episodes].map((e) => e.start).sort()[0] ?? TEST_TODAY;
    const before = await call('POST', `/children/${child.id}/iro-contacts`, {
      token,
      body: { contactOn: addDays(start, -1), type: 'message' },
    });
    expect(before.status).toBe(422);
    expect(fieldErrors(before.body).contactOn).toMatch(
      /^Date of the contact cannot be before the child became looked after on /,
    );
  });

  it('answers 422 for a visit without "seen alone", a bad type and an over-long note', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, user.id);
    const noAnswer = await call('POST', `/children/${child.id}/iro-contacts`, {
      token,
      body: { contactOn: TEST_TODAY, type: 'visit' },
    });
    expect(fieldErrors(noAnswer.body)).toEqual({
      seenAlone: 'Select whether the child was seen alone',
    });
    const bad = await call('POST', `/children/${child.id}/iro-contacts`, {
      token,
      body: { contactOn: TEST_TODAY, type: 'letter', note: 'x'.repeat(501) },
    });
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad.body)).toEqual({
      type: 'Select the type of contact',
      note: 'Note on the contact must be 500 characters or fewer',
    });
  });

  it('refuses a contact after the child left care, and takes one on the day they left', async () => {
    const left = [...ctx.db.all('children')]
      .map((child) => ({ child, status: careStatusOn(child.episodes, TEST_TODAY) }))
      .find(
        ({ child, status }) =>
          child.iroId !== null &&
          !status.lookedAfter &&
          status.lastPeriod?.end !== null &&
          status.lastPeriod?.end !== undefined &&
          status.lastPeriod.end < TEST_TODAY,
      );
    if (left === undefined || left.status.lookedAfter) throw new Error('The seed has no leaver');
    const endedOn = left.status.lastPeriod?.end ?? TEST_TODAY;
    const token = await signIn(left.child.iroId ?? '');
    const path = `/children/${left.child.id}/iro-contacts`;
    const after = await call('POST', path, {
      token,
      body: { contactOn: addDays(endedOn, 1), type: 'phone-call' },
    });
    expect(after.status).toBe(422);
    expect(fieldErrors(after.body)).toEqual({
      contactOn: `Date of the contact cannot be after the child left care on ${formatDate(endedOn)}`,
    });
    const onTheDay = await call('POST', path, {
      token,
      body: { contactOn: endedOn, type: 'phone-call' },
    });
    expect(onTheDay.status).toBe(201);
  });

  it('refuses another IRO, and business support even to read; a team manager may read', async () => {
    const { user } = await signInAs(ctx.db, 'iro', 0);
    const child = childOf(ctx.db, user.id);
    const other = await signInAs(ctx.db, 'iro', 1);
    const manager = await signInAs(ctx.db, 'team-manager');
    const support = await signInAs(ctx.db, 'business-support');
    const path = `/children/${child.id}/iro-contacts`;
    const body = { contactOn: TEST_TODAY, type: 'message' };
    expect((await call('POST', path, { token: other.token, body })).status).toBe(403);
    expect((await call('POST', path, { token: manager.token, body })).status).toBe(403);
    expect((await call('GET', path, { token: other.token })).status).toBe(403);
    expect((await call('GET', path, { token: manager.token })).status).toBe(200);
    const refused = await call('GET', path, { token: support.token });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toContain('Business support cannot see');
  });
});

describe('the caseload filter “not seen by the IRO in the last 6 months”', () => {
  it('lists the children not seen, and a child leaves it once seen; the search filters the same', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const list = async () =>
      childSummaryPageSchema.parse(
        (await call('GET', `/children?iroId=${user.id}&notSeenByIro=true&pageSize=100`, { token }))
          .body,
      );
    const before = await list();
    expect(before.totalItems).toBeGreaterThan(0);
    for (const child of before.items) {
      expect(seenByIroWithin(child.lastSeenByIroOn, TEST_TODAY, 6)).toBe(false);
    }
    const child = before.items[0];
    if (child === undefined) throw new Error('No child to see');
    const seen = await call('POST', `/children/${child.id}/iro-contacts`, {
      token,
      body: { contactOn: TEST_TODAY, type: 'video-call', seenAlone: false },
    });
    expect(seen.status).toBe(201);
    const after = await list();
    expect(after.totalItems).toBe(before.totalItems - 1);
    expect(after.items.map((c) => c.id)).not.toContain(child.id);
    const searched = await call('POST', '/children/search', {
      token,
      body: { q: child.familyName, iroId: user.id, notSeenByIro: true },
    });
    expect(childSummaryPageSchema.parse(searched.body).items.map((c) => c.id)).not.toContain(
      child.id,
    );
  });
});
