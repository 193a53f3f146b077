import { describe, expect, it } from 'vitest';
import { formatDateWithWeekday } from '@/domain';
import type { Child, ReviewMeeting, StaffMember } from '@/lib/api/schemas';
import { call, signInAs, staff, useMockBackend, type Json } from '../test/support';

// A reallocation that moves a booked meeting into an overlap in the new IRO's diary is a 422
// naming each clash until the team manager confirms (acceptClashes): never a silent move.

const ctx = useMockBackend({ size: 120 });

function name(child: Child): string {
  return `${child.givenName} ${child.familyName}`;
}

/**
 * A child of `from` with a booked meeting from today on, and a meeting of one of `to`'s children
 * put at the same date, 30 minutes later: the move would overlap it.
 */
async function makeClash(from: StaffMember, to: StaffMember) {
  const db = ctx.db;
  const moving = [...db.all('meetings')].find(
    (meeting) =>
      meeting.status === 'booked' &&
      meeting.date >= db.today &&
      meeting.iroId === from.id &&
      db.get('children', meeting.childId)?.iroId === from.id &&
      Number(meeting.startTime.slice(0, 2)) < 20,
  )!;
  const child = db.get('children', moving.childId)!;
  const otherChild = db.get('children', [...db.childIdsOf(to.id)][0]!)!;
  const minutes =
    Number(moving.startTime.slice(0, 2)) * 60 + Number(moving.startTime.slice(3)) + 30;
  const startTime = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const overlapped: ReviewMeeting = {
    ...moving,
    id: 'mt_overlapped',
    childId: otherChild.id,
    iroId: to.id,
    startTime,
    durationMinutes: 60,
    version: 1,
  };
  // Nothing else of the new IRO's that day, so the clash is the one made here.
  const sameDay = [...db.all('meetings')].filter(
    (meeting) => meeting.iroId === to.id && meeting.date === moving.date,
  );
  await db.commit({
    puts: { meetings: [overlapped] },
    deletes: { meetings: sameDay.map((meeting) => meeting.id) },
  });
  const message = `${name(child)}’s review meeting on ${formatDateWithWeekday(moving.date)} at ${moving.startTime} would overlap ${name(otherChild)}’s at ${startTime} in ${to.name}’s diary`;
  return { child, moving, overlapped, message };
}

const CONFIRM = {
  field: 'acceptClashes',
  message: 'Choose another IRO, or select “Move the meetings anyway: I will rearrange them”',
};

describe('reallocating into a clash', () => {
  it('PATCH: 422 naming the clash on iroId, nothing moved, until the manager accepts it', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const from = staff(ctx.db, 'iro', 0);
    const to = staff(ctx.db, 'iro', 1);
    const { child, moving, message } = await makeClash(from, to);

    const refused = await call('PATCH', `/children/${child.id}`, {
      token: manager.token,
      body: { iroId: to.id, version: child.version },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ field: 'iroId', message }, CONFIRM]);
    expect(ctx.db.get('children', child.id)!.iroId).toBe(from.id);
    expect(ctx.db.get('meetings', moving.id)!.iroId).toBe(from.id);

    const moved = await call('PATCH', `/children/${child.id}`, {
      token: manager.token,
      body: { iroId: to.id, version: child.version, acceptClashes: true },
    });
    expect(moved.status).toBe(200);
    expect(ctx.db.get('meetings', moving.id)!.iroId).toBe(to.id);

    const audit = await call('GET', `/audit-events?childId=${child.id}`, { token: manager.token });
    const items = audit.body.items as Json[];
    const reallocated = items.find((event) => event.action === 'reallocated');
    expect(reallocated.summary).toBe(
      `${manager.user.name} reallocated ${name(child)} from ${from.name} to ${to.name}, accepting a clash in ${to.name}’s diary`,
    );
    const meetingEvent = items.find(
      (event) => event.entity === 'meeting' && event.entityId === moving.id,
    );
    expect(meetingEvent.summary).toContain(`Clash accepted by ${manager.user.name}: ${message}`);
    expect(meetingEvent.changes).toContainEqual({
      field: 'acceptedClashes',
      before: null,
      after: [message],
    });
  });

  it('POST /children/reallocate: 422 on toIroId, all or nothing; another IRO goes through', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const from = staff(ctx.db, 'iro', 0);
    const to = staff(ctx.db, 'iro', 1);
    const { child, message } = await makeClash(from, to);
    const another = [...ctx.db.childIdsOf(from.id)].find((id) => id !== child.id)!;
    const before = ctx.db.count('auditEvents');

    const refused = await call('POST', '/children/reallocate', {
      token,
      body: { childIds: [another, child.id], toIroId: to.id },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toContainEqual({ field: 'toIroId', message });
    expect(refused.body.errors.at(-1)).toEqual(CONFIRM);
    expect(ctx.db.get('children', another)!.iroId).toBe(from.id);
    expect(ctx.db.count('auditEvents')).toBe(before);

    const accepted = await call('POST', '/children/reallocate', {
      token,
      body: { childIds: [another, child.id], toIroId: to.id, acceptClashes: true },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.reallocated).toBe(2);
  });

  it('refuses acceptClashes that is not true or false, and any other field', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const child = ctx.db.get('children', [...ctx.db.childIdsOf(staff(ctx.db, 'iro', 0).id)][0]!)!;
    const bad = await call('PATCH', `/children/${child.id}`, {
      token,
      body: { iroId: staff(ctx.db, 'iro', 1).id, version: child.version, acceptClashes: 'yes' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { field: 'acceptClashes', message: 'acceptClashes must be true or false' },
    ]);
    const extra = await call('POST', '/children/reallocate', {
      token,
      body: { childIds: [child.id], toIroId: staff(ctx.db, 'iro', 1).id, acceptClash: true },
    });
    expect(extra.status).toBe(422);
  });
});
