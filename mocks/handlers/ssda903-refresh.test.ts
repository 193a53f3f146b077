// The SSDA903 return (handlers/ssda903.ts) through the real handlers. "Today" is Monday 16 March 2026.
import { describe, expect, it } from 'vitest';
import { formatSsda903Date } from '@/domain';
import {
  caseloadSummarySchema,
  childDetailSchema,
  childSummaryPageSchema,
  leftCareListSchema,
} from '@/lib/api/schemas';
import { atRiskListSchema } from '@/lib/api/team-schemas';
import { activeChildren, summariseChild } from '../compute';
import { TEST_TODAY } from '../node';
import { call, fieldErrors } from '../test/support';

import { useSsda903Kit } from '../test/ssda903-kit';

const { ctx, header, episodes, reviews, manager, IRO, returnOf, closeOpen, importReturn, counts } =
  useSsda903Kit();

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
        "Reviews file, row 6, REVIEW_CODE: DfE rule 167: REVIEW_CODE must be one of PN0 to PN7: got 'PN9'",
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
        .parse((await call('GET', '/team/reviews-at-risk?weeks=8&pageSize=10000', { token })).body)
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
