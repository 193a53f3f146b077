import { describe, expect, it } from 'vitest';
import { lateReviewReasonText } from '@/domain';
import {
  annualReportSchema,
  MAX_PAGE_SIZE,
  type AnnualReport,
  type Child,
  type Review,
} from '@/lib/api/schemas';
import { bankHolidays } from '../calendar';
import type { Database } from '../db/database';
import { call, fieldErrors, signInAs, staff, useMockBackend } from '../test/support';

// Today is after the end of 2025-26, so that year is a past financial year with every deadline
// passed; the full demo caseload of 450 children.
const TODAY = '2026-11-23';
const ctx = useMockBackend({ size: 450, today: TODAY });

/** The report with every late review on one page, unless the query asks for a page. */
async function report(token: string, query: string): Promise<AnnualReport> {
  const paged = /\bpageSize=/.test(query) ? query : `${query}&pageSize=${MAX_PAGE_SIZE}`;
  const result = await call('GET', `/reports/annual?${paged}`, { token });
  if (result.status !== 200) throw new Error(`${result.status}: ${JSON.stringify(result.body)}`);
  return annualReportSchema.parse(result.body);
}

// ---------------------------------------------------------------------------------------------
// A brute-force recount over the raw records, written without the domain: day-by-day loops over
// the bank holiday feed, string dates, and the rules as the shared README states them.
// ---------------------------------------------------------------------------------------------

