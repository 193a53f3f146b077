// POST /api/reviews/:id/withdraw: a review entered in error is withdrawn, never deleted. It stays
// in the child's record (flagged) and the audit; every due date, status, queue, report and export
// is worked out without it.
import { describe, expect, it } from 'vitest';
import { ageOn, formatDate } from '@/domain';
import { childDetailSchema, type Child, type ChildDetail, type Review } from '@/lib/api/schemas';
import { TEST_TODAY } from '../node';
import { call, fieldErrors, signInAs, staff, useMockBackend } from '../test/support';

const ctx = useMockBackend({ size: 120 });

async function detail(token: string, childId: string): Promise<ChildDetail> {
  return childDetailSchema.parse((await call('GET', `/children/${childId}`, { token })).body);
}

/** The IRO's first child (5 or over, looked after) with two reviews or more in this period. */
function childWithReviews(iroId: string): { child: Child; latest: Review } {
  for (const id of ctx.db.childIdsOf(iroId)) {
    const child = ctx.db.get('children', id)!;
    const open = child.episodes.find((e) => e.end === null);
    if (open === undefined || ageOn(child.dateOfBirth, TEST_TODAY) < 5) continue;
    const reviews = ctx.db
      .forChild('reviews', id)
      .filter((r) => r.heldOn >= open.start)
      .sort((a, b) => (a.heldOn < b.heldOn ? -1 : 1));
    const latest = reviews.at(-1);
    if (reviews.length >= 2 && latest !== undefined) return { child, latest };
  }
  throw new Error('No child with two reviews');
}

const withdraw = (token: string, review: Review, body: Record<string, unknown>) =>
  call('POST', `/reviews/${review.id}/withdraw`, { token, body });

