import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentSessionSchema, sessionSchema, staffMemberSchema } from '@/lib/api/schemas';
import {
  expiredSessionEndedMessage,
  idleSessionEndedMessage,
  MAX_SESSIONS_PER_PERSON,
  SESSION_ENDED_MESSAGE,
  TOO_MANY_SESSIONS_MESSAGE,
} from '@/lib/api/session-policy';
import { setDatabase } from '../db/current';
import { Database } from '../db/database';
import { createMemoryAdapter } from '../db/memory-adapter';
import { TEST_TODAY } from '../node';
import { call, fieldErrors, signIn, staff, useMockBackend } from '../test/support';

const ctx = useMockBackend();

describe('demo sign-in', () => {
  it('lists the active staff without signing in', async () => {
    const result = await call('GET', '/demo/staff');
    expect(result.status).toBe(200);
    const members = staffMemberSchema.array().parse(result.body);
    expect(members.filter((m) => m.role === 'iro')).toHaveLength(8);
    expect(members.filter((m) => m.role === 'team-manager')).toHaveLength(2);
    expect(members.filter((m) => m.role === 'business-support')).toHaveLength(3);
    expect(members.every((m) => m.active)).toBe(true);
    expect(members.find((m) => m.fte === 0.6)?.role).toBe('iro');
  });

  it('signs in as a member of staff and returns a session with a token', async () => {
    const iro = staff(ctx.db, 'iro');
    const result = await call('POST', '/session', { body: { staffId: iro.id } });
    expect(result.status).toBe(201);
    const session = sessionSchema.parse(result.body);
    expect(session.user).toEqual(iro);
    expect(session.token).not.toBe('');

    const me = await call('GET', '/session', { token: session.token });
    expect(me.status).toBe(200);
    expect(currentSessionSchema.parse(me.body).user).toEqual(iro);
  });

  it('rejects an unknown or inactive member of staff with 422', async () => {
    const unknown = await call('POST', '/session', { body: { staffId: 'st_nobody' } });
    expect(unknown.status).toBe(422);
    expect(unknown.contentType).toBe('application/problem+json');
    expect(fieldErrors(unknown.body)).toEqual({ staffId: 'Select who you are signing in as' });

    const inactive = [...ctx.db.all('staff')].find((s) => !s.active)!;
    const result = await call('POST', '/session', { body: { staffId: inactive.id } });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body).staffId).toBe(
      `${inactive.name} no longer has access to the service`,
    );
  });

  it('rejects a missing staffId with 422, a body that is not JSON with 400, and not marked JSON with 415', async () => {
    const missing = await call('POST', '/session', { body: {} });
    expect(missing.status).toBe(422);
    expect(fieldErrors(missing.body)).toEqual({ staffId: 'Select who you are signing in as' });
    const response = await fetch('http://localhost/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: 'not json',
    });
    expect(response.status).toBe(400);
    const unmarked = await fetch('http://localhost/api/session', { method: 'POST', body: '{}' });
    expect(unmarked.status).toBe(415);
  });

  it('answers 401 without a token, with an unknown token, and after signing out', async () => {
    expect((await call('GET', '/session')).status).toBe(401);
    const unknown = await call('GET', '/session', { token: 'made-up' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({
      status: 401,
      title: 'You need to sign in',
      detail: SESSION_ENDED_MESSAGE,
    });

    const token = await signIn(staff(ctx.db, 'team-manager').id);
    expect((await call('DELETE', '/session', { token })).status).toBe(204);
    expect((await call('GET', '/session', { token })).status).toBe(401);
    expect((await call('GET', '/children', { token })).status).toBe(401);
  });
});

