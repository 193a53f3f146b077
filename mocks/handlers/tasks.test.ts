import { describe, expect, it } from 'vitest';
import { isPastTarget, recordOfReviewDue, TASK_KINDS, type Task } from '@/domain';
import type { TaskPage, TaskSummary } from '@/lib/api/schemas';
import type { SignOffQueue } from '@/lib/api/team-schemas';
import { workingDayCalendar } from '../calendar';
import { activeChildIds, heldReviewsOf, summariseChild } from '../compute';
import { call, signInAs, useMockBackend } from '../test/support';

const ctx = useMockBackend({ size: 450, today: '2026-11-23', seed: 20261123 });

const IRO_KINDS = [
  'review-to-hold',
  'record-of-review',
  'midpoint-check',
  'recommendation-past-target',
  'escalation-past-target',
  'sign-off-query',
  'meet-new-child',
];
const MANAGER_KINDS = [
  'awaiting-iro',
  'sign-off',
  'review-at-risk',
  'escalation-past-target',
  'caseload-outside-band',
  'plan-participation',
];
const SUPPORT_KINDS = [
  'review-to-book',
  'invitations-to-send',
  'readiness-late',
  'meeting-to-cancel',
];

async function allTasks(token: string): Promise<TaskPage> {
  const result = await call<TaskPage>('GET', '/tasks?pageSize=10000', { token });
  expect(result.status).toBe(200);
  return result.body;
}

