import { describe, expect, it } from 'vitest';
import { addDays, formatDate } from '@/domain';
import { outstandingRecommendationsSchema, type Child } from '@/lib/api/schemas';
import { TEST_TODAY } from '../node';
import { reviewableChild, reviewBody } from '../test/review-kit';
import { call, fieldErrors, signInAs, useMockBackend, type Json } from '../test/support';

const ctx = useMockBackend({ size: 120 });
const EARLIER = addDays(TEST_TODAY, -5);

/** A review five days ago with two recommendations, one already past its target. */
async function withRecommendations(skip = 0) {
  const iro = await signInAs(ctx.db, 'iro');
  const child = reviewableChild(ctx.db, iro.user.id, skip);
  const created = await call('POST', `/children/${child.id}/reviews`, {
    token: iro.token,
    body: reviewBody(EARLIER, {
      recommendations: [
        { action: 'Book the health assessment', owner: 'Social worker', targetDate: EARLIER },
        { action: 'Update the PEP', owner: 'Designated teacher', targetDate: TEST_TODAY },
      ],
    }),
  });
  expect(created.status).toBe(201);
  const [past, due] = created.body.recommendations as Json[];
  return { iro, child, review: created.body, past, due };
}

async function outstandingFor(token: string, query = '') {
  const result = await call('GET', `/recommendations/outstanding${query}`, { token });
  expect(result.status).toBe(200);
  return outstandingRecommendationsSchema.parse(result.body);
}

function ofChild(list: { items: { childId: string; action: string }[] }, child: Child) {
  return list.items.filter((item) => item.childId === child.id).map((item) => item.action);
}

describe('recommendations followed to done across reviews', () => {
  it('keeps an earlier review’s open recommendations outstanding after the next review', async () => {
    const { iro, child } = await withRecommendations();
    const next = await call('POST', `/children/${child.id}/reviews`, {
      token: iro.token,
      body: reviewBody(TEST_TODAY),
    });
    expect(next.status).toBe(201);
    const list = await outstandingFor(iro.token);
    expect(ofChild(list, child)).toEqual(
      expect.arrayContaining(['Book the health assessment', 'Update the PEP']),
    );
    // Past target first.
    const firstNotPast = list.items.findIndex((item) => !item.pastTarget);
    const lastPast = list.items.map((item) => item.pastTarget).lastIndexOf(true);
    expect(lastPast).toBeLessThan(firstNotPast === -1 ? Infinity : firstNotPast);
    expect(list.pastTarget).toBe(list.items.filter((item) => item.pastTarget).length);
    const mine = list.items.find((item) => item.action === 'Book the health assessment')!;
    expect(mine).toMatchObject({ pastTarget: true, daysPastTarget: 5, reviewHeldOn: EARLIER });
  });

  it('marks them at the next review, all in one save, each audited', async () => {
    const { iro, child, review, past, due } = await withRecommendations();
    const next = await call('POST', `/children/${child.id}/reviews`, {
      token: iro.token,
      body: reviewBody(TEST_TODAY, {
        followUps: [
          { reviewId: review.id, recommendationId: past.id, outcome: 'done', on: TEST_TODAY },
          {
            reviewId: review.id,
            recommendationId: due.id,
            outcome: 'not-needed',
            on: TEST_TODAY,
            note: 'The child changed school',
          },
        ],
      }),
    });
    expect(next.status).toBe(201);
    const earlier = ctx.db.get('reviews', review.id)!;
    expect(earlier.version).toBe(Number(review.version) + 1);
    expect(earlier.recommendations).toEqual([
      expect.objectContaining({ id: past.id, completedOn: TEST_TODAY, noLongerNeeded: null }),
      expect.objectContaining({
        id: due.id,
        completedOn: null,
        noLongerNeeded: { on: TEST_TODAY, note: 'The child changed school' },
      }),
    ]);
    expect(ofChild(await outstandingFor(iro.token), child)).not.toContain('Update the PEP');
    const audit = await call('GET', `/audit-events?childId=${child.id}`, { token: iro.token });
    const event = audit.body.items.find((e: Json) => e.action === 'recommendation-followed-up');
    expect(event.summary).toBe(
      `${iro.user.name} followed up 2 recommendations of the review held on ${formatDate(EARLIER)} at the review held on ${formatDate(TEST_TODAY)}: “Book the health assessment” done on ${formatDate(TEST_TODAY)}; “Update the PEP” no longer needed (${formatDate(TEST_TODAY)}): The child changed school`,
    );
  });

  it('answers 422 for a follow-up the rules refuse, and saves nothing', async () => {
    const { iro, child, review, past, due } = await withRecommendations();
    const before = ctx.db.count('reviews');
    const result = await call('POST', `/children/${child.id}/reviews`, {
      token: iro.token,
      body: reviewBody(TEST_TODAY, {
        followUps: [
          {
            reviewId: review.id,
            recommendationId: past.id,
            outcome: 'done',
            on: addDays(EARLIER, -1),
          },
          { reviewId: review.id, recommendationId: due.id, outcome: 'not-needed', on: TEST_TODAY },
          { reviewId: review.id, recommendationId: 'rec_nope', outcome: 'open' },
          {
            reviewId: review.id,
            recommendationId: due.id,
            outcome: 'done',
            on: addDays(TEST_TODAY, 1),
          },
        ],
      }),
    });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body)).toEqual({
      'followUps.0.on': `Date the action was completed must be the same as or after the review that made it, on ${formatDate(EARLIER)}`,
      'followUps.1.note': 'Enter why the recommendation is no longer needed',
      'followUps.2.recommendationId':
        'This is not a recommendation of a review held before this one in this period of care',
      'followUps.3.recommendationId': 'This recommendation is already followed up (follow-up 2)',
    });
    expect(ctx.db.count('reviews')).toBe(before);
  });

  it('answers 409 when someone else has marked the recommendation meanwhile', async () => {
    const { iro, child, review, past } = await withRecommendations();
    const marked = await call('PATCH', `/reviews/${review.id}/recommendations/${past.id}`, {
      token: iro.token,
      body: { version: review.version, outcome: 'done', on: TEST_TODAY },
    });
    expect(marked.status).toBe(200);
    const result = await call('POST', `/children/${child.id}/reviews`, {
      token: iro.token,
      body: reviewBody(TEST_TODAY, {
        followUps: [
          { reviewId: review.id, recommendationId: past.id, outcome: 'done', on: TEST_TODAY },
        ],
      }),
    });
    expect(result.status).toBe(409);
    expect(result.body.detail).toBe(
      `The recommendation “Book the health assessment” was marked done on ${formatDate(TEST_TODAY)} by someone else. Check it and record the review again.`,
    );
  });
});

