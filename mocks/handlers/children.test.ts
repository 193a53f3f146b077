import { describe, expect, it } from 'vitest';
import {
  caseloadSummarySchema,
  childDetailSchema,
  childSummaryPageSchema,
  childSummarySchema,
  type ChildSummary,
} from '@/lib/api/schemas';
import {
  call,
  childOf,
  fieldErrors,
  signInAs,
  staff,
  useMockBackend,
  type Json,
} from '../test/support';

const ctx = useMockBackend({ size: 120 });

async function listAll(token: string, query = ''): Promise<ChildSummary[]> {
  const result = await call('GET', `/children?pageSize=10000${query}`, { token });
  expect(result.status).toBe(200);
  return childSummaryPageSchema.parse(result.body).items;
}

describe('GET /api/children', () => {
  it('gives a team manager every child, paged, with computed summaries', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const result = await call('GET', '/children?page=2&pageSize=50', { token });
    expect(result.status).toBe(200);
    const page = childSummaryPageSchema.parse(result.body);
    expect(page).toMatchObject({ page: 2, pageSize: 50, totalItems: 120, totalPages: 3 });
    expect(page.items).toHaveLength(50);
    const child = page.items[0]!;
    expect(child.nextReview.reason).not.toBe('');
    expect(child.nextReview.statusReason).not.toBe('');
  });

  it('defaults to 50 a page, sorted by next review due', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const page = childSummaryPageSchema.parse((await call('GET', '/children', { token })).body);
    expect(page.pageSize).toBe(50);
    const dues = page.items.map((c) => c.nextReview.due);
    expect(dues).toEqual([...dues].sort());
  });

  it('gives an IRO their own caseload only, and 403 for another IRO’s', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const mine = await listAll(token);
    expect(mine.length).toBe(ctx.db.childIdsOf(user.id).size);
    expect(mine.every((c) => c.iroId === user.id)).toBe(true);
    expect((await call('GET', `/children?iroId=${user.id}`, { token })).status).toBe(200);
    const other = staff(ctx.db, 'iro', 1);
    const denied = await call('GET', `/children?iroId=${other.id}`, { token });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toBe('You can only see your own caseload: ask a team manager');
  });

  it('lets team managers filter by IRO, and refuses business support (they use the booking queue)', async () => {
    const iro = staff(ctx.db, 'iro', 2);
    const { token } = await signInAs(ctx.db, 'team-manager');
    const items = await listAll(token, `&iroId=${iro.id}`);
    expect(items.length).toBe(ctx.db.childIdsOf(iro.id).size);
    expect(items.every((c) => c.iroId === iro.id)).toBe(true);
    const support = await signInAs(ctx.db, 'business-support');
    const denied = await call('GET', `/children?iroId=${iro.id}`, { token: support.token });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toBe(
      'Business support cannot list children’s records: use the booking queue, which has what booking needs',
    );
  });

  it('filters by status (comma list), due date range and search', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const all = await listAll(token);
    const urgent = await listAll(token, '&status=overdue,at-risk');
    expect(urgent.length).toBe(
      all.filter((c) => ['overdue', 'at-risk'].includes(c.nextReview.status)).length,
    );
    expect(urgent.every((c) => ['overdue', 'at-risk'].includes(c.nextReview.status))).toBe(true);

    const ranged = await listAll(token, '&dueAfter=2026-04-01&dueBefore=2026-04-30');
    expect(ranged.length).toBe(
      all.filter((c) => c.nextReview.due >= '2026-04-01' && c.nextReview.due <= '2026-04-30')
        .length,
    );

    const target = all[7]!;
    const search = async (body: Record<string, unknown>) => {
      const result = await call('POST', '/children/search', { token, body });
      expect(result.status).toBe(200);
      return childSummaryPageSchema.parse(result.body).items;
    };
    const byRef = await search({ q: target.childRef.toLowerCase(), pageSize: 10000 });
    expect(byRef.map((c) => c.id)).toContain(target.id);
    const fullName = `${target.givenName} ${target.familyName}`;
    const byName = await search({ q: ` ${fullName} `, pageSize: 10000 });
    expect(byName.map((c) => c.id)).toContain(target.id);
    expect(byName.every((c) => `${c.givenName} ${c.familyName}` === fullName)).toBe(true);
    // The body takes the list's filters too.
    const byNameAndStatus = await search({ q: fullName, status: [target.nextReview.status] });
    expect(byNameAndStatus.map((c) => c.id)).toContain(target.id);
    expect(byNameAndStatus.every((c) => c.nextReview.status === target.nextReview.status)).toBe(
      true,
    );
  });

  it('takes a search only in a POST body, never in a URL (a name in a URL stays in logs)', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const inUrl = await call('GET', '/children?q=Smith', { token });
    expect(inUrl.status).toBe(422);
    expect(inUrl.body.errors).toEqual([
      { field: 'q', message: 'Search with POST /children/search: a name must not go in a URL' },
    ]);
    const blank = await call('POST', '/children/search', { token, body: { q: '  ' } });
    expect(blank.status).toBe(422);
    expect(blank.body.errors).toEqual([
      { field: 'q', message: 'Enter a name or ID to search for' },
    ]);
    const badStatus = await call('POST', '/children/search', {
      token,
      body: { q: 'Smith', status: ['late'] },
    });
    expect(badStatus.status).toBe(422);
    expect(badStatus.body.errors[0].field).toBe('status.0');
  });

  it('lets an IRO search only their own caseload, and refuses business support', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const mine = await listAll(token);
    const target = mine[0]!;
    const found = await call('POST', '/children/search', {
      token,
      body: { q: target.familyName, pageSize: 10000 },
    });
    expect(found.status).toBe(200);
    const items = childSummaryPageSchema.parse(found.body).items;
    expect(items.map((c) => c.id)).toContain(target.id);
    expect(items.every((c) => c.iroId === user.id)).toBe(true);
    const other = staff(ctx.db, 'iro', 1);
    const denied = await call('POST', '/children/search', {
      token,
      body: { q: target.familyName, iroId: other.id },
    });
    expect(denied.status).toBe(403);
    const support = await signInAs(ctx.db, 'business-support');
    expect(
      (await call('POST', '/children/search', { token: support.token, body: { q: 'a' } })).status,
    ).toBe(403);
  });

  it.each([
    ['name', (c: ChildSummary) => c.familyName.toLowerCase()],
    ['childRef', (c: ChildSummary) => c.childRef],
    ['nextReviewDue', (c: ChildSummary) => c.nextReview.due],
    ['midpointDue', (c: ChildSummary) => c.midpoint.due],
  ] as const)('sorts by %s in both orders', async (sort, key) => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const asc = (await listAll(token, `&sort=${sort}&order=asc`)).map(key);
    const desc = (await listAll(token, `&sort=${sort}&order=desc`)).map(key);
    const compare = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' });
    expect(asc).toEqual([...asc].sort(compare));
    expect(desc).toEqual([...desc].sort(compare).reverse());
  });

  it('sorts by status with the most urgent first, by age, and by meeting date with no meeting last', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const order = ['overdue', 'booked-late', 'at-risk', 'booked', 'on-track'];
    const statuses = (await listAll(token, '&sort=status')).map((c) =>
      order.indexOf(c.nextReview.status),
    );
    expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
    const ages = (await listAll(token, '&sort=age&order=desc')).map((c) => c.age);
    expect(ages).toEqual([...ages].sort((a, b) => b - a));
    for (const order of ['asc', 'desc']) {
      const meetings = (await listAll(token, `&sort=meetingDate&order=${order}`)).map(
        (c) => c.meeting?.date ?? null,
      );
      const firstNull = meetings.indexOf(null);
      expect(firstNull).toBeGreaterThan(0);
      expect(meetings.slice(firstNull).every((d) => d === null)).toBe(true);
    }
  });

  it('answers 422 naming each invalid query parameter', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const result = await call(
      'GET',
      '/children?pageSize=10001&page=0&sort=shoe&status=late&dueBefore=2026-02-30',
      { token },
    );
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body)).toMatchObject({
      pageSize: 'Page size must be 10000 or fewer',
      page: 'Page must be 1 or more',
      dueBefore: 'Due before date must be a real date',
    });
    expect(fieldErrors(result.body).sort).toContain('Sort must be one of');
    expect(fieldErrors(result.body)['status.0']).toBeDefined();
  });

  it('answers 401 without a session', async () => {
    expect((await call('GET', '/children')).status).toBe(401);
  });
});

