import { describe, expect, it } from 'vitest';
import {
  addDays,
  atRiskCategory,
  managerSignOffDue,
  weekStarting,
  workingDaysBetween,
} from '@/domain';
import {
  annualReportSchema,
  childSummaryPageSchema,
  staffWithCaseloadSchema,
} from '@/lib/api/schemas';
import {
  AT_RISK_PAGE_SIZE,
  atRiskListSchema,
  openEscalationsSchema,
  signOffQueueSchema,
  teamOverviewSchema,
} from '@/lib/api/team-schemas';
import { workingDayCalendar } from '../calendar';
import { resetMockDatabase, TEST_TODAY } from '../node';
import { call, fieldErrors, signInAs, useMockBackend } from '../test/support';

const ctx = useMockBackend({ size: 450 });

async function manager() {
  return (await signInAs(ctx.db, 'team-manager')).token;
}

describe('team endpoints: who may use them', () => {
  it('are for team managers only (401 signed out, 403 for IROs and business support)', async () => {
    const iro = (await signInAs(ctx.db, 'iro')).token;
    const support = (await signInAs(ctx.db, 'business-support')).token;
    const paths = [
      '/team/overview',
      '/team/reviews-at-risk',
      '/team/sign-off-queue',
      '/team/escalations',
    ];
    const statuses: Record<string, number[]> = {};
    for (const path of paths) {
      const forbidden = await call('GET', path, { token: support });
      statuses[path] = [
        (await call('GET', path)).status,
        (await call('GET', path, { token: iro })).status,
        forbidden.status,
      ];
      expect(forbidden.body.detail).toMatch(/only team managers can/);
    }
    expect(statuses).toEqual(Object.fromEntries(paths.map((path) => [path, [401, 403, 403]])));
  });
});

describe('GET /api/team/overview', () => {
  it('gives each working IRO’s counts, agreeing with the caseload counts, and flags Hannah Okoye above the band', async () => {
    const token = await manager();
    const overview = teamOverviewSchema.parse(
      (await call('GET', '/team/overview', { token })).body,
    );
    const staff = staffWithCaseloadSchema
      .array()
      .parse((await call('GET', '/staff', { token })).body);

    expect(overview.today).toBe(TEST_TODAY);
    expect(overview.horizon).toEqual({
      until: addDays(TEST_TODAY, 28),
      weeks: 4,
      label: 'the next 4 weeks (to 13 April 2026)',
    });
    expect(overview.band).toEqual({ min: 50, max: 70 });
    // Peter Marsh has left and has no children: not listed.
    expect(overview.iros.map((row) => row.name)).not.toContain('Peter Marsh');
    expect(overview.iros).toHaveLength(8);
    for (const row of overview.iros) {
      const member = staff.find((s) => s.id === row.id)!;
      expect(row.children).toBe(member.caseload!.total);
      expect(row.overdue).toBe(member.caseload!.overdue);
      expect(row.bookedLate).toBe(member.caseload!.bookedLate);
      expect(row.midpointMissed).toBe(member.caseload!.midpointMissed);
      expect(row.recordOfReviewOverdue).toBe(member.caseload!.recordOfReviewOverdue);
      expect(row.openEscalations).toBe(member.caseload!.openEscalations);
      expect(row.awaitingSignOff).toBe(member.caseload!.awaitingSignOff);
      expect(row.bandPosition).toBe(member.caseload!.bandPosition);
    }
    const hannah = overview.iros.find((row) => row.name === 'Hannah Okoye')!;
    expect(hannah).toMatchObject({ children: 74, perFte: 74, bandPosition: 'above' });
    expect(overview.iros.find((row) => row.name === 'Gareth Lloyd')).toMatchObject({
      children: 44,
      bandPosition: 'below',
    });
    const priya = overview.iros.find((row) => row.name === 'Priya Raman')!;
    expect(priya.perFte).toBeCloseTo(34 / 0.6, 6);
    expect(priya.bandPosition).toBe('within');

    expect(overview.totals.children).toBe(450);
    expect(overview.totals.unallocated).toBe(0);
    expect(overview.totals.fte).toBe(7.6);
    expect(overview.totals.overdue).toBe(overview.iros.reduce((sum, r) => sum + r.overdue, 0));
    expect(overview.totals.atRisk).toBe(overview.iros.reduce((sum, r) => sum + r.atRisk, 0));
  });

  it('counts “at risk in the next 4 weeks” as the at-risk list’s not-booked reviews', async () => {
    const token = await manager();
    const overview = teamOverviewSchema.parse(
      (await call('GET', '/team/overview', { token })).body,
    );
    const page = childSummaryPageSchema.parse(
      (await call('GET', '/children?pageSize=10000', { token })).body,
    );
    const until = overview.horizon.until;
    for (const row of overview.iros) {
      const expected = page.items.filter(
        (child) =>
          child.iroId === row.id && atRiskCategory(child.nextReview, until) === 'not-booked',
      ).length;
      expect(row.atRisk).toBe(expected);
      const list = atRiskListSchema.parse(
        (await call('GET', `/team/reviews-at-risk?weeks=4&iroId=${row.id}`, { token })).body,
      );
      expect(list.counts.notBooked).toBe(row.atRisk);
      expect(list.counts.overdue).toBe(row.overdue);
    }
  });

  it('gives the year to date from 1 April, each figure with its label and definition', async () => {
    const token = await manager();
    const overview = teamOverviewSchema.parse(
      (await call('GET', '/team/overview', { token })).body,
    );
    expect(overview.yearToDateProblem).toBeNull();
    const yearToDate = overview.yearToDate!;
    expect(yearToDate.from).toBe('2025-04-01');
    expect(yearToDate.to).toBe(TEST_TODAY);
    expect(yearToDate.reviewsHeld.value).toBeGreaterThan(0);
    expect(yearToDate.inTimescale.value.outOf).toBe(yearToDate.reviewsHeld.value);
    expect(yearToDate.participationIncludingUnder4s.value.outOf).toBe(yearToDate.reviewsHeld.value);
    expect(yearToDate.participation.value.outOf).toBeLessThan(yearToDate.reviewsHeld.value);
    expect(yearToDate.participation.definition).toMatch(/4/);
  });
});

