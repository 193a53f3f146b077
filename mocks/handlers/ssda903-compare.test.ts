// POST /ssda903/compare (handlers/ssda903-compare.ts): the import preview's comparison, on the
// server, agrees with what POST /ssda903/import then does. "Today" is Monday 16 March 2026.
import { describe, expect, it } from 'vitest';
import { ssda903CompareResultSchema } from '@/lib/api/ssda903-schemas';
import { call, fieldErrors } from '../test/support';
import { useSsda903Kit } from '../test/ssda903-kit';

const { ctx, header, episodes, reviews, manager, IRO, importReturn, counts } = useSsda903Kit();

async function compare(token: string, body: object) {
  const result = await call('POST', '/ssda903/compare', { token, body });
  if (result.status !== 200) throw new Error(`${result.status}: ${JSON.stringify(result.body)}`);
  return ssda903CompareResultSchema.parse(result.body);
}

describe('POST /api/ssda903/compare', () => {
  it('says what the import will do, child by child, and the import then does exactly that', async () => {
    const { token } = await manager();
    const before = counts();
    const preview = await compare(token, { header, episodes, reviews });
    // Comparing changes nothing.
    expect(counts()).toEqual(before);
    expect(preview.problems).toBe(0);
    expect(preview.totals.newChildren).toBe(header.length);
    expect(preview.changes.totalItems).toBe(header.length);
    expect(preview.conflicts.totalItems).toBe(0);

    const imported = await importReturn(token, { iroId: IRO, header, episodes, reviews });
    expect(preview.totals).toEqual(imported.totals);
    expect(preview.summary).toBe(imported.summary);
    expect(preview.changes.items).toEqual(
      imported.outcomes
        .filter((o) => o.changes.length > 0)
        .map(({ childRef, outcome, changes, conflicts }) => ({
          childRef,
          outcome,
          changes,
          conflicts,
        })),
    );

    // The same return again: already in the tracker, nothing to change.
    const again = await compare(token, { header, episodes, reviews });
    expect(again.totals.changes).toBe(0);
    expect(again.changes).toMatchObject({ items: [], totalItems: 0, totalPages: 1 });
  });

  it('lists a conflict with the tracker, and never changes the tracker', async () => {
    const { token } = await manager();
    const imported = await importReturn(token, { iroId: IRO, header, episodes, reviews });
    const child = ctx.db.get('children', imported.children[0]!.id)!;
    const changedBirth = header.map((row) =>
      row.CHILD === child.childRef ? { ...row, DOB: '01/01/2010' } : row,
    );
    const preview = await compare(token, {
      header: changedBirth,
      episodes: episodes.map((row) =>
        row.CHILD === child.childRef ? { ...row, DOB: '01/01/2010' } : row,
      ),
      reviews: reviews.map((row) =>
        row.CHILD === child.childRef ? { ...row, DOB: '01/01/2010' } : row,
      ),
    });
    expect(preview.totals.conflicts).toBeGreaterThan(0);
    expect(preview.conflicts.items[0]).toMatchObject({ childRef: child.childRef, blocking: true });
    expect(ctx.db.get('children', child.id)!.dateOfBirth).toBe(child.dateOfBirth);
  });

  it('pages the children with changes, the totals of every child', async () => {
    const { token } = await manager();
    const first = await compare(token, { header, episodes, reviews, page: 1, pageSize: 1 });
    const second = await compare(token, { header, episodes, reviews, page: 2, pageSize: 1 });
    expect(first.changes).toMatchObject({ page: 1, pageSize: 1, totalItems: header.length });
    expect(first.changes.totalPages).toBe(header.length);
    expect(first.changes.items).toHaveLength(1);
    expect(second.changes.items[0]!.childRef).not.toBe(first.changes.items[0]!.childRef);
    expect(second.totals).toEqual(first.totals);
  });

  it('refuses a body that is not a return, and anyone but a team manager', async () => {
    const { token } = await manager();
    const refused = await call('POST', '/ssda903/compare', {
      token,
      body: { header: [], episodes, reviews },
    });
    expect(refused.status).toBe(422);
    expect(fieldErrors(refused.body)).toHaveProperty('header');
    expect(
      (await call('POST', '/ssda903/compare', { body: { header, episodes, reviews } })).status,
    ).toBe(401);
  });
});
