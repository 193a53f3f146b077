// The journey through care (handlers/care.ts), tested through the real handlers.
import { describe, expect, it } from 'vitest';
import { addDays, ageOn, formatDate } from '@/domain';
import { updateChildDetailsResultSchema, type Child } from '@/lib/api/schemas';
import { activeChildren } from '../compute';
import { call } from '../test/support';
import { useCareKit } from '../test/care-kit';

const { ctx, manager, support, refused, openEpisode, seeded } = useCareKit();

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