describe('GET /api/caseload-summary', () => {
  it('counts the statuses of the caseload', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const result = await call('GET', '/caseload-summary', { token });
    expect(result.status).toBe(200);
    const counts = caseloadSummarySchema.parse(result.body);
    const mine = await listAll(token);
    expect(counts.total).toBe(ctx.db.childIdsOf(user.id).size);
    expect(counts.overdue).toBe(mine.filter((c) => c.nextReview.status === 'overdue').length);
    expect(counts.atRisk).toBe(mine.filter((c) => c.nextReview.status === 'at-risk').length);
    expect(counts.openEscalations).toBe(mine.reduce((n, c) => n + c.openEscalations, 0));
    expect(
      counts.overdue + counts.atRisk + counts.bookedLate + counts.booked + counts.onTrack,
    ).toBe(counts.total);
    const other = staff(ctx.db, 'iro', 1);
    expect((await call('GET', `/caseload-summary?iroId=${other.id}`, { token })).status).toBe(403);
  });

  it('counts everyone for a team manager', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const counts = caseloadSummarySchema.parse(
      (await call('GET', '/caseload-summary', { token })).body,
    );
    expect(counts.total).toBe(120);
  });
});

describe('GET /api/children/:id', () => {
  it('returns the detail with history and explanations computed by the domain', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, user.id, (c) => ctx.db.forChild('reviews', c.id).length >= 2);
    const result = await call('GET', `/children/${child.id}`, { token });
    expect(result.status).toBe(200);
    const detail = childDetailSchema.parse(result.body);
    expect(detail.id).toBe(child.id);
    expect(detail.history.length).toBeGreaterThan(0);
    expect(detail.history[0]).toMatchObject({ kind: 'first', sequence: 1 });
    expect(detail.currentPeriod.ruleSet.id).toMatch(/standard|short-breaks/);
    expect(detail.nextReview!.sequence).toBe(detail.history.length + 1);
  });

  it('shows previous periods of care separately', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const child = [...ctx.db.all('children')].find(
      (c) => c.episodes.filter((e) => e.reasonForNewEpisode === 'S').length >= 2,
    )!;
    const detail = childDetailSchema.parse(
      (await call('GET', `/children/${child.id}`, { token })).body,
    );
    expect(detail.previousPeriods.length).toBeGreaterThanOrEqual(1);
    expect(detail.previousPeriods[0]!.end).not.toBeNull();
    expect(detail.currentPeriod.start > detail.previousPeriods[0]!.start).toBe(true);
  });

  it('answers 403 to an IRO for another IRO’s child and to business support, 404 for an unknown id', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const other = childOf(ctx.db, staff(ctx.db, 'iro', 1).id);
    expect(other.iroId).not.toBe(user.id);
    const denied = await call('GET', `/children/${other.id}`, { token });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toBe('You can only see children allocated to you');
    const support = await signInAs(ctx.db, 'business-support');
    // Business support book meetings through GET /children/{childId}/booking (mocks/handlers/booking.ts).
    expect((await call('GET', `/children/${other.id}`, { token: support.token })).status).toBe(403);
    const missing = await call('GET', '/children/c_nope', { token });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe('No child with id c_nope');
  });
});

