// POST /api/ssda903/check (the import's own check, changing nothing), the import refusing what it
// refuses (whole files, the no-reviews confirmation, the capped 422) and the reviews export leaving
// out what the DfE's rules would refuse. Through the real handlers.
import { describe, expect, it } from 'vitest';
import { heldReviewsOf } from '../compute';
import {
  ssda903CheckResultSchema,
  ssda903ReviewsExportSchema,
  type Ssda903CheckResult,
} from '@/lib/api/ssda903-schemas';
import { call, fieldErrors } from '../test/support';
import { useSsda903Kit } from '../test/ssda903-kit';

const { ctx, header, episodes, reviews, manager, IRO, importReturn, counts } = useSsda903Kit();

type Rows = Record<string, string>[];

async function check(
  token: string,
  body: {
    header: Rows;
    episodes: Rows;
    reviews: Rows;
    page?: number;
    pageSize?: number;
    rowNumbers?: Record<'header' | 'episodes' | 'reviews', number[]>;
  },
): Promise<Ssda903CheckResult> {
  const result = await call('POST', '/ssda903/check', { token, body });
  expect(result.status).toBe(200);
  return ssda903CheckResultSchema.parse(result.body);
}

describe('POST /api/ssda903/check', () => {
  it('gives every problem with file, row, column and DfE rule number, and changes nothing', async () => {
    const { token } = await manager();
    const before = counts();
    const result = await check(token, {
      header,
      episodes: [{ ...episodes[0]!, RNE: 'P' }, ...episodes.slice(1)],
      reviews: [{ ...reviews[0]!, REVIEW_CODE: 'PN9' }, ...reviews.slice(1)],
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'episodes', row: 2, field: 'RNE', rule: '357' }),
      expect.objectContaining({ file: 'reviews', row: 2, field: 'REVIEW_CODE', rule: '167' }),
    ]);
    expect(result.totalProblems).toBe(2);
    expect(result.counts.byRule).toEqual({ '357': 1, '167': 1 });
    expect(result.counts.episodes.problems).toBe(1);
    expect(result.counts.reviews.problems).toBe(1);
    expect(result.counts.children).toBe(1);
    expect(result.notices).toEqual([]);
    expect(counts()).toEqual(before);
  });

  it('numbers the problems with the rows the file has when given them (a blank line counted)', async () => {
    const { token } = await manager();
    // The reviews file: columns (1), a review (2), a blank line (3), the bad review (4).
    const bad = [reviews[0]!, { ...reviews[0]!, REVIEW: '01/06/2025', REVIEW_CODE: 'PN9' }];
    const rowNumbers = {
      header: header.map((_, i) => i + 2),
      episodes: episodes.map((_, i) => i + 2),
      reviews: [2, 4],
    };
    const byPosition = await check(token, { header, episodes, reviews: bad });
    expect(byPosition.problems).toEqual([
      expect.objectContaining({ file: 'reviews', row: 3, field: 'REVIEW_CODE' }),
    ]);
    const byLine = await check(token, { header, episodes, reviews: bad, rowNumbers });
    expect(byLine.problems).toEqual([
      expect.objectContaining({ file: 'reviews', row: 4, field: 'REVIEW_CODE' }),
    ]);
  });

  it('refuses row numbers that do not match the rows', async () => {
    const { token } = await manager();
    const rowNumbers = { header: header.map((_, i) => i + 2), episodes: [], reviews: [0] };
    const result = await call('POST', '/ssda903/check', {
      token,
      body: { header, episodes, reviews, rowNumbers },
    });
    expect(result.status).toBe(422);
    const errors = fieldErrors(result.body);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['rowNumbers.reviews.0']));
    const short = await call('POST', '/ssda903/check', {
      token,
      body: { header, episodes, reviews, rowNumbers: { ...rowNumbers, reviews: [] } },
    });
    expect(short.status).toBe(422);
    expect(Object.keys(fieldErrors(short.body))).toEqual(
      expect.arrayContaining(['rowNumbers.reviews']),
    );
  });

  it('pages the problems and counts them all', async () => {
    const { token } = await manager();
    const bad = Array.from({ length: 7 }, (_, i) => ({
      CHILD: 'NB903001',
      DOB: '14/03/2015',
      REVIEW: `0${String(i + 1)}/06/2025`,
      REVIEW_CODE: 'PN9',
    }));
    const body = { header, episodes, reviews: bad, pageSize: 3 };
    const first = await check(token, body);
    expect(first).toMatchObject({ page: 1, pageSize: 3, totalProblems: 7, pages: 3 });
    expect(first.problems.map((p) => p.row)).toEqual([2, 3, 4]);
    const last = await check(token, { ...body, page: 3 });
    expect(last.problems.map((p) => p.row)).toEqual([8]);
  });

  it('says a file of ISO dates once, in words, and the import refuses it the same way', async () => {
    const { token } = await manager();
    const iso = reviews.map((row) => ({
      ...row,
      REVIEW: row.REVIEW.split('/').reverse().join('-'),
      DOB: row.DOB.split('/').reverse().join('-'),
    }));
    const result = await check(token, { header, episodes, reviews: iso });
    expect(result.notices).toEqual([
      expect.objectContaining({
        kind: 'problem',
        file: 'reviews',
        code: 'date-format',
        rule: '166',
      }),
    ]);
    expect(result.notices[0]?.message).toMatch(
      /^Dates must be dd\/mm\/yyyy: the reviews file uses yyyy-mm-dd/,
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'reviews', row: 0, field: 'dates', rule: '166' }),
    ]);
    const before = counts();
    const refused = await call('POST', '/ssda903/import', {
      token,
      body: { iroId: IRO, header, episodes, reviews: iso },
    });
    expect(refused.status).toBe(422);
    expect(fieldErrors(refused.body).reviews).toMatch(
      /^Reviews file, whole file: DfE rule 166: Dates must be dd\/mm\/yyyy/,
    );
    expect(counts()).toEqual(before);
  });

  it('asks for the empty reviews file to be confirmed, and the import needs confirm: no-reviews', async () => {
    const { token } = await manager();
    const result = await check(token, { header, episodes, reviews: [] });
    expect(result.totalProblems).toBe(0);
    expect(result.notices).toEqual([
      expect.objectContaining({
        kind: 'needs-confirmation',
        code: 'no-reviews',
        childRefs: ['NB903001', 'NB903002'],
      }),
    ]);
    const before = counts();
    const refused = await call('POST', '/ssda903/import', {
      token,
      body: { iroId: IRO, header, episodes, reviews: [] },
    });
    expect(refused.status).toBe(422);
    expect(fieldErrors(refused.body).confirm).toMatch(
      /^Confirm no-reviews: The reviews file has no rows, but 2 children have been looked after/,
    );
    expect(counts()).toEqual(before);
    const imported = await importReturn(token, {
      iroId: IRO,
      header,
      episodes,
      reviews: [],
      confirm: ['no-reviews'],
    });
    expect(imported.imported.children).toBe(2);
  });

  it('keeps the 422 to 200 problems and says how many there were', async () => {
    const { token } = await manager();
    const bad = Array.from({ length: 250 }, (_, i) => ({
      CHILD: `NBX${String(i)}`,
      DOB: '14/03/2015',
      REVIEW: '01/06/2025',
      REVIEW_CODE: 'PN1',
    }));
    const refused = await call('POST', '/ssda903/import', {
      token,
      body: { iroId: IRO, header, episodes, reviews: bad },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toMatch(
      /^The return has 250 problems: nothing was imported\. The first 200 of 250 are listed\./,
    );
    expect((refused.body as { errors: unknown[] }).errors).toHaveLength(200);
  });
});

