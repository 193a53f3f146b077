import { describe, expect, it } from 'vitest';
import { formatSsda903Date, SSDA903_REQUIRED_COLUMNS, validateSsda903 } from '@/domain';
import {
  caseloadSummarySchema,
  childDetailSchema,
  childSummaryPageSchema,
  leftCareListSchema,
  type Child,
} from '@/lib/api/schemas';
import {
  ssda903CurrentSchema,
  ssda903ImportResultSchema,
  ssda903ReviewsExportSchema,
  type Ssda903ImportResult,
} from '@/lib/api/ssda903-schemas';
import { atRiskListSchema } from '@/lib/api/team-schemas';
import { makeReturn } from '../../bench/ssda903-return';
import { activeChildren, summariseChild } from '../compute';
import { resetMockDatabase, TEST_TODAY } from '../node';
import { call, fieldErrors, signInAs, staff, useMockBackend } from '../test/support';

// "Today" is Monday 16 March 2026 (TEST_TODAY).
const ctx = useMockBackend({ size: 30 });

const header = [
  { CHILD: 'NB903001', SEX: '1', DOB: '14/03/2015' },
  { CHILD: 'NB903002', SEX: '2', DOB: '02/02/2024' },
];
const episodes = [
  { CHILD: 'NB903001', DECOM: '01/05/2025', RNE: 'S', LS: 'C2', PLACE: 'U4', DEC: '', REC: '' },
  {
    CHILD: 'NB903002',
    DECOM: '01/12/2024',
    RNE: 'S',
    LS: 'V2',
    PLACE: 'U6',
    DEC: '10/01/2025',
    REC: 'E11',
  },
  { CHILD: 'NB903002', DECOM: '02/03/2026', RNE: 'S', LS: 'C1', PLACE: 'U6', DEC: '', REC: '' },
];
const reviews = [
  { CHILD: 'NB903001', DOB: '14/03/2015', REVIEW: '28/05/2025', REVIEW_CODE: 'PN1' },
  { CHILD: 'NB903001', DOB: '14/03/2015', REVIEW: '20/08/2025', REVIEW_CODE: 'PN5' },
  { CHILD: 'NB903002', DOB: '02/02/2024', REVIEW: '20/12/2024', REVIEW_CODE: 'PN0' },
];

async function manager() {
  const margaret = staff(ctx.db, 'team-manager');
  const { token } = await signInAs(ctx.db, 'team-manager');
  return { margaret, token };
}

const IRO = 'st_04'; // Gareth Lloyd

type Rows = Record<string, string>[];

/**
 * A tracker child as the case system's return would have them (optionally with their episodes
 * edited), and whether those rows pass the return's own check.
 */
function returnOf(
  child: Child,
  edit: (rows: Rows) => Rows = (rows) => rows,
): { header: Rows; episodes: Rows; reviews: Rows; valid: boolean } {
  const DOB = formatSsda903Date(child.dateOfBirth);
  const header = [{ CHILD: child.childRef, SEX: child.sex ?? '1', DOB }];
  const episodeRows = edit(
    [...child.episodes]
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
      .map((episode) => ({
        CHILD: child.childRef,
        DECOM: formatSsda903Date(episode.start),
        RNE: episode.reasonForNewEpisode,
        LS: episode.legalStatus,
        PLACE: episode.placementType,
        DEC: episode.end === null ? '' : formatSsda903Date(episode.end),
        REC: episode.reasonEnded ?? '',
      })),
  );
  const reviewRows = ctx.db.forChild('reviews', child.id).map((review) => ({
    CHILD: child.childRef,
    DOB,
    REVIEW: formatSsda903Date(review.heldOn),
    REVIEW_CODE: review.participationCode,
  }));
  const checked = validateSsda903(
    {
      header: { columns: SSDA903_REQUIRED_COLUMNS.header, rows: header },
      episodes: { columns: SSDA903_REQUIRED_COLUMNS.episodes, rows: episodeRows },
      reviews: { columns: SSDA903_REQUIRED_COLUMNS.reviews, rows: reviewRows },
    },
    { today: ctx.db.today },
  );
  return {
    header,
    episodes: episodeRows,
    reviews: reviewRows,
    valid: checked.problems.length === 0 && checked.children.length === 1,
  };
}

