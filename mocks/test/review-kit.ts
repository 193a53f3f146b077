// Set-up shared by the review handler tests: a child whose next review can be recorded now (and
// again a few days later) in timescale, and a review body the rules accept.
import { addDays, ageOn, type IsoDate } from '@/domain';
import type { Child } from '@/lib/api/schemas';
import { currentPeriodOf, heldReviewsOf, isActiveChild, summariseChild } from '../compute';
import type { Database } from '../db/database';
import { TEST_TODAY } from '../node';
import { call, type Json } from './support';

/**
 * A child of the IRO of compulsory school age (6 to 15), with a review already held in the current
 * period at least 10 days ago, whose next review is due at least 5 days from today: a review on
 * today - 5 and another today are both in timescale, neither back-dated.
 */
export function reviewableChild(db: Database, iroId: string, skip = 0): Child {
  let skipped = 0;
  for (const id of db.childIdsOf(iroId)) {
    const child = db.get('children', id);
    if (child === undefined || !isActiveChild(db, child)) continue;
    const age = ageOn(child.dateOfBirth, TEST_TODAY);
    if (age < 6 || age > 15) continue;
    const reviews = heldReviewsOf(db, child.id);
    const period = currentPeriodOf(child, reviews);
    const latest = period.episode.reviews.at(-1);
    if (latest === undefined || latest > addDays(TEST_TODAY, -10)) continue;
    if (summariseChild(db, child).nextReview.due < addDays(TEST_TODAY, 5)) continue;
    if (skipped++ < skip) continue;
    return child;
  }
  throw new Error(`No reviewable child for IRO ${iroId}`);
}

export function reviewBody(heldOn: IsoDate, extra: Record<string, unknown> = {}) {
  return {
    heldOn,
    participationCode: 'PN1',
    participationMethod: 'in-person',
    advocacy: { offered: true, referralMade: false },
    recommendations: [],
    ...extra,
  };
}

/** Records a review with decisions sent today, as the allocated IRO: its body. */
export async function reviewWithDecisions(
  token: string,
  child: Child,
  heldOn: IsoDate = addDays(TEST_TODAY, -5),
): Promise<Json> {
  const created = await call('POST', `/children/${child.id}/reviews`, {
    token,
    body: reviewBody(heldOn, {
      decisions: 'The care plan is endorsed. Family time stays at twice a month.',
      carePlanEndorsed: true,
      decisionsSentOn: TEST_TODAY,
    }),
  });
  if (created.status !== 201)
    throw new Error(`Review not recorded: ${JSON.stringify(created.body)}`);
  return created.body;
}
