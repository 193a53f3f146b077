// The SSDA903 return (handlers/ssda903.ts) through the real handlers. "Today" is Monday 16 March 2026.
import { describe, expect, it } from 'vitest';
import { ssda903ReviewsExportSchema } from '@/lib/api/ssda903-schemas';
import { makeReturn } from '../../bench/ssda903-return';
import { resetMockDatabase } from '../node';
import { call, fieldErrors, signInAs } from '../test/support';

import { useSsda903Kit } from '../test/ssda903-kit';

const { ctx, header, episodes, reviews, manager, IRO } = useSsda903Kit();

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
