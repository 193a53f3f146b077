// The journey through care (handlers/care.ts), tested through the real handlers.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, ageOn } from '@/domain';
import { allocationQueueSchema, caseloadSummarySchema } from '@/lib/api/schemas';
import { workingDayCalendar } from '../calendar';
import { TEST_TODAY } from '../node';
import { call, signInAs, staff } from '../test/support';
import { useCareKit } from '../test/care-kit';

const {
  ctx,
  CARE_RECORDERS_ONLY,
  newChild,
  manager,
  support,
  create,
  refused,
  careEvent,
  listIds,
  caseloads,
  sum,
} = useCareKit();

describe('who may record and read a child’s journey through care', () => {
  it('answers 401 to every operation without a session', async () => {
    const child = [...ctx.db.all('children')][0]!;
    const requests: [string, string, unknown?][] = [
      ['POST', '/children', newChild()],
      ['GET', '/children/left-care'],
      ['GET', `/children/${child.id}/care`],
      ['POST', `/children/${child.id}/care-events`, { kind: 'leave', date: TEST_TODAY }],
      ['PATCH', `/children/${child.id}/details`, {}],
      ['GET', '/allocation-queue'],
      ['PATCH', `/children/${child.id}`, { iroId: child.iroId, version: child.version }],
    ];
    const statuses: Record<string, number> = {};
    for (const [method, path, body] of requests) {
      statuses[`${method} ${path}`] = (await call(method, path, { body })).status;
    }
    expect(statuses).toEqual(
      Object.fromEntries(requests.map(([method, path]) => [`${method} ${path}`, 401])),
    );
  });

  it('refuses IROs creating children, recording care events and correcting details (403)', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const mine = [...ctx.db.childIdsOf(user.id)].map((id) => ctx.db.get('children', id)!)[0]!;
    const attempts = [
      await call('POST', '/children', { token, body: newChild() }),
      await careEvent(token, mine, { kind: 'leave', date: TEST_TODAY, reasonEnded: 'E4A' }),
      await call('PATCH', `/children/${mine.id}/details`, { token, body: {} }),
    ];
    for (const attempt of attempts) {
      expect(attempt.status).toBe(403);
      expect(attempt.body.detail).toBe(CARE_RECORDERS_ONLY);
    }
    expect(ctx.db.get('children', mine.id)).toEqual(mine);
    expect([...ctx.db.all('children')].some((c) => c.childRef === 'NEW-0001')).toBe(false);
  });

  it('refuses business support the allocation queue and the left-care list, IROs the queue', async () => {
    const token = await support();
    const queue = await call('GET', '/allocation-queue', { token });
    expect(queue.status).toBe(403);
    expect(queue.body.detail).toBe('Business support cannot do this: only team managers can');
    const left = await call('GET', '/children/left-care', { token });
    expect(left.status).toBe(403);
    expect(left.body.detail).toBe(
      'Business support cannot do this: only IROs and team managers can',
    );
    const iro = await signInAs(ctx.db, 'iro');
    const asIro = await call('GET', '/allocation-queue', { token: iro.token });
    expect(asIro.status).toBe(403);
    expect(asIro.body.detail).toBe('An IRO cannot do this: only team managers can');
  });

  it('lets an IRO read the care record of their own children only (another IRO’s: 403)', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const other = staff(ctx.db, 'iro', 1);
    const mine = ctx.db.get('children', [...ctx.db.childIdsOf(user.id)][0]!)!;
    const theirs = ctx.db.get('children', [...ctx.db.childIdsOf(other.id)][0]!)!;
    expect((await call('GET', `/children/${mine.id}/care`, { token })).status).toBe(200);
    const denied = await call('GET', `/children/${theirs.id}/care`, { token });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toBe('You can only see children allocated to you');
    const left = await call('GET', `/children/left-care?iroId=${other.id}`, { token });
    expect(left.status).toBe(403);
    expect(left.body.detail).toBe('You can only see your own caseload: ask a team manager');
    // Business support may read it: it holds no review content.
    const asSupport = await call('GET', `/children/${theirs.id}/care`, { token: await support() });
    expect(asSupport.status).toBe(200);
    const text = JSON.stringify(asSupport.body);
    for (const word of ['participation', 'recommendations', 'escalations', 'midpoint']) {
      expect(text).not.toContain(word);
    }
  });

  it('answers 404 for an unknown child', async () => {
    const token = await manager();
    const body = { kind: 'leave', date: TEST_TODAY, reasonEnded: 'E4A', version: 1 };
    const answers: Record<string, [number, string]> = {};
    for (const [method, path, sent] of [
      ['GET', '/children/c_nobody/care', undefined],
      ['POST', '/children/c_nobody/care-events', body],
      ['PATCH', '/children/c_nobody/details', { ...newChild(), version: 1 }],
    ] as const) {
      const result = await call(method, path, { token, body: sent });
      answers[`${method} ${path}`] = [result.status, result.body.detail];
    }
    const notFound = [404, 'No child with id c_nobody'];
    expect(answers).toEqual({
      'GET /children/c_nobody/care': notFound,
      'POST /children/c_nobody/care-events': notFound,
      'PATCH /children/c_nobody/details': notFound,
    });
  });
});