describe('PATCH /api/children/:id (reallocate)', () => {
  it('lets a team manager reallocate, bumping the version and writing an audit event', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const from = staff(ctx.db, 'iro', 0);
    const to = staff(ctx.db, 'iro', 1);
    const child = childOf(ctx.db, from.id);
    const result = await call('PATCH', `/children/${child.id}`, {
      token: manager.token,
      body: { iroId: to.id, version: child.version },
    });
    expect(result.status).toBe(200);
    const summary = childSummarySchema.parse(result.body);
    expect(summary).toMatchObject({ iroId: to.id, version: child.version + 1 });
    expect(ctx.db.childIdsOf(to.id).has(child.id)).toBe(true);
    expect(ctx.db.childIdsOf(from.id).has(child.id)).toBe(false);

    const audit = await call('GET', `/audit-events?childId=${child.id}`, { token: manager.token });
    const event = audit.body.items.find((e: Json) => e.action === 'reallocated');
    expect(event).toMatchObject({
      entity: 'child',
      entityId: child.id,
      actorId: manager.user.id,
      changes: [{ field: 'iroId', before: from.id, after: to.id }],
    });
    expect(event.summary).toContain(`from ${from.name} to ${to.name}`);
  });

  it('answers 409 with the current record when the version is stale', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const child = childOf(ctx.db, staff(ctx.db, 'iro', 0).id);
    const to = staff(ctx.db, 'iro', 1);
    await call('PATCH', `/children/${child.id}`, {
      token,
      body: { iroId: to.id, version: child.version },
    });
    const stale = await call('PATCH', `/children/${child.id}`, {
      token,
      body: { iroId: staff(ctx.db, 'iro', 2).id, version: child.version },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({
      id: child.id,
      iroId: to.id,
      version: child.version + 1,
    });
    expect(ctx.db.get('children', child.id)!.iroId).toBe(to.id);
  });

  it('answers 422 for an inactive IRO or a missing version, 403 for other roles, 404 for unknown', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const child = childOf(ctx.db, staff(ctx.db, 'iro', 0).id);
    const inactive = [...ctx.db.all('staff')].find((s) => !s.active)!;
    const bad = await call('PATCH', `/children/${child.id}`, {
      token: manager.token,
      body: { iroId: inactive.id, version: child.version },
    });
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad.body)).toEqual({ iroId: 'Select an IRO who is currently working' });
    const noVersion = await call('PATCH', `/children/${child.id}`, {
      token: manager.token,
      body: { iroId: staff(ctx.db, 'iro', 1).id },
    });
    expect(fieldErrors(noVersion.body).version).toBe(
      'Version is required: reload the record and try again',
    );
    for (const role of ['iro', 'business-support'] as const) {
      const { token } = await signInAs(ctx.db, role);
      const denied = await call('PATCH', `/children/${child.id}`, {
        token,
        body: { iroId: staff(ctx.db, 'iro', 1).id, version: child.version },
      });
      expect(denied.status).toBe(403);
      expect(denied.body.detail).toContain('only team managers can');
    }
    const missing = await call('PATCH', '/children/c_nope', {
      token: manager.token,
      body: { iroId: staff(ctx.db, 'iro', 1).id, version: 1 },
    });
    expect(missing.status).toBe(404);
  });
});