const HOLIDAYS = new Set(bankHolidays.events.map((e) => e.date));

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}
function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
function nextDay(date: string): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
function isWorkingDay(date: string): boolean {
  const [y, m, d] = parts(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(date);
}
/** The nth working day after the date (the date itself is day 0). */
function addWorkingDaysNaive(date: string, n: number): string {
  let day = date;
  for (let counted = 0; counted < n;) {
    day = nextDay(day);
    if (isWorkingDay(day)) counted++;
  }
  return day;
}
function addMonthsNaive(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(year, month, Math.min(d, last));
}
function daysBetween(a: string, b: string): number {
  const [y1, m1, d1] = parts(a);
  const [y2, m2, d2] = parts(b);
  return (Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000;
}
function ageOnNaive(dateOfBirth: string, on: string): number {
  // Born 29 February: in a common year "02-28" is before "02-29", so the birthday is 1 March.
  return (
    Number(on.slice(0, 4)) -
    Number(dateOfBirth.slice(0, 4)) -
    (on.slice(5) < dateOfBirth.slice(5) ? 1 : 0)
  );
}

interface NaivePeriod {
  start: string;
  end: string | null;
  shortBreaks: boolean;
}
function periodsNaive(child: Child): NaivePeriod[] {
  const episodes = [...child.episodes].sort((a, b) => (a.start < b.start ? -1 : 1));
  const periods: (NaivePeriod & { statuses: string[] })[] = [];
  let previousEnd: string | null = null;
  for (const episode of episodes) {
    const gap = previousEnd !== null && previousEnd < episode.start;
    const last = periods.at(-1);
    if (last === undefined || episode.reasonForNewEpisode === 'S' || gap) {
      periods.push({ start: episode.start, end: episode.end, shortBreaks: false, statuses: [] });
    }
    const current = periods.at(-1)!;
    current.end = episode.end;
    current.statuses.push(episode.legalStatus);
    previousEnd = episode.end;
  }
  return periods.map((p) => ({
    start: p.start,
    end: p.end,
    shortBreaks: p.statuses.every((s) => s === 'V3' || s === 'V4'),
  }));
}
function lookedAfterOn(periods: readonly NaivePeriod[], day: string): boolean {
  return periods.some((p) => p.start <= day && (p.end === null || p.end >= day));
}

interface Recount {
  atStart: number;
  atEnd: number;
  started: number;
  ceased: number;
  held: number;
  inTimescale: number;
  late: { childId: string; heldOn: string; due: string; daysLate: number }[];
  byCode: Record<string, number>;
  agedFourPlus: number;
  participated: number;
  byMethod: Record<string, number>;
  offered: number;
  referrals: number;
  declined: number;
  providers: Record<string, number>;
  caseloads: Record<string, number>;
  raised: number;
  raisedByStage: Record<number, number>;
  resolvedByStage: Record<number, number>;
  openAtEnd: number;
  recordTarget: [number, number];
  recordLimit: [number, number];
  signOff: [number, number];
  byMonth: Record<string, [number, number]>;
}

function recount(db: Database, children: readonly Child[], from: string, to: string): Recount {
  const { settings, today } = db.meta;
  const r: Recount = {
    atStart: 0,
    atEnd: 0,
    started: 0,
    ceased: 0,
    held: 0,
    inTimescale: 0,
    late: [],
    byCode: {},
    agedFourPlus: 0,
    participated: 0,
    byMethod: {},
    offered: 0,
    referrals: 0,
    declined: 0,
    providers: {},
    caseloads: {},
    raised: 0,
    raisedByStage: { 1: 0, 2: 0, 3: 0 },
    resolvedByStage: { 1: 0, 2: 0, 3: 0 },
    openAtEnd: 0,
    recordTarget: [0, 0],
    recordLimit: [0, 0],
    signOff: [0, 0],
    byMonth: {},
  };
  const inRange = (day: string | null) => day !== null && day >= from && day <= to;
  const tally = (
    into: [number, number],
    start: string,
    done: string | null,
    workingDays: number,
  ) => {
    const due = addWorkingDaysNaive(start, workingDays);
    if (done !== null) {
      into[1]++;
      if (done <= due) into[0]++;
    } else if (today > due) {
      into[1]++;
    }
  };
  for (const child of children) {
    const periods = periodsNaive(child);
    if (lookedAfterOn(periods, from)) r.atStart++;
    if (lookedAfterOn(periods, to)) {
      r.atEnd++;
      r.caseloads[child.iroId!] = (r.caseloads[child.iroId!] ?? 0) + 1;
    }
    if (periods.some((p) => inRange(p.start))) r.started++;
    if (periods.some((p) => inRange(p.end))) r.ceased++;

    const reviews: Review[] = db
      .forChild('reviews', child.id)
      .sort((a, b) => (a.heldOn < b.heldOn ? -1 : 1));
    periods.forEach((period, index) => {
      const next = periods[index + 1];
      // A review on the day one period ends and the next starts belongs to the next.
      const inPeriod = reviews.filter(
        (rv) =>
          rv.heldOn >= period.start &&
          (period.end === null || rv.heldOn <= period.end) &&
          !(next !== undefined && rv.heldOn >= next.start),
      );
      inPeriod.forEach((review, i) => {
        const previous = inPeriod[i - 1]?.heldOn ?? period.start;
        const due =
          i === 0
            ? period.shortBreaks
              ? addMonthsNaive(period.start, 3)
              : addWorkingDaysNaive(period.start, 20)
            : addMonthsNaive(previous, i === 1 && !period.shortBreaks ? 3 : 6);
        if (!inRange(review.heldOn)) return;
        r.held++;
        const month = review.heldOn.slice(0, 7);
        const m = (r.byMonth[month] ??= [0, 0]);
        m[0]++;
        if (review.heldOn <= due) {
          r.inTimescale++;
          m[1]++;
        } else {
          r.late.push({
            childId: child.id,
            heldOn: review.heldOn,
            due,
            daysLate: daysBetween(due, review.heldOn),
          });
        }
        r.byCode[review.participationCode] = (r.byCode[review.participationCode] ?? 0) + 1;
        r.byMethod[review.participationMethod] = (r.byMethod[review.participationMethod] ?? 0) + 1;
        if (ageOnNaive(child.dateOfBirth, review.heldOn) >= 4) {
          r.agedFourPlus++;
          if (/^PN[1-6]$/.test(review.participationCode)) r.participated++;
        }
        if (review.advocacy.offered) r.offered++;
        if (review.advocacy.declined) r.declined++;
        if (review.advocacy.referralMade) {
          r.referrals++;
          const key = review.advocacy.provider?.trim().toLowerCase() || '(none)';
          r.providers[key] = (r.providers[key] ?? 0) + 1;
        }
        tally(
          r.recordTarget,
          review.heldOn,
          review.recordOfReviewCompletedOn,
          settings.recordOfReviewTargetWorkingDays,
        );
        tally(
          r.recordLimit,
          review.heldOn,
          review.recordOfReviewCompletedOn,
          settings.recordOfReviewLimitWorkingDays,
        );
        if (review.decisionsSentOn !== null) {
          tally(
            r.signOff,
            review.decisionsSentOn,
            review.managerSignOffOn,
            settings.managerSignOffWorkingDays,
          );
        }
      });
    });

    for (const e of db.forChild('escalations', child.id)) {
      if (inRange(e.raisedOn)) r.raised++;
      for (const s of e.stages) if (inRange(s.reachedOn)) r.raisedByStage[s.stage]!++;
      if (inRange(e.resolvedOn)) r.resolvedByStage[e.stage]!++;
      if (e.raisedOn <= to && (e.resolvedOn === null || e.resolvedOn > to)) r.openAtEnd++;
    }
  }
  r.late.sort((a, b) =>
    a.heldOn === b.heldOn ? (a.childId < b.childId ? -1 : 1) : a.heldOn < b.heldOn ? -1 : 1,
  );
  return r;
}

function expectAgreement(figures: AnnualReport, r: Recount): void {
  expect(figures.childrenLookedAfterAtStart.value).toBe(r.atStart);
  expect(figures.childrenLookedAfterAtEnd.value).toBe(r.atEnd);
  expect(figures.childrenStartedToBeLookedAfter.value).toBe(r.started);
  expect(figures.childrenCeasedToBeLookedAfter.value).toBe(r.ceased);
  expect(figures.reviewsHeld.value).toBe(r.held);
  expect(figures.reviewsInTimescale.value).toMatchObject({ count: r.inTimescale, outOf: r.held });
  expect(
    figures.lateReviews.value.items.map(({ childId, heldOn, due, daysLate }) => ({
      childId,
      heldOn,
      due,
      daysLate,
    })),
  ).toEqual(r.late);
  const withZeros = (keys: readonly string[], counts: Record<string, number>) =>
    Object.fromEntries(keys.map((key) => [key, counts[key] ?? 0]));
  const codes = Object.keys(figures.participationByCode.value);
  expect(codes).toHaveLength(8);
  expect(figures.participationByCode.value).toEqual(withZeros(codes, r.byCode));
  expect(figures.participation.value).toMatchObject({
    count: r.participated,
    outOf: r.agedFourPlus,
  });
  const methods = Object.keys(figures.participationMethods.value);
  expect(figures.participationMethods.value).toEqual(withZeros(methods, r.byMethod));
  expect(figures.advocacyOffered.value).toMatchObject({ count: r.offered, outOf: r.held });
  expect(figures.advocacyReferrals.value).toBe(r.referrals);
  expect(figures.advocacyDeclined.value).toBe(r.declined);
  expect(
    Object.fromEntries(
      figures.advocacyReferralsByProvider.value.map((p) => [
        p.provider?.toLowerCase() ?? '(none)',
        p.count,
      ]),
    ),
  ).toEqual(r.providers);
  const byIro = figures.caseloads.value.byIro;
  expect(Object.fromEntries(byIro.map((row) => [row.iroId, row.children]))).toEqual(
    withZeros(
      byIro.map((row) => row.iroId),
      r.caseloads,
    ),
  );
  expect(figures.escalationsRaised.value.total).toBe(r.raised);
  expect(figures.escalationsRaised.value.byStage).toEqual(r.raisedByStage);
  expect(figures.escalationsResolved.value.byStage).toEqual(r.resolvedByStage);
  expect(figures.escalationsOpenAtEnd.value).toBe(r.openAtEnd);
  const pair = (v: { count: number; outOf: number }) => [v.count, v.outOf];
  expect(pair(figures.recordOfReviewWithinTarget.value)).toEqual(r.recordTarget);
  expect(pair(figures.recordOfReviewWithinLimit.value)).toEqual(r.recordLimit);
  expect(pair(figures.managerSignOffInTime.value)).toEqual(r.signOff);
  expect(
    Object.fromEntries(figures.reviewsByMonth.value.map((m) => [m.month, [m.held, m.inTimescale]])),
  ).toEqual(
    Object.fromEntries(
      figures.reviewsByMonth.value.map((m) => [m.month, r.byMonth[m.month] ?? [0, 0]]),
    ),
  );
  // Every review counted by the recount falls in one of the report's months.
  expect(
    Object.keys(r.byMonth).every((month) =>
      figures.reviewsByMonth.value.some((m) => m.month === month),
    ),
  ).toBe(true);
}

describe('GET /api/reports/annual', () => {
  it('gives a team manager figures for everyone that agree with a brute-force recount', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const figures = await report(token, 'from=2025-04-01&to=2026-03-31');
    const everyone = [...ctx.db.all('children')];
    const r = recount(ctx.db, everyone, '2025-04-01', '2026-03-31');

    // The seed gives a real year to count: hundreds of reviews, some late. (Its escalations are
    // all raised in the last 150 days, so none fall in 2025-26: the next test counts them.)
    expect(r.held).toBeGreaterThan(300);
    expect(r.late.length).toBeGreaterThan(0);
    expectAgreement(figures, r);

    expect(figures.period).toEqual({
      from: '2025-04-01',
      to: '2026-03-31',
      label: '1 April 2025 to 31 March 2026',
      soFarTo: null,
    });
    expect(figures.scope).toEqual({ iroId: null, description: 'All children, all IROs' });
    expect(figures.today).toBe(TODAY);
    // Every active IRO is in the caseload table, Peter Marsh (left, no children) is not.
    const names = figures.caseloads.value.byIro.map((row) => row.name);
    expect(names).toContain('Hannah Okoye');
    expect(names).not.toContain('Peter Marsh');
    expect(figures.caseloads.value.allocated + figures.caseloads.value.unallocated).toBe(r.atEnd);
    // Late reviews carry the child's reference for the board paper, not their name.
    const late = figures.lateReviews.value.items[0]!;
    expect(late.childRef).toBe(ctx.db.get('children', late.childId)!.childRef);
    expect(late.dueReason).toMatch(/after/);
  });

  it('agrees with the recount for any date range, including one inside a month', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const everyone = [...ctx.db.all('children')];
    for (const [from, to] of [
      ['2024-01-15', '2026-11-23'],
      ['2026-02-10', '2026-02-20'],
    ] as const) {
      const r = recount(ctx.db, everyone, from, to);
      expectAgreement(await report(token, `from=${from}&to=${to}`), r);
      if (from === '2024-01-15') expect(r.raised).toBeGreaterThan(0);
    }
  });

  it('gives an IRO the figures for their own caseload only', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const figures = await report(token, 'from=2025-04-01&to=2026-03-31');
    const mine = [...ctx.db.childIdsOf(user.id)].map((id) => ctx.db.get('children', id)!);
    expectAgreement(figures, recount(ctx.db, mine, '2025-04-01', '2026-03-31'));
    expect(figures.scope).toEqual({
      iroId: user.id,
      description: `The children allocated to ${user.name} now`,
    });
    expect(figures.caseloads.value.byIro.map((row) => row.iroId)).toEqual([user.id]);

    // The same as a team manager asking for that IRO.
    const manager = await signInAs(ctx.db, 'team-manager');
    expect(await report(manager.token, `from=2025-04-01&to=2026-03-31&iroId=${user.id}`)).toEqual(
      figures,
    );

    // Another IRO's figures are refused.
    const other = staff(ctx.db, 'iro', 1);
    const refused = await call(
      'GET',
      `/reports/annual?from=2025-04-01&to=2026-03-31&iroId=${other.id}`,
      {
        token,
      },
    );
    expect(refused.status).toBe(403);
  });

  it('refuses business support and people not signed in', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const refused = await call('GET', '/reports/annual?from=2025-04-01&to=2026-03-31', { token });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(
      'Business support cannot do this: only team managers and IROs can',
    );
    expect((await call('GET', '/reports/annual?from=2025-04-01&to=2026-03-31')).status).toBe(401);
  });

  it('says what is wrong with the period (422 per field)', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const errors = async (query: string) => {
      const result = await call('GET', `/reports/annual?${query}`, { token });
      expect(result.status).toBe(422);
      return fieldErrors(result.body);
    };
    expect(await errors('to=2026-03-31')).toEqual({
      from: 'Enter the date the period starts',
    });
    expect(await errors('from=2025-02-30&to=2026-03-31')).toEqual({
      from: 'Date the period starts must be a real date',
    });
    expect(await errors('from=2026-04-01&to=2026-03-31')).toEqual({
      to: 'Date the period ends must be the same as or after the date it starts',
    });
    expect(await errors('from=2010-04-01&to=2020-04-01')).toEqual({
      to: 'The period must be shorter than 10 years',
    });
    expect(await errors('from=2025-04-01&to=2026-03-31&iroId=st_10')).toEqual({
      iroId: 'Choose an IRO from the list',
    });
  });

  it('gives the reason chosen when the review was recorded, counted by reason', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const figures = await report(token, 'from=2025-04-01&to=2026-03-31');
    expect(figures.lateReviews.value.items.length).toBeGreaterThan(0);
    for (const late of figures.lateReviews.value.items) {
      const stored = ctx.db
        .forChild('reviews', late.childId)
        .find((r) => r.heldOn === late.heldOn)!;
      // Every seeded review held late has a reason, as the backend now requires.
      expect(stored.lateReason).not.toBeNull();
      expect(late.reason).toBe(lateReviewReasonText(stored.lateReason!));
      expect(late.reasonCode).toBe(stored.lateReason!.code);
    }
    const byReason = figures.lateReviewsByReason.value;
    expect(byReason.reduce((sum, r) => sum + r.count, 0)).toBe(
      figures.lateReviews.value.items.length,
    );
    for (const row of byReason) {
      expect(row.count).toBe(
        figures.lateReviews.value.items.filter((l) => l.reasonCode === row.code).length,
      );
    }
  });

  it('for a review recorded without a reason (imported), gives the one given when the meeting was booked after the due date', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const before = await report(token, 'from=2025-04-01&to=2026-03-31');
    const late = before.lateReviews.value.items[0]!;
    const stored = ctx.db.forChild('reviews', late.childId).find((r) => r.heldOn === late.heldOn)!;
    await ctx.db.commit({ puts: { reviews: [{ ...stored, lateReason: null }] }, deletes: {} });
    const unrecorded = await report(token, 'from=2025-04-01&to=2026-03-31');
    const without = unrecorded.lateReviews.value.items.find(
      (r) => r.childId === late.childId && r.heldOn === late.heldOn,
    );
    expect(without?.reason ?? null).toBeNull();
    expect(without?.reasonCode).toBeNull();
    const meeting = ctx.db
      .forChild('meetings', late.childId)
      .find((m) => m.date === late.heldOn && m.status === 'held');
    const reason = 'The only date the carers and the child could all attend';
    if (meeting === undefined) {
      // The seed keeps only the latest held meeting: add the one this review was held at.
      const template =
        ctx.db.forChild('meetings', late.childId)[0] ?? [...ctx.db.all('meetings')][0]!;
      await ctx.db.commit({
        puts: {
          meetings: [
            {
              ...template,
              id: 'mt_report_test',
              childId: late.childId,
              date: late.heldOn,
              status: 'held',
              outOfTimescaleReason: reason,
            },
          ],
        },
        deletes: {},
      });
    } else {
      await ctx.db.commit({
        puts: { meetings: [{ ...meeting, outOfTimescaleReason: reason }] },
        deletes: {},
      });
    }
    const after = await report(token, 'from=2025-04-01&to=2026-03-31');
    expect(
      after.lateReviews.value.items.find(
        (r) => r.childId === late.childId && r.heldOn === late.heldOn,
      )?.reason,
    ).toBe(reason);
  });
});