/** The open episode's row ended on `date` with `rec`. */
const closeOpen = (date: string, rec: string) => (rows: Rows) =>
  rows.map((row) => (row.DEC === '' ? { ...row, DEC: formatSsda903Date(date), REC: rec } : row));

async function importReturn(
  token: string,
  body: Record<string, unknown>,
): Promise<Ssda903ImportResult> {
  const result = await call('POST', '/ssda903/import', { token, body });
  expect(result.body.errors ?? []).toEqual([]);
  expect(result.status).toBe(201);
  return ssda903ImportResultSchema.parse(result.body);
}

const counts = () => ({
  children: ctx.db.count('children'),
  reviews: ctx.db.count('reviews'),
  audit: ctx.db.count('auditEvents'),
});

describe('POST /api/ssda903/import', () => {
  it('creates the children with their episodes and reviews, and computes their due dates', async () => {
    const { token, margaret } = await manager();
    const before = ctx.db.count('children');
    const result = await call('POST', '/ssda903/import', {
      token,
      body: { iroId: IRO, header, episodes, reviews },
    });
    expect(result.status).toBe(201);
    const body = ssda903ImportResultSchema.parse(result.body);
    expect(body.imported).toEqual({ children: 2, episodes: 3, reviews: 3, periodsOfCare: 3 });
    expect(ctx.db.count('children')).toBe(before + 2);
    expect(body.children.map((c) => [c.childRef, c.iroId, c.version])).toEqual([
      ['NB903001', IRO, 1],
      ['NB903002', IRO, 1],
    ]);

    const first = childDetailSchema.parse(
      (await call('GET', `/children/${body.children[0]!.id}`, { token })).body,
    );
    expect(first).toMatchObject({
      childRef: 'NB903001',
      givenName: 'Child',
      familyName: 'NB903001',
      dateOfBirth: '2015-03-14',
      legalStatus: 'C2',
      placement: { type: 'U4' },
    });
    // By hand: 6 months after the review held on 20 August 2025 is 20 February 2026: overdue.
    expect(first.nextReview).toMatchObject({ due: '2026-02-20', kind: 'subsequent', sequence: 3 });
    expect(first.nextReview!.status).toBe('overdue');
    expect(
      first.reviews.map((r) => [r.heldOn, r.participationCode, r.participationMethod]),
    ).toEqual([
      ['2025-05-28', 'PN1', 'in-person'],
      ['2025-08-20', 'PN5', 'via-advocate'],
    ]);
    expect(first.reviews[0]!.recordedBy).toBe(margaret.id);

    const second = childDetailSchema.parse(
      (await call('GET', `/children/${body.children[1]!.id}`, { token })).body,
    );
    // A new period of care (RNE S on 2 March 2026) restarts the cycle: the 20th working day after
    // Monday 2 March 2026 is Monday 30 March 2026 (no bank holidays in between).
    expect(second.currentPeriod.start).toBe('2026-03-02');
    expect(second.nextReview).toMatchObject({ due: '2026-03-30', kind: 'first', sequence: 1 });
    expect(second.previousPeriods).toHaveLength(1);
    expect(second.previousPeriods[0]!.reviews.map((r) => r.held)).toEqual(['2024-12-20']);

    const audit = await call('GET', `/audit-events?childId=${body.children[0]!.id}`, { token });
    expect(audit.body.items[0].summary).toBe(
      'Margaret Osei-Bonsu imported child NB903001 from the SSDA903 return (1 episode, 2 reviews), allocated to Gareth Lloyd',
    );
  });

  it('writes nothing when any row has a problem, and names each row in a 422', async () => {
    const { token } = await manager();
    const before = {
      children: ctx.db.count('children'),
      reviews: ctx.db.count('reviews'),
      audit: ctx.db.count('auditEvents'),
    };
    const result = await call('POST', '/ssda903/import', {
      token,
      body: {
        iroId: IRO,
        header,
        episodes: [...episodes, { ...episodes[0]!, CHILD: 'NB999999' }],
        reviews: [
          { ...reviews[0]!, REVIEW_CODE: 'PN9' },
          { ...reviews[1]!, REVIEW: '31/02/2025' },
          reviews[2]!,
        ],
      },
    });
    expect(result.status).toBe(422);
    expect(result.body.detail).toMatch(/^The return has 3 problems: nothing was imported\./);
    expect(fieldErrors(result.body)).toEqual({
      'episodes.3.CHILD': 'Episodes file, row 5, CHILD: Child NB999999 is not in the header file',
      'reviews.0.REVIEW_CODE':
        "Reviews file, row 2, REVIEW_CODE: REVIEW_CODE must be one of PN0 to PN7: got 'PN9'",
      'reviews.1.REVIEW':
        "Reviews file, row 3, REVIEW: REVIEW must be a real date in the form dd/mm/yyyy: got '31/02/2025'",
    });
    expect({
      children: ctx.db.count('children'),
      reviews: ctx.db.count('reviews'),
      audit: ctx.db.count('auditEvents'),
    }).toEqual(before);
  });

  // Was 'refuses a child already in the tracker (nothing is overwritten)', which expected a 422
  // "child … is already in the tracker". A known child is now merged: nothing of theirs is
  // overwritten, and what the return adds is added (the refresh tests below).
  it('merges a child already in the tracker instead of refusing them (nothing is overwritten)', async () => {
    const { token } = await manager();
    const existing = activeChildren(ctx.db).find((child) => returnOf(child).valid)!;
    const before = ctx.db.count('children');
    const mine = returnOf(existing);
    const result = await call('POST', '/ssda903/import', {
      token,
      body: {
        iroId: IRO,
        header: [header[0]!, ...mine.header],
        episodes: [episodes[0]!, ...mine.episodes],
        reviews: mine.reviews,
      },
    });
    expect(result.status).toBe(201);
    const body = ssda903ImportResultSchema.parse(result.body);
    expect(body.outcomes.map((o) => [o.childRef, o.outcome])).toEqual([
      ['NB903001', 'new-child'],
      [existing.childRef, 'unchanged'],
    ]);
    expect(ctx.db.count('children')).toBe(before + 1);
    expect(ctx.db.get('children', existing.id)).toEqual(existing);
  });

  it('checks the body and the IRO', async () => {
    const { token } = await manager();
    const missing = await call('POST', '/ssda903/import', { token, body: { header: [] } });
    expect(missing.status).toBe(422);
    expect(fieldErrors(missing.body)).toMatchObject({
      iroId: 'Select the IRO to allocate the imported children to',
      header: 'The header file has no children',
      episodes: 'Upload the episodes file',
    });
    const left = await call('POST', '/ssda903/import', {
      token,
      body: { iroId: 'st_09', header, episodes, reviews },
    });
    expect(left.status).toBe(422);
    expect(fieldErrors(left.body)).toEqual({ iroId: 'Select an IRO who is currently working' });
  });

  it('is for team managers only', async () => {
    for (const role of ['iro', 'business-support'] as const) {
      const { token } = await signInAs(ctx.db, role);
      const result = await call('POST', '/ssda903/import', {
        token,
        body: { iroId: IRO, header, episodes, reviews },
      });
      expect({ role, status: result.status }).toEqual({ role, status: 403 });
    }
    expect((await call('POST', '/ssda903/import', { body: {} })).status).toBe(401);
  });
});

