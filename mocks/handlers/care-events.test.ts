// The journey through care (handlers/care.ts), tested through the real handlers.
import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, formatDate } from '@/domain';
import {
  allocationQueueSchema,
  bookingQueueSchema,
  careRecordSchema,
  caseloadSummarySchema,
  childDetailSchema,
  leftCareListSchema,
} from '@/lib/api/schemas';
import { atRiskListSchema, teamOverviewSchema } from '@/lib/api/team-schemas';
import { workingDayCalendar } from '../calendar';
import { summariseChild } from '../compute';
import { TEST_TODAY } from '../node';
import { call, signInAs } from '../test/support';
import { useCareKit } from '../test/care-kit';

const {
  ctx,
  manager,
  support,
  refused,
  openEpisode,
  seeded,
  quietSince,
  careEvent,
  leave,
  listIds,
  caseloads,
  STATUS_COUNT,
  sum,
  allocatedIro,
  iroIndex,
} = useCareKit();

describe('POST /api/children/:id/care-events', () => {
  it('records a change of placement: a new episode, the same period and the same next review due date', async () => {
    const token = await support();
    const child = seeded((c) => openEpisode(c).start < '2026-03-01');
    const before = careRecordSchema.parse(
      (await call('GET', `/children/${child.id}/care`, { token })).body,
    );
    const open = openEpisode(child);
    const result = await careEvent(token, child, {
      kind: 'change',
      date: '2026-03-02',
      reasonForNewEpisode: 'P',
      legalStatus: open.legalStatus,
      placementType: 'K2',
      placementDescription: 'Oak House children’s home',
    });
    expect(result.status).toBe(201);
    const after = careRecordSchema.parse(result.body);
    expect(after.nextReview).toEqual(before.nextReview);
    expect(after.periods).toHaveLength(before.periods.length);
    expect(after.version).toBe(child.version + 1);
    expect(after.placement).toEqual({ type: 'K2', description: 'Oak House children’s home' });
    const episodes = after.periods.at(-1)!.episodes;
    expect(episodes.at(-2)).toMatchObject({ end: '2026-03-02', reasonEnded: 'X1' });
    expect(episodes.at(-1)).toMatchObject({
      start: '2026-03-02',
      reasonForNewEpisode: 'P',
      placementType: 'K2',
      end: null,
    });
    expect(summariseChild(ctx.db, ctx.db.get('children', child.id)!).nextReview.due).toBe(
      before.nextReview!.due,
    );
    const audit = ctx.db.forChild('auditEvents', child.id).find((e) => e.action === 'care-changed');
    expect(audit?.summary).toMatch(/recorded a change \(P\) for .+ on 2 March 2026$/);
  });

  it('answers 422 for a change that does not fit: before the current episode, S, unknown codes, a child not looked after', async () => {
    const token = await manager();
    const child = seeded((c) => openEpisode(c).start < '2026-03-01');
    const open = openEpisode(child);
    const path = `/children/${child.id}/care-events`;
    const change = (overrides: Record<string, unknown>) => ({
      kind: 'change',
      date: '2026-03-02',
      reasonForNewEpisode: 'P',
      legalStatus: open.legalStatus,
      placementType: 'U4',
      placementDescription: 'New carers',
      version: child.version,
      ...overrides,
    });
    // A new episode on the day the current one started would overlap it.
    expect(await refused('POST', path, token, change({ date: open.start }))).toEqual({
      date: `The date of the change must be after ${formatDate(open.start)}, when the current episode started`,
    });
    expect(await refused('POST', path, token, change({ date: '2026-03-17' }))).toEqual({
      date: 'The date of the change must be today or in the past',
    });
    expect(await refused('POST', path, token, change({ reasonForNewEpisode: 'S' }))).toEqual({
      reasonForNewEpisode:
        'Select what changed: P, L, T, U or B (S is for a child becoming looked after)',
    });
    expect(
      await refused('POST', path, token, change({ legalStatus: 'ZZ', reasonForNewEpisode: 'L' })),
    ).toEqual({
      legalStatus: 'Select a legal status from the list: ‘ZZ’ is not an SSDA903 code',
    });
    expect(await refused('POST', path, token, change({ placementType: 'Q9' }))).toEqual({
      placementType: 'Select a placement type from the list: ‘Q9’ is not an SSDA903 code',
    });
    expect(
      await refused(
        'POST',
        path,
        token,
        change({ legalStatus: open.legalStatus === 'C2' ? 'C1' : 'C2' }),
      ),
    ).toEqual({
      reasonForNewEpisode: `The legal status changes from ${open.legalStatus} to ${open.legalStatus === 'C2' ? 'C1' : 'C2'}: choose L, T or B`,
    });
    expect(ctx.db.get('children', child.id)).toEqual(child);

    await leave(token, child);
    const after = ctx.db.get('children', child.id)!;
    expect(await refused('POST', path, token, change({ version: after.version }))).toEqual({
      date: 'The child is not looked after: record them becoming looked after instead',
    });
  });

  it('answers 422 for leaving before the current episode started, in the future, or with an unknown reason', async () => {
    const token = await manager();
    const child = seeded((c) => openEpisode(c).start < '2026-03-01');
    const open = openEpisode(child);
    const path = `/children/${child.id}/care-events`;
    const leaving = (overrides: Record<string, unknown>) => ({
      kind: 'leave',
      date: TEST_TODAY,
      reasonEnded: 'E4A',
      version: child.version,
      ...overrides,
    });
    expect(await refused('POST', path, token, leaving({ date: addDays(open.start, -1) }))).toEqual({
      date: `The date the child left care must be on or after ${formatDate(open.start)}, when the current episode started`,
    });
    expect(await refused('POST', path, token, leaving({ date: '2026-03-17' }))).toEqual({
      date: 'The date the child left care must be today or in the past',
    });
    expect(await refused('POST', path, token, leaving({ reasonEnded: 'X9' }))).toEqual({
      reasonEnded: 'Select why the child left care from the list',
    });
    expect(await refused('POST', path, token, leaving({ reasonEnded: 'X1' }))).toEqual({
      reasonEnded: 'Select why the child left care from the list',
    });
    expect(await refused('POST', path, token, leaving({ date: '' }))).toEqual({
      date: 'Enter the date the child left care',
    });
    expect(ctx.db.get('children', child.id)).toEqual(child);
  });

  it('answers 422 for leaving before a review already held in the period (it would be in no period of care)', async () => {
    const token = await manager();
    const child = seeded((c) => {
      const start = openEpisode(c).start;
      return ctx.db.forChild('reviews', c.id).some((r) => r.heldOn > start);
    });
    const lastHeld = ctx.db
      .forChild('reviews', child.id)
      .map((r) => r.heldOn)
      .sort()
      .at(-1)!;
    expect(
      await refused('POST', `/children/${child.id}/care-events`, token, {
        kind: 'leave',
        date: addDays(lastHeld, -1),
        reasonEnded: 'E4A',
        version: child.version,
      }),
    ).toEqual({
      date: `The date the child left care must be on or after ${formatDate(lastHeld)}, when their last review was held`,
    });
    expect(ctx.db.get('children', child.id)).toEqual(child);
    // On the day of that review is fine, and the year's figures can still be counted.
    await leave(token, child, lastHeld);
    const report = await call('GET', '/reports/annual?from=2025-04-01&to=2026-03-31', { token });
    expect(report.status).toBe(200);
  });

  it('answers 422 for a return to care while looked after, or dated before the child left', async () => {
    const token = await manager();
    const child = seeded(quietSince('2026-02-02'));
    const path = `/children/${child.id}/care-events`;
    const returning = (overrides: Record<string, unknown>) => ({
      kind: 'return',
      date: TEST_TODAY,
      legalStatus: 'V2',
      placementType: 'U6',
      placementDescription: 'Foster carers',
      ...overrides,
    });
    expect(
      await refused('POST', path, token, { ...returning({}), version: child.version }),
    ).toEqual({
      date: 'The child is already looked after: record a change of placement or legal status instead',
    });
    await leave(token, child, '2026-02-02');
    const version = ctx.db.get('children', child.id)!.version;
    expect(
      await refused('POST', path, token, { ...returning({ date: '2026-01-30' }), version }),
    ).toEqual({
      date: 'The date the child became looked after must be on or after 2 February 2026, when they last left care',
    });
    expect(
      await refused('POST', path, token, {
        ...returning({ legalStatus: 'ZZ', placementType: 'Q9' }),
        version,
      }),
    ).toEqual({
      legalStatus: 'Select a legal status from the list: ‘ZZ’ is not an SSDA903 code',
      placementType: 'Select a placement type from the list: ‘Q9’ is not an SSDA903 code',
    });
  });

  it('answers 409 with the current care record when the version is stale', async () => {
    const token = await manager();
    const child = seeded((c) => openEpisode(c).start < '2026-03-01');
    const stale = await call('POST', `/children/${child.id}/care-events`, {
      token,
      body: { kind: 'leave', date: TEST_TODAY, reasonEnded: 'E4A', version: child.version + 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toBe(
      `The child’s record was changed by someone else (version ${child.version}, you had version ${child.version + 1}). Check the current details and try again.`,
    );
    expect(careRecordSchema.parse(stale.body.current)).toMatchObject({
      id: child.id,
      version: child.version,
      care: { status: 'looked-after' },
    });
    expect(ctx.db.get('children', child.id)).toEqual(child);
  });

  it('takes a child who leaves care out of every list, count, team page and the booking queue, into the left-care list', async () => {
    const token = await manager();
    // Not booked and due within 4 weeks (or overdue): in the booking queue and the at-risk list.
    const child = seeded(
      (_, s) => s.meeting === null && s.nextReview.due <= addDays(TEST_TODAY, 28),
    );
    const iro = allocatedIro(child);
    const overdue = summariseChild(ctx.db, child).nextReview.status === 'overdue';
    // The overview's "at risk" is not booked and due within 4 weeks; the summary's is the status.
    const overviewKey = overdue ? 'overdue' : 'atRisk';
    const statusKey = STATUS_COUNT[summariseChild(ctx.db, child).nextReview.status];
    const iroToken = (await signInAs(ctx.db, 'iro', iroIndex(iro))).token;
    const at = async () => {
      const result = await call('GET', '/team/reviews-at-risk?weeks=8&pageSize=10000', { token });
      return atRiskListSchema.parse(result.body).items.map((item) => item.childId);
    };
    const overview = async () =>
      teamOverviewSchema.parse((await call('GET', '/team/overview', { token })).body);
    const queue = async () =>
      bookingQueueSchema.parse(
        (await call('GET', '/booking-queue?weeks=12', { token: await support() })).body,
      );
    const summary = async (t: string) =>
      caseloadSummarySchema.parse((await call('GET', '/caseload-summary', { token: t })).body);

    expect(await listIds(token)).toContain(child.id);
    expect(await at()).toContain(child.id);
    expect((await queue()).toBook.map((item) => item.child.id)).toContain(child.id);
    const overviewBefore = await overview();
    const summaryBefore = await summary(token);
    const iroSummaryBefore = await summary(iroToken);
    const caseloadsBefore = await caseloads(token);

    const left = await leave(await support(), child, TEST_TODAY, 'E45');
    expect(left.care).toEqual({
      status: 'left-care',
      leftCare: {
        on: TEST_TODAY,
        reasonEnded: 'E45',
        reason:
          'Left care on 16 March 2026: E45: Special guardianship order: former foster carer, relative or friend',
      },
    });
    expect(left).toMatchObject({ nextReview: null, allocation: null, iroId: iro });

    expect(await listIds(token)).not.toContain(child.id);
    expect(await listIds(iroToken)).not.toContain(child.id);
    expect(await at()).not.toContain(child.id);
    const q = await queue();
    for (const list of [
      q.toBook,
      q.bookedAfterDue,
      q.cancelledWithoutNewDate,
      q.invitationsNotSent,
    ]) {
      expect(list.map((item) => item.child.id)).not.toContain(child.id);
    }
    expect((await summary(token)).total).toBe(summaryBefore.total - 1);
    expect((await summary(token))[statusKey]).toBe(summaryBefore[statusKey] - 1);
    expect((await summary(iroToken)).total).toBe(iroSummaryBefore.total - 1);
    const caseloadsAfter = await caseloads(token);
    expect(caseloadsAfter[iro]).toBe(caseloadsBefore[iro]! - 1);
    expect(sum(caseloadsAfter)).toBe(sum(caseloadsBefore) - 1);
    const overviewAfter = await overview();
    expect(overviewAfter.totals.children).toBe(overviewBefore.totals.children - 1);
    expect(overviewAfter.totals[overviewKey]).toBe(overviewBefore.totals[overviewKey] - 1);
    expect(overviewAfter.iros.find((row) => row.id === iro)!.children).toBe(
      overviewBefore.iros.find((row) => row.id === iro)!.children - 1,
    );

    const leftCare = leftCareListSchema.parse(
      (await call('GET', '/children/left-care', { token })).body,
    );
    expect(leftCare.items.find((item) => item.id === child.id)).toEqual({
      id: child.id,
      childRef: child.childRef,
      givenName: child.givenName,
      familyName: child.familyName,
      dateOfBirth: child.dateOfBirth,
      iroId: iro,
      periodStart: left.periods.at(-1)!.start,
      leftCareOn: TEST_TODAY,
      reasonEnded: 'E45',
      reason:
        'Left care on 16 March 2026: E45: Special guardianship order: former foster carer, relative or friend',
      meetingsStillBooked: 0,
    });
    // The IRO sees the children allocated to them who left care; another IRO does not.
    const mine = leftCareListSchema.parse(
      (await call('GET', '/children/left-care', { token: iroToken })).body,
    );
    expect(mine.items.map((item) => item.id)).toContain(child.id);
    const other = await signInAs(ctx.db, 'iro', iroIndex(iro) === 0 ? 1 : 0);
    const theirs = leftCareListSchema.parse(
      (await call('GET', '/children/left-care', { token: other.token })).body,
    );
    expect(theirs.items.map((item) => item.id)).not.toContain(child.id);

    const detail = childDetailSchema.parse(
      (await call('GET', `/children/${child.id}`, { token })).body,
    );
    expect(detail.nextReview).toBeNull();
    expect(detail.midpoint).toBeNull();
    expect(detail.care.status).toBe('left-care');
    const audit = ctx.db.forChild('auditEvents', child.id).find((e) => e.action === 'left-care');
    expect(audit?.summary).toMatch(/leaving care on 16 March 2026 \(E45\)$/);
  });

  it('starts a new period on a return to care: the next review is a first review due 20 working days later', async () => {
    const token = await manager();
    const child = seeded(quietSince('2026-02-02'));
    const iro = allocatedIro(child);
    await leave(token, child, '2026-02-02', 'E13');
    const result = await careEvent(token, child, {
      kind: 'return',
      date: '2026-03-02',
      legalStatus: 'V2',
      placementType: 'U6',
      placementDescription: 'Foster carers in Leeds',
    });
    expect(result.status).toBe(201);
    const back = careRecordSchema.parse(result.body);
    expect(addWorkingDays('2026-03-02', 20, workingDayCalendar)).toBe('2026-03-30');
    expect(back).toMatchObject({
      care: { status: 'looked-after', leftCare: null },
      iroId: iro,
      legalStatus: 'V2',
      placement: { type: 'U6', description: 'Foster carers in Leeds' },
      nextReview: {
        due: '2026-03-30',
        reason: '20 working days after becoming looked after on 2 March 2026',
      },
      allocation: null,
    });
    expect(back.periods.at(-2)).toMatchObject({ end: '2026-02-02', reasonEnded: 'E13' });
    expect(back.periods.at(-1)).toMatchObject({
      start: '2026-03-02',
      end: null,
      episodes: [{ start: '2026-03-02', reasonForNewEpisode: 'S', end: null }],
    });
    const detail = childDetailSchema.parse(
      (await call('GET', `/children/${child.id}`, { token })).body,
    );
    expect(detail.nextReview).toMatchObject({ kind: 'first', sequence: 1, due: '2026-03-30' });
    expect(detail.currentPeriod.start).toBe('2026-03-02');
    expect(detail.previousPeriods.at(-1)).toMatchObject({ end: '2026-02-02' });
    expect(await listIds(token)).toContain(child.id);
    const leftCare = leftCareListSchema.parse(
      (await call('GET', '/children/left-care', { token })).body,
    );
    expect(leftCare.items.map((item) => item.id)).not.toContain(child.id);
    expect(ctx.db.forChild('auditEvents', child.id).map((e) => e.action)).toEqual(
      expect.arrayContaining(['left-care', 'returned-to-care']),
    );
  });

  it('returns a child whose IRO has stopped working to the allocation queue', async () => {
    const token = await manager();
    const child = seeded(quietSince('2026-02-02'));
    const iro = ctx.db.get('staff', allocatedIro(child))!;
    await leave(token, child, '2026-02-02');
    await ctx.db.commit({ puts: { staff: [{ ...iro, active: false }] }, deletes: {} });
    const result = await careEvent(token, child, {
      kind: 'return',
      date: TEST_TODAY,
      legalStatus: 'C1',
      placementType: 'U6',
      placementDescription: 'Foster carers',
    });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ iroId: null, allocation: { due: '2026-03-23' } });
    const queue = allocationQueueSchema.parse(
      (await call('GET', '/allocation-queue', { token })).body,
    );
    expect(queue.items.map((item) => item.id)).toContain(child.id);
  });
});
