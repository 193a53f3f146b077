import { describe, expect, it } from 'vitest';
import { addDays, compareChildListEntries } from '@/domain';
import { activeChildIds, summariseChild } from './compute';
import { Database } from './db/database';
import { createMemoryAdapter } from './db/memory-adapter';
import { resetMockDatabase, TEST_TODAY } from './node';
import { reviewableChild, reviewBody } from './test/review-kit';
import { operations, type Operation, type OperationId } from '@/lib/api/operations';
import type { StaffRole } from '@/lib/api/schemas';
import { READS_EVERY_SUMMARY } from './http/route';
import { call, signInAs, useMockBackend } from './test/support';
import { summariesWarm, WARM_IN_REQUEST_LIMIT, warmUpSummaries } from './warm-up';

const ctx = useMockBackend({ size: 120 });

/** Every active child's summary as a database loaded afresh from the same records works it out. */
function freshSummaries(db: Database) {
  const fresh = new Database(db.snapshot(), createMemoryAdapter());
  return [...activeChildIds(fresh)].map((id) => summariseChild(fresh, fresh.get('children', id)!));
}

describe('warming up the children’s summaries in slices', () => {
  it('works out every active child’s summary, the same as on request, with a write made meanwhile', async () => {
    const iro = await signInAs(ctx.db, 'iro');
    const child = reviewableChild(ctx.db, iro.user.id);
    // Slices of 0 ms: it yields after every child, so the review below is recorded mid-way.
    const warm = warmUpSummaries(ctx.db, 0);
    await new Promise((resolve) => setImmediate(resolve));
    const recorded = await call('POST', `/children/${child.id}/reviews`, {
      token: iro.token,
      body: reviewBody(addDays(TEST_TODAY, -5)),
    });
    expect(recorded.status).toBe(201);
    const worked = await warm;

    const ids = [...activeChildIds(ctx.db)];
    expect(worked).toBeGreaterThan(0);
    expect(ids.every((id) => ctx.db.summaryCache.has(id))).toBe(true);
    expect(ids.map((id) => ctx.db.summaryCache.get(id))).toEqual(freshSummaries(ctx.db));
    expect(ctx.db.summaryCache.get(child.id)?.lastParticipation).toEqual({
      code: 'PN1',
      method: 'in-person',
    });
  });

  it('answers other requests between slices', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const warm = warmUpSummaries(ctx.db, 0);
    await new Promise((resolve) => setImmediate(resolve));
    const record = await call('GET', `/children/${[...activeChildIds(ctx.db)][0]}`, { token });
    expect(record.status).toBe(200);
    // Answered before warming had finished: children were still waiting their turn.
    const waiting = [...activeChildIds(ctx.db)].filter((id) => !ctx.db.summaryCache.has(id));
    expect(waiting.length).toBeGreaterThan(0);
    await warm;
  });

  it('stops when the database is replaced (a reset)', async () => {
    const old = ctx.db;
    const total = activeChildIds(old).size;
    const warm = warmUpSummaries(old, 0);
    await new Promise((resolve) => setImmediate(resolve));
    ctx.db = resetMockDatabase({ size: 120 });
    expect(await warm).toBeLessThan(total);
  });

  it('works out a small caseload within the request itself', async () => {
    const waiting = activeChildIds(ctx.db).size;
    expect(waiting).toBeLessThanOrEqual(WARM_IN_REQUEST_LIMIT);
    await summariesWarm(ctx.db);
    // Nothing was worked out: the list that asked does it, in one go, as before.
    expect([...activeChildIds(ctx.db)].filter((id) => ctx.db.summaryCache.has(id))).toEqual([]);
  });
});

