// The manager's sign-off across the two features, as the router mounts them: the team's queue
// links to the child's review, whose sign-off page sends the manager back to the queue. Who may
// open each page is the route table's (the role guard).
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { handBuiltChild, handBuiltReview, loadHandBuiltData } from '@/test/hand-built-data';
import { renderPage, STAFF } from '@/test/render-page';
import { appRoutes } from './route-table';
import { routeObject } from './router';
import { guardedRoute } from './testing/guarded-route';

/** Amelia Brown (Hannah's): her review of 25 September 2025 waits for sign-off. */
async function loadAmelia(): Promise<void> {
  const amelia = handBuiltChild({
    id: 'c_amelia',
    givenName: 'Amelia',
    familyName: 'Brown',
    dateOfBirth: '2010-05-01',
    iroId: STAFF.hannah,
    start: '2025-06-02',
  });
  await loadHandBuiltData({
    children: [amelia],
    reviews: [
      handBuiltReview({
        id: 'rv_a1',
        childId: amelia.id,
        heldOn: '2025-06-27',
        participationCode: 'PN1',
        recordOfReviewCompletedOn: '2025-07-04',
        decisionsSentOn: '2026-03-10',
      }),
    ],
  });
}

function appRoute(path: string) {
  const route = appRoutes.find((each) => each.path === path);
  if (route === undefined) throw new Error(`No route ${path}`);
  return routeObject(route);
}

describe('the sign-off pages’ routes', { timeout: 20_000 }, () => {
  it('refuses an IRO the sign-off page', async () => {
    await renderPage({
      routes: [guardedRoute(paths.signOffReviewPattern, 'Sign off')],
      path: paths.signOffReview('c_1', 'rv_1'),
      signInAs: STAFF.hannah,
    });
    expect(await screen.findByRole('heading', { name: 'You cannot use this page' })).toBeVisible();
    expect(screen.getByText('An IRO cannot do this: only team managers can')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Sign off' })).toBeNull();
  });

  it('keeps the answer to a query for IROs', async () => {
    await renderPage({
      routes: [guardedRoute(paths.answerSignOffQueryPattern, 'Answer')],
      path: paths.answerSignOffQuery('c_1', 'rv_1'),
      signInAs: STAFF.margaret,
    });
    expect(await screen.findByRole('heading', { name: 'You cannot use this page' })).toBeVisible();
    expect(screen.getByText('A team manager cannot do this: only IROs can')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Answer' })).toBeNull();
  });

  it('takes the manager from the queue to the review’s decisions and back once signed off', async () => {
    await loadAmelia();
    const { user } = await renderPage({
      routes: [appRoute(paths.signOff), appRoute(paths.signOffReviewPattern)],
      path: paths.signOff,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    expect(await screen.findByText('1 review waiting, 0 late.')).toBeVisible();
    await user.click(
      screen.getByRole('link', {
        name: 'Read the decisions and sign off the review of Amelia Brown held on 27 June 2025',
      }),
    );
    expect(
      // The page's code loads on first use (a lazy route): allow for a busy machine.
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Sign off the review’s decisions' },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    expect(screen.getByText('The care plan continues as agreed.')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'I agree the decisions' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const banner = await screen.findByRole('alert');
    expect(
      within(banner).getByText('You signed off the decisions of the review held on 27 June 2025'),
    ).toBeVisible();
    expect(await screen.findByText('No decisions are waiting for sign-off')).toBeVisible();
    const child = await api.getChild('c_amelia');
    expect(child.reviews[0]?.managerSignOffOn).toBe('2026-03-16');
  });
});
