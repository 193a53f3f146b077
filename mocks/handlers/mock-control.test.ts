import { describe, expect, it } from 'vitest';
import { mockStateSchema } from '@/lib/api/schemas';
import { call, signInAs, useMockBackend } from '../test/support';

const ctx = useMockBackend();

describe('mock control', () => {
  it('resets with a seed, size and today, ending every session', async () => {
    const before = await signInAs(ctx.db, 'team-manager');
    const result = await call('POST', '/__mock/reset', {
      body: { seed: 7, size: 30, today: '2026-06-01' },
    });
    expect(result.status).toBe(200);
    const state = mockStateSchema.parse(result.body);
    expect(state).toMatchObject({ seed: 7, size: 30, today: '2026-06-01' });
    // 30 in the caseloads, 3 who have left care and 3 awaiting an IRO (mocks/seed/care-journeys.ts).
    expect(state.counts.children).toBe(36);
    expect((await call('GET', '/clock')).body).toEqual({ today: '2026-06-01' });
    expect((await call('GET', '/children', { token: before.token })).status).toBe(401);
    const { token } = await signInAs(ctx.db, 'team-manager');
    const list = await call('GET', '/children?pageSize=100', { token });
    expect(list.status).toBe(200);
    expect(list.body.totalItems).toBe(30);
  });

  it('sets the clock, which moves every computed status', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const before = (await call('GET', '/caseload-summary', { token })).body;
    const moved = await call('POST', '/__mock/clock', { body: { today: '2027-01-04' } });
    expect(moved.body).toEqual({ today: '2027-01-04' });
    // Moving the clock on ends every session (mocks/http/sessions.ts): sign in again.
    expect((await call('GET', '/caseload-summary', { token })).status).toBe(401);
    const again = await signInAs(ctx.db, 'team-manager');
    const after = (await call('GET', '/caseload-summary', { token: again.token })).body;
    expect(after.overdue).toBeGreaterThan(before.overdue);
    const bad = await call('POST', '/__mock/clock', { body: { today: '2027-13-01' } });
    expect(bad.status).toBe(422);
  });

  it('reports state', async () => {
    const state = mockStateSchema.parse((await call('GET', '/__mock/state')).body);
    expect(state.counts.children).toBe(ctx.db.count('children'));
    expect(state.scenario).toEqual({
      latencyMs: null,
      errorRate: 0,
      offline: false,
      failWrites: false,
    });
  });
});

describe('scenarios', () => {
  it('offline: every request fails at the network level, but control still works', async () => {
    const { token } = await signInAs(ctx.db, 'iro');
    await call('POST', '/__mock/scenario', { body: { offline: true } });
    await expect(fetch('http://localhost/api/clock')).rejects.toThrow();
    await expect(call('GET', '/children', { token })).rejects.toThrow();
    await call('POST', '/__mock/scenario', { body: { offline: false } });
    expect((await call('GET', '/children', { token })).status).toBe(200);
  });

  it('failWrites: 500 problem on every write, reads still work, nothing written', async () => {
    const { user, token } = await signInAs(ctx.db, 'team-manager');
    await call('POST', '/__mock/scenario', { body: { failWrites: true } });
    expect((await call('GET', '/settings', { token })).status).toBe(200);
    // A search is a read, though it is a POST (its text stays out of the URL).
    const search = await call('POST', '/children/search', { token, body: { q: 'a' } });
    expect(search.status).toBe(200);
    const before = ctx.db.count('sessions');
    const write = await call('POST', '/session', { body: { staffId: user.id } });
    expect(write.status).toBe(500);
    expect(write.contentType).toBe('application/problem+json');
    expect(write.body.detail).toContain('failWrites');
    expect(ctx.db.count('sessions')).toBe(before);
  });

  it('errorRate: 1 fails every request with 500, 0 none', async () => {
    await call('POST', '/__mock/scenario', { body: { errorRate: 1 } });
    for (let i = 0; i < 5; i++) expect((await call('GET', '/clock')).status).toBe(500);
    await call('POST', '/__mock/scenario', { body: { errorRate: 0 } });
    for (let i = 0; i < 5; i++) expect((await call('GET', '/clock')).status).toBe(200);
    const bad = await call('POST', '/__mock/scenario', { body: { errorRate: 2 } });
    expect(bad.status).toBe(422);
  });

  it('errorRate: 0.5 fails some requests and not others', async () => {
    await call('POST', '/__mock/scenario', { body: { errorRate: 0.5 } });
    const statuses = await Promise.all(
      Array.from({ length: 60 }, async () => (await call('GET', '/clock')).status),
    );
    expect(statuses.filter((s) => s === 500).length).toBeGreaterThan(5);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(5);
  });

  it('latencyMs delays each response', async () => {
    const scenario = await call('POST', '/__mock/scenario', { body: { latencyMs: 120 } });
    expect(scenario.body).toEqual({
      latencyMs: 120,
      errorRate: 0,
      offline: false,
      failWrites: false,
    });
    const start = performance.now();
    await call('GET', '/clock');
    expect(performance.now() - start).toBeGreaterThanOrEqual(100);
  });
});
