import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { renderPage, signIn, STAFF } from '@/test/render-page';
import { teamRoutes } from '../testing/routes';
import { DANIEL, loadTeamDataset } from '../testing/team-dataset';

async function open(path: string = paths.signOff) {
  await loadTeamDataset();
  return renderPage({ routes: teamRoutes, path, signInAs: STAFF.margaret, keepDatabase: true });
}

function rows() {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

// Page tests drive a real router and the mock backend: allow for a busy machine.
describe('SignOffPage', { timeout: 20_000 }, () => {
  it('lists decisions awaiting sign-off oldest first, flags those past 5 working days, and signs one off', async () => {
    const { user } = await open();
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

    await user.click(
      within(ben!).getByRole('button', {
        name: 'Sign off the review of Ben Clarke held on 26 September 2025',
      }),
    );
    expect(
      await screen.findByText(
        'You signed off the review of Ben Clarke held on 26 September 2025 on 16 March 2026.',
      ),
    ).toBeVisible();
    expect(await screen.findByText('1 review waiting, 0 late.')).toBeVisible();
    const child = await api.getChild('c_ben');
    expect(child.reviews.find((review) => review.id === 'rv_b2')?.managerSignOffOn).toBe(
      '2026-03-16',
    );
  });

  it('says so when someone else changed the review first (409), and refreshes the list', async () => {
    const { user } = await open(`${paths.signOff}?iro=${DANIEL}`);
    expect(await screen.findByText('1 review waiting from Daniel Fletcher, 0 late.')).toBeVisible();
    // Daniel corrects the review while the list is open: its version moves on.
    const detail = await api.getChild('c_chloe');
    const review = detail.reviews.find((r) => r.id === 'rv_c2')!;
    await signIn(DANIEL);
    await api.updateReview(review.id, { version: review.version, decisionsSentOn: '2026-03-11' });
    await signIn(STAFF.margaret);

    await user.click(screen.getByRole('button', { name: /^Sign off the review of Chloe Davies/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else has changed this review');
    expect(alert).toHaveTextContent(/The list has been refreshed/);
    expect(await screen.findByText('11 March 2026')).toBeVisible();
  });
});