describe('POST /api/reviews/:id/withdraw', () => {
  it('the allocated IRO withdraws a review: kept and flagged, the due date worked out without it, audited', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const { child, latest } = childWithReviews(user.id);
    const before = await detail(token, child.id);
    const result = await withdraw(token, latest, {
      reason: ' Recorded for the wrong child ',
      version: latest.version,
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      id: latest.id,
      version: latest.version + 1,
      withdrawn: {
        on: TEST_TODAY,
        by: user.id,
        byName: user.name,
        reason: 'Recorded for the wrong child',
      },
    });

    const after = await detail(token, child.id);
    // Still listed, flagged; gone from the history and the due dates.
    expect(after.reviews.find((r) => r.id === latest.id)?.withdrawn?.reason).toBe(
      'Recorded for the wrong child',
    );
    expect(after.history.map((h) => h.held)).toEqual(
      before.history.map((h) => h.held).filter((held) => held !== latest.heldOn),
    );
    expect(after.nextReview!.sequence).toBe(before.nextReview!.sequence - 1);
    expect(after.nextReview!.reason).not.toContain(formatDate(latest.heldOn));

    const audit = await call('GET', `/audit-events?childId=${child.id}`, { token });
    expect(audit.body.items[0]).toMatchObject({
      entity: 'review',
      entityId: latest.id,
      action: 'withdrawn',
      actorId: user.id,
    });
    expect(audit.body.items[0].summary).toContain(
      `withdrew the review held on ${formatDate(latest.heldOn)} as entered in error`,
    );
    expect(audit.body.items[0].summary).toContain('Recorded for the wrong child');
    // Never deleted.
    expect(ctx.db.get('reviews', latest.id)).toBeDefined();
  });

  it('a team manager may withdraw; another IRO and business support may not (403)', async () => {
    const owner = await signInAs(ctx.db, 'iro', 0);
    const { latest } = childWithReviews(owner.user.id);
    const other = await signInAs(ctx.db, 'iro', 1);
    const refused = await withdraw(other.token, latest, { reason: 'x', version: latest.version });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toBe(
      'Only the child’s allocated IRO or a team manager can withdraw a review: this child is not allocated to you',
    );
    const support = await signInAs(ctx.db, 'business-support');
    const bs = await withdraw(support.token, latest, { reason: 'x', version: latest.version });
    expect(bs.status).toBe(403);
    expect(bs.body.detail).toBe(
      'Only the child’s allocated IRO or a team manager can withdraw a review',
    );
    expect(ctx.db.get('reviews', latest.id)?.withdrawn).toBeNull();

    const manager = await signInAs(ctx.db, 'team-manager');
    const done = await withdraw(manager.token, latest, {
      reason: 'The meeting did not take place',
      version: latest.version,
    });
    expect(done.status).toBe(200);
    expect(done.body.withdrawn.by).toBe(staff(ctx.db, 'team-manager').id);
  });

  it('needs a reason (422), the version read (409) and a review not withdrawn already (422)', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const { latest } = childWithReviews(user.id);
    expect(fieldErrors((await withdraw(token, latest, { version: latest.version })).body)).toEqual({
      reason: 'Enter the reason for withdrawing the review',
    });
    expect(
      fieldErrors((await withdraw(token, latest, { reason: '  ', version: latest.version })).body),
    ).toEqual({ reason: 'Enter the reason for withdrawing the review' });
    expect(
      fieldErrors(
        (await withdraw(token, latest, { reason: 'x'.repeat(501), version: latest.version })).body,
      ),
    ).toEqual({ reason: 'The reason for withdrawing the review must be 500 characters or fewer' });

    const stale = await withdraw(token, latest, { reason: 'Wrong child', version: 99 });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: latest.id, version: latest.version });

    expect((await withdraw(token, latest, { reason: 'Wrong child', version: 1 })).status).toBe(200);
    const again = await withdraw(token, latest, { reason: 'Again', version: latest.version + 1 });
    expect(again.status).toBe(422);
    expect(fieldErrors(again.body)).toEqual({
      withdrawn: `The review held on ${formatDate(latest.heldOn)} was already withdrawn on ${formatDate(TEST_TODAY)}`,
    });
    // Nor can it be changed.
    const changed = await call('PATCH', `/reviews/${latest.id}`, {
      token,
      body: { version: latest.version + 1, participationCode: 'PN7' },
    });
    expect(changed.status).toBe(422);
    expect(Object.keys(fieldErrors(changed.body))).toEqual(['withdrawn']);
  });

  it('404 for a review that does not exist', async () => {
    const { token } = await signInAs(ctx.db, 'iro');
    const result = await call('POST', '/reviews/rv_nope/withdraw', {
      token,
      body: { reason: 'x', version: 1 },
    });
    expect(result.status).toBe(404);
  });

  it('is left out of every figure: due date, sign-off queue, annual report and SSDA903 export', async () => {
    const iro = await signInAs(ctx.db, 'iro');
    const manager = await signInAs(ctx.db, 'team-manager');
    const { child, latest } = childWithReviews(iro.user.id);
    // Make it await sign-off, so it is in the queue until withdrawn.
    await ctx.db.commit({
      puts: { reviews: [{ ...latest, decisionsSentOn: latest.heldOn, managerSignOffOn: null }] },
      deletes: {},
    });
    const year = Number(latest.heldOn.slice(0, 4));
    const collectionYear = Number(latest.heldOn.slice(5, 7)) >= 4 ? year : year - 1;
    const rowDate = latest.heldOn.split('-').reverse().join('/');
    const figures = async () => {
      const [report, queue, exported, record] = await Promise.all([
        call('GET', `/reports/annual?from=${latest.heldOn}&to=${latest.heldOn}`, {
          token: manager.token,
        }),
        call('GET', '/team/sign-off-queue', { token: manager.token }),
        call('GET', `/ssda903/reviews?year=${collectionYear}`, { token: manager.token }),
        call('GET', `/children/${child.id}`, { token: iro.token }),
      ]);
      return {
        held: report.body.reviewsHeld.value as number,
        queued: queue.body.items.some((i: { reviewId: string }) => i.reviewId === latest.id),
        exported: exported.body.rows.some(
          (r: { CHILD: string; REVIEW: string }) =>
            r.CHILD === child.childRef && r.REVIEW === rowDate,
        ),
        due: record.body.nextReview.due as string,
      };
    };
    const before = await figures();
    expect(before).toMatchObject({ queued: true, exported: true });
    const done = await withdraw(iro.token, latest, {
      reason: 'Wrong child',
      version: latest.version,
    });
    expect(done.status).toBe(200);
    const after = await figures();
    expect(after.held).toBe(before.held - 1);
    expect(after).toMatchObject({ queued: false, exported: false });
    expect(after.due).not.toBe(before.due);
  });

  it('a review may be recorded again on the date of one withdrawn', async () => {
    const { user, token } = await signInAs(ctx.db, 'iro');
    const { child, latest } = childWithReviews(user.id);
    await withdraw(token, latest, { reason: 'Wrong details', version: latest.version });
    const again = await call('POST', `/children/${child.id}/reviews`, {
      token,
      body: {
        heldOn: latest.heldOn,
        participationCode: 'PN1',
        participationMethod: 'in-person',
        advocacy: { offered: true, referralMade: false },
        ...(latest.lateReason === null
          ? {}
          : { lateReason: { code: latest.lateReason.code, details: latest.lateReason.details } }),
      },
    });
    expect(again.status).toBe(201);
    const after = await detail(token, child.id);
    expect(after.reviews.filter((r) => r.heldOn === latest.heldOn)).toHaveLength(2);
    expect(after.history.filter((h) => h.held === latest.heldOn)).toHaveLength(1);
  });
});