describe('refreshing the tracker from a later return', () => {
  const body = { iroId: IRO, header, episodes, reviews };

  it('adds what the return adds (episodes, an episode’s end, leaving care, reviews), one audit event per changed child', async () => {
    const { token } = await manager();
    const first = await importReturn(token, body);
    const [one, two] = first.children.map((c) => ctx.db.get('children', c.id)!);
    const before = counts();
    const later = await importReturn(token, {
      iroId: null,
      header,
      episodes: [
        { ...episodes[0]!, DEC: '02/03/2026', REC: 'X1' },
        { ...episodes[0]!, DECOM: '02/03/2026', RNE: 'P', PLACE: 'U6' },
        episodes[1]!,
        { ...episodes[2]!, DEC: '16/03/2026', REC: 'E13' },
      ],
      reviews: [
        ...reviews,
        { CHILD: 'NB903001', DOB: '14/03/2015', REVIEW: '18/02/2026', REVIEW_CODE: 'PN1' },
      ],
    });
    expect(
      later.outcomes.map((o) => [o.childRef, o.childId, o.outcome, o.changes.map((c) => c.kind)]),
    ).toEqual([
      ['NB903001', one!.id, 'changed', ['new-episodes', 'episode-closed', 'new-reviews']],
      ['NB903002', two!.id, 'changed', ['episode-closed', 'left-care']],
    ]);
    expect(later.totals).toEqual({
      children: 2,
      newChildren: 0,
      changed: 2,
      unchanged: 0,
      heldBack: 0,
      changes: 2,
      conflicts: 0,
      newEpisodes: 1,
      closedEpisodes: 2,
      leftCare: 1,
      returned: 0,
      newReviews: 1,
    });
    expect(later.summary).toBe('2 children changed.');
    expect(later.imported).toEqual({ children: 0, episodes: 0, reviews: 0, periodsOfCare: 0 });
    expect(later.children).toEqual([]);
    expect(counts()).toEqual({
      children: before.children,
      reviews: before.reviews + 1,
      audit: before.audit + 2,
    });

    // The tracker's episode keeps its id; the new one is the current placement.
    const updated = ctx.db.get('children', one!.id)!;
    expect(updated.version).toBe(2);
    expect(
      updated.episodes.map((e) => [e.id === one!.episodes[0]!.id, e.start, e.end, e.reasonEnded]),
    ).toEqual([
      [true, '2025-05-01', '2026-03-02', 'X1'],
      [false, '2026-03-02', null, null],
    ]);
    expect(updated.placement.type).toBe('U6');
    const detail = childDetailSchema.parse(
      (await call('GET', `/children/${one!.id}`, { token })).body,
    );
    // By hand: 6 months after the review held on 18 February 2026 is 18 August 2026.
    expect(detail.nextReview).toMatchObject({ due: '2026-08-18', kind: 'subsequent', sequence: 4 });
    const audit = await call('GET', `/audit-events?childId=${one!.id}`, { token });
    expect(audit.body.items[0]).toMatchObject({
      action: 'updated',
      summary:
        'Margaret Osei-Bonsu updated child NB903001 from the SSDA903 return: 1 new episode: from 2 March 2026 (RNE P, LS C2, PLACE U6); The episode that started on 1 May 2025 ended on 2 March 2026 (X1: Episode ends and a new one begins the same day); 1 new review: 18 February 2026 (PN1)',
    });
    // Left care today: nothing is due for them.
    const left = childDetailSchema.parse(
      (await call('GET', `/children/${two!.id}`, { token })).body,
    );
    expect(left.care).toMatchObject({
      status: 'left-care',
      leftCare: { on: TEST_TODAY, reasonEnded: 'E13' },
    });
    expect(left.nextReview).toBeNull();
  });

  it('importing the same return twice changes nothing the second time', async () => {
    const { token } = await manager();
    const first = await importReturn(token, body);
    expect(first.totals).toMatchObject({ newChildren: 2, changes: 2 });
    const before = counts();
    const stored = first.children.map((c) => ctx.db.get('children', c.id));
    // No new children, so no IRO is needed.
    const again = await importReturn(token, { ...body, iroId: null });
    expect(again.summary).toBe('Importing this return changed nothing (2 children unchanged).');
    expect(again.totals).toMatchObject({ children: 2, unchanged: 2, changes: 0, conflicts: 0 });
    expect(again.outcomes.map((o) => [o.childRef, o.outcome, o.changes, o.conflicts])).toEqual([
      ['NB903001', 'unchanged', [], []],
      ['NB903002', 'unchanged', [], []],
    ]);
    expect(counts()).toEqual(before);
    expect(first.children.map((c) => ctx.db.get('children', c.id))).toEqual(stored);
  });

  it('lists conflicts and never overwrites them; the rest of the return still goes in', async () => {
    const { token } = await manager();
    await importReturn(token, body);
    const byRef = (ref: string) => [...ctx.db.all('children')].find((c) => c.childRef === ref)!;
    // A seeded child whose latest review the case system does not have yet.
    const seeded = activeChildren(ctx.db).find((child) => {
      const held = ctx.db
        .forChild('reviews', child.id)
        .map((r) => r.heldOn)
        .sort();
      return returnOf(child).valid && held.length > 1 && held.at(-1)! >= '2025-01-01';
    })!;
    const seededRows = returnOf(seeded);
    const latest = formatSsda903Date(
      ctx.db
        .forChild('reviews', seeded.id)
        .map((r) => r.heldOn)
        .sort()
        .at(-1)!,
    );
    const before = {
      one: byRef('NB903001'),
      two: byRef('NB903002'),
      seeded: ctx.db.get('children', seeded.id),
      seededReviews: ctx.db.forChild('reviews', seeded.id).length,
      reviews: ctx.db.count('reviews'),
    };
    const result = await importReturn(token, {
      iroId: IRO,
      header: [
        { ...header[0]!, DOB: '15/03/2015' },
        header[1]!,
        ...seededRows.header,
        { CHILD: 'NB903003', SEX: '1', DOB: '01/01/2014' },
      ],
      episodes: [
        episodes[0]!,
        { ...episodes[1]!, PLACE: 'U4' },
        episodes[2]!,
        ...seededRows.episodes,
        {
          CHILD: 'NB903003',
          DECOM: '02/03/2026',
          RNE: 'S',
          LS: 'C2',
          PLACE: 'U4',
          DEC: '',
          REC: '',
        },
      ],
      reviews: [
        ...reviews.slice(0, 2).map((r) => ({ ...r, DOB: '15/03/2015' })),
        { CHILD: 'NB903001', DOB: '15/03/2015', REVIEW: '18/02/2026', REVIEW_CODE: 'PN1' },
        reviews[2]!,
        ...seededRows.reviews.filter((r) => r.REVIEW !== latest),
      ],
    });
    expect(
      result.outcomes.map((o) => [
        o.childRef,
        o.outcome,
        o.conflicts.map((c) => [c.kind, c.blocking]),
      ]),
    ).toEqual([
      ['NB903001', 'held-back', [['date-of-birth', true]]],
      ['NB903002', 'held-back', [['episode-contradicted', true]]],
      [seeded.childRef, 'unchanged', [['review-not-in-return', false]]],
      ['NB903003', 'new-child', []],
    ]);
    expect(result.outcomes[0]!.conflicts[0]!.message).toBe(
      'The return gives the date of birth as 15 March 2015, the tracker has 14 March 2015. Nothing about this child is changed: check which is right',
    );
    expect(result.outcomes[1]!.conflicts[0]!.message).toBe(
      'The episode that started on 1 December 2024 differs: placement type (PLACE) U6 in the tracker, U4 in the return. Nothing about this child is changed: correct the tracker or the case system',
    );
    expect(result.outcomes[2]!.conflicts[0]!.message).toMatch(
      /^The review held on .+ is in the tracker but not in the return: it is kept$/,
    );
    expect(result.totals).toMatchObject({
      newChildren: 1,
      heldBack: 2,
      unchanged: 1,
      changes: 1,
      conflicts: 3,
    });
    expect(result.summary).toBe(
      '1 new child, 1 child unchanged, 2 children held back by a conflict. 3 conflicts listed: the tracker’s records were kept.',
    );
    expect(byRef('NB903001')).toEqual(before.one);
    expect(byRef('NB903002')).toEqual(before.two);
    expect(ctx.db.get('children', seeded.id)).toEqual(before.seeded);
    expect(ctx.db.forChild('reviews', seeded.id)).toHaveLength(before.seededReviews);
    expect(ctx.db.count('reviews')).toBe(before.reviews);
    expect(byRef('NB903003').iroId).toBe(IRO);
  });

  it('is all or nothing: a problem anywhere, or new children and no IRO, writes nothing', async () => {
    const { token } = await manager();
    await importReturn(token, body);
    const before = counts();
    const change = {
      CHILD: 'NB903001',
      DOB: '14/03/2015',
      REVIEW: '18/02/2026',
      REVIEW_CODE: 'PN1',
    };
    const bad = await call('POST', '/ssda903/import', {
      token,
      body: {
        ...body,
        reviews: [...reviews, change, { ...reviews[2]!, REVIEW: '21/12/2024', REVIEW_CODE: 'PN9' }],
      },
    });
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad.body)).toEqual({
      'reviews.4.REVIEW_CODE':
        "Reviews file, row 6, REVIEW_CODE: REVIEW_CODE must be one of PN0 to PN7: got 'PN9'",
    });
    expect(counts()).toEqual(before);

    const noIro = await call('POST', '/ssda903/import', {
      token,
      body: {
        iroId: null,
        header: [...header, { CHILD: 'NB903003', SEX: '1', DOB: '01/01/2014' }],
        episodes: [...episodes, { ...episodes[0]!, CHILD: 'NB903003' }],
        reviews: [...reviews, change],
      },
    });
    expect(noIro.status).toBe(422);
    expect(fieldErrors(noIro.body)).toEqual({
      iroId: 'Select the IRO to allocate the new children to',
    });
    expect(counts()).toEqual(before);
  });

  it('a leaver in the return is in no caseload, count or at-risk list, and is in the left-care list', async () => {
    const { token } = await manager();
    // Overdue or at risk (so on the at-risk list) and looked after today.
    const leaver = activeChildren(ctx.db).find(
      (child) =>
        ['overdue', 'at-risk'].includes(summariseChild(ctx.db, child).nextReview.status) &&
        returnOf(child, closeOpen(TEST_TODAY, 'E13')).valid,
    )!;
    const rows = returnOf(leaver, closeOpen(TEST_TODAY, 'E13'));
    const listIds = async () =>
      childSummaryPageSchema
        .parse((await call('GET', '/children?pageSize=10000', { token })).body)
        .items.map((c) => c.id);
    const atRisk = async () =>
      atRiskListSchema
        .parse((await call('GET', '/team/reviews-at-risk?weeks=8', { token })).body)
        .items.map((item) => item.childId);
    const summary = async () =>
      caseloadSummarySchema.parse((await call('GET', '/caseload-summary', { token })).body);
    expect(await listIds()).toContain(leaver.id);
    expect(await atRisk()).toContain(leaver.id);
    const summaryBefore = await summary();
    const key =
      summariseChild(ctx.db, leaver).nextReview.status === 'overdue' ? 'overdue' : 'atRisk';

    const result = await importReturn(token, {
      iroId: IRO,
      header: [...rows.header, { CHILD: 'NB903003', SEX: '1', DOB: '01/01/2014' }],
      episodes: [
        ...rows.episodes,
        {
          CHILD: 'NB903003',
          DECOM: '01/05/2025',
          RNE: 'S',
          LS: 'C2',
          PLACE: 'U4',
          DEC: '01/02/2026',
          REC: 'E11',
        },
      ],
      reviews: [
        ...rows.reviews,
        { CHILD: 'NB903003', DOB: '01/01/2014', REVIEW: '28/05/2025', REVIEW_CODE: 'PN1' },
      ],
    });
    expect(
      result.outcomes.map((o) => [o.childRef, o.outcome, o.changes.map((c) => c.kind)]),
    ).toEqual([
      [leaver.childRef, 'changed', ['episode-closed', 'left-care']],
      ['NB903003', 'new-child', ['new-child', 'left-care']],
    ]);
    expect(result.totals.leftCare).toBe(2);
    const newId = result.children[0]!.id;

    const listed = await listIds();
    expect(listed).not.toContain(leaver.id);
    expect(listed).not.toContain(newId);
    const risky = await atRisk();
    expect(risky).not.toContain(leaver.id);
    expect(risky).not.toContain(newId);
    const summaryAfter = await summary();
    expect(summaryAfter.total).toBe(summaryBefore.total - 1);
    expect(summaryAfter[key]).toBe(summaryBefore[key] - 1);

    const leftCare = leftCareListSchema.parse(
      (await call('GET', '/children/left-care', { token })).body,
    );
    expect(
      leftCare.items
        .filter((item) => item.id === leaver.id || item.id === newId)
        .map((item) => [item.childRef, item.leftCareOn, item.reasonEnded]),
    ).toEqual([
      [leaver.childRef, TEST_TODAY, 'E13'],
      ['NB903003', '2026-02-01', 'E11'],
    ]);
  });
});