describe('POST /api/children (a new child becomes looked after)', () => {
  it('puts the child in the allocation queue, in no list or caseload count, with the allocation and first review due', async () => {
    const token = await manager();
    const listBefore = await listIds(token);
    const summaryBefore = caseloadSummarySchema.parse(
      (await call('GET', '/caseload-summary', { token })).body,
    );
    const staffBefore = await caseloads(token);

    const created = await create(await support(), { childRef: 'new-0001' });
    // 16 March 2026 + 5 working days; + 20 working days skips Good Friday and Easter Monday.
    expect(created).toMatchObject({
      childRef: 'NEW-0001',
      iroId: null,
      iroName: null,
      version: 1,
      care: { status: 'looked-after', leftCare: null },
      allocation: {
        due: '2026-03-23',
        late: false,
        workingDaysLeft: 5,
        reason:
          'An IRO should be allocated by 23 March 2026 (5 working days after becoming looked after on 16 March 2026)',
      },
      nextReview: {
        due: '2026-04-15',
        reason: '20 working days after becoming looked after on 16 March 2026',
      },
      bookedMeetings: [],
    });
    expect(created.periods).toHaveLength(1);
    expect(created.periods[0]!.episodes).toMatchObject([
      { start: TEST_TODAY, reasonForNewEpisode: 'S', legalStatus: 'C1', placementType: 'U6' },
    ]);
    expect(addWorkingDays(TEST_TODAY, 20, workingDayCalendar)).toBe('2026-04-15');

    const queue = allocationQueueSchema.parse(
      (await call('GET', '/allocation-queue', { token })).body,
    );
    expect(queue.allocationWorkingDays).toBe(5);
    expect(queue.items.find((item) => item.id === created.id)).toMatchObject({
      childRef: 'NEW-0001',
      becameLookedAfterOn: TEST_TODAY,
      version: 1,
      allocation: { due: '2026-03-23', late: false },
      nextReview: { due: '2026-04-15' },
    });

    expect(await listIds(token)).toEqual(listBefore);
    expect((await call('GET', '/caseload-summary', { token })).body).toEqual(summaryBefore);
    expect(await caseloads(token)).toEqual(staffBefore);

    const audit = await call('GET', `/audit-events?childId=${created.id}`, { token });
    expect(audit.body.items).toMatchObject([
      { action: 'became-looked-after', entity: 'child', entityId: created.id },
    ]);
  });

  it('counts 5 working days to allocation over Christmas and New Year bank holidays', async () => {
    const created = await create(await manager(), { becameLookedAfterOn: '2025-12-22' });
    // 23, 24, 29, 30 and 31 December: 25, 26 December are bank holidays.
    expect(created.allocation).toMatchObject({
      due: '2025-12-31',
      late: true,
      reason:
        'An IRO should have been allocated by 31 December 2025 (5 working days after becoming looked after on 22 December 2025)',
    });
    // 1 January 2026 is a bank holiday too.
    expect(created.nextReview?.due).toBe('2026-01-22');
    expect(addWorkingDays('2025-12-22', 20, workingDayCalendar)).toBe('2026-01-22');
  });

  it('answers 422 naming the field: duplicate reference, 18 or over, born after the date looked after, a future date, unknown codes', async () => {
    const token = await manager();
    const existing = [...ctx.db.all('children')][0]!;
    expect(
      await refused(
        'POST',
        '/children',
        token,
        newChild({ childRef: existing.childRef.toLowerCase() }),
      ),
    ).toEqual({
      childRef: `A child with the reference ${existing.childRef} is already in the tracker: record their return to care from their record`,
    });
    expect(
      await refused('POST', '/children', token, newChild({ dateOfBirth: '2008-03-16' })),
    ).toEqual({
      dateOfBirth:
        'The child must be under 18 on the date they became looked after (16 March 2026)',
    });
    // 17 the day before their 18th birthday: accepted.
    expect(ageOn('2008-03-17', TEST_TODAY)).toBe(17);
    await create(token, { childRef: 'NEW-17', dateOfBirth: '2008-03-17' });
    expect(
      await refused(
        'POST',
        '/children',
        token,
        newChild({ dateOfBirth: '2026-03-10', becameLookedAfterOn: '2026-03-01' }),
      ),
    ).toEqual({
      becameLookedAfterOn:
        'The date the child became looked after must be on or after their date of birth',
    });
    expect(
      await refused('POST', '/children', token, newChild({ dateOfBirth: '2026-03-17' })),
    ).toMatchObject({ dateOfBirth: 'Date of birth must be today or in the past' });
    expect(
      await refused('POST', '/children', token, newChild({ becameLookedAfterOn: '2026-03-17' })),
    ).toEqual({
      becameLookedAfterOn: 'The date the child became looked after must be today or in the past',
    });
    expect(
      await refused(
        'POST',
        '/children',
        token,
        newChild({ legalStatus: 'ZZ', placementType: 'Q9' }),
      ),
    ).toEqual({
      legalStatus: 'Select a legal status from the list: ‘ZZ’ is not an SSDA903 code',
      placementType: 'Select a placement type from the list: ‘Q9’ is not an SSDA903 code',
    });
    expect(await refused('POST', '/children', token, { ...newChild(), childRef: '' })).toEqual({
      childRef: 'Enter the council’s reference for the child',
    });
    expect([...ctx.db.all('children')].filter((c) => c.childRef.startsWith('NEW'))).toHaveLength(1);
  });
});