describe('GET /api/team/overview: the year to date', () => {
  it('is the annual report’s own figures for 1 April to today', async () => {
    const token = await manager();
    const overview = teamOverviewSchema.parse(
      (await call('GET', '/team/overview', { token })).body,
    );
    const yearToDate = overview.yearToDate!;
    const report = annualReportSchema.parse(
      (
        await call(
          'GET',
          `/reports/annual?from=${yearToDate.from}&to=${yearToDate.to}&pageSize=1`,
          { token },
        )
      ).body,
    );
    expect(yearToDate.reviewsHeld).toEqual(report.reviewsHeld);
    expect(yearToDate.inTimescale).toEqual(report.reviewsInTimescale);
    expect(yearToDate.participation).toEqual(report.participation);
    expect(yearToDate.participationIncludingUnder4s).toEqual(report.participationIncludingUnder4s);
    expect(yearToDate.advocacyReferrals).toEqual(report.advocacyReferrals);
    expect(yearToDate.lateByReason).toEqual(report.lateReviewsByReason);
  });

  it('is left out, saying why, for a held review the report cannot count (it was skipped before)', async () => {
    const token = await manager();
    const review = [...ctx.db.all('reviews')].find(
      (r) => r.heldOn >= '2025-04-01' && r.withdrawn === null,
    )!;
    await ctx.db.commit({
      puts: { reviews: [{ ...review, participationCode: 'PN9' as never }] },
      deletes: {},
    });
    const overview = teamOverviewSchema.parse(
      (await call('GET', '/team/overview', { token })).body,
    );
    expect(overview.yearToDate).toBeNull();
    expect(overview.yearToDateProblem).toMatch(
      /^Participation code must be one of PN0 to PN7: got 'PN9' \(reviews\[\d+\]\.participationCode\)$/,
    );
    const report = await call('GET', `/reports/annual?from=2025-04-01&to=${TEST_TODAY}`, {
      token,
    });
    expect(report.status).toBe(500);
  });
});

describe('the seed’s escalations', () => {
  it('are never raised after today nor resolved before they were raised, so the year can be counted', () => {
    const db = resetMockDatabase({ size: 2000 });
    for (const escalation of db.all('escalations')) {
      expect(escalation.raisedOn <= db.today).toBe(true);
      if (escalation.resolvedOn !== null) {
        expect(escalation.resolvedOn >= escalation.raisedOn).toBe(true);
      }
    }
  });
});

describe('GET /api/team/overview with a record the year cannot count', () => {
  it('still gives the caseloads, and says why the year-to-date figures are missing', async () => {
    const token = await manager();
    const escalation = [...ctx.db.all('escalations')][0]!;
    await ctx.db.commit({
      puts: { escalations: [{ ...escalation, resolvedOn: addDays(escalation.raisedOn, -1) }] },
      deletes: {},
    });
    const result = await call('GET', '/team/overview', { token });
    expect(result.status).toBe(200);
    const overview = teamOverviewSchema.parse(result.body);
    expect(overview.totals.children).toBe(450);
    expect(overview.yearToDate).toBeNull();
    expect(overview.yearToDateProblem).toMatch(
      /^An escalation cannot be resolved before it was raised \(escalations\[\d+\]\.resolvedOn\)$/,
    );
  });
});

