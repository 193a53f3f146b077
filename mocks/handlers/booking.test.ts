import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, formatDate, isWorkingDay } from '@/domain';
import {
  bookingMeetingViewSchema,
  bookingQueueSchema,
  bookingViewSchema,
  type Child,
} from '@/lib/api/schemas';
import { workingDayCalendar } from '../calendar';
import { activeChildren, isActiveChild, summariseChild } from '../compute';
import { TEST_TODAY } from '../node';
import { call, fieldErrors, signInAs, staff, useMockBackend, type Json } from '../test/support';

const ctx = useMockBackend({ size: 120 });

/** Children with no meeting booked whose review is due more than a week away. */
function unbooked(predicate: (child: Child) => boolean = () => true): Child[] {
  return [...ctx.db.all('children')].filter((child) => {
    const summary = summariseChild(ctx.db, child);
    return (
      summary.meeting === null &&
      summary.nextReview.due > addDays(TEST_TODAY, 7) &&
      predicate(child)
    );
  });
}

/** Two unbooked children of the same IRO. */
function twoOfOneIro(): [Child, Child] {
  for (const child of unbooked()) {
    const other = unbooked((c) => c.iroId === child.iroId && c.id !== child.id)[0];
    if (other !== undefined) return [child, other];
  }
  throw new Error('No IRO with two unbooked children');
}

/** A working day a few days ahead on which nobody has a meeting booked at 10:00 yet. */
const DAY = addWorkingDays(TEST_TODAY, 3, workingDayCalendar);

const booking = (date: string, startTime = '10:00', invitationSentOn: string | null = null) => ({
  date,
  startTime,
  durationMinutes: 90,
  format: 'in-person',
  venue: 'Civic Centre, Room 3',
  invitees: [
    { role: 'child', name: 'The child', contactMethod: 'app', invitationSentOn },
    { role: 'social-worker', name: 'A social worker', contactMethod: 'email' },
  ],
});

function clearDiary(iroId: string, date: string) {
  for (const meeting of ctx.db.all('meetings')) {
    if (meeting.iroId === iroId && meeting.date === date) {
      (meeting as { status: string }).status = 'cancelled';
    }
  }
}

describe('privacy: business support see only what booking needs', () => {
  it('answers 403 with a clear detail to business support asking for a child’s record', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const child = [...ctx.db.all('children')][0]!;
    const denied = await call('GET', `/children/${child.id}`, { token });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toBe(
      'Business support cannot see a child’s record: use the booking view of the child, which has what booking needs',
    );
  });

  it('gives the booking view: name, reference, IRO, social worker, next review and meetings, and no review content', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const child = [...ctx.db.all('children')].find(
      (c) => ctx.db.forChild('meetings', c.id).length > 0,
    )!;
    const result = await call('GET', `/children/${child.id}/booking`, { token });
    expect(result.status).toBe(200);
    const view = bookingViewSchema.parse(result.body);
    const summary = summariseChild(ctx.db, child);
    expect(view.child).toEqual({
      id: child.id,
      childRef: child.childRef,
      givenName: child.givenName,
      familyName: child.familyName,
      iro: { id: child.iroId!, name: ctx.db.get('staff', child.iroId!)!.name },
      socialWorker: child.socialWorker,
    });
    expect(view.review).toMatchObject({
      due: summary.nextReview.due,
      reason: summary.nextReview.reason,
    });
    expect(view.meetings.length).toBe(ctx.db.forChild('meetings', child.id).length);
    const text = JSON.stringify(result.body);
    for (const word of [
      'participation',
      'recommendations',
      'escalations',
      'midpoint',
      'advocacy',
      'dateOfBirth',
      'placement',
    ]) {
      expect(text).not.toContain(word);
    }
    const iro = await signInAs(ctx.db, 'iro');
    expect((await call('GET', `/children/${child.id}/booking`, { token: iro.token })).status).toBe(
      403,
    );
  });
});