describe('PATCH /api/reviews/:id/recommendations/:recommendationId', () => {
  it('marks done, no longer needed (a note needed) and open again, each a new version', async () => {
    const { iro, review, past } = await withRecommendations();
    const path = `/reviews/${review.id}/recommendations/${past.id}`;
    const noNote = await call('PATCH', path, {
      token: iro.token,
      body: { version: review.version, outcome: 'not-needed', on: TEST_TODAY },
    });
    expect(noNote.status).toBe(422);
    expect(fieldErrors(noNote.body)).toEqual({
      note: 'Enter why the recommendation is no longer needed',
    });
    const noDate = await call('PATCH', path, {
      token: iro.token,
      body: { version: review.version, outcome: 'done' },
    });
    expect(fieldErrors(noDate.body)).toEqual({ on: 'Enter the date the action was completed' });
    const closed = await call('PATCH', path, {
      token: iro.token,
      body: {
        version: review.version,
        outcome: 'not-needed',
        on: TEST_TODAY,
        note: 'Done elsewhere',
      },
    });
    expect(closed.status).toBe(200);
    expect(closed.body.recommendations[0].noLongerNeeded).toEqual({
      on: TEST_TODAY,
      note: 'Done elsewhere',
    });
    // Sending the review's recommendations back without noLongerNeeded keeps it closed.
    const edited = await call('PATCH', `/reviews/${review.id}`, {
      token: iro.token,
      body: {
        version: closed.body.version,
        recommendations: closed.body.recommendations.map(
          ({ noLongerNeeded: _closed, ...rest }: Json) => rest,
        ),
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.recommendations[0].noLongerNeeded).toEqual({
      on: TEST_TODAY,
      note: 'Done elsewhere',
    });
    const reopened = await call('PATCH', path, {
      token: iro.token,
      body: { version: edited.body.version, outcome: 'open' },
    });
    expect(reopened.body.recommendations[0]).toMatchObject({
      completedOn: null,
      noLongerNeeded: null,
    });
  });

  it('answers 403 to another IRO, a team manager and business support; 409 stale; 404 unknown', async () => {
    const { iro, review, past } = await withRecommendations();
    const path = `/reviews/${review.id}/recommendations/${past.id}`;
    const body = { version: review.version, outcome: 'done', on: TEST_TODAY };
    const other = await signInAs(ctx.db, 'iro', 1);
    expect((await call('PATCH', path, { token: other.token, body })).body.detail).toBe(
      'Only the child’s allocated IRO can follow up a recommendation: this child is not allocated to you',
    );
    for (const role of ['team-manager', 'business-support'] as const) {
      const { token } = await signInAs(ctx.db, role);
      const refused = await call('PATCH', path, { token, body });
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toBe(
        'Only the child’s allocated IRO can follow up a recommendation',
      );
    }
    const stale = await call('PATCH', path, {
      token: iro.token,
      body: { ...body, version: Number(review.version) + 1 },
    });
    expect(stale.status).toBe(409);
    const unknown = await call('PATCH', `/reviews/${review.id}/recommendations/rec_nope`, {
      token: iro.token,
      body,
    });
    expect(unknown.status).toBe(404);
  });

  it('answers 422 for a recommendation of a withdrawn review', async () => {
    const { iro, review, past } = await withRecommendations();
    const withdrawn = await call('POST', `/reviews/${review.id}/withdraw`, {
      token: iro.token,
      body: { version: review.version, reason: 'Entered on the wrong child' },
    });
    const result = await call('PATCH', `/reviews/${review.id}/recommendations/${past.id}`, {
      token: iro.token,
      body: { version: withdrawn.body.version, outcome: 'done', on: TEST_TODAY },
    });
    expect(result.status).toBe(422);
    expect(fieldErrors(result.body)).toEqual({
      outcome:
        'This review was withdrawn as entered in error: its recommendations are not followed up',
    });
  });
});

describe('GET /api/recommendations/outstanding', () => {
  it('gives an IRO their own caseload only (another IRO’s: 403)', async () => {
    const iro = await signInAs(ctx.db, 'iro');
    const list = await outstandingFor(iro.token, '?pageSize=200');
    expect(list.items.length).toBeGreaterThan(0);
    for (const item of list.items) expect(item.iroId).toBe(iro.user.id);
    const other = await signInAs(ctx.db, 'iro', 1);
    const refused = await call('GET', `/recommendations/outstanding?iroId=${other.user.id}`, {
      token: iro.token,
    });
    expect(refused.status).toBe(403);
  });

  it('gives a team manager the team or one IRO’s, paged; refuses business support and a garbage IRO', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const all = await outstandingFor(manager.token, '?pageSize=10');
    expect(all.items).toHaveLength(10);
    expect(all.totalPages).toBe(Math.ceil(all.totalItems / 10));
    const second = await outstandingFor(manager.token, '?pageSize=10&page=2');
    expect(second.items[0]).not.toEqual(all.items[0]);
    const iro = await signInAs(ctx.db, 'iro', 2);
    const one = await outstandingFor(manager.token, `?iroId=${iro.user.id}&pageSize=200`);
    for (const item of one.items) expect(item.iroId).toBe(iro.user.id);
    expect(one.totalItems).toBeLessThan(all.totalItems);
    for (const iroId of ['__proto__', '-1']) {
      const garbage = await call('GET', `/recommendations/outstanding?iroId=${iroId}`, {
        token: manager.token,
      });
      expect(garbage.status).toBe(422);
      expect(fieldErrors(garbage.body)).toEqual({ iroId: 'Choose an IRO from the list' });
    }
    const support = await signInAs(ctx.db, 'business-support');
    const refused = await call('GET', '/recommendations/outstanding', { token: support.token });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(
      'Business support cannot see recommendations: they are part of the review’s record',
    );
  });
});