describe('GET /api/team/reviews-at-risk', () => {
  it('lists overdue reviews and those due within the horizon not booked or booked late, by due date', async () => {
    const token = await manager();
    const page = childSummaryPageSchema.parse(
      (await call('GET', '/children?pageSize=10000', { token })).body,
    );
    for (const weeks of [2, 4, 8]) {
      const list = atRiskListSchema.parse(
        (await call('GET', `/team/reviews-at-risk?weeks=${weeks}&pageSize=10000`, { token })).body,
      );
      const until = addDays(TEST_TODAY, weeks * 7);
      expect(list.horizon.until).toBe(until);
      const expected = page.items.filter(
        (child) => atRiskCategory(child.nextReview, until) !== null,
      );
      expect(list.items.map((item) => item.childId).sort()).toEqual(
        expected.map((child) => child.id).sort(),
      );
      expect(list.counts.total).toBe(expected.length);
      // By the week due, then IRO: the weeks never go back.
      const weeksDue = list.items.map((item) => weekStarting(item.due));
      expect(weeksDue).toEqual([...weeksDue].sort());
      for (const item of list.items) {
        if (item.category !== 'overdue') expect(item.due <= until).toBe(true);
        expect(item.status).not.toBe('booked');
        expect(item.statusReason).not.toBe('');
      }
    }
  });

  it('filters by IRO and category, and looks ahead to a chosen date', async () => {
    const token = await manager();
    const hannah = ctx.db.get('staff', 'st_01')!;
    const list = atRiskListSchema.parse(
      (
        await call('GET', `/team/reviews-at-risk?until=2026-05-01&iroId=st_01&category=overdue`, {
          token,
        })
      ).body,
    );
    expect(list.horizon).toEqual({ until: '2026-05-01', weeks: null, label: 'up to 1 May 2026' });
    expect(list.items.length).toBe(list.counts.overdue);
    for (const item of list.items) {
      expect(item).toMatchObject({ iroId: 'st_01', iroName: hannah.name, category: 'overdue' });
      expect(item.daysOverdue).toBeGreaterThan(0);
    }
  });

  it('pages the list and counts the groups (week due, then IRO) over every page', async () => {
    const token = await manager();
    const get = async (query: string) =>
      atRiskListSchema.parse(
        (await call('GET', `/team/reviews-at-risk?weeks=8${query}`, { token })).body,
      );
    const all = await get('&pageSize=10000');
    expect(all.totalItems).toBeGreaterThan(AT_RISK_PAGE_SIZE);
    const first = await get('');
    expect(first).toMatchObject({
      page: 1,
      pageSize: AT_RISK_PAGE_SIZE,
      totalItems: all.totalItems,
      totalPages: Math.ceil(all.totalItems / AT_RISK_PAGE_SIZE),
    });
    expect(first.items).toEqual(all.items.slice(0, AT_RISK_PAGE_SIZE));
    // Pages cut from one order: together they are the whole list, each review once.
    const pages = [];
    for (let page = 1; page <= first.totalPages; page++) pages.push(await get(`&page=${page}`));
    expect(pages.flatMap((page) => page.items)).toEqual(all.items);
    // Every page carries the groups of the whole result, and they add up to it.
    for (const page of pages) expect(page.groups).toEqual(all.groups);
    expect(all.groups.reduce((sum, week) => sum + week.count, 0)).toBe(all.totalItems);
    for (const week of all.groups) {
      const inWeek = all.items.filter((item) => weekStarting(item.due) === week.weekOf);
      expect(week.count).toBe(inWeek.length);
      expect(week.iros.reduce((sum, iro) => sum + iro.count, 0)).toBe(week.count);
      for (const iro of week.iros) {
        expect(iro.count).toBe(inWeek.filter((item) => item.iroId === iro.iroId).length);
      }
      expect(week.iros.map((iro) => iro.iroName)).toEqual(
        [...week.iros.map((iro) => iro.iroName)].sort(),
      );
    }
    // Past the last page: no items, the same counts.
    const beyond = await get(`&page=${first.totalPages + 1}`);
    expect(beyond.items).toEqual([]);
    expect(beyond.totalItems).toBe(all.totalItems);
    const bad = await call('GET', '/team/reviews-at-risk?page=0&pageSize=x', { token });
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad.body)).toEqual({
      page: 'Page must be 1 or more',
      pageSize: 'Page size must be a whole number',
    });
  });

  it('rejects a horizon it cannot use (422 naming the parameter)', async () => {
    const token = await manager();
    const weeks = await call('GET', '/team/reviews-at-risk?weeks=3', { token });
    expect(weeks.status).toBe(422);
    expect(fieldErrors(weeks.body)).toEqual({ weeks: 'Weeks must be 2, 4 or 8' });
    const past = await call('GET', '/team/reviews-at-risk?until=2026-03-13', { token });
    expect(past.status).toBe(422);
    expect(fieldErrors(past.body)).toEqual({ until: 'The date must be today or in the future' });
    const both = await call('GET', '/team/reviews-at-risk?weeks=2&until=2026-05-01', { token });
    expect(fieldErrors(both.body)).toEqual({
      until: 'Choose weeks or a date to look ahead to, not both',
    });
    const category = await call('GET', '/team/reviews-at-risk?category=booked', { token });
    expect(category.status).toBe(422);
  });
});