describe('POST /api/children/reallocate (bulk)', () => {
  it('reallocates every child at once', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const from = staff(ctx.db, 'iro', 0);
    const to = staff(ctx.db, 'iro', 3);
    const ids = [...ctx.db.childIdsOf(from.id)].slice(0, 5);
    const before = ctx.db.count('auditEvents');
    const result = await call('POST', '/children/reallocate', {
      token,
      body: { childIds: ids, toIroId: to.id },
    });
    expect(result.status).toBe(200);
    expect(result.body.reallocated).toBe(5);
    for (const id of ids) expect(ctx.db.get('children', id)!.iroId).toBe(to.id);
    expect(ctx.db.count('auditEvents')).toBeGreaterThanOrEqual(before + 5);
  });

  it('writes nothing when any child is unknown (all or nothing)', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const from = staff(ctx.db, 'iro', 0);
    const to = staff(ctx.db, 'iro', 3);
    const ids = [...ctx.db.childIdsOf(from.id)].slice(0, 3);
    const before = ctx.db.count('auditEvents');
    const result = await call('POST', '/children/reallocate', {
      token,
      body: { childIds: [...ids, 'c_missing'], toIroId: to.id },
    });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body)).toEqual({ 'childIds.3': 'No child with id c_missing' });
    for (const id of ids) expect(ctx.db.get('children', id)!.iroId).toBe(from.id);
    expect(ctx.db.count('auditEvents')).toBe(before);
  });

  it('answers 422 for an empty list and 403 for an IRO', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const empty = await call('POST', '/children/reallocate', {
      token: manager.token,
      body: { childIds: [], toIroId: staff(ctx.db, 'iro').id },
    });
    expect(fieldErrors(empty.body)).toEqual({
      childIds: 'Select at least one child to reallocate',
    });
    const iro = await signInAs(ctx.db, 'iro');
    const denied = await call('POST', '/children/reallocate', {
      token: iro.token,
      body: { childIds: [childOf(ctx.db, iro.user.id).id], toIroId: staff(ctx.db, 'iro', 1).id },
    });
    expect(denied.status).toBe(403);
  });
});
