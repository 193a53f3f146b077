import { describe, expect, it } from 'vitest';
import { addDays } from '@/domain';
import {
  DRAFT_BODY_LIMIT_BYTES,
  DRAFT_RETENTION_DAYS,
  draftListSchema,
  draftSchema,
  MAX_DRAFTS_PER_PERSON,
} from '@/lib/api/schemas';
import { TEST_TODAY } from '../node';
import { call, childOf, fieldErrors, signInAs, useMockBackend } from '../test/support';

const ctx = useMockBackend({ size: 60 });

const typed = { heldOn: { day: '20', month: '11', year: '2026' }, participationCode: 'PN1' };

async function anIroWithAChild(index = 0) {
  const { user, token } = await signInAs(ctx.db, 'iro', index);
  return { user, token, child: childOf(ctx.db, user.id) };
}

function aMeeting() {
  const meeting = [...ctx.db.all('meetings')].find((each) => each.status === 'booked');
  if (meeting === undefined) throw new Error('No booked meeting');
  return meeting;
}

describe('drafts', () => {
  it('keeps, returns, lists and discards a person’s draft of a form', async () => {
    const { token, child } = await anIroWithAChild();
    const key = `record-review.${child.id}`;
    expect((await call('GET', `/drafts/${key}`, { token })).status).toBe(404);

    const saved = await call('PUT', `/drafts/${key}`, {
      token,
      body: { values: typed, recordVersion: child.version },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ key, recordVersion: child.version });
    expect(saved.body.savedAt).toMatch(new RegExp(`^${TEST_TODAY}T`));

    const draft = draftSchema.parse((await call('GET', `/drafts/${key}`, { token })).body);
    expect(draft.values).toEqual(typed);
    const list = draftListSchema.parse((await call('GET', '/drafts', { token })).body);
    expect(list.items.map((item) => item.key)).toEqual([key]);

    // Saved again: replaced, not added.
    await call('PUT', `/drafts/${key}`, {
      token,
      body: { values: { ...typed, participationCode: 'PN2' }, recordVersion: child.version },
    });
    expect(ctx.db.count('drafts')).toBe(1);
    expect((await call('GET', `/drafts/${key}`, { token })).body.values.participationCode).toBe(
      'PN2',
    );

    expect((await call('DELETE', `/drafts/${key}`, { token })).status).toBe(204);
    expect((await call('GET', `/drafts/${key}`, { token })).status).toBe(404);
    // Discarding what is not there is not an error (a form saved twice, or in two tabs).
    expect((await call('DELETE', `/drafts/${key}`, { token })).status).toBe(204);
  });

  it('keeps each person’s drafts their own: another person finds nothing under the same key', async () => {
    const meeting = aMeeting();
    const key = `reschedule-meeting.${meeting.id}`;
    const first = await signInAs(ctx.db, 'business-support', 0);
    const manager = await signInAs(ctx.db, 'team-manager', 0);
    await call('PUT', `/drafts/${key}`, {
      token: first.token,
      body: { values: { reason: 'The carer is away' }, recordVersion: meeting.version },
    });
    expect((await call('GET', `/drafts/${key}`, { token: manager.token })).status).toBe(404);
    expect(
      draftListSchema.parse((await call('GET', '/drafts', { token: manager.token })).body).items,
    ).toEqual([]);
    // The manager's discard does not touch it.
    await call('DELETE', `/drafts/${key}`, { token: manager.token });
    expect((await call('GET', `/drafts/${key}`, { token: first.token })).status).toBe(200);
  });

  it('refuses a draft exactly as the form’s own operation refuses the person', async () => {
    const own = await anIroWithAChild(0);
    const other = await anIroWithAChild(1);
    const manager = await signInAs(ctx.db, 'team-manager');
    const support = await signInAs(ctx.db, 'business-support');
    const body = { values: typed, recordVersion: 1 };
    const key = `record-review.${own.child.id}`;

    const byOtherIro = await call('PUT', `/drafts/${key}`, { token: other.token, body });
    expect(byOtherIro.status).toBe(403);
    expect(byOtherIro.body.detail).toBe(
      'Only the child’s allocated IRO can record a review: this child is not allocated to you',
    );
    for (const { token } of [manager, support]) {
      const refused = await call('GET', `/drafts/${key}`, { token });
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toBe('Only the child’s allocated IRO can record a review');
    }
    // Meetings are business support's and team managers': an IRO may not draft a reschedule.
    const meeting = aMeeting();
    const reschedule = await call('PUT', `/drafts/reschedule-meeting.${meeting.id}`, {
      token: own.token,
      body,
    });
    expect(reschedule.status).toBe(403);
    expect(reschedule.body.detail).toBe(
      'An IRO cannot do this: only business support and team managers can',
    );
    // A child or meeting that does not exist: as the form's operation, 404.
    expect(
      (await call('PUT', '/drafts/record-review.ch_nobody', { token: own.token, body })).status,
    ).toBe(404);
    expect(
      (await call('GET', '/drafts/reschedule-meeting.mt_none', { token: support.token })).status,
    ).toBe(404);
  });

  it('keeps the IRO contact form’s draft for the allocated IRO only', async () => {
    const own = await anIroWithAChild(0);
    const other = await anIroWithAChild(1);
    const key = `record-iro-contact.${own.child.id}`;
    const body = { values: { type: 'visit', note: 'Talked about school' }, recordVersion: 1 };
    expect((await call('PUT', `/drafts/${key}`, { token: own.token, body })).status).toBe(200);
    expect((await call('GET', `/drafts/${key}`, { token: own.token })).body.values).toEqual(
      body.values,
    );
    const refused = await call('PUT', `/drafts/${key}`, { token: other.token, body });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(
      'Only the child’s allocated IRO can record a contact with the child: this child is not allocated to you',
    );
  });

  it('no longer gives a draft about a child who has moved to another IRO', async () => {
    const own = await anIroWithAChild(0);
    const other = await anIroWithAChild(1);
    const key = `record-review.${own.child.id}`;
    await call('PUT', `/drafts/${key}`, {
      token: own.token,
      body: { values: typed, recordVersion: 1 },
    });
    const child = ctx.db.get('children', own.child.id);
    if (child === undefined) throw new Error('No child');
    await ctx.db.commit({ puts: { children: [{ ...child, iroId: other.user.id }] }, deletes: {} });
    expect((await call('GET', `/drafts/${key}`, { token: own.token })).status).toBe(403);
    expect(
      draftListSchema.parse((await call('GET', '/drafts', { token: own.token })).body).items,
    ).toEqual([]);
  });

  it('refuses keys that do not name a form and its subject', async () => {
    const { token, child } = await anIroWithAChild();
    const answers: Record<string, string> = {};
    const keys = [
      'record-review',
      'record-review.',
      `unknown-form.${child.id}`,
      `record-review.${child.id}.extra`,
      `record-review.${'x'.repeat(65)}`,
      `record-review.ch%20${child.id}`,
      `RECORD-REVIEW.${child.id}`,
    ];
    for (const key of keys) {
      const result = await call('PUT', `/drafts/${key}`, {
        token,
        body: { values: typed, recordVersion: null },
      });
      answers[key] = `${result.status} ${fieldErrors(result.body).formKey ?? ''}`;
    }
    const refused = `422 Name a form and what it is about, like record-review.ch_0123`;
    expect(answers).toEqual(Object.fromEntries(keys.map((key) => [key, refused])));
  });

  it('refuses bodies that are not a form’s values, and bodies over the limit', async () => {
    const { token, child } = await anIroWithAChild();
    const key = `record-review.${child.id}`;
    const bodies = [
      { values: 'text', recordVersion: 1 },
      { values: [1, 2], recordVersion: 1 },
      { values: typed },
      { values: typed, recordVersion: -1 },
      { values: typed, recordVersion: 1, colour: 'red' },
    ];
    const statuses: number[] = [];
    for (const body of bodies) {
      statuses.push((await call('PUT', `/drafts/${key}`, { token, body })).status);
    }
    expect(statuses).toEqual(bodies.map(() => 422));
    const tooBig = await call('PUT', `/drafts/${key}`, {
      token,
      body: { values: { note: 'x'.repeat(DRAFT_BODY_LIMIT_BYTES) }, recordVersion: 1 },
    });
    expect(tooBig.status).toBe(413);
    expect(ctx.db.count('drafts')).toBe(0);
  });

  it(`drops drafts not saved for ${DRAFT_RETENTION_DAYS} days`, async () => {
    const { token, child } = await anIroWithAChild();
    const key = `record-review.${child.id}`;
    await call('PUT', `/drafts/${key}`, { token, body: { values: typed, recordVersion: 1 } });
    const stored = ctx.db.get('drafts', [...ctx.db.all('drafts')][0]?.id ?? '');
    if (stored === undefined) throw new Error('Not stored');
    // Saved on the last day still kept; a day older, gone.
    const oldest = addDays(TEST_TODAY, -DRAFT_RETENTION_DAYS);
    await ctx.db.commit({
      puts: { drafts: [{ ...stored, savedAt: `${oldest}T10:00:00.000Z` }] },
      deletes: {},
    });
    expect((await call('GET', `/drafts/${key}`, { token })).status).toBe(200);
    await ctx.db.commit({
      puts: { drafts: [{ ...stored, savedAt: `${addDays(oldest, -1)}T10:00:00.000Z` }] },
      deletes: {},
    });
    expect((await call('GET', `/drafts/${key}`, { token })).status).toBe(404);
    expect(draftListSchema.parse((await call('GET', '/drafts', { token })).body).items).toEqual([]);
    // Any save sweeps it (and everyone else's) from the store.
    const other = `record-midpoint-check.${child.id}`;
    await call('PUT', `/drafts/${other}`, { token, body: { values: typed, recordVersion: 1 } });
    expect([...ctx.db.all('drafts')].map((draft) => draft.key)).toEqual([other]);
  });

  it(`keeps at most ${MAX_DRAFTS_PER_PERSON} drafts a person`, async () => {
    const { user, token, child } = await anIroWithAChild();
    const savedAt = `${TEST_TODAY}T08:00:00.000Z`;
    await ctx.db.commit({
      puts: {
        drafts: Array.from({ length: MAX_DRAFTS_PER_PERSON }, (_, i) => ({
          id: `${user.id}:change-review.rv_${i}`,
          staffId: user.id,
          key: `change-review.rv_${i}`,
          values: {},
          recordVersion: 1,
          savedAt,
        })),
      },
      deletes: {},
    });
    const refused = await call('PUT', `/drafts/record-review.${child.id}`, {
      token,
      body: { values: typed, recordVersion: 1 },
    });
    expect(refused.status).toBe(422);
    expect(fieldErrors(refused.body).formKey).toBe(
      `You have ${MAX_DRAFTS_PER_PERSON} drafts: save or discard one of them first`,
    );
  });
});
