// The council's meeting settings: working hours (a meeting outside them is warned about) and how a
// calendar file names the child (never by name).
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '@/lib/api/schemas';
import { call, fieldErrors, signInAs, useMockBackend } from '../test/support';

const ctx = useMockBackend();

async function managerSettings() {
  const manager = await signInAs(ctx.db, 'team-manager');
  const settings = settingsSchema.parse(
    (await call('GET', '/settings', { token: manager.token })).body,
  );
  return { token: manager.token, settings };
}

describe('meeting settings', () => {
  it('are 08:00 to 18:00 and the council reference unless changed', async () => {
    const { settings } = await managerSettings();
    expect(settings).toMatchObject({
      meetingWorkingHours: { start: '08:00', end: '18:00' },
      calendarChildLabel: 'reference',
    });
  });

  it('refuses hours that end before they start, or a label that would name the child', async () => {
    const { token, settings } = await managerSettings();
    const refused = await call('PUT', '/settings', {
      token,
      body: {
        ...settings,
        meetingWorkingHours: { start: '17:00', end: '09:00' },
        calendarChildLabel: 'name',
      },
    });
    expect(refused.status).toBe(422);
    expect(fieldErrors(refused.body)).toEqual({
      'meetingWorkingHours.end': 'Working hours must end after they start',
      calendarChildLabel: 'Select whether calendar entries show the child’s reference or initials',
    });
  });

  it('keeps a change, and keeps both when left out of a later change', async () => {
    const { token, settings } = await managerSettings();
    const saved = await call('PUT', '/settings', {
      token,
      body: {
        ...settings,
        meetingWorkingHours: { start: '09:00', end: '17:00' },
        calendarChildLabel: 'initials',
      },
    });
    expect(saved.status).toBe(200);
    const {
      meetingWorkingHours: _hours,
      calendarChildLabel: _label,
      ...rest
    } = settingsSchema.parse(saved.body);
    const kept = await call('PUT', '/settings', { token, body: rest });
    expect(kept.body).toMatchObject({
      meetingWorkingHours: { start: '09:00', end: '17:00' },
      calendarChildLabel: 'initials',
    });
  });
});