describe('GET /api/booking-queue', () => {
  it('lists unbooked reviews due within the horizon (and overdue), earliest first, with the latest in-timescale working day', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const result = await call('GET', '/booking-queue?weeks=4', { token });
    expect(result.status).toBe(200);
    const queue = bookingQueueSchema.parse(result.body);
    expect(queue.horizon).toEqual({ weeks: 4, to: addDays(TEST_TODAY, 28) });
    const expected = activeChildren(ctx.db).filter((child) => {
      const summary = summariseChild(ctx.db, child);
      return summary.meeting === null && summary.nextReview.due <= addDays(TEST_TODAY, 28);
    });
    expect(queue.toBook.map((item) => item.child.id).sort()).toEqual(
      expected.map((c) => c.id).sort(),
    );
    const dues = queue.toBook.map((item) => item.review.due);
    expect(dues).toEqual([...dues].sort());
    expect(queue.toBook.some((item) => item.review.status === 'overdue')).toBe(true);
    for (const item of queue.toBook) {
      expect(item.review.latestWorkingDay <= item.review.due).toBe(true);
      expect(isWorkingDay(item.review.latestWorkingDay, workingDayCalendar)).toBe(true);
    }
  });

  it('filters by IRO and refuses IROs', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const iro = staff(ctx.db, 'iro', 1);
    const queue = bookingQueueSchema.parse(
      (await call('GET', `/booking-queue?iroId=${iro.id}&weeks=12`, { token })).body,
    );
    expect(queue.toBook.length).toBeGreaterThan(0);
    expect(queue.toBook.every((item) => item.child.iro.id === iro.id)).toBe(true);
    const bad = await call('GET', '/booking-queue?weeks=0', { token });
    expect(fieldErrors(bad.body)).toEqual({ weeks: 'Weeks must be 1 or more' });
    const asIro = await signInAs(ctx.db, 'iro');
    expect((await call('GET', '/booking-queue', { token: asIro.token })).status).toBe(403);
  });

  it('lists meetings booked after the due date, and meetings cancelled without a new date', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const [late, cancelled] = twoOfOneIro();
    const due = summariseChild(ctx.db, late).nextReview.due;
    const lateDate = addWorkingDays(due, 2, workingDayCalendar);
    clearDiary(late.iroId!, lateDate);
    const booked = await call('POST', `/children/${late.id}/meetings`, {
      token,
      body: { ...booking(lateDate), outOfTimescaleReason: 'Only date the family can do' },
    });
    expect(booked.status).toBe(201);
    clearDiary(cancelled.iroId!, DAY);
    const second = await call('POST', `/children/${cancelled.id}/meetings`, {
      token,
      body: booking(DAY),
    });
    expect(second.status).toBe(201);
    const cancel = await call('PATCH', `/meetings/${second.body.id}`, {
      token,
      body: { action: 'cancel', version: 1, reason: 'The placement is moving' },
    });
    expect(cancel.status).toBe(200);

    const queue = bookingQueueSchema.parse((await call('GET', '/booking-queue', { token })).body);
    expect(queue.bookedAfterDue.find((item) => item.child.id === late.id)?.meeting).toMatchObject({
      id: booked.body.id,
      date: lateDate,
      outOfTimescaleReason: 'Only date the family can do',
    });
    expect(queue.cancelledWithoutNewDate.find((item) => item.child.id === cancelled.id)).toEqual(
      expect.objectContaining({
        lastMeeting: {
          id: second.body.id,
          date: DAY,
          status: 'cancelled',
          reason: 'The placement is moving',
        },
      }),
    );
  });

  it('flags a meeting within the invitations lead time whose invitations have not gone, until they are marked sent', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const [child] = unbooked();
    clearDiary(child!.iroId!, DAY);
    const meeting = (
      await call('POST', `/children/${child!.id}/meetings`, { token, body: booking(DAY) })
    ).body;
    let queue = bookingQueueSchema.parse((await call('GET', '/booking-queue', { token })).body);
    expect(queue.invitationsDueWorkingDays).toBe(10);
    const flagged = queue.invitationsNotSent.find((item) => item.meeting.id === meeting.id);
    expect(flagged?.meeting.invitationsOverdue).toBe(true);
    expect(flagged?.meeting.readiness[0]).toMatchObject({
      code: 'invitations-sent',
      state: 'late',
    });
    const invitees = meeting.invitees.map((i: Json) => ({ ...i, invitationSentOn: TEST_TODAY }));
    const sent = await call('PATCH', `/meetings/${meeting.id}`, {
      token,
      body: { action: 'update', version: 1, invitees },
    });
    expect(sent.status).toBe(200);
    queue = bookingQueueSchema.parse((await call('GET', '/booking-queue', { token })).body);
    expect(queue.invitationsNotSent.some((item) => item.meeting.id === meeting.id)).toBe(false);
  });
});

