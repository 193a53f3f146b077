import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, ageOn, formatDate } from '@/domain';
import {
  allocationQueueSchema,
  bookingQueueSchema,
  careRecordSchema,
  caseloadSummarySchema,
  childDetailSchema,
  childSummaryPageSchema,
  leftCareListSchema,
  staffWithCaseloadSchema,
  updateChildDetailsResultSchema,
  type CaseloadCounts,
  type Child,
  type ChildSummary,
} from '@/lib/api/schemas';
import { atRiskListSchema, teamOverviewSchema } from '@/lib/api/team-schemas';
import { workingDayCalendar } from '../calendar';
import { activeChildren, summariseChild } from '../compute';
import { TEST_TODAY } from '../node';
import { call, fieldErrors, signInAs, staff, useMockBackend } from '../test/support';

const ctx = useMockBackend({ size: 60 });

const CARE_RECORDERS_ONLY = 'An IRO cannot do this: only team managers and business support can';

const newChild = (overrides: Record<string, unknown> = {}) => ({
  childRef: 'NEW-0001',
  givenName: 'Ava',
  familyName: 'Newton',
  dateOfBirth: '2016-05-01',
  sex: '2',
  becameLookedAfterOn: TEST_TODAY,
  legalStatus: 'C1',
  placementType: 'U6',
  placementDescription: 'Foster carers in Hull',
  socialWorker: { name: 'Sam Worker', team: 'East' },
  ...overrides,
});

const manager = async () => (await signInAs(ctx.db, 'team-manager')).token;
const support = async () => (await signInAs(ctx.db, 'business-support')).token;

async function create(token: string, overrides: Record<string, unknown> = {}) {
  const result = await call('POST', '/children', { token, body: newChild(overrides) });
  expect(result.status).toBe(201);
  return careRecordSchema.parse(result.body);
}

/** 422 with exactly these field messages. */
async function refused(method: string, path: string, token: string, body: unknown) {
  const result = await call(method, path, { token, body });
  expect(result.status).toBe(422);
  return fieldErrors(result.body);
}

/** The child's open episode (the one a change or leaving ends). */
function openEpisode(child: Child) {
  const open = child.episodes.find((episode) => episode.end === null);
  if (open === undefined) throw new Error(`Child ${child.id} has no open episode`);
  return open;
}

/** A seeded child in an active caseload matching the predicate. */
function seeded(predicate: (child: Child, summary: ChildSummary) => boolean): Child {
  for (const child of activeChildren(ctx.db)) {
    if (predicate(child, summariseChild(ctx.db, child))) return child;
  }
  throw new Error('No seeded child matches');
}

/** Looked after since before `date` with no review held on or after it. */
const quietSince = (date: string) => (child: Child) =>
  openEpisode(child).start < date &&
  ctx.db.forChild('reviews', child.id).every((review) => review.heldOn < date);

async function careEvent(token: string, child: { id: string }, body: Record<string, unknown>) {
  const version = ctx.db.get('children', child.id)!.version;
  return call('POST', `/children/${child.id}/care-events`, {
    token,
    body: { version, ...body },
  });
}

async function leave(token: string, child: { id: string }, date = TEST_TODAY, reason = 'E4A') {
  const result = await careEvent(token, child, { kind: 'leave', date, reasonEnded: reason });
  expect(result.status).toBe(201);
  return careRecordSchema.parse(result.body);
}

async function listIds(token: string, query = ''): Promise<string[]> {
  const result = await call('GET', `/children?pageSize=10000${query}`, { token });
  expect(result.status).toBe(200);
  return childSummaryPageSchema.parse(result.body).items.map((child) => child.id);
}

async function caseloads(token: string): Promise<Record<string, number>> {
  const list = staffWithCaseloadSchema.array().parse((await call('GET', '/staff', { token })).body);
  return Object.fromEntries(list.flatMap((s) => (s.caseload ? [[s.id, s.caseload.total]] : [])));
}

const STATUS_COUNT = {
  overdue: 'overdue',
  'at-risk': 'atRisk',
  'booked-late': 'bookedLate',
  booked: 'booked',
  'on-track': 'onTrack',
} as const satisfies Record<ChildSummary['nextReview']['status'], keyof CaseloadCounts>;

const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, n) => total + n, 0);

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
      const result = await call('GET', '/team/reviews-at-risk?weeks=8', { token });
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

