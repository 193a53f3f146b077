import { describe, expect, it } from 'vitest';
import { childDetailSchema } from '@/lib/api/schemas';
import { ssda903ImportResultSchema, ssda903ReviewsExportSchema } from '@/lib/api/ssda903-schemas';
import { makeReturn } from '../../bench/ssda903-return';
import { resetMockDatabase } from '../node';
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

  it('refuses a child already in the tracker (nothing is overwritten)', async () => {
    const { token } = await manager();
    const existing = [...ctx.db.all('children')][0]!;
    const before = ctx.db.count('children');
    const result = await call('POST', '/ssda903/import', {
      token,
      body: {
        iroId: IRO,
        header: [header[0]!, { ...header[1]!, CHILD: existing.childRef }],
        episodes: [episodes[0]!, { ...episodes[2]!, CHILD: existing.childRef }],
        reviews: [],
      },
    });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body)).toEqual({
      'header.1.CHILD': `Header file, row 3, CHILD: child ${existing.childRef} is already in the tracker`,
    });
    expect(ctx.db.count('children')).toBe(before);
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