describe('GET /api/booking-queue: meetings to cancel because the child has left care', () => {
  it('lists meetings still booked for a child who left care, with the date and reason, until cancelled', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const [child] = unbooked((c) => isActiveChild(ctx.db, c));
    const iroId = child!.iroId!;
    clearDiary(iroId, DAY);
    const meeting = (
      await call('POST', `/children/${child!.id}/meetings`, { token, body: booking(DAY) })
    ).body;
    let queue = bookingQueueSchema.parse((await call('GET', '/booking-queue', { token })).body);
    const mineOnly = (list: typeof queue.leftCare) =>
      list.filter((item) => item.child.id === child!.id);
    expect(mineOnly(queue.leftCare)).toEqual([]);
    expect(queue.invitationsNotSent.map((item) => item.meeting.id)).toContain(meeting.id);

    const left = await call('POST', `/children/${child!.id}/care-events`, {
      token,
      body: { kind: 'leave', date: TEST_TODAY, reasonEnded: 'E13', version: child!.version },
    });
    expect(left.status).toBe(201);
    expect(left.body.bookedMeetings).toEqual([{ id: meeting.id, date: DAY }]);

    queue = bookingQueueSchema.parse((await call('GET', '/booking-queue', { token })).body);
    expect(mineOnly(queue.leftCare)).toEqual([
      {
        child: {
          id: child!.id,
          childRef: child!.childRef,
          givenName: child!.givenName,
          familyName: child!.familyName,
        },
        meeting: {
          id: meeting.id,
          date: DAY,
          startTime: '10:00',
          iro: { id: iroId, name: ctx.db.get('staff', iroId)!.name },
        },
        leftCareOn: TEST_TODAY,
        reasonEnded: 'E13',
        reason: `Left care on ${formatDate(TEST_TODAY)}: E13: Left care to live with parent(s), relative(s) or others without PR`,
      },
    ]);
    // Nothing is due for the child, so they are in none of the other lists.
    for (const list of [
      queue.toBook,
      queue.bookedAfterDue,
      queue.cancelledWithoutNewDate,
      queue.invitationsNotSent,
    ]) {
      expect(list.map((item) => item.child.id)).not.toContain(child!.id);
    }
    // Filtered by the IRO chairing the meeting, as the rest of the queue is.
    const other = [...ctx.db.all('staff')].find((s) => s.role === 'iro' && s.id !== iroId)!;
    const theirs = bookingQueueSchema.parse(
      (await call('GET', `/booking-queue?iroId=${other.id}`, { token })).body,
    );
    expect(theirs.leftCare.map((item) => item.meeting.id)).not.toContain(meeting.id);
    expect(theirs.leftCare.every((item) => item.meeting.iro.id === other.id)).toBe(true);
    const mine = bookingQueueSchema.parse(
      (await call('GET', `/booking-queue?iroId=${iroId}`, { token })).body,
    );
    expect(mine.leftCare.map((item) => item.meeting.id)).toContain(meeting.id);
    expect(mine.leftCare.every((item) => item.meeting.iro.id === iroId)).toBe(true);
    const dates = queue.leftCare.map((item) => item.meeting.date);
    expect(dates).toEqual([...dates].sort());

    // The cancel page can still load the meeting; once cancelled it leaves the list.
    expect((await call('GET', `/meetings/${meeting.id}`, { token })).status).toBe(200);
    const cancelled = await call('PATCH', `/meetings/${meeting.id}`, {
      token,
      body: { action: 'cancel', version: 1, reason: 'The child has left care' },
    });
    expect(cancelled.status).toBe(200);
    queue = bookingQueueSchema.parse((await call('GET', '/booking-queue', { token })).body);
    expect(mineOnly(queue.leftCare)).toEqual([]);
  });

  it('lists every meeting still booked for a child who has left care, and nothing else', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const queue = bookingQueueSchema.parse((await call('GET', '/booking-queue', { token })).body);
    // Brute force: the child's latest episode ended with a REC other than X1.
    const leftCare = (child: Child) => {
      const last = [...child.episodes].sort((a, b) => (a.start < b.start ? -1 : 1)).at(-1);
      return last?.end != null && last.reasonEnded !== null && last.reasonEnded !== 'X1';
    };
    const expected = [...ctx.db.all('meetings')].filter(
      (m) =>
        m.status === 'booked' &&
        m.date >= TEST_TODAY &&
        leftCare(ctx.db.get('children', m.childId)!),
    );
    expect(queue.leftCare.map((item) => item.meeting.id).sort()).toEqual(
      expected.map((m) => m.id).sort(),
    );
  });

  it('leaves out meetings of a child who left care and came back', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const [child] = unbooked((c) => isActiveChild(ctx.db, c));
    clearDiary(child!.iroId!, DAY);
    const meeting = (
      await call('POST', `/children/${child!.id}/meetings`, { token, body: booking(DAY) })
    ).body;
    const leave = await call('POST', `/children/${child!.id}/care-events`, {
      token,
      body: { kind: 'leave', date: TEST_TODAY, reasonEnded: 'E4B', version: child!.version },
    });
    expect(leave.status).toBe(201);
    const back = await call('POST', `/children/${child!.id}/care-events`, {
      token,
      body: {
        kind: 'return',
        date: TEST_TODAY,
        legalStatus: 'V2',
        placementType: 'U6',
        placementDescription: 'Foster carers',
        version: child!.version + 1,
      },
    });
    expect(back.status).toBe(201);
    const queue = bookingQueueSchema.parse((await call('GET', '/booking-queue', { token })).body);
    expect(queue.leftCare.map((item) => item.child.id)).not.toContain(child!.id);
    expect(queue.invitationsNotSent.map((item) => item.meeting.id)).toContain(meeting.id);
  });
});

