import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, findClashes, MEETING_CLASH_TEXT } from '@/domain';
import { teamCalendarSchema, type Child, type StaffMember } from '@/lib/api/schemas';
import { workingDayCalendar } from '../calendar';
import { summariseChild } from '../compute';
import { TEST_TODAY } from '../node';
import { call, fieldErrors, signInAs, staff, useMockBackend } from '../test/support';

const ctx = useMockBackend({ size: 120 });

const DAY = addWorkingDays(TEST_TODAY, 6, workingDayCalendar);

function iros(): StaffMember[] {
  return [...ctx.db.all('staff')].filter((member) => member.role === 'iro' && member.active);
}

/** A child of the IRO with nothing booked and a review due after `date`. */
function unbookedChildOf(iroId: string, date: string, not: readonly string[] = []): Child {
  const child = [...ctx.db.all('children')].find((each) => {
    if (each.iroId !== iroId || not.includes(each.id)) return false;
    const summary = summariseChild(ctx.db, each);
    return summary.meeting === null && summary.nextReview.due > addDays(date, 7);
  });
  if (child === undefined) throw new Error(`No child of ${iroId} to book`);
  return child;
}

/** The IRO is free from 10:30 to 12:00 and from 15:00 to 16:30 on the day. */
function isFree(iroId: string, date: string): boolean {
  const diary = [...ctx.db.all('meetings')].filter((meeting) => meeting.iroId === iroId);
  return ['10:30', '15:00'].every(
    (startTime) => findClashes({ iroId, date, startTime, durationMinutes: 90 }, diary).length === 0,
  );
}

async function book(
  token: string,
  child: Child,
  date: string,
  startTime: string,
  outOfTimescaleReason: string | null = null,
) {
  const result = await call('POST', `/children/${child.id}/meetings`, {
    token,
    body: {
      date,
      startTime,
      durationMinutes: 90,
      format: 'virtual',
      virtualLink: 'https://meet.example.org/review',
      outOfTimescaleReason,
    },
  });
  expect(result).toMatchObject({ status: 201 });
  return result.body as { id: string; version: number; iroId: string };
}

async function calendar(token: string, query: Record<string, string>) {
  const result = await call('GET', `/calendar?${new URLSearchParams(query).toString()}`, {
    token,
  });
  return { status: result.status, body: result.body as unknown };
}

