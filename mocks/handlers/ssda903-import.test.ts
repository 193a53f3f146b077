// The SSDA903 return (handlers/ssda903.ts) through the real handlers. "Today" is Monday 16 March 2026.
import { describe, expect, it } from 'vitest';
import { childDetailSchema } from '@/lib/api/schemas';
import { ssda903ImportResultSchema } from '@/lib/api/ssda903-schemas';
import { activeChildren } from '../compute';
import { call, fieldErrors, signInAs } from '../test/support';

import { useSsda903Kit } from '../test/ssda903-kit';

const { ctx, header, episodes, reviews, manager, IRO, returnOf } = useSsda903Kit();

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
      'episodes.3.CHILD':
        'Episodes file, row 5, CHILD: Integrity check INT01: Child NB999999 is not in the header file',
      'reviews.0.REVIEW_CODE':
        "Reviews file, row 2, REVIEW_CODE: DfE rule 167: REVIEW_CODE must be one of PN0 to PN7: got 'PN9'",
      'reviews.1.REVIEW':
        "Reviews file, row 3, REVIEW: DfE rule 166: REVIEW must be a real date in the form dd/mm/yyyy: got '31/02/2025'",
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