describe('GET /api/ssda903/reviews leaves out what the DfE would refuse', () => {
  it('leaves out the reviews of a child on short breaks only (rule 399) and says so', async () => {
    const { token } = await manager();
    const child = [...ctx.db.all('children')].find((c) =>
      heldReviewsOf(ctx.db, c.id).some((r) => r.heldOn >= '2025-04-01' && r.heldOn <= '2026-03-31'),
    );
    if (child === undefined) throw new Error('The seed should have a review in 2025-26');
    await ctx.db.commit({
      puts: {
        children: [
          { ...child, episodes: child.episodes.map((e) => ({ ...e, legalStatus: 'V3' })) },
        ],
      },
      deletes: {},
    });
    const exported = ssda903ReviewsExportSchema.parse(
      (await call('GET', '/ssda903/reviews?year=2025', { token })).body,
    );
    expect(exported.rows.some((row) => row.CHILD === child.childRef)).toBe(false);
    expect(exported.leftOut.length).toBeGreaterThan(0);
    expect(exported.leftOut.every((item) => item.rule === '399')).toBe(true);
    expect(exported.leftOut[0]).toMatchObject({ childRef: child.childRef, rule: '399' });
    expect(exported.leftOutByRule).toEqual({ '399': exported.leftOut.length });
    expect(exported.leftOutSummary).not.toBe('');
  });
});
