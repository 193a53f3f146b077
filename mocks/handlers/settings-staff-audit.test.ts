import { describe, expect, it } from 'vitest';
import {
  auditEventPageSchema,
  bankHolidayFeedSchema,
  clockSchema,
  settingsSchema,
  staffWithCaseloadSchema,
} from '@/lib/api/schemas';
import { TEST_TODAY } from '../node';
import { call, childOf, fieldErrors, signInAs, staff, useMockBackend } from '../test/support';

const ctx = useMockBackend({ size: 450 });

describe('clock, bank holidays and settings', () => {
  it('serves today and the gov.uk bank holiday feed without sign-in', async () => {
    const clock = await call('GET', '/clock');
    expect(clockSchema.parse(clock.body)).toEqual({ today: TEST_TODAY });
    const feed = bankHolidayFeedSchema.parse((await call('GET', '/bank-holidays')).body);
    expect(feed.division).toBe('england-and-wales');
    expect(feed.events.some((e) => e.date === '2026-12-25')).toBe(true);
  });

  it('serves the default settings to anyone signed in', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const settings = settingsSchema.parse((await call('GET', '/settings', { token })).body);
    expect(settings).toMatchObject({
      childTerm: 'looked after children',
      atRiskWorkingDays: 15,
      recordOfReviewTargetWorkingDays: 15,
      recordOfReviewLimitWorkingDays: 20,
      managerSignOffWorkingDays: 5,
      caseloadBand: { min: 50, max: 70 },
      escalationOpenWorkingDaysLimit: 20,
      version: 1,
    });
    expect((await call('GET', '/settings')).status).toBe(401);
  });

  it('lets a team manager change the settings, which changes the computed statuses', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const settings = settingsSchema.parse((await call('GET', '/settings', { token })).body);
    const before = (await call('GET', '/caseload-summary', { token })).body;
    const { version, ...rest } = settings;
    const result = await call('PUT', '/settings', {
      token,
      body: { ...rest, version, childTerm: 'children in care', atRiskWorkingDays: 30 },
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      childTerm: 'children in care',
      atRiskWorkingDays: 30,
      version: 2,
    });
    const after = (await call('GET', '/caseload-summary', { token })).body;
    expect(after.atRisk).toBeGreaterThan(before.atRisk);
    const audit = auditEventPageSchema.parse((await call('GET', '/audit-events', { token })).body);
    expect(audit.items[0]).toMatchObject({ entity: 'settings', action: 'updated' });
    expect(audit.items[0]!.changes).toContainEqual({
      field: 'childTerm',
      before: 'looked after children',
      after: 'children in care',
    });

    const stale = await call('PUT', '/settings', { token, body: { ...rest, version } });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2, childTerm: 'children in care' });
  });

  it('answers 422 for invalid settings and 403 for other roles', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const settings = settingsSchema.parse(
      (await call('GET', '/settings', { token: manager.token })).body,
    );
    const bad = await call('PUT', '/settings', {
      token: manager.token,
      body: { ...settings, councilName: '', atRiskWorkingDays: 2.5 },
    });
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad.body)).toEqual({
      councilName: 'Enter the council’s name',
      atRiskWorkingDays: 'At risk window must be a whole number of working days',
    });
    // Rules across fields are checked once every field is valid on its own.
    const inconsistent = await call('PUT', '/settings', {
      token: manager.token,
      body: {
        ...settings,
        caseloadBand: { min: 70, max: 50 },
        recordOfReviewTargetWorkingDays: 25,
      },
    });
    expect(fieldErrors(inconsistent.body)).toEqual({
      'caseloadBand.max':
        'Highest recommended caseload must be the same as or more than the lowest',
      recordOfReviewTargetWorkingDays:
        'Record of review target must be the same as or shorter than the limit',
    });
    const iro = await signInAs(ctx.db, 'iro');
    const denied = await call('PUT', '/settings', { token: iro.token, body: settings });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toBe('An IRO cannot do this: only team managers can');
  });
});

describe('GET /api/staff', () => {
  it('gives each IRO’s caseload with the band scaled by FTE', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const result = await call('GET', '/staff', { token });
    expect(result.status).toBe(200);
    const members = staffWithCaseloadSchema.array().parse(result.body);
    const iros = members.filter((m) => m.role === 'iro' && m.active);
    expect(iros).toHaveLength(8);
    expect(iros.reduce((n, m) => n + m.caseload!.total, 0)).toBe(450);
    const over = iros.find((m) => m.caseload!.bandPosition === 'above')!;
    expect(over.caseload!.total).toBe(74);
    expect(iros.some((m) => m.fte === 1 && m.caseload!.total < 50)).toBe(true);
    const partTime = iros.find((m) => m.fte === 0.6)!;
    expect(partTime.caseload!.band).toEqual({ min: 30, max: 42 });
    expect(partTime.caseload!.bandPosition).toBe('within');
    expect(members.filter((m) => m.role !== 'iro').every((m) => m.caseload === null)).toBe(true);
  });
});

describe('GET /api/audit-events', () => {
  it('pages events newest first; an IRO sees only a child allocated to them', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const iro = await signInAs(ctx.db, 'iro');
    const child = childOf(ctx.db, iro.user.id, (c) =>
      ctx.db.forChild('meetings', c.id).every((m) => m.status !== 'booked'),
    );
    const to = staff(ctx.db, 'iro', 1);
    await call('PATCH', `/children/${child.id}`, {
      token: manager.token,
      body: { iroId: to.id, version: 1 },
    });
    await call('PATCH', `/children/${child.id}`, {
      token: manager.token,
      body: { iroId: iro.user.id, version: 2 },
    });
    const page = auditEventPageSchema.parse(
      (await call('GET', `/audit-events?childId=${child.id}&pageSize=1`, { token: manager.token }))
        .body,
    );
    expect(page).toMatchObject({ totalItems: 2, totalPages: 2, pageSize: 1 });
    expect(page.items[0]!.changes).toEqual([{ field: 'iroId', before: to.id, after: iro.user.id }]);

    expect(
      (await call('GET', `/audit-events?childId=${child.id}`, { token: iro.token })).status,
    ).toBe(200);
    expect((await call('GET', '/audit-events', { token: iro.token })).status).toBe(403);
    const other = childOf(ctx.db, to.id);
    expect(
      (await call('GET', `/audit-events?childId=${other.id}`, { token: iro.token })).status,
    ).toBe(403);
    const support = await signInAs(ctx.db, 'business-support');
    expect((await call('GET', '/audit-events', { token: support.token })).status).toBe(403);
    expect(
      (await call('GET', '/audit-events?childId=c_nope', { token: manager.token })).status,
    ).toBe(404);
  });
});
