import { describe, expect, it } from 'vitest';
import { sessionSchema, staffMemberSchema } from '@/lib/api/schemas';
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
    expect(me.body).toEqual({ user: iro });
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
    expect(unknown.body).toMatchObject({ status: 401, title: 'You need to sign in' });

    const token = await signIn(staff(ctx.db, 'team-manager').id);
    expect((await call('DELETE', '/session', { token })).status).toBe(204);
    expect((await call('GET', '/session', { token })).status).toBe(401);
    expect((await call('GET', '/children', { token })).status).toBe(401);
  });
});