describe('allocating a child awaiting an IRO (PATCH /api/children/:id)', () => {
  it('puts the child in the IRO’s caseload and out of the queue, with an “allocated” audit event', async () => {
    const token = await manager();
    const iro = await signInAs(ctx.db, 'iro', 2);
    const created = await create(token);
    const before = await caseloads(token);
    expect(await listIds(iro.token)).not.toContain(created.id);

    const result = await call('PATCH', `/children/${created.id}`, {
      token,
      body: { iroId: iro.user.id, version: created.version },
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ iroId: iro.user.id, version: 2, allocation: null });

    expect(await listIds(iro.token)).toContain(created.id);
    expect(await listIds(token)).toContain(created.id);
    const after = await caseloads(token);
    expect(after[iro.user.id]).toBe(before[iro.user.id]! + 1);
    expect(sum(after)).toBe(sum(before) + 1);
    const summary = caseloadSummarySchema.parse(
      (await call('GET', '/caseload-summary', { token: iro.token })).body,
    );
    expect(summary.total).toBe(after[iro.user.id]);

    const queue = allocationQueueSchema.parse(
      (await call('GET', '/allocation-queue', { token })).body,
    );
    expect(queue.items.map((item) => item.id)).not.toContain(created.id);

    const audit = await call('GET', `/audit-events?childId=${created.id}`, { token });
    expect(audit.body.items[0]).toMatchObject({
      action: 'allocated',
      summary: `${ctx.db.get('staff', audit.body.items[0].actorId)!.name} allocated Ava Newton to ${iro.user.name}`,
      changes: [{ field: 'iroId', before: null, after: iro.user.id }],
    });
    // The IRO may now read the care record.
    const care = await call('GET', `/children/${created.id}/care`, { token: iro.token });
    expect(care.status).toBe(200);
    expect(care.body).toMatchObject({
      iroId: iro.user.id,
      iroName: iro.user.name,
      allocation: null,
    });
  });
});
