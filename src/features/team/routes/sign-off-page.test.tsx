import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { renderPage, signIn, STAFF } from '@/test/render-page';
import { teamRoutes } from '../testing/routes';
import { DANIEL, loadTeamDataset } from '../testing/team-dataset';

async function open(path: string = paths.signOff, before?: () => Promise<void>) {
  await loadTeamDataset();
  await before?.();
  return renderPage({ routes: teamRoutes, path, signInAs: STAFF.margaret, keepDatabase: true });
}

function rows() {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

/** The manager queries a review's decisions through the API (as the sign-off page would). */
async function query(childId: string, reviewId: string, reason: string) {
  await signIn(STAFF.margaret);
  const review = (await api.getChild(childId)).reviews.find((r) => r.id === reviewId)!;
  return api.signOffReview(reviewId, { version: review.version, decision: 'query', reason });
}

// Page tests drive a real router and the mock backend: allow for a busy machine.
describe('SignOffPage', { timeout: 20_000 }, () => {
  it('lists decisions awaiting sign-off oldest first, flags those past 5 working days, and links each to its sign-off page', async () => {
    await open();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Decisions awaiting sign-off' }),
    ).toBeVisible();
    expect(await screen.findByText('2 reviews waiting, 1 late.')).toBeVisible();
    const [ben, chloe] = rows();
    // Ben: decisions sent Monday 29 September 2025, due 6 October 2025. Working days since: 30 Sep
    // (1) + Oct (23) + Nov (20) + Dec (23 - 2 bank holidays = 21) + Jan (22 - 1 = 21) + Feb (20) +
    // 1-16 March (11) = 117 waiting, 117 - 5 = 112 late.
    expect(ben).toHaveTextContent('Ben Clarke');
    expect(ben).toHaveTextContent('26 September 2025');
    expect(ben).toHaveTextContent('29 September 2025');
    expect(within(ben!).getByText('Late')).toBeVisible();
    expect(within(ben!).getByRole('cell', { name: '117' })).toBeVisible();
    expect(ben).toHaveTextContent('Sign-off was due on 6 October 2025: 112 working days late');
    // Chloe: sent Tuesday 10 March 2026, due Tuesday 17 March: 4 working days waiting.
    expect(chloe).toHaveTextContent('Chloe Davies');
    expect(within(chloe!).getByRole('cell', { name: '4' })).toBeVisible();
    expect(within(chloe!).queryByText('Late')).toBeNull();
    expect(chloe).toHaveTextContent('Sign-off is due by 17 March 2026');

    // No blind sign-off from the list: each row goes to the review's record and decisions.
    expect(screen.queryByRole('button', { name: /^Sign off/ })).toBeNull();
    expect(
      within(ben!).getByRole('link', {
        name: 'Read the decisions and sign off the review of Ben Clarke held on 26 September 2025',
      }),
    ).toHaveAttribute('href', paths.signOffReview('c_ben', 'rv_b2'));
    expect(
      within(chloe!).getByRole('link', {
        name: 'Read the decisions and sign off the review of Chloe Davies held on 2 February 2026',
      }),
    ).toHaveAttribute('href', paths.signOffReview('c_chloe', 'rv_c2'));
  });

  it('shows a review queried and waiting for the IRO, and one the IRO has answered', async () => {
    await open(paths.signOff, async () => {
      await query('c_ben', 'rv_b2', 'The contact arrangements are not in the decisions.');
      const queried = await query('c_chloe', 'rv_c2', 'Who is making the school referral?');
      await signIn(DANIEL);
      await api.answerSignOffQuery('rv_c2', queried.signOffQueries[0]!.id, {
        version: queried.version,
        answer: 'The social worker, by 20 March.',
        decisions: null,
      });
    });
    expect(await screen.findByText('2 reviews waiting, 1 late.')).toBeVisible();
    const [ben, chloe] = rows();
    expect(
      within(ben!).getByText('Queried on 16 March 2026: waiting for the IRO’s answer'),
    ).toBeVisible();
    expect(
      within(ben!).getByRole('link', {
        name: 'Read the decisions and the query the review of Ben Clarke held on 26 September 2025',
      }),
    ).toBeVisible();
    expect(within(chloe!).getByText('IRO answered on 16 March 2026')).toBeVisible();
    expect(
      within(chloe!).getByRole('link', { name: /^Read the decisions and sign off/ }),
    ).toBeVisible();
  });

  it('shows the banner the sign-off page sends back, and filters by IRO', async () => {
    const { router } = await open(`${paths.signOff}?iro=${DANIEL}`);
    expect(await screen.findByText('1 review waiting from Daniel Fletcher, 0 late.')).toBeVisible();
    await router.navigate(paths.signOff, {
      state: { banner: 'You signed off the decisions of the review held on 26 September 2025' },
    });
    expect(
      await screen.findByText(
        'You signed off the decisions of the review held on 26 September 2025',
      ),
    ).toBeVisible();
    expect(await screen.findByText('2 reviews waiting, 1 late.')).toBeVisible();
  });
});
