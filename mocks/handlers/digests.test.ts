import { describe, expect, it } from 'vitest';
import type {
  OutboxMessage,
  OutboxPage,
  SendDigestsResult,
  StaffMember,
  TaskPage,
} from '@/lib/api/schemas';
import { buildDigests } from '../digest-compute';
import { call, signIn, signInAs, staff, useMockBackend } from '../test/support';

const ctx = useMockBackend({ size: 200, today: '2026-11-23', seed: 20261123 });

/** The person's late and due tasks as GET /tasks gives them, late first: what the digest lists. */
async function dueAndLate(token: string) {
  const late = await call<TaskPage>('GET', '/tasks?urgency=late&pageSize=1000', { token });
  const due = await call<TaskPage>('GET', '/tasks?urgency=due&pageSize=1000', { token });
  return [...late.body.items, ...due.body.items];
}

async function sendDigests(token: string) {
  return call<SendDigestsResult>('POST', '/digests', { token });
}

async function outbox(token: string, query = '') {
  return call<OutboxPage>('GET', `/outbox?pageSize=100${query}`, { token });
}

describe('POST /digests', () => {
  it('builds one message a person listing exactly their due and late tasks, late first', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const sent = await sendDigests(manager.token);
    expect(sent.status).toBe(200);
    const active = [...ctx.db.all('staff')].filter((s) => s.active);
    expect(sent.body.built + sent.body.nothingDue).toBe(active.length);
    expect(sent.body).toMatchObject({ day: '2026-11-23', alreadyBuilt: 0 });

    for (const [role, index] of [
      ['iro', 0],
      ['iro', 1],
      ['team-manager', 1],
      ['business-support', 0],
    ] as const) {
      const person = await signInAs(ctx.db, role, index);
      const tasks = await dueAndLate(person.token);
      expect(tasks.length).toBeGreaterThan(0);
      // A team manager sees everyone's: asked for their own.
      const list = await outbox(person.token, `&staffId=${person.user.id}`);
      expect(list.body.items).toHaveLength(1);
      const [summary] = list.body.items;
      expect(summary?.to).toEqual({
        staffId: person.user.id,
        name: person.user.name,
        email: person.user.email,
        role,
      });
      const message = await call<OutboxMessage>('GET', `/outbox/${summary?.id ?? ''}`, {
        token: person.token,
      });
      expect(message.body.taskIds).toEqual(tasks.map((task) => task.id));
      const late = tasks.filter((task) => task.urgency === 'late').length;
      expect(message.body).toMatchObject({ taskCount: tasks.length, lateCount: late });
      expect(message.body.status).toBe('queued');
      // Each task in the text: its child, reason and link; none of anyone else's.
      for (const task of tasks) {
        expect(message.body.text).toContain(task.name);
        expect(message.body.text).toContain(task.reason);
      }
      // The subject gives counts, never a child's name.
      const names = [...ctx.db.all('children')].map((c) => `${c.givenName} ${c.familyName}`);
      expect(names.some((name) => message.body.subject.includes(name))).toBe(false);
      expect(message.body.subject).toMatch(/^IRO Review Tracker: \d+ tasks? (late|due)/);
    }
  });

  it('sends nothing twice the same day, and builds the next day’s afresh', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const first = (await sendDigests(manager.token)).body;
    const again = (await sendDigests(manager.token)).body;
    expect(again).toEqual({
      day: '2026-11-23',
      built: 0,
      alreadyBuilt: first.built,
      nothingDue: first.nothingDue,
    });
    expect((await outbox(manager.token)).body.totalItems).toBe(first.built);

    await call('POST', '/__mock/clock', { body: { today: '2026-11-24' } });
    const token = await signIn(manager.user.id);
    const next = (await sendDigests(token)).body;
    expect(next).toMatchObject({ day: '2026-11-24', alreadyBuilt: 0 });
    expect(next.built).toBeGreaterThan(0);
    expect((await outbox(token)).body.totalItems).toBe(first.built + next.built);
  });

  it('builds each message once when two runs overlap (the daily run and a manager’s)', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const [first, second] = await Promise.all([buildDigests(ctx.db), buildDigests(ctx.db)]);
    expect(first.built).toBeGreaterThan(0);
    expect(second).toEqual({ ...first, built: 0, alreadyBuilt: first.built });
    const ids = (await outbox(manager.token)).body.items.map((message) => message.id);
    expect(ids).toHaveLength(first.built);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers other requests while it builds, between one person’s digest and the next', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const answered: string[] = [];
    const digests = buildDigests(ctx.db).then(() => answered.push('digests'));
    // Asked for once the build is under way, as a request arriving from outside would be.
    await new Promise((resolve) => setImmediate(resolve));
    const child = [...ctx.db.all('children')][0]!;
    const record = call('GET', `/children/${child.id}`, { token: manager.token }).then((result) => {
      answered.push('record');
      return result;
    });
    expect((await record).status).toBe(200);
    await digests;
    expect(answered).toEqual(['record', 'digests']);
  });

  it('leaves out a person with nothing due or late', async () => {
    const newcomer: StaffMember = {
      ...staff(ctx.db, 'iro'),
      id: 'st_new',
      name: 'Nia Newcomer',
      email: 'nia.newcomer@example.gov.uk',
    };
    await ctx.db.commit({ puts: { staff: [newcomer] }, deletes: {} });
    const manager = await signInAs(ctx.db, 'team-manager');
    const sent = (await sendDigests(manager.token)).body;
    expect(sent.nothingDue).toBeGreaterThanOrEqual(1);
    const theirs = await outbox(manager.token, '&staffId=st_new');
    expect(theirs.body.totalItems).toBe(0);
  });

  it('is a team manager’s to run', async () => {
    for (const role of ['iro', 'business-support'] as const) {
      const { token } = await signInAs(ctx.db, role);
      const refused = await sendDigests(token);
      expect(refused.status).toBe(403);
    }
    expect(ctx.db.count('outbox')).toBe(0);
  });
});