describe('GET /tasks', () => {
  it('gives an IRO the tasks of their own caseload only', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const { items, counts, totalItems } = await allTasks(token);
    expect(totalItems).toBeGreaterThan(10);
    expect(counts.total).toBe(totalItems);
    for (const task of items) {
      expect(IRO_KINDS).toContain(task.kind);
      expect(task.iroId).toBe(user.id);
      const child = ctx.db.get('children', task.childId ?? '');
      expect(child?.iroId).toBe(user.id);
    }
    const other = await signInAs(ctx.db, 'iro', 1);
    const theirs = await allTasks(other.token);
    const mine = new Set(items.map((task) => task.id));
    expect(theirs.items.some((task) => mine.has(task.id))).toBe(false);
  });

  it('lists every record of review outstanding and every recommendation past target, counted afresh', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const { items } = await allTasks(token);
    const active = activeChildIds(ctx.db);
    const { today, settings } = ctx.db.meta;
    const records: string[] = [];
    const recommendations: string[] = [];
    for (const childId of ctx.db.childIdsOf(user.id)) {
      if (!active.has(childId)) continue;
      const child = ctx.db.get('children', childId);
      if (child === undefined) continue;
      const reviews = heldReviewsOf(ctx.db, childId);
      const periodStart = summariseChild(ctx.db, child).currentPeriodStart;
      for (const review of reviews) {
        if (review.recordOfReviewCompletedOn === null) records.push(review.id);
        if (review.heldOn < periodStart) continue;
        for (const r of review.recommendations) {
          if (isPastTarget(r, today)) recommendations.push(`${review.id}:${r.id}`);
        }
      }
    }
    const ids = (kind: string) =>
      items.filter((t) => t.kind === kind).map((t) => t.id.slice(kind.length + 1));
    expect(ids('record-of-review').sort()).toEqual(records.sort());
    expect(ids('recommendation-past-target').sort()).toEqual(recommendations.sort());
    const record = items.find((t) => t.kind === 'record-of-review');
    if (record !== undefined && record.action.kind === 'write-record-of-review') {
      const review = ctx.db.get('reviews', record.action.reviewId);
      expect(record.due).toBe(
        recordOfReviewDue(
          review?.heldOn ?? '',
          workingDayCalendar,
          settings.recordOfReviewTargetWorkingDays,
        ),
      );
    }
  });

  it('gives a team manager the team’s tasks and business support the booking tasks', async () => {
    const manager = await allTasks((await signInAs(ctx.db, 'team-manager')).token);
    expect(new Set(manager.items.map((t) => t.kind))).toEqual(
      new Set(MANAGER_KINDS.filter((k) => (manager.counts.byKind[k as Task['kind']] ?? 0) > 0)),
    );
    // Every IRO's children, and the children awaiting one.
    expect(new Set(manager.items.map((t) => t.iroId)).size).toBeGreaterThan(5);
    expect(manager.items.filter((t) => t.kind === 'awaiting-iro')).toHaveLength(3);
    const support = await allTasks((await signInAs(ctx.db, 'business-support')).token);
    for (const task of support.items) expect(SUPPORT_KINDS).toContain(task.kind);
    expect(support.counts.byKind['review-to-book']).toBeGreaterThan(0);
    // Business support see no review content: no reason quotes a recommendation or a query.
    expect(support.items.some((t) => t.reason.includes('“'))).toBe(false);
  });

  it('orders late first, then by due date, and counts by kind', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const { items, counts } = await allTasks(token);
    const late = items.filter((t) => t.urgency === 'late');
    expect(items.slice(0, late.length)).toEqual(late);
    const dated = items.slice(late.length).filter((t) => t.due !== null);
    expect(dated.map((t) => t.due)).toEqual(dated.map((t) => t.due).sort());
    expect(items.at(-1)?.due).toBeNull();
    const byKind: Record<string, number> = {};
    for (const t of items) byKind[t.kind] = (byKind[t.kind] ?? 0) + 1;
    expect(counts.byKind).toEqual(byKind);
    expect(counts.dueOrLate).toBe(items.filter((t) => t.urgency !== 'later').length);
    expect(Object.keys(byKind).every((k) => TASK_KINDS.includes(k as Task['kind']))).toBe(true);
  });

  it('pages the whole list, with the counts of the whole list on every page', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const whole = await allTasks(token);
    const seen: Task[] = [];
    const pages = Math.ceil(whole.totalItems / 20);
    for (let page = 1; page <= pages; page += 1) {
      const result = await call<TaskPage>('GET', `/tasks?page=${page}&pageSize=20`, { token });
      expect(result.body).toMatchObject({
        page,
        pageSize: 20,
        totalPages: pages,
        counts: whole.counts,
      });
      seen.push(...result.body.items);
    }
    expect(seen).toEqual(whole.items);
    const past = await call<TaskPage>('GET', `/tasks?page=${pages + 1}&pageSize=20`, { token });
    expect(past.body.items).toEqual([]);
    const late = await call<TaskPage>('GET', '/tasks?urgency=late&pageSize=10000', { token });
    expect(late.body.items).toEqual(whole.items.filter((t) => t.urgency === 'late'));
    expect(late.body.counts).toEqual(whole.counts);
  });

  it('refuses a bad page, an unknown urgency or parameter, and anyone signed out', async () => {
    const { token } = await signInAs(ctx.db, 'iro');
    for (const query of ['pageSize=0', 'page=0', 'urgency=soon', 'iroId=x']) {
      expect((await call('GET', `/tasks?${query}`, { token })).status).toBe(422);
    }
    expect((await call('GET', '/tasks')).status).toBe(401);
    expect((await call('GET', '/tasks/summary')).status).toBe(401);
  });

  it('drops a task once it is done: a midpoint check recorded', async () => {
    const { token } = await signInAs(ctx.db, 'iro');
    const before = await allTasks(token);
    const task = before.items.find((t) => t.kind === 'midpoint-check');
    expect(task).toBeDefined();
    const saved = await call('POST', `/children/${task?.childId ?? ''}/midpoint-checks`, {
      token,
      body: { checkedOn: '2026-11-23', outcome: 'concerns', note: 'Contact not yet in the plan' },
    });
    expect(saved.status).toBe(201);
    const after = await allTasks(token);
    expect(after.items.map((t) => t.id)).not.toContain(task?.id);
    expect(after.counts.total).toBe(before.counts.total - 1);
  });
});

