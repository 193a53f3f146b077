import { describe, expect, it } from 'vitest';
import { formatDate } from '@/domain';
import { reviewSchema } from '@/lib/api/schemas';
import { TEST_TODAY } from '../node';
import { reviewableChild, reviewBody, reviewWithDecisions } from '../test/review-kit';
import { call, fieldErrors, signInAs, staff, useMockBackend, type Json } from '../test/support';

const ctx = useMockBackend({ size: 120 });

async function awaitingSignOff(skip = 0) {
  const iro = await signInAs(ctx.db, 'iro');
  const child = reviewableChild(ctx.db, iro.user.id, skip);
  const review = reviewSchema.parse(await reviewWithDecisions(iro.token, child));
  const manager = await signInAs(ctx.db, 'team-manager');
  return { iro, child, review, manager };
}

async function auditOf(token: string, childId: string): Promise<Json[]> {
  return (await call('GET', `/audit-events?childId=${childId}`, { token })).body.items;
}

describe('POST /api/reviews/:id/sign-off', () => {
  it('lets a team manager agree the decisions: signed off today, by them, audited', async () => {
    const { review, manager } = await awaitingSignOff();
    const signed = await call('POST', `/reviews/${review.id}/sign-off`, {
      token: manager.token,
      body: { version: review.version, decision: 'agree' },
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      managerSignOffOn: TEST_TODAY,
      signedOffBy: { id: manager.user.id, name: manager.user.name },
      version: review.version + 1,
    });
    const [event] = await auditOf(manager.token, review.childId);
    expect(event).toMatchObject({ action: 'signed-off', actorId: manager.user.id });
    expect(event.summary).toBe(
      `${manager.user.name} agreed and signed off the decisions of the review held on ${formatDate(review.heldOn)}`,
    );
    // Signed off once: a second sign-off is refused, and so is a change to the decisions.
    const again = await call('POST', `/reviews/${review.id}/sign-off`, {
      token: manager.token,
      body: { version: review.version + 1, decision: 'agree' },
    });
    expect(again.status).toBe(422);
    expect(fieldErrors(again.body).decision).toBe(
      `The decisions were already signed off on ${formatDate(TEST_TODAY)}`,
    );
  });

  it('refuses changing signed-off decisions (422) but not other parts of the review', async () => {
    const { iro, review, manager } = await awaitingSignOff();
    await call('POST', `/reviews/${review.id}/sign-off`, {
      token: manager.token,
      body: { version: review.version, decision: 'agree' },
    });
    const changed = await call('PATCH', `/reviews/${review.id}`, {
      token: iro.token,
      body: { version: review.version + 1, decisions: 'Something else' },
    });
    expect(changed.status).toBe(422);
    expect(fieldErrors(changed.body).decisions).toBe(
      `The decisions were signed off on ${formatDate(TEST_TODAY)} and cannot be changed`,
    );
    const other = await call('PATCH', `/reviews/${review.id}`, {
      token: iro.token,
      body: { version: review.version + 1, recordOfReviewCompletedOn: TEST_TODAY },
    });
    expect(other.status).toBe(200);
  });

  it('a query goes back to the IRO, who answers it (revising the decisions); then the manager agrees', async () => {
    const { iro, review, manager } = await awaitingSignOff();
    const blank = await call('POST', `/reviews/${review.id}/sign-off`, {
      token: manager.token,
      body: { version: review.version, decision: 'query', reason: '  ' },
    });
    expect(blank.status).toBe(422);
    expect(fieldErrors(blank.body)).toEqual({ reason: 'Enter what you are querying and why' });

    const queried = await call('POST', `/reviews/${review.id}/sign-off`, {
      token: manager.token,
      body: {
        version: review.version,
        decision: 'query',
        reason: 'When will the health assessment be done?',
      },
    });
    expect(queried.status).toBe(200);
    const query = queried.body.signOffQueries[0];
    expect(query).toMatchObject({
      raisedOn: TEST_TODAY,
      raisedBy: { id: manager.user.id },
      reason: 'When will the health assessment be done?',
      answer: null,
    });
    expect(queried.body.managerSignOffOn).toBeNull();
    expect((await auditOf(manager.token, review.childId))[0]).toMatchObject({ action: 'queried' });

    // While the IRO has not answered, the manager can neither agree nor query again.
    const early = await call('POST', `/reviews/${review.id}/sign-off`, {
      token: manager.token,
      body: { version: queried.body.version, decision: 'agree' },
    });
    expect(early.status).toBe(422);
    expect(fieldErrors(early.body).decision).toBe(
      `Your query of ${formatDate(TEST_TODAY)} is waiting for the IRO’s answer: you can agree or query again once they answer`,
    );
    const queue = (await call('GET', '/team/sign-off-queue', { token: manager.token })).body;
    expect(queue.items.find((item: Json) => item.reviewId === review.id)).toMatchObject({
      state: 'queried',
      query: { reason: 'When will the health assessment be done?', answer: null },
    });

    const noAnswer = await call(
      'POST',
      `/reviews/${review.id}/sign-off-queries/${query.id}/answer`,
      {
        token: iro.token,
        body: { version: queried.body.version, answer: '' },
      },
    );
    expect(fieldErrors(noAnswer.body)).toEqual({
      answer: 'Enter your answer to the manager’s query',
    });

    const answered = await call(
      'POST',
      `/reviews/${review.id}/sign-off-queries/${query.id}/answer`,
      {
        token: iro.token,
        body: {
          version: queried.body.version,
          answer: 'By 30 April: I have added it to the decisions.',
          decisions: 'The care plan is endorsed. The health assessment is done by 30 April 2026.',
        },
      },
    );
    expect(answered.status).toBe(200);
    expect(answered.body.decisions).toBe(
      'The care plan is endorsed. The health assessment is done by 30 April 2026.',
    );
    expect(answered.body.signOffQueries[0].answer).toMatchObject({
      on: TEST_TODAY,
      by: { id: iro.user.id },
      text: 'By 30 April: I have added it to the decisions.',
    });
    const [event] = await auditOf(iro.token, review.childId);
    expect(event).toMatchObject({ action: 'query-answered', actorId: iro.user.id });
    expect(event.summary).toContain('and revised the decisions');

    const agreed = await call('POST', `/reviews/${review.id}/sign-off`, {
      token: manager.token,
      body: { version: answered.body.version, decision: 'agree' },
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body.managerSignOffOn).toBe(TEST_TODAY);
  });

  it('answers 403 to IROs (even the child’s own) and business support; nothing changes', async () => {
    const { iro, review } = await awaitingSignOff();
    const support = await signInAs(ctx.db, 'business-support');
    for (const token of [iro.token, support.token]) {
      const refused = await call('POST', `/reviews/${review.id}/sign-off`, {
        token,
        body: { version: review.version, decision: 'agree' },
      });
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toBe('Only a team manager can sign off a review’s decisions');
    }
    expect(ctx.db.get('reviews', review.id)).toMatchObject({ managerSignOffOn: null });
  });

  it('answers 409 with the current review when the version is stale', async () => {
    const { review, manager } = await awaitingSignOff();
    const stale = await call('POST', `/reviews/${review.id}/sign-off`, {
      token: manager.token,
      body: { version: review.version + 5, decision: 'agree' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: review.id, version: review.version });
  });

  it('answers 422 when the decisions were not sent or the review was withdrawn; 404 unknown', async () => {
    const iro = await signInAs(ctx.db, 'iro');
    const child = reviewableChild(ctx.db, iro.user.id);
    const unsent = await call('POST', `/children/${child.id}/reviews`, {
      token: iro.token,
      body: reviewBody(TEST_TODAY),
    });
    const manager = await signInAs(ctx.db, 'team-manager');
    const notSent = await call('POST', `/reviews/${unsent.body.id}/sign-off`, {
      token: manager.token,
      body: { version: 1, decision: 'agree' },
    });
    expect(fieldErrors(notSent.body)).toEqual({
      decision: 'The IRO has not sent the review’s decisions yet: there is nothing to sign off',
    });
    const noChoice = await call('POST', `/reviews/${unsent.body.id}/sign-off`, {
      token: manager.token,
      body: { version: 1 },
    });
    expect(fieldErrors(noChoice.body).decision).toBe(
      'Select whether you agree the decisions or query them',
    );

    const other = reviewableChild(ctx.db, iro.user.id, 1);
    const sent = await reviewWithDecisions(iro.token, other);
    const withdrawn = await call('POST', `/reviews/${sent.id}/withdraw`, {
      token: iro.token,
      body: { version: sent.version, reason: 'Recorded on the wrong child' },
    });
    const refused = await call('POST', `/reviews/${sent.id}/sign-off`, {
      token: manager.token,
      body: { version: withdrawn.body.version, decision: 'agree' },
    });
    expect(refused.status).toBe(422);
    expect(Object.keys(fieldErrors(refused.body))).toEqual(['decision']);
    const unknown = await call('POST', '/reviews/rv_nope/sign-off', {
      token: manager.token,
      body: { version: 1, decision: 'agree' },
    });
    expect(unknown.status).toBe(404);
  });
});

describe('POST /api/reviews/:id/sign-off-queries/:queryId/answer', () => {
  async function queried() {
    const setup = await awaitingSignOff();
    const result = await call('POST', `/reviews/${setup.review.id}/sign-off`, {
      token: setup.manager.token,
      body: { version: setup.review.version, decision: 'query', reason: 'Who will do the PEP?' },
    });
    return { ...setup, review: reviewSchema.parse(result.body) };
  }

  it('answers 403 to another IRO, a team manager and business support', async () => {
    const { review, manager } = await queried();
    const queryId = review.signOffQueries[0]!.id;
    const otherIro = await signInAs(ctx.db, 'iro', 1);
    const other = await call('POST', `/reviews/${review.id}/sign-off-queries/${queryId}/answer`, {
      token: otherIro.token,
      body: { version: review.version, answer: 'Not mine' },
    });
    expect(other.status).toBe(403);
    expect(other.body.detail).toBe(
      'Only the child’s allocated IRO can answer a query of the review’s decisions: this child is not allocated to you',
    );
    const support = await signInAs(ctx.db, 'business-support');
    for (const token of [manager.token, support.token]) {
      const refused = await call(
        'POST',
        `/reviews/${review.id}/sign-off-queries/${queryId}/answer`,
        {
          token,
          body: { version: review.version, answer: 'x' },
        },
      );
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toBe(
        'Only the child’s allocated IRO can answer a query of the review’s decisions',
      );
    }
    expect(staff(ctx.db, 'iro', 1).id).toBe(otherIro.user.id);
  });

  it('answers 409 when stale, 404 for another query id, 422 once answered', async () => {
    const { iro, review } = await queried();
    const queryId = review.signOffQueries[0]!.id;
    const path = `/reviews/${review.id}/sign-off-queries/${queryId}/answer`;
    const stale = await call('POST', path, {
      token: iro.token,
      body: { version: review.version - 1, answer: 'The social worker' },
    });
    expect(stale.status).toBe(409);
    const wrong = await call('POST', `/reviews/${review.id}/sign-off-queries/soq_nope/answer`, {
      token: iro.token,
      body: { version: review.version, answer: 'The social worker' },
    });
    expect(wrong.status).toBe(404);
    const answered = await call('POST', path, {
      token: iro.token,
      body: { version: review.version, answer: 'The social worker, with the designated teacher' },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.decisions).toBe(review.decisions);
    const twice = await call('POST', path, {
      token: iro.token,
      body: { version: answered.body.version, answer: 'Again' },
    });
    expect(twice.status).toBe(422);
    expect(fieldErrors(twice.body)).toEqual({
      answer: 'There is no open query on this review’s decisions to answer',
    });
  });
});