describe('GET /api/ssda903/current', () => {
  it('gives the import preview the tracker’s children, episodes and reviews', async () => {
    const { token } = await manager();
    await importReturn(token, { iroId: IRO, header, episodes, reviews });
    const current = ssda903CurrentSchema.parse(
      (await call('GET', '/ssda903/current', { token })).body,
    );
    expect(current.children).toHaveLength(ctx.db.count('children'));
    expect(current.children.find((c) => c.childRef === 'NB903002')).toEqual({
      childRef: 'NB903002',
      dateOfBirth: '2024-02-02',
      episodes: [
        {
          start: '2024-12-01',
          end: '2025-01-10',
          reasonForNewEpisode: 'S',
          legalStatus: 'V2',
          placementType: 'U6',
          reasonEnded: 'E11',
        },
        {
          start: '2026-03-02',
          end: null,
          reasonForNewEpisode: 'S',
          legalStatus: 'C1',
          placementType: 'U6',
          reasonEnded: null,
        },
      ],
      reviews: [{ heldOn: '2024-12-20', participationCode: 'PN0' }],
    });
    const iro = await signInAs(ctx.db, 'iro');
    expect((await call('GET', '/ssda903/current', { token: iro.token })).status).toBe(403);
  });
});

describe('a whole council’s return', () => {
  function rows(text: string): Record<string, string>[] {
    const [head = '', ...lines] = text.trim().split('\r\n');
    const columns = head.split(',');
    return lines.map((line) => {
      const cells = line.split(',');
      return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
    });
  }

  it('imports 2,000 episodes of 1,000 children in one commit', async () => {
    const db = resetMockDatabase({ today: '2026-11-23', size: 30 });
    const { token } = await signInAs(db, 'team-manager');
    const texts = makeReturn(2000);
    const before = db.count('children');
    const result = await call('POST', '/ssda903/import', {
      token,
      body: {
        iroId: IRO,
        header: rows(texts.header),
        episodes: rows(texts.episodes),
        reviews: rows(texts.reviews),
      },
    });
    expect(result.body.errors ?? []).toEqual([]);
    expect(result.status).toBe(201);
    expect(result.body.imported).toMatchObject({ children: 1000, episodes: 2000 });
    expect(db.count('children')).toBe(before + 1000);
    expect(db.childIdsOf(IRO).size).toBeGreaterThanOrEqual(1000);
  });
});

