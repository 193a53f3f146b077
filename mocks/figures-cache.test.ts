// Figures kept between requests (mocks/figures-cache.ts) are never read after a write: for each
// one, read it, write something it counts, and read it again.
import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays } from '@/domain';
import type { Child } from '@/lib/api/schemas';
import { workingDayCalendar } from './calendar';
import { activeChildren, summariseChild } from './compute';
import { TEST_TODAY } from './node';
import { reviewableChild, reviewBody, reviewWithDecisions } from './test/review-kit';
import { call, signInAs, useMockBackend, type Json } from './test/support';

const ctx = useMockBackend({ size: 120 });

const booking = (date: string) => ({
  date,
  startTime: '10:00',
  durationMinutes: 90,
  format: 'in-person',
  venue: 'Civic Centre, Room 3',
  invitees: [{ role: 'social-worker', name: 'A social worker', contactMethod: 'email' }],
});

async function get(path: string, token: string): Promise<Json> {
  const response = await call('GET', path, { token });
  expect(response.status).toBe(200);
  return response.body;
}

/** Records a review held five days ago for one of the IRO's children. */
async function recordReview(): Promise<Child> {
  const iro = await signInAs(ctx.db, 'iro');
  const child = reviewableChild(ctx.db, iro.user.id);
  const created = await call('POST', `/children/${child.id}/reviews`, {
    token: iro.token,
    body: reviewBody(addDays(TEST_TODAY, -5)),
  });
  expect(created.status).toBe(201);
  return child;
}

/** A child in a caseload with nothing booked whose review is due between `from` and `to`. */
function unbookedDueBetween(from: string, to: string): Child {
  const child = activeChildren(ctx.db).find((c) => {
    const summary = summariseChild(ctx.db, c);
    return (
      summary.meeting === null && summary.nextReview.due >= from && summary.nextReview.due <= to
    );
  });
  if (child === undefined) throw new Error(`No unbooked child due between ${from} and ${to}`);
  return child;
}

/** Books a meeting for the child on the first working day after today with the IRO's diary free. */
async function bookMeeting(child: Child): Promise<void> {
  const { token } = await signInAs(ctx.db, 'business-support');
  const date = addWorkingDays(TEST_TODAY, 1, workingDayCalendar);
  const booked = await call('POST', `/children/${child.id}/meetings`, {
    token,
    body: booking(date),
  });
  expect(booked.status).toBe(201);
}

describe('figures kept between requests are worked out again after a write', () => {
  it('annual report: a review recorded is counted in the next report', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const path = '/reports/annual?from=2025-04-01&to=2026-03-31';
    const before = (await get(path, token)).reviewsHeld.value as number;
    expect((await get(path, token)).reviewsHeld.value).toBe(before);
    await recordReview();
    expect((await get(path, token)).reviewsHeld.value).toBe(before + 1);
  });

  it('team overview: a review recorded is counted in the year to date', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const before = (await get('/team/overview', token)).yearToDate.reviewsHeld.value as number;
    await recordReview();
    const after = await get('/team/overview', token);
    expect(after.yearToDate.reviewsHeld.value).toBe(before + 1);
  });

  it('team overview: a meeting booked in time takes the review out of the at-risk count', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const child = unbookedDueBetween(addDays(TEST_TODAY, 7), addDays(TEST_TODAY, 28));
    const before = (await get('/team/overview', token)).totals.atRisk as number;
    await bookMeeting(child);
    expect((await get('/team/overview', token)).totals.atRisk).toBe(before - 1);
  });

  it('SSDA903 reviews export: a review recorded is a new row', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const path = '/ssda903/reviews?year=2025';
    const before = (await get(path, token)).rows.length as number;
    const child = await recordReview();
    const after = await get(path, token);
    expect(after.rows).toHaveLength(before + 1);
    expect(after.rows.filter((row: Json) => row.CHILD === child.childRef).at(-1)).toMatchObject({
      REVIEW: '11/03/2026',
    });
  });

  it('sign-off queue: decisions sent join it, and signing them off takes them out', async () => {
    const manager = await signInAs(ctx.db, 'team-manager');
    const before = (await get('/team/sign-off-queue', manager.token)).items.length as number;
    const iro = await signInAs(ctx.db, 'iro');
    const review = await reviewWithDecisions(iro.token, reviewableChild(ctx.db, iro.user.id));
    const queued = await get('/team/sign-off-queue', manager.token);
    expect(queued.items).toHaveLength(before + 1);
    expect(queued.items.some((item: Json) => item.reviewId === review.id)).toBe(true);
    const signed = await call('POST', `/reviews/${review.id}/sign-off`, {
      token: manager.token,
      body: { version: review.version, decision: 'agree' },
    });
    expect(signed.status).toBe(200);
    const after = await get('/team/sign-off-queue', manager.token);
    expect(after.items.some((item: Json) => item.reviewId === review.id)).toBe(false);
  });

  it('booking queue: a meeting booked takes the child out of the reviews to book', async () => {
    const { token } = await signInAs(ctx.db, 'business-support');
    const child = unbookedDueBetween(addDays(TEST_TODAY, 7), addDays(TEST_TODAY, 6 * 7));
    const inQueue = (queue: Json) => queue.toBook.some((item: Json) => item.child.id === child.id);
    expect(inQueue(await get('/booking-queue', token))).toBe(true);
    await bookMeeting(child);
    expect(inQueue(await get('/booking-queue', token))).toBe(false);
  });

  it('reviews at risk: a meeting booked in time takes the review out', async () => {
    const { token } = await signInAs(ctx.db, 'team-manager');
    const child = unbookedDueBetween(addDays(TEST_TODAY, 7), addDays(TEST_TODAY, 28));
    const listed = (list: Json) => list.items.some((item: Json) => item.childId === child.id);
    const before = await get('/team/reviews-at-risk', token);
    expect(listed(before)).toBe(true);
    await bookMeeting(child);
    const after = await get('/team/reviews-at-risk', token);
    expect(listed(after)).toBe(false);
    expect(after.counts.notBooked).toBe(before.counts.notBooked - 1);
  });
});