describe('GET /calendar', () => {
  it('gives business support every IRO’s meetings in the range, by time, a page at a time', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const from = TEST_TODAY;
    const to = addDays(TEST_TODAY, 27);
    const result = await calendar(token, { from, to, pageSize: '5' });
    expect(result.status).toBe(200);
    const page = teamCalendarSchema.parse(result.body);
    const expected = [...ctx.db.all('meetings')].filter((m) => m.date >= from && m.date <= to);
    expect(page.totalItems).toBe(expected.length);
    expect(page.totalPages).toBe(Math.ceil(expected.length / 5));
    expect(page.items).toHaveLength(5);
    expect(page.iros.map((iro) => iro.id).sort()).toEqual(
      iros()
        .map((iro) => iro.id)
        .sort(),
    );
    const keys = page.items.map((item) => `${item.date} ${item.startTime}`);
    expect(keys).toEqual([...keys].sort());
    const last = teamCalendarSchema.parse(
      (await calendar(token, { from, to, pageSize: '5', page: String(page.totalPages) })).body,
    );
    expect(last.items.length).toBe(expected.length - 5 * (page.totalPages - 1));
  });

  it('marks both meetings of a clash that a reallocation made, in words', async () => {
    const [first, second] = iros().filter((iro) => isFree(iro.id, DAY));
    if (first === undefined || second === undefined) throw new Error('No two IROs free');
    const support = await signInAs(ctx.db, 'business-support');
    const mine = unbookedChildOf(first.id, DAY);
    const theirs = unbookedChildOf(second.id, DAY);
    const moved = await book(support.token, mine, DAY, '10:30');
    const stays = await book(support.token, theirs, DAY, '11:00');
    // Different IROs: no clash yet.
    let page = teamCalendarSchema.parse(
      (await calendar(support.token, { from: DAY, to: DAY, iroIds: second.id })).body,
    );
    expect(page.items.find((item) => item.id === stays.id)?.clashes).toEqual([]);

    // The team manager moves the first child to the second IRO, confirming the clash the move is
    // refused for without it; the booked meeting goes with them.
    const manager = await signInAs(ctx.db, 'team-manager');
    const warned = await call('PATCH', `/children/${mine.id}`, {
      token: manager.token,
      body: { iroId: second.id, version: mine.version },
    });
    expect(warned.status).toBe(422);
    const realloc = await call('PATCH', `/children/${mine.id}`, {
      token: manager.token,
      body: { iroId: second.id, version: mine.version, acceptClashes: true },
    });
    expect(realloc.status).toBe(200);

    page = teamCalendarSchema.parse(
      (await calendar(support.token, { from: DAY, to: DAY, iroIds: `${first.id},${second.id}` }))
        .body,
    );
    const text = MEETING_CLASH_TEXT['iro-overlap'];
    expect(page.items.find((item) => item.id === moved.id)).toMatchObject({
      iro: { id: second.id, name: second.name },
      clashes: [{ kind: 'iro-overlap', meetingId: stays.id, text }],
    });
    expect(page.items.find((item) => item.id === stays.id)?.clashes).toEqual([
      { kind: 'iro-overlap', meetingId: moved.id, text },
    ]);
    expect(page.counts.clashes).toBeGreaterThanOrEqual(2);
    expect(page.iros.map((iro) => iro.id).sort()).toEqual([first.id, second.id].sort());
  });

  it('marks a child with two meetings on one day (adjourned and reconvened)', async () => {
    const iro = iros().find((each) => isFree(each.id, DAY));
    if (iro === undefined) throw new Error('No IRO free');
    const { token } = await signInAs(ctx.db, 'business-support');
    const child = unbookedChildOf(iro.id, DAY);
    const morning = await book(token, child, DAY, '10:30');
    // An adjourned meeting still took the IRO's time, but is no longer the child's booking.
    const adjourned = await call('PATCH', `/meetings/${morning.id}`, {
      token,
      body: { action: 'adjourn', version: morning.version, reason: 'Carer taken ill' },
    });
    expect(adjourned.status).toBe(200);
    const afternoon = await book(token, child, DAY, '15:00');
    const page = teamCalendarSchema.parse(
      (await calendar(token, { from: DAY, to: DAY, iroIds: iro.id })).body,
    );
    const text = MEETING_CLASH_TEXT['child-same-day'];
    expect(page.items.find((item) => item.id === afternoon.id)?.clashes).toEqual([
      { kind: 'child-same-day', meetingId: morning.id, text },
    ]);
    expect(page.items.find((item) => item.id === morning.id)).toMatchObject({
      status: 'adjourned',
      clashes: [{ kind: 'child-same-day', meetingId: afternoon.id, text }],
    });
  });

  it('marks a meeting after the review’s due date as outside timescale', async () => {
    const support = await signInAs(ctx.db, 'business-support');
    const child = [...ctx.db.all('children')].find((each) => {
      if (each.iroId === null) return false;
      const summary = summariseChild(ctx.db, each);
      return (
        summary.meeting === null &&
        summary.nextReview.due >= TEST_TODAY &&
        summary.nextReview.due < addDays(TEST_TODAY, 40)
      );
    });
    if (child === undefined) throw new Error('No child due soon');
    const due = summariseChild(ctx.db, child).nextReview.due;
    const late = addWorkingDays(due, 2, workingDayCalendar);
    const meeting = await book(support.token, child, late, '16:00', 'Only date the family can do');
    const page = teamCalendarSchema.parse(
      (await calendar(support.token, { from: late, to: late, iroIds: child.iroId ?? '' })).body,
    );
    expect(page.items.find((item) => item.id === meeting.id)).toMatchObject({
      reviewDue: due,
      outsideTimescale: true,
      child: { id: child.id, childRef: child.childRef },
    });
    expect(page.counts.outsideTimescale).toBeGreaterThanOrEqual(1);
  });

  it('gives an IRO only the meetings they chair, and refuses a colleague’s', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const other = iros().find((iro) => iro.id !== user.id)!;
    const from = addDays(TEST_TODAY, -30);
    const to = addDays(TEST_TODAY, 30);
    const own = teamCalendarSchema.parse((await calendar(token, { from, to })).body);
    expect(own.iros).toEqual([{ id: user.id, name: user.name }]);
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((item) => item.iro.id === user.id)).toBe(true);
    const refused = await calendar(token, { from, to, iroIds: `${user.id},${other.id}` });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toContain('You can only see the meetings you chair');
  });

  it('answers 422 for a reversed or too long range and an id that is not an IRO', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const manager = staff(ctx.db, 'team-manager');
    let result = await calendar(token, { from: TEST_TODAY, to: addDays(TEST_TODAY, -1) });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body)).toEqual({
      to: 'To date must be the same as or after the from date',
    });
    result = await calendar(token, { from: TEST_TODAY, to: addDays(TEST_TODAY, 62) });
    expect(fieldErrors(result.body)).toEqual({ to: 'Choose 62 days or fewer' });
    result = await calendar(token, { from: TEST_TODAY, to: TEST_TODAY, iroIds: manager.id });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body)).toEqual({ 'iroIds.0': 'Choose an IRO from the list' });
    result = await calendar(token, { to: TEST_TODAY });
    expect(Object.keys(fieldErrors(result.body))).toEqual(['from']);
  });
});
