import { describe, expect, it } from 'vitest';
import { addDays, formatDate } from '@/domain';
import { meetingPageSchema, reviewMeetingSchema, type Child } from '@/lib/api/schemas';
import { summariseChild } from '../compute';
import { TEST_TODAY } from '../node';
import { call, fieldErrors, signInAs, staff, useMockBackend, type Json } from '../test/support';

const ctx = useMockBackend({ size: 120 });

/** A child with no meeting booked whose review is due at least a week away. */
function unbookedChild(): Child {
  return [...ctx.db.all('children')].find((child) => {
    const summary = summariseChild(ctx.db, child);
    return summary.meeting === null && summary.nextReview.due > addDays(TEST_TODAY, 7);
  })!;
}

const booking = (date: string) => ({
  date,
  startTime: '10:30',
  durationMinutes: 90,
  format: 'hybrid',
  venue: 'Civic Centre, Room 3',
  virtualLink: 'https://meet.example.org/abc',
  invitees: [
    { role: 'child', name: 'The child', contactMethod: 'app', invitationSentOn: TEST_TODAY },
    { role: 'carer', name: 'A carer', contactMethod: 'email' },
  ],
});

describe('meetings', () => {
  it('lets business support book a meeting, which shows on the child’s summary as booked', async () => {
    const { user, token } = await signInAs(ctx.db, 'business-support');
    const child = unbookedChild();
    const date = addDays(TEST_TODAY, 3);
    const result = await call('POST', `/children/${child.id}/meetings`, {
      token,
      body: booking(date),
    });
    expect(result.status).toBe(201);
    const meeting = reviewMeetingSchema.parse(result.body);
    expect(meeting).toMatchObject({
      childId: child.id,
      iroId: child.iroId,
      date,
      status: 'booked',
      version: 1,
    });
    expect(meeting.invitees).toHaveLength(2);
    expect(meeting.history[0]).toMatchObject({ action: 'booked', by: user.id });
    const summary = summariseChild(ctx.db, ctx.db.get('children', child.id)!);
    expect(summary.meeting).toEqual({ id: meeting.id, date });
    expect(summary.nextReview.status).toBe('booked');
    expect(ctx.db.forChild('auditEvents', child.id)[0]).toMatchObject({
      entity: 'meeting',
      action: 'created',
    });
  });

  it('answers 422 for a past date, missing venue/link, an invitation sent in the future, and a second booking', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const child = unbookedChild();
    const result = await call('POST', `/children/${child.id}/meetings`, {
      token,
      body: {
        ...booking(addDays(TEST_TODAY, -1)),
        venue: null,
        virtualLink: null,
        invitees: [
          {
            role: 'carer',
            name: 'A',
            contactMethod: 'email',
            invitationSentOn: addDays(TEST_TODAY, 1),
          },
        ],
      },
    });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body)).toEqual({
      date: 'Date of the meeting must be today or in the future',
      venue: 'Enter where the meeting will take place',
      virtualLink: 'Enter the link to join the meeting',
      'invitees.0.invitationSentOn': 'Date the invitation was sent must be today or in the past',
    });
    const first = await call('POST', `/children/${child.id}/meetings`, {
      token,
      body: booking(addDays(TEST_TODAY, 2)),
    });
    expect(first.status).toBe(201);
    const second = await call('POST', `/children/${child.id}/meetings`, {
      token,
      body: booking(addDays(TEST_TODAY, 4)),
    });
    expect(second.status).toBe(422);
    expect(fieldErrors(second.body).date).toBe(
      `A review meeting is already booked for ${formatDate(addDays(TEST_TODAY, 2))}: reschedule that meeting instead`,
    );
  });

  it('needs a reason to book after the due date', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const child = unbookedChild();
    const due = summariseChild(ctx.db, child).nextReview.due;
    const late = addDays(due, 3);
    const result = await call('POST', `/children/${child.id}/meetings`, {
      token,
      body: booking(late),
    });
    expect(fieldErrors(result.body)).toEqual({
      outOfTimescaleReason: `Enter why the meeting is after the review due date of ${formatDate(due)}`,
    });
    const ok = await call('POST', `/children/${child.id}/meetings`, {
      token,
      body: { ...booking(late), outOfTimescaleReason: 'Child’s exams' },
    });
    expect(ok.status).toBe(201);
    expect(summariseChild(ctx.db, child).nextReview.status).toBe('booked-late');
  });

  it('reschedules, postpones and cancels with a reason, keeping the history; 409 on a stale version', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const child = unbookedChild();
    const meeting = (
      await call('POST', `/children/${child.id}/meetings`, {
        token,
        body: booking(addDays(TEST_TODAY, 2)),
      })
    ).body;
    const noReason = await call('PATCH', `/meetings/${meeting.id}`, {
      token,
      body: { action: 'reschedule', version: 1, date: addDays(TEST_TODAY, 3) },
    });
    expect(fieldErrors(noReason.body)).toEqual({ reason: 'Enter reason for rescheduling' });
    const moved = await call('PATCH', `/meetings/${meeting.id}`, {
      token,
      body: {
        action: 'reschedule',
        version: 1,
        date: addDays(TEST_TODAY, 3),
        reason: 'Carer on holiday',
      },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      date: addDays(TEST_TODAY, 3),
      version: 2,
      status: 'booked',
    });
    expect(moved.body.history.at(-1)).toMatchObject({
      action: 'rescheduled',
      reason: 'Carer on holiday',
      fromDate: addDays(TEST_TODAY, 2),
      toDate: addDays(TEST_TODAY, 3),
    });
    const stale = await call('PATCH', `/meetings/${meeting.id}`, {
      token,
      body: { action: 'cancel', version: 1, reason: 'x' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: meeting.id, version: 2 });

    const postponed = await call('PATCH', `/meetings/${meeting.id}`, {
      token,
      body: { action: 'postpone', version: 2, reason: 'Child unwell' },
    });
    expect(postponed.body).toMatchObject({ status: 'postponed', version: 3 });
    const cancelled = await call('PATCH', `/meetings/${meeting.id}`, {
      token,
      body: { action: 'cancel', version: 3, reason: 'Placement ended' },
    });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', version: 4 });
    const revive = await call('PATCH', `/meetings/${meeting.id}`, {
      token,
      body: { action: 'reschedule', version: 4, date: addDays(TEST_TODAY, 5), reason: 'x' },
    });
    expect(fieldErrors(revive.body).action).toBe(
      'A cancelled meeting cannot be rescheduled: book a new meeting',
    );
    const actions = ctx.db.forChild('auditEvents', child.id).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['created', 'rescheduled', 'postponed', 'cancelled']),
    );
  });

  it('records invitations sent with an update', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const child = unbookedChild();
    const meeting = (
      await call('POST', `/children/${child.id}/meetings`, {
        token,
        body: booking(addDays(TEST_TODAY, 2)),
      })
    ).body;
    const invitees = meeting.invitees.map((i: Json) => ({
      ...i,
      invitationSentOn: TEST_TODAY,
      consultationSentOn: TEST_TODAY,
    }));
    const updated = await call('PATCH', `/meetings/${meeting.id}`, {
      token,
      body: { action: 'update', version: 1, invitees },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.invitees.every((i: Json) => i.invitationSentOn === TEST_TODAY)).toBe(true);
    expect(updated.body.invitees.map((i: Json) => i.id)).toEqual(
      meeting.invitees.map((i: Json) => i.id),
    );
  });

  it('answers 403 to an IRO booking, 404 for unknown meeting or child', async () => {
    const iro = await signInAs(ctx.db, 'iro');
    const child = unbookedChild();
    const denied = await call('POST', `/children/${child.id}/meetings`, {
      token: iro.token,
      body: booking(addDays(TEST_TODAY, 2)),
    });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toBe(
      'An IRO cannot do this: only business support and team managers can',
    );
    const support = await signInAs(ctx.db, 'business-support');
    expect(
      (
        await call('PATCH', '/meetings/mt_nope', {
          token: support.token,
          body: { action: 'cancel', version: 1, reason: 'x' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call('POST', '/children/c_nope/meetings', {
          token: support.token,
          body: booking(TEST_TODAY),
        })
      ).status,
    ).toBe(404);
  });

  it('lists meetings by date range; an IRO sees only the meetings they chair', async () => {
    const support = await signInAs(ctx.db, 'business-support');
    const from = TEST_TODAY;
    const to = addDays(TEST_TODAY, 30);
    const all = await call('GET', `/meetings?from=${from}&to=${to}&pageSize=10000`, {
      token: support.token,
    });
    expect(all.status).toBe(200);
    const { items } = meetingPageSchema.parse(all.body);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((m) => m.date >= from && m.date <= to)).toBe(true);
    expect(items.map((m) => m.date)).toEqual([...items.map((m) => m.date)].sort());
    expect(items[0]!.child.familyName).not.toBe('');

    const iro = await signInAs(ctx.db, 'iro');
    const mine = meetingPageSchema.parse(
      (await call('GET', '/meetings?pageSize=10000', { token: iro.token })).body,
    ).items;
    expect(mine.every((m) => m.iroId === iro.user.id)).toBe(true);
    const other = staff(ctx.db, 'iro', 1);
    expect((await call('GET', `/meetings?iroId=${other.id}`, { token: iro.token })).status).toBe(
      403,
    );
  });

  it('pages the meetings by date: 50 by default, each page following on, the total for all', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const whole = meetingPageSchema.parse(
      (await call('GET', '/meetings?pageSize=10000', { token })).body,
    );
    expect(whole.totalItems).toBeGreaterThan(60);
    const first = meetingPageSchema.parse((await call('GET', '/meetings', { token })).body);
    expect(first).toMatchObject({
      page: 1,
      pageSize: 50,
      totalItems: whole.totalItems,
      totalPages: Math.ceil(whole.totalItems / 50),
    });
    expect(first.items.map((m) => m.id)).toEqual(whole.items.slice(0, 50).map((m) => m.id));
    const second = meetingPageSchema.parse(
      (await call('GET', '/meetings?page=2&pageSize=30', { token })).body,
    );
    expect(second.items.map((m) => m.id)).toEqual(whole.items.slice(30, 60).map((m) => m.id));
    const past = meetingPageSchema.parse(
      (await call('GET', `/meetings?page=${whole.totalItems + 1}&pageSize=1`, { token })).body,
    );
    expect(past.items).toEqual([]);
    expect(past.totalItems).toBe(whole.totalItems);

    const bad = await call('GET', '/meetings?page=0&pageSize=abc', { token });
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad.body)).toMatchObject({
      page: 'Page must be 1 or more',
      pageSize: 'Page size must be a whole number',
    });
  });
});