// Seeding 2,500 children and warming them a child a slice: seconds on a shared 2-core machine.
describe('a list asked for while the server warms', { timeout: 60_000 }, () => {
  // More children than a request works out itself: the list waits for the warming.
  const SIZE = Math.ceil(WARM_IN_REQUEST_LIMIT * 1.25);

  it('waits for the warming in slices, and a child’s record asked for after it is answered first', async () => {
    ctx.db = resetMockDatabase({ size: SIZE });
    const { token } = await signInAs(ctx.db, 'team-manager');
    const ids = [...activeChildIds(ctx.db)];
    expect(ids.length).toBeGreaterThan(WARM_IN_REQUEST_LIMIT);
    const answered: string[] = [];
    const warm = warmUpSummaries(ctx.db, 0);
    const list = call('GET', '/children?pageSize=5&sort=name', { token }).then((result) => {
      answered.push('list');
      return result;
    });
    const record = call('GET', `/children/${ids[ids.length - 1]}`, { token }).then((result) => {
      answered.push('record');
      return result;
    });
    const [listed, recorded] = await Promise.all([list, record]);
    await warm;

    expect(recorded.status).toBe(200);
    expect(listed.status).toBe(200);
    expect(answered).toEqual(['record', 'list']);
    // The same page as a database that had every summary worked out before it was asked.
    expect(listed.body.totalItems).toBe(ids.length);
    const fresh = new Database(ctx.db.snapshot(), createMemoryAdapter());
    const expected = [...activeChildIds(fresh)]
      .map((id) => summariseChild(fresh, fresh.get('children', id)!))
      .sort(compareChildListEntries('name', 'asc'))
      .slice(0, 5);
    expect(listed.body.items).toEqual(expected);
  });

  it('starts the warming when none is under way, and the caseload’s counts wait for it too', async () => {
    ctx.db = resetMockDatabase({ size: SIZE });
    const { token } = await signInAs(ctx.db, 'team-manager');
    const counts = await call('GET', '/caseload-summary', { token });
    expect(counts.status).toBe(200);
    expect(counts.body.total).toBe(activeChildIds(ctx.db).size);
    expect([...activeChildIds(ctx.db)].every((id) => ctx.db.summaryCache.has(id))).toBe(true);
  });

  // Every operation that reads every summary, called as a person who may: the tasks (the page
  // after sign-in), their badge, the team's lists, the booking queue; and the digests (which the
  // daily run builds the moment a server starts after DIGEST_TIME).
  const CALLS: Record<string, { path: string; body?: unknown }> = {
    listTasks: { path: '/tasks' },
    getTaskSummary: { path: '/tasks/summary' },
    getTeamOverview: { path: '/team/overview' },
    listReviewsAtRisk: { path: '/team/reviews-at-risk' },
    getBookingQueue: { path: '/booking-queue' },
    sendDigests: { path: '/digests', body: {} },
  };

  it('names a call for every operation that waits for the warming', () => {
    expect(Object.keys(CALLS).sort()).toEqual([...READS_EVERY_SUMMARY, 'sendDigests'].sort());
  });

  it.each(Object.entries(CALLS))(
    '%s waits for the warming, and a child’s record asked for after it is answered first',
    async (id, { path, body }) => {
      ctx.db = resetMockDatabase({ size: SIZE });
      const op: Operation = operations[id as OperationId];
      const role: StaffRole =
        op.roles?.includes('team-manager') === true ? 'team-manager' : 'business-support';
      const { token } = await signInAs(ctx.db, role);
      const ids = [...activeChildIds(ctx.db)];
      const answered: string[] = [];
      const warm = warmUpSummaries(ctx.db, 0);
      const method = op.method.toUpperCase() as 'GET' | 'POST';
      const bulk = call(method, path, { token, body }).then((result) => {
        answered.push(id);
        return result;
      });
      const record = call('GET', `/children/${ids[ids.length - 1]}`, { token }).then((result) => {
        answered.push('record');
        return result;
      });
      const [bulkAnswer, recorded] = await Promise.all([bulk, record]);
      const worked = await warm;
      expect(recorded.status).toBe(200);
      expect(bulkAnswer.status).toBeLessThan(300);
      expect(answered).toEqual(['record', id]);
      // The warming worked the summaries out, a slice at a time: the request did not do it in one
      // go (only the record asked for meanwhile, and a few the calls' own writes touched, were not
      // the warming's).
      expect(worked).toBeGreaterThan(ids.length - 10);
    },
  );
});