describe('GET /api/team/sign-off-queue', () => {
  it('lists reviews awaiting sign-off, oldest first, flagged past 5 working days; signing off removes one', async () => {
    const token = await manager();
    const queue = signOffQueueSchema.parse(
      (await call('GET', '/team/sign-off-queue', { token })).body,
    );
    expect(queue.workingDays).toBe(5);
    const expected = [...ctx.db.all('reviews')].filter(
      (r) => r.decisionsSentOn !== null && r.managerSignOffOn === null,
    );
    expect(queue.items).toHaveLength(expected.length);
    expect(queue.items.length).toBeGreaterThan(0);
    const sent = queue.items.map((item) => item.decisionsSentOn);
    expect(sent).toEqual([...sent].sort());
    for (const item of queue.items) {
      const due = managerSignOffDue(item.decisionsSentOn, workingDayCalendar, 5);
      expect(item.due).toBe(due);
      expect(item.late).toBe(TEST_TODAY > due);
      expect(item.workingDaysWaiting).toBe(
        workingDaysBetween(item.decisionsSentOn, TEST_TODAY, workingDayCalendar),
      );
    }
    expect(queue.late).toBe(queue.items.filter((item) => item.late).length);

    // Some wait for the IRO's answer to the manager's query (the seed queries a few).
    const queried = queue.items.filter((item) => item.state === 'queried');
    expect(queried.length).toBeGreaterThan(0);
    for (const item of queried) {
      const review = ctx.db.get('reviews', item.reviewId)!;
      expect(item.query).toEqual({
        raisedOn: review.signOffQueries.at(-1)!.raisedOn,
        reason: review.signOffQueries.at(-1)!.reason,
        answeredOn: null,
        answer: null,
      });
    }
    const first = queue.items.find((item) => item.state === 'awaiting-manager')!;
    const signed = await call('POST', `/reviews/${first.reviewId}/sign-off`, {
      token,
      body: { version: first.version, decision: 'agree' },
    });
    expect(signed.status).toBe(200);
    const after = signOffQueueSchema.parse(
      (await call('GET', '/team/sign-off-queue', { token })).body,
    );
    expect(after.items).toHaveLength(queue.items.length - 1);
    expect(after.items.map((item) => item.reviewId)).not.toContain(first.reviewId);

    const byIro = signOffQueueSchema.parse(
      (await call('GET', `/team/sign-off-queue?iroId=${first.iroId}`, { token })).body,
    );
    for (const item of byIro.items) expect(item.iroId).toBe(first.iroId);
  });
});

describe('GET /api/team/escalations', () => {
  it('lists open escalations by stage and age, flagging those open longer than the setting', async () => {
    const token = await manager();
    const result = openEscalationsSchema.parse(
      (await call('GET', '/team/escalations', { token })).body,
    );
    const open = [...ctx.db.all('escalations')].filter((e) => e.resolvedOn === null);
    expect(result.items).toHaveLength(open.length);
    expect(result.limitWorkingDays).toBe(20);
    expect(result.byStage[1] + result.byStage[2] + result.byStage[3]).toBe(open.length);
    for (const item of result.items) {
      const days = workingDaysBetween(item.raisedOn, TEST_TODAY, workingDayCalendar);
      expect(item.workingDaysOpen).toBe(days);
      expect(item.overLimit).toBe(days > 20);
      expect(item.stageReachedOn >= item.raisedOn).toBe(true);
      // The current stage is held to the same setting: past its target after 20 working days.
      const atStage = workingDaysBetween(item.stageReachedOn, TEST_TODAY, workingDayCalendar);
      expect(item.workingDaysAtStage).toBe(atStage);
      expect(item.stagePastTarget).toBe(atStage > 20);
      expect(item.cafcassReferredOn).toBe(ctx.db.get('escalations', item.id)?.cafcassReferredOn);
    }
    expect(result.overLimit).toBe(result.items.filter((item) => item.overLimit).length);
    expect(result.stagePastTarget).toBe(result.items.filter((i) => i.stagePastTarget).length);
    expect(result.cafcassReferred).toBe(
      result.items.filter((item) => item.cafcassReferredOn !== null).length,
    );
    // The seed refers those that reached stage 3 to Cafcass.
    expect(result.cafcassReferred).toBe(result.byStage[3]);
    const raised = result.items.map((item) => item.raisedOn);
    expect(raised).toEqual([...raised].sort());
  });
});