describe('clashes and readiness', () => {
  it('refuses a meeting that overlaps another the IRO chairs, on booking and on rescheduling', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const [first, second] = twoOfOneIro();
    clearDiary(first.iroId!, DAY);
    const iroName = ctx.db.get('staff', first.iroId!)!.name;
    const one = await call('POST', `/children/${first.id}/meetings`, {
      token,
      body: booking(DAY, '10:00'),
    });
    expect(one.status).toBe(201);
    const clash = await call('POST', `/children/${second.id}/meetings`, {
      token,
      body: booking(DAY, '11:00'),
    });
    expect(clash.status).toBe(422);
    expect(fieldErrors(clash.body).startTime).toBe(
      `${iroName} already has a review meeting from 10:00 to 11:30 on ${new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${DAY}T12:00:00Z`))} ${formatDate(DAY)} (child ${first.childRef}): choose a time that does not overlap`,
    );
    const adjacent = await call('POST', `/children/${second.id}/meetings`, {
      token,
      body: booking(DAY, '11:30'),
    });
    expect(adjacent.status).toBe(201);
    const moveIntoClash = await call('PATCH', `/meetings/${adjacent.body.id}`, {
      token,
      body: { action: 'reschedule', version: 1, date: DAY, startTime: '09:00', reason: 'Earlier' },
    });
    expect(moveIntoClash.status).toBe(422);
    expect(fieldErrors(moveIntoClash.body).startTime).toContain('already has a review meeting');
    const same = await call('PATCH', `/meetings/${one.body.id}`, {
      token,
      body: { action: 'reschedule', version: 1, date: DAY, reason: 'No change' },
    });
    expect(fieldErrors(same.body)).toEqual({
      date: 'The meeting is already booked for this date and time: change the date, the start time or the length',
    });
    // Moving a meeting within its own slot is not a clash with itself.
    const moveSelf = await call('PATCH', `/meetings/${one.body.id}`, {
      token,
      body: { action: 'reschedule', version: 1, date: DAY, startTime: '09:30', reason: 'Earlier' },
    });
    expect(fieldErrors(moveSelf.body)).toEqual({});
    expect(moveSelf.status).toBe(200);
  });

  it('records the social worker’s report and the IRO speaking to the child, not in the future', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const [child] = unbooked();
    clearDiary(child!.iroId!, DAY);
    const meeting = (
      await call('POST', `/children/${child!.id}/meetings`, { token, body: booking(DAY) })
    ).body;
    expect(meeting).toMatchObject({ socialWorkerReportReceivedOn: null, iroSpokeToChildOn: null });
    const future = await call('PATCH', `/meetings/${meeting.id}`, {
      token,
      body: { action: 'update', version: 1, socialWorkerReportReceivedOn: addDays(TEST_TODAY, 1) },
    });
    expect(fieldErrors(future.body)).toEqual({
      socialWorkerReportReceivedOn:
        'Date the social worker’s report was received must be today or in the past',
    });
    const ok = await call('PATCH', `/meetings/${meeting.id}`, {
      token,
      body: {
        action: 'update',
        version: 1,
        socialWorkerReportReceivedOn: TEST_TODAY,
        iroSpokeToChildOn: TEST_TODAY,
      },
    });
    expect(ok.status).toBe(200);
    const view = bookingMeetingViewSchema.parse(
      (await call('GET', `/meetings/${meeting.id}`, { token })).body,
    );
    expect(view.meeting.readiness.find((r) => r.code === 'social-worker-report')).toMatchObject({
      state: 'done',
      // The meeting is 3 working days away: the report was due 5 working days before it.
      detail: `Received on ${formatDate(TEST_TODAY)}, 2 working days after it was due on ${formatDate(addWorkingDays(DAY, -5, workingDayCalendar))}`,
    });
    expect(view.child.id).toBe(child!.id);
    expect(view.bookedMeetingId).toBe(meeting.id);

    const chair = ctx.db.get('staff', child!.iroId!)!;
    const other = [...ctx.db.all('staff')].find((s) => s.role === 'iro' && s.id !== chair.id)!;
    const otherToken = (
      await call<{ token: string }>('POST', '/session', { body: { staffId: other.id } })
    ).body.token;
    expect((await call('GET', `/meetings/${meeting.id}`, { token: otherToken })).status).toBe(403);
    expect((await call('GET', '/meetings/mt_nope', { token })).status).toBe(404);
  });

  it('keeps the booking lead times when a settings change leaves them out', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const { socialWorkerReportWorkingDays, invitationsDueWorkingDays, ...rest } =
      ctx.db.meta.settings;
    const changed = await call('PUT', '/settings', {
      token,
      body: { ...rest, atRiskWorkingDays: 12 },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      atRiskWorkingDays: 12,
      socialWorkerReportWorkingDays,
      invitationsDueWorkingDays,
    });
    const set = await call('PUT', '/settings', {
      token,
      body: { ...changed.body, invitationsDueWorkingDays: 15 },
    });
    expect(set.body.invitationsDueWorkingDays).toBe(15);
  });
});