describe('PATCH /api/children/:id/details', () => {
  /** A seeded review coded PN1-PN7 held before the child's 4th birthday of its period's start. */
  function reviewThatWouldBeUnder4() {
    for (const child of activeChildren(ctx.db)) {
      const first = [...child.episodes].sort((a, b) => (a.start < b.start ? -1 : 1))[0]!;
      const review = ctx.db
        .forChild('reviews', child.id)
        .find((r) => r.participationCode !== 'PN0' && ageOn(first.start, r.heldOn) < 4);
      if (review !== undefined) return { child, first, review };
    }
    throw new Error('No seeded review to use');
  }

  const details = (child: Child, overrides: Record<string, unknown> = {}) => ({
    givenName: child.givenName,
    familyName: child.familyName,
    dateOfBirth: child.dateOfBirth,
    sex: child.sex ?? '1',
    placementDescription: child.placement.description,
    socialWorker: child.socialWorker,
    version: child.version,
    ...overrides,
  });

  it('names the reviews whose participation code no longer fits a new date of birth, and audits the change', async () => {
    const token = await support();
    const { child, first, review } = reviewThatWouldBeUnder4();
    const result = await call('PATCH', `/children/${child.id}/details`, {
      token,
      body: details(child, { dateOfBirth: first.start, givenName: 'Robyn' }),
    });
    expect(result.status).toBe(200);
    const saved = updateChildDetailsResultSchema.parse(result.body);
    expect(saved.care).toMatchObject({
      dateOfBirth: first.start,
      givenName: 'Robyn',
      version: child.version + 1,
    });
    const named = saved.participationNoLongerFits.find((item) => item.reviewId === review.id);
    expect(named).toMatchObject({ heldOn: review.heldOn, code: review.participationCode });
    expect(named!.message).toMatch(new RegExp(`^The review on ${formatDate(review.heldOn)}: `));
    expect(named!.message).toMatch(/PN1 to PN7 are for children aged 4 or over on the review date/);
    const dates = saved.participationNoLongerFits.map((item) => item.heldOn);
    expect(dates).toEqual([...dates].sort());
    const audit = ctx.db.forChild('auditEvents', child.id).find((e) => e.action === 'updated');
    expect(audit?.changes).toEqual(
      expect.arrayContaining([
        { field: 'dateOfBirth', before: child.dateOfBirth, after: first.start },
        { field: 'givenName', before: child.givenName, after: 'Robyn' },
      ]),
    );
  });

  it('writes nothing and no audit event when nothing changed, and names no review when the codes fit', async () => {
    const token = await manager();
    const child = activeChildren(ctx.db)[0]!;
    // The seed records no sex: recording it is a change, audited once.
    const first = await call('PATCH', `/children/${child.id}/details`, {
      token,
      body: details(child, { sex: '1' }),
    });
    expect(first.status).toBe(200);
    expect(first.body.participationNoLongerFits).toEqual([]);
    const saved = ctx.db.get('children', child.id)!;
    expect(saved).toMatchObject({ sex: '1', version: child.version + 1 });
    const events = ctx.db.forChild('auditEvents', child.id);
    expect(events.map((e) => e.changes)).toEqual([[{ field: 'sex', before: null, after: '1' }]]);
    const again = await call('PATCH', `/children/${child.id}/details`, {
      token,
      body: details(saved),
    });
    expect(again.status).toBe(200);
    expect(again.body.care.version).toBe(saved.version);
    expect(ctx.db.forChild('auditEvents', child.id)).toHaveLength(1);
  });

  it('answers 422 for a date of birth after the child first became looked after, in the future, or 18 or over then', async () => {
    const token = await manager();
    const child = seeded((c) => openEpisode(c).start < '2026-03-01');
    const first = [...child.episodes].sort((a, b) => (a.start < b.start ? -1 : 1))[0]!;
    const path = `/children/${child.id}/details`;
    expect(
      await refused('PATCH', path, token, details(child, { dateOfBirth: addDays(first.start, 1) })),
    ).toEqual({
      dateOfBirth: `Date of birth must be on or before ${formatDate(first.start)}, when the child first became looked after`,
    });
    expect(
      await refused('PATCH', path, token, details(child, { dateOfBirth: '2026-03-17' })),
    ).toEqual({ dateOfBirth: 'Date of birth must be today or in the past' });
    const eighteen = `${String(Number(first.start.slice(0, 4)) - 18)}${first.start.slice(4)}`;
    expect(await refused('PATCH', path, token, details(child, { dateOfBirth: eighteen }))).toEqual({
      dateOfBirth: `The child must be under 18 on the date they became looked after (${formatDate(first.start)})`,
    });
    expect(await refused('PATCH', path, token, details(child, { givenName: ' ' }))).toEqual({
      givenName: 'Enter the child’s first name',
    });
    expect(ctx.db.get('children', child.id)).toEqual(child);
  });

  it('answers 409 with the current care record when the version is stale', async () => {
    const token = await manager();
    const child = activeChildren(ctx.db)[0]!;
    const stale = await call('PATCH', `/children/${child.id}/details`, {
      token,
      body: details(child, { givenName: 'Someone', version: child.version + 1 }),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: child.id, version: child.version });
    expect(ctx.db.get('children', child.id)).toEqual(child);
  });
});

// ---------------------------------------------------------------------------------------------

function allocatedIro(child: Child): string {
  if (child.iroId === null) throw new Error('Expected an allocated child');
  return child.iroId;
}

/** The index signInAs(…, 'iro', index) needs for this IRO. */
function iroIndex(iroId: string): number {
  const index = [...ctx.db.all('staff')]
    .filter((s) => s.role === 'iro' && s.active)
    .findIndex((s) => s.id === iroId);
  if (index < 0) throw new Error(`IRO ${iroId} is not working`);
  return index;
}