describe('GET /api/ssda903/reviews', () => {
  it('round trip: import then export gives the same reviews, in the reviews file format', async () => {
    const { token } = await manager();
    const imported = await call('POST', '/ssda903/import', {
      token,
      body: { iroId: IRO, header, episodes, reviews },
    });
    expect(imported.status).toBe(201);
    const exported = ssda903ReviewsExportSchema.parse(
      (await call('GET', '/ssda903/reviews?year=2024', { token })).body,
    );
    expect(exported.collectionYear).toEqual({
      start: '2024-04-01',
      end: '2025-03-31',
      label: '2024-25',
    });
    expect(exported.rows.filter((row) => row.CHILD.startsWith('NB903'))).toEqual([reviews[2]]);
    const next = ssda903ReviewsExportSchema.parse(
      (await call('GET', '/ssda903/reviews?year=2025', { token })).body,
    );
    expect(next.rows.filter((row) => row.CHILD.startsWith('NB903'))).toEqual(reviews.slice(0, 2));
    // Every review in the tracker held in the year is there, seeded ones too.
    const held = [...ctx.db.all('reviews')].filter(
      (r) => r.heldOn >= '2025-04-01' && r.heldOn <= '2026-03-31',
    );
    expect(next.rows).toHaveLength(held.length);
  });

  it('checks the year and the role', async () => {
    const { token } = await manager();
    const bad = await call('GET', '/ssda903/reviews?year=twenty', { token });
    expect(bad.status).toBe(422);
    expect(fieldErrors(bad.body)).toEqual({ year: 'Select a collection year' });
    const iro = await signInAs(ctx.db, 'iro');
    expect((await call('GET', '/ssda903/reviews?year=2025', { token: iro.token })).status).toBe(
      403,
    );
  });
});