describe('GET /api/reports/annual, its late reviews a page at a time', () => {
  it('pages the late reviews (50 by default) and counts them all, the other figures whole', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const whole = await report(token, 'from=2025-04-01&to=2026-03-31');
    const all = whole.lateReviews.value.items;
    expect(all.length).toBeGreaterThan(3);
    const first = await report(token, 'from=2025-04-01&to=2026-03-31&pageSize=50');
    expect(first.lateReviews.value).toMatchObject({
      page: 1,
      pageSize: 50,
      totalItems: all.length,
      totalPages: Math.ceil(all.length / 50),
    });
    expect(first.lateReviews.value.items).toEqual(all.slice(0, 50));
    // Every page in turn gives the whole list once, in the same order.
    const pageSize = Math.ceil(all.length / 3);
    const pages: AnnualReport['lateReviews']['value']['items'] = [];
    for (let page = 1; page <= 3; page++) {
      const answer = await report(
        token,
        `from=2025-04-01&to=2026-03-31&page=${page}&pageSize=${pageSize}`,
      );
      expect(answer.lateReviews.value.totalPages).toBe(3);
      expect(answer.reviewsHeld).toEqual(whole.reviewsHeld);
      expect(answer.lateReviewsByReason).toEqual(whole.lateReviewsByReason);
      pages.push(...answer.lateReviews.value.items);
    }
    expect(pages).toEqual(all);
    // Past the last page: no rows, still the counts.
    const past = await report(token, `from=2025-04-01&to=2026-03-31&page=4&pageSize=${pageSize}`);
    expect(past.lateReviews.value).toMatchObject({ items: [], totalItems: all.length });
  });

  it('says what is wrong with a page asked for', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const result = await call('GET', '/reports/annual?from=2025-04-01&to=2026-03-31&page=0', {
      token,
    });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body)).toEqual({ page: 'Page must be 1 or more' });
  });
});