describe('GET /outbox', () => {
  it('shows each person only the messages to them, and a team manager everyone’s', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const { built } = (await sendDigests(manager.token)).body;
    const all = await outbox(manager.token);
    expect(all.body.totalItems).toBe(built);
    expect(new Set(all.body.items.map((m) => m.to.staffId)).size).toBe(built);

    const iro = await signInAs(ctx.db, 'iro');
    const other = staff(ctx.db, 'iro', 1);
    expect((await outbox(iro.token)).body.items.map((m) => m.to.staffId)).toEqual([iro.user.id]);
    expect((await outbox(iro.token, `&staffId=${iro.user.id}`)).status).toBe(200);
    const refused = await outbox(iro.token, `&staffId=${other.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      detail: 'You can only see the messages addressed to you',
    });
    const theirs = all.body.items.find((m) => m.to.staffId === other.id);
    expect(theirs).toBeDefined();
    const message = await call('GET', `/outbox/${theirs?.id ?? ''}`, { token: iro.token });
    expect(message.status).toBe(403);
    expect(
      (await call('GET', `/outbox/${theirs?.id ?? ''}`, { token: manager.token })).status,
    ).toBe(200);
    expect((await call('GET', '/outbox/digest-none', { token: manager.token })).status).toBe(404);

    const support = await signInAs(ctx.db, 'business-support');
    expect((await outbox(support.token)).body.items.map((m) => m.to.staffId)).toEqual([
      support.user.id,
    ]);
    const filtered = await outbox(manager.token, `&staffId=${other.id}`);
    expect(filtered.body.items.map((m) => m.to.staffId)).toEqual([other.id]);
  });

  it('pages the list, without the bodies', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const { built } = (await sendDigests(manager.token)).body;
    expect(built).toBeGreaterThan(5);
    const seen: string[] = [];
    const first = await call<OutboxPage>('GET', '/outbox?page=1&pageSize=5', {
      token: manager.token,
    });
    expect(first.body).toMatchObject({ page: 1, pageSize: 5, totalItems: built });
    expect(first.body.totalPages).toBe(Math.ceil(built / 5));
    for (let page = 1; page <= first.body.totalPages; page++) {
      const { body } = await call<OutboxPage>('GET', `/outbox?page=${page}&pageSize=5`, {
        token: manager.token,
      });
      seen.push(...body.items.map((m) => m.id));
      for (const item of body.items) expect(item).not.toHaveProperty('html');
    }
    expect(new Set(seen).size).toBe(built);
    const past = await call<OutboxPage>(
      'GET',
      `/outbox?page=${first.body.totalPages + 1}&pageSize=5`,
      {
        token: manager.token,
      },
    );
    expect(past.body.items).toEqual([]);
  });
});