describe('the team manager’s sign-off tasks', () => {
  /** The reviews the sign-off queue says wait for the manager. */
  async function queueAwaitingManager(token: string): Promise<string[]> {
    const queue = await call<SignOffQueue>('GET', '/team/sign-off-queue?pageSize=500', { token });
    expect(queue.status).toBe(200);
    return queue.body.items
      .filter((item) => item.state === 'awaiting-manager')
      .map((item) => item.reviewId)
      .sort();
  }

  async function signOffTaskReviews(token: string): Promise<string[]> {
    return (await allTasks(token)).items
      .filter((task) => task.kind === 'sign-off')
      .map((task) => (task.action.kind === 'sign-off-review' ? task.action.reviewId : ''))
      .sort();
  }

  it('are the sign-off queue’s, a child who has left care included', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const awaiting = await queueAwaitingManager(token);
    expect(awaiting.length).toBeGreaterThan(0);
    expect(await signOffTaskReviews(token)).toEqual(awaiting);

    // The child of one of them leaves care today: their decisions still wait for the manager.
    const review = ctx.db.get('reviews', awaiting[0] ?? '')!;
    const child = ctx.db.get('children', review.childId)!;
    const left = await call('POST', `/children/${child.id}/care-events`, {
      token,
      body: { kind: 'leave', date: '2026-11-23', reasonEnded: 'E4A', version: child.version },
    });
    expect(left.status).toBe(201);
    expect(activeChildIds(ctx.db).has(child.id)).toBe(false);
    expect(await queueAwaitingManager(token)).toEqual(awaiting);
    expect(await signOffTaskReviews(token)).toEqual(awaiting);
    const task = (await allTasks(token)).items.find((t) => t.id === `sign-off:${review.id}`);
    expect(task).toMatchObject({ childId: child.id, iroId: child.iroId });
  });
});

describe('the paperwork of a review held before the child left care', () => {
  it('stays on the IRO’s tasks until it is done: the record of review', async () => {
    const iro = await signInAs(ctx.db, 'iro');
    const manager = await signInAs(ctx.db, 'team-manager');
    const task = (await allTasks(iro.token)).items.find((t) => t.kind === 'record-of-review');
    if (task?.action.kind !== 'write-record-of-review') throw new Error('No record to write');
    const { childId, reviewId } = task.action;
    const child = ctx.db.get('children', childId)!;
    const left = await call('POST', `/children/${childId}/care-events`, {
      token: manager.token,
      body: { kind: 'leave', date: '2026-11-23', reasonEnded: 'E4A', version: child.version },
    });
    expect(left.status).toBe(201);

    const after = (await allTasks(iro.token)).items.filter((t) => t.childId === childId);
    expect(after.map((t) => t.id)).toContain(task.id);
    // Only the held reviews' paperwork: nothing about a next review or a midpoint check now.
    expect(after.every((t) => t.kind === 'record-of-review' || t.kind === 'sign-off-query')).toBe(
      true,
    );
    // The task's page is the IRO's to use, and writing the record takes the task away.
    expect((await call('GET', `/children/${childId}`, { token: iro.token })).status).toBe(200);
    const review = ctx.db.get('reviews', reviewId)!;
    const written = await call('PATCH', `/reviews/${reviewId}`, {
      token: iro.token,
      body: { version: review.version, recordOfReviewCompletedOn: '2026-11-23' },
    });
    expect(written.status).toBe(200);
    expect((await allTasks(iro.token)).items.map((t) => t.id)).not.toContain(task.id);
  });
});

describe('GET /tasks/summary', () => {
  it('gives the same counts as the list, for each role', async () => {
    for (const role of ['iro', 'team-manager', 'business-support'] as const) {
      const { token } = await signInAs(ctx.db, role);
      const summary = await call<TaskSummary>('GET', '/tasks/summary', { token });
      expect(summary.status).toBe(200);
      expect(summary.body).toEqual({ today: '2026-11-23', counts: (await allTasks(token)).counts });
    }
  });
});