// Sessions end by the mock's clock: its "today" with the real time of day. These tests fix the real
// time (Date only: every timer runs as normal) and move it on.
describe('sessions that end', () => {
  const START = Date.parse(`${TEST_TODAY}T09:00:00.000Z`);
  const MINUTE = 60_000;

  function at(minutes: number): void {
    vi.setSystemTime(START + minutes * MINUTE);
  }

  function startClock(): void {
    vi.useFakeTimers({ toFake: ['Date'] });
    at(0);
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  async function signedIn(role: 'iro' | 'team-manager' = 'iro') {
    const user = staff(ctx.db, role);
    const result = await call('POST', '/session', { body: { staffId: user.id } });
    return { user, session: sessionSchema.parse(result.body) };
  }

  it('says when the session ends, in the backend’s clock', async () => {
    startClock();
    const { session } = await signedIn();
    expect(session).toMatchObject({
      now: '2026-03-16T09:00:00.000Z',
      signedInAt: '2026-03-16T09:00:00.000Z',
      idleExpiresAt: '2026-03-16T09:30:00.000Z',
      expiresAt: '2026-03-16T21:00:00.000Z',
      idleMinutes: 30,
      maxHours: 12,
    });
    at(10);
    const me = currentSessionSchema.parse(
      (await call('GET', '/session', { token: session.token })).body,
    );
    expect(me).toMatchObject({
      now: '2026-03-16T09:10:00.000Z',
      idleExpiresAt: '2026-03-16T09:40:00.000Z',
      expiresAt: '2026-03-16T21:00:00.000Z',
    });
  });

  it('ends a session after 30 minutes without a request: 401 with the reason, and removed', async () => {
    startClock();
    const { session } = await signedIn();
    at(29.9);
    expect((await call('GET', '/children', { token: session.token })).status).toBe(200);
    at(59.9);
    const ended = await call('GET', '/children', { token: session.token });
    expect(ended.status).toBe(401);
    expect(ended.contentType).toBe('application/problem+json');
    expect(ended.body).toMatchObject({
      title: 'You need to sign in',
      detail: 'Your session ended after 30 minutes without activity: sign in again',
    });
    expect(ctx.db.get('sessions', session.token)).toBeUndefined();
    // Every later request on it is told the same, not "unknown token".
    const again = await call('GET', '/session', { token: session.token });
    expect(again.body.detail).toBe(idleSessionEndedMessage(30));
  });

  it('moves the idle deadline on with every signed-in request, whatever it asks', async () => {
    startClock();
    const { session } = await signedIn();
    const { token } = session;
    at(20);
    expect((await call('GET', '/caseload-summary', { token })).status).toBe(200);
    at(45);
    // A refused request is activity too: the person is there.
    expect((await call('GET', '/team/overview', { token })).status).toBe(403);
    at(74);
    const me = currentSessionSchema.parse((await call('GET', '/session', { token })).body);
    expect(me.idleExpiresAt).toBe('2026-03-16T10:44:00.000Z');
    at(104);
    expect((await call('GET', '/session', { token })).status).toBe(401);
  });

  it('ends a session 12 hours after signing in however active it is', async () => {
    startClock();
    const { session } = await signedIn();
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      at(minutes);
      expect((await call('GET', '/session', { token: session.token })).status).toBe(200);
    }
    at(12 * 60);
    const ended = await call('GET', '/children', { token: session.token });
    expect(ended.status).toBe(401);
    expect(ended.body.detail).toBe('Your session ended after 12 hours: sign in again');
    expect(ctx.db.get('sessions', session.token)).toBeUndefined();
  });

  it('says the deadline that came first when both have passed', async () => {
    startClock();
    const { session } = await signedIn();
    at(11 * 60 + 50);
    // Kept alive all day (stored by the test as the last request would be).
    await ctx.db.commit({
      puts: {
        sessions: [
          { ...ctx.db.get('sessions', session.token)!, lastSeenAt: '2026-03-16T20:50:00.000Z' },
        ],
      },
      deletes: {},
    });
    at(12 * 60 + 40);
    const ended = await call('GET', '/session', { token: session.token });
    expect(ended.body.detail).toBe(expiredSessionEndedMessage(12));
  });

  it('ends every session when the mock clock moves on five years', async () => {
    startClock();
    const iro = await signedIn('iro');
    const manager = await signedIn('team-manager');
    expect((await call('POST', '/__mock/clock', { body: { today: '2031-03-17' } })).status).toBe(
      200,
    );
    for (const { session } of [iro, manager]) {
      const ended = await call('GET', '/children', { token: session.token });
      expect(ended.status).toBe(401);
      // Both deadlines have passed; the idle one came first.
      expect(ended.body.detail).toBe(idleSessionEndedMessage(30));
    }
    expect(ctx.db.count('sessions')).toBe(0);
    // Signing in again works, in the new clock.
    const again = await signedIn();
    expect(again.session.signedInAt).toBe('2031-03-17T09:00:00.000Z');
  });

  it('ends a night’s idle session though the mock’s "today" stayed put past midnight', async () => {
    startClock();
    at(9 * 60); // 18:00
    const { session } = await signedIn();
    // The next morning: the real date moved on, the mock's (fixed) "today" did not.
    at(24 * 60);
    const ended = await call('GET', '/session', { token: session.token });
    expect(ended.status).toBe(401);
    expect(ended.body.detail).toBe(idleSessionEndedMessage(30));
  });

  it('ends a session 12 hours on, across midnight, however active it is', async () => {
    startClock();
    at(11 * 60); // 20:00
    const { session } = await signedIn();
    for (let minutes = 11 * 60 + 20; minutes < 23 * 60; minutes += 20) {
      at(minutes);
      expect((await call('GET', '/session', { token: session.token })).status).toBe(200);
    }
    at(23 * 60); // 08:00 the next day
    const ended = await call('GET', '/session', { token: session.token });
    expect(ended.body.detail).toBe(expiredSessionEndedMessage(12));
  });

  it('carries on when the mock clock goes back, and times from the new clock', async () => {
    startClock();
    const { session } = await signedIn();
    await call('POST', '/__mock/clock', { body: { today: '2026-03-15' } });
    expect((await call('GET', '/session', { token: session.token })).status).toBe(200);
    expect(ctx.db.get('sessions', session.token)?.lastSeenAt).toBe('2026-03-15T09:00:00.000Z');
    at(31);
    expect((await call('GET', '/session', { token: session.token })).status).toBe(401);
  });

  it('ends every session on "reset demo data"', async () => {
    const { token } = { token: await signIn(staff(ctx.db, 'team-manager').id) };
    expect((await call('POST', '/__mock/reset', { body: { size: 20 } })).status).toBe(200);
    expect(ctx.db.count('sessions')).toBe(0);
    const result = await call('GET', '/children', { token });
    expect(result.status).toBe(401);
    expect(result.body.detail).toBe(SESSION_ENDED_MESSAGE);
  });

  it('signing out removes the session from the store', async () => {
    const token = await signIn(staff(ctx.db, 'iro').id);
    expect(ctx.db.get('sessions', token)).toBeDefined();
    expect((await call('DELETE', '/session', { token })).status).toBe(204);
    expect(ctx.db.get('sessions', token)).toBeUndefined();
    expect((await call('DELETE', '/session', { token })).status).toBe(401);
  });

  it(`keeps ${MAX_SESSIONS_PER_PERSON} sessions a person: signing in once more ends their oldest`, async () => {
    startClock();
    const iro = staff(ctx.db, 'iro');
    const other = await signIn(staff(ctx.db, 'iro', 1).id);
    const tokens: string[] = [];
    for (let n = 0; n <= MAX_SESSIONS_PER_PERSON; n += 1) {
      at(n);
      tokens.push(await signIn(iro.id));
    }
    const [oldest, ...rest] = tokens;
    const ended = await call('GET', '/session', { token: oldest });
    expect(ended.status).toBe(401);
    expect(ended.body.detail).toBe(TOO_MANY_SESSIONS_MESSAGE);
    for (const token of rest) {
      expect((await call('GET', '/session', { token })).status).toBe(200);
    }
    expect([...ctx.db.all('sessions')].filter((s) => s.staffId === iro.id)).toHaveLength(
      MAX_SESSIONS_PER_PERSON,
    );
    // Someone else's session is untouched.
    expect((await call('GET', '/session', { token: other })).status).toBe(200);
  });

  it('sweeps every ended session away at the next sign-in', async () => {
    startClock();
    const first = await signedIn('iro');
    at(31);
    await signedIn('team-manager');
    expect(ctx.db.get('sessions', first.session.token)).toBeUndefined();
    expect(ctx.db.count('sessions')).toBe(1);
    const ended = await call('GET', '/session', { token: first.session.token });
    expect(ended.body.detail).toBe(idleSessionEndedMessage(30));
  });

  it('stores the last request at most once a minute, so a reload knows it to within a minute', async () => {
    startClock();
    const { session } = await signedIn();
    const { token } = session;
    const commit = vi.spyOn(ctx.db, 'commit');
    for (const seconds of [10, 20, 30, 40, 50]) {
      vi.setSystemTime(START + seconds * 1000);
      expect((await call('GET', '/caseload-summary', { token })).status).toBe(200);
    }
    expect(commit).not.toHaveBeenCalled();
    at(1.2);
    await call('GET', '/caseload-summary', { token });
    expect(commit).toHaveBeenCalledTimes(1);
    expect(ctx.db.get('sessions', token)?.lastSeenAt).toBe('2026-03-16T09:01:12.000Z');
    at(1.7);
    await call('GET', '/caseload-summary', { token });
    expect(commit).toHaveBeenCalledTimes(1);
    commit.mockRestore();

    // The in-browser backend reloads (a new copy from the store: nothing in memory). It knows the
    // request at 09:01:12, not the one at 09:01:42: the session ends up to a minute early.
    setDatabase(new Database(ctx.db.snapshot(), createMemoryAdapter()));
    at(31.5);
    const ended = await call('GET', '/session', { token });
    expect(ended.status).toBe(401);
    expect(ended.body.detail).toBe(idleSessionEndedMessage(30));
  });
});
