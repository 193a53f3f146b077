// The council's session settings: defaults, validation, left out kept, and a change applies to
// every session at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settingsSchema, type Settings } from '@/lib/api/schemas';
import { idleSessionEndedMessage } from '@/lib/api/session-policy';
import { TEST_TODAY } from '../node';
import { call, fieldErrors, signInAs, useMockBackend } from '../test/support';

const ctx = useMockBackend();

async function managerSettings() {
  const manager = await signInAs(ctx.db, 'team-manager');
  const { version, ...settings } = settingsSchema.parse(
    (await call('GET', '/settings', { token: manager.token })).body,
  );
  return { token: manager.token, settings, version };
}

function withoutSessionTimes(settings: Omit<Settings, 'version'>) {
  const { sessionIdleMinutes: _idle, sessionMaxHours: _max, ...rest } = settings;
  return rest;
}

describe('session settings', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are 30 minutes without activity and 12 hours at most unless changed', async () => {
    const { settings } = await managerSettings();
    expect(settings).toMatchObject({ sessionIdleMinutes: 30, sessionMaxHours: 12 });
  });

  it('accept 5 to 120 minutes and 1 to 24 hours, whole numbers, with the reason otherwise', async () => {
    const { token, settings, version } = await managerSettings();
    const cases: [Partial<Settings>, Record<string, string>][] = [
      [
        { sessionIdleMinutes: 4, sessionMaxHours: 0 },
        {
          sessionIdleMinutes: 'Time without activity before signing out must be 5 minutes or more',
          sessionMaxHours: 'Longest time signed in must be 1 hour or more',
        },
      ],
      [
        { sessionIdleMinutes: 121, sessionMaxHours: 25 },
        {
          sessionIdleMinutes:
            'Time without activity before signing out must be 120 minutes or fewer',
          sessionMaxHours: 'Longest time signed in must be 24 hours or fewer',
        },
      ],
      [
        { sessionIdleMinutes: 12.5, sessionMaxHours: 1.5 },
        {
          sessionIdleMinutes:
            'Time without activity before signing out must be a whole number of minutes',
          sessionMaxHours: 'Longest time signed in must be a whole number of hours',
        },
      ],
    ];
    for (const [change, errors] of cases) {
      const result = await call('PUT', '/settings', {
        token,
        body: { ...settings, ...change, version },
      });
      expect(result.status).toBe(422);
      expect(fieldErrors(result.body)).toEqual(errors);
    }
    const text = await call('PUT', '/settings', {
      token,
      body: { ...settings, sessionIdleMinutes: 'thirty', version },
    });
    expect(fieldErrors(text.body)).toEqual({
      sessionIdleMinutes:
        'Enter the time without activity before signing out as a number of minutes',
    });

    const edges = await call('PUT', '/settings', {
      token,
      body: { ...settings, sessionIdleMinutes: 120, sessionMaxHours: 1, version },
    });
    expect(edges.status).toBe(200);
    expect(edges.body).toMatchObject({ sessionIdleMinutes: 120, sessionMaxHours: 1 });
  });

  it('keep their values when a change leaves them out, and the change is audited', async () => {
    const { token, settings, version } = await managerSettings();
    const set = await call('PUT', '/settings', {
      token,
      body: { ...settings, sessionIdleMinutes: 15, version },
    });
    expect(set.status).toBe(200);
    const audit = await call('GET', '/audit-events?pageSize=1000', { token });
    const event = (audit.body.items as { entity: string; changes: unknown[] }[]).find(
      (item) => item.entity === 'settings',
    );
    expect(event?.changes).toContainEqual({
      field: 'sessionIdleMinutes',
      before: 30,
      after: 15,
    });
    const other = await call('PUT', '/settings', {
      token,
      body: { ...withoutSessionTimes(settings), councilName: 'Eastbridge', version: version + 1 },
    });
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({
      councilName: 'Eastbridge',
      sessionIdleMinutes: 15,
      sessionMaxHours: 12,
    });
  });

  it('apply at once to sessions already signed in', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.parse(`${TEST_TODAY}T09:00:00.000Z`);
    vi.setSystemTime(start);
    const { token, settings, version } = await managerSettings();
    const iro = await signInAs(ctx.db, 'iro');
    await call('PUT', '/settings', {
      token,
      body: { ...settings, sessionIdleMinutes: 10, version },
    });
    vi.setSystemTime(start + 9 * 60_000);
    const me = await call('GET', '/session', { token });
    expect(me.body).toMatchObject({ idleMinutes: 10, idleExpiresAt: '2026-03-16T09:19:00.000Z' });
    vi.setSystemTime(start + 11 * 60_000);
    const ended = await call('GET', '/children', { token: iro.token });
    expect(ended.status).toBe(401);
    expect(ended.body.detail).toBe(idleSessionEndedMessage(10));
  });
});