describe('GET /api/reports/annual after a child leaves care (POST care-events)', () => {
  it('counts the child as ceased to be looked after in a period containing the leaving date, and only there', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const LEFT_ON = '2026-10-15';
    // Looked after now (no period ended), since before the leaving date, with nothing held after it.
    const child = [...ctx.db.all('children')].find((c) => {
      const open = c.episodes.find((e) => e.end === null);
      return (
        c.iroId !== null &&
        open !== undefined &&
        open.start < LEFT_ON &&
        ctx.db.forChild('reviews', c.id).every((r) => r.heldOn < LEFT_ON)
      );
    })!;
    const october = 'from=2026-10-01&to=2026-10-31';
    const november = 'from=2026-11-01&to=2026-11-23';
    const before = {
      october: await report(token, october),
      november: await report(token, november),
    };

    const left = await call('POST', `/children/${child.id}/care-events`, {
      token,
      body: { kind: 'leave', date: LEFT_ON, reasonEnded: 'E4A', version: child.version },
    });
    expect(left.status).toBe(201);

    const october2 = await report(token, october);
    const november2 = await report(token, november);
    expect(october2.childrenCeasedToBeLookedAfter.label).toBe(
      'Children who ceased to be looked after',
    );
    expect(october2.childrenCeasedToBeLookedAfter.value).toBe(
      before.october.childrenCeasedToBeLookedAfter.value + 1,
    );
    expect(november2.childrenCeasedToBeLookedAfter.value).toBe(
      before.november.childrenCeasedToBeLookedAfter.value,
    );
    // Looked after on 1 October (and on the day they left), not on 1 November.
    expect(october2.childrenLookedAfterAtStart.value).toBe(
      before.october.childrenLookedAfterAtStart.value,
    );
    expect(october2.childrenLookedAfterAtEnd.value).toBe(
      before.october.childrenLookedAfterAtEnd.value - 1,
    );
    expect(november2.childrenLookedAfterAtStart.value).toBe(
      before.november.childrenLookedAfterAtStart.value - 1,
    );
    // The brute-force recount agrees, for the month and the whole year.
    const everyone = [...ctx.db.all('children')];
    expectAgreement(october2, recount(ctx.db, everyone, '2026-10-01', '2026-10-31'));
    // The year has not ended: it is counted to today, so far (never stated for 31 March 2027).
    const year = await report(token, 'from=2026-04-01&to=2027-03-31');
    expect(year.period.soFarTo).toBe(ctx.db.today);
    expect(year.childrenLookedAfterAtEnd.label).toMatch(/ so far, to \d+ \w+ 2026$/);
    expectAgreement(year, recount(ctx.db, everyone, '2026-04-01', ctx.db.today));
  });
});
