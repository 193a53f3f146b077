import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { renderPage, STAFF, staffMember } from '@/test/render-page';
import { navigationFor } from './layout';
import { guardedRoute } from './testing/guarded-route';

const routes = [
  guardedRoute(paths.childPattern, 'Child record'),
  guardedRoute(paths.caseload, 'Caseload'),
  guardedRoute(paths.team, 'Team overview'),
  guardedRoute(paths.reports, 'Reports'),
  guardedRoute(paths.ssda903Import, 'Import the SSDA903 return'),
  { path: paths.bookingChildPattern, element: <h1>Booking view</h1> },
  { path: paths.booking, element: <h1>Booking queue</h1> },
];

describe('business support’s routes', () => {
  it('offers business support their tasks, the booking queue, the team calendar, recording a child in care and the outbox', async () => {
    const tracey = await staffMember(STAFF.tracey);
    expect(navigationFor(tracey)).toEqual([
      { href: paths.tasks, text: 'Tasks' },
      { href: paths.booking, text: 'Booking queue' },
      { href: paths.calendar, text: 'Team calendar' },
      { href: paths.careNewChild, text: 'Record a child becoming looked after' },
      { href: paths.outbox, text: 'Outbox' },
    ]);
  });

  it('takes business support from a child’s record to the child’s booking view', async () => {
    const { router } = await renderPage({
      routes,
      path: paths.child('ch_1'),
      signInAs: STAFF.tracey,
    });
    expect(await screen.findByRole('heading', { name: 'Booking view' })).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.bookingChild('ch_1'));
  });

  it('takes business support from the caseload to the booking queue', async () => {
    await renderPage({ routes, path: paths.caseload, signInAs: STAFF.tracey });
    expect(await screen.findByRole('heading', { name: 'Booking queue' })).toBeVisible();
  });

  it('leaves IROs on the child’s record', async () => {
    await renderPage({ routes, path: paths.child('ch_1'), signInAs: STAFF.hannah });
    expect(await screen.findByRole('heading', { name: 'Child record' })).toBeVisible();
  });

  it('tells an IRO why a team manager’s page is not for them, with a way home', async () => {
    await renderPage({ routes, path: paths.team, signInAs: STAFF.hannah });
    expect(await screen.findByRole('heading', { name: 'You cannot use this page' })).toBeVisible();
    expect(screen.getByText('An IRO cannot do this: only team managers can')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to your home page' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('heading', { name: 'Team overview' })).not.toBeInTheDocument();
  });

  it('tells business support the annual report is for team managers and IROs', async () => {
    await renderPage({ routes, path: paths.reports, signInAs: STAFF.tracey });
    expect(
      await screen.findByText('Business support cannot do this: only team managers and IROs can'),
    ).toBeVisible();
  });

  it('lets a team manager into the team overview and the caseloads', async () => {
    await renderPage({ routes, path: paths.team, signInAs: STAFF.margaret });
    expect(await screen.findByRole('heading', { name: 'Team overview' })).toBeVisible();
  });

  it('keeps the SSDA903 import for team managers only', async () => {
    await renderPage({ routes, path: paths.ssda903Import, signInAs: STAFF.hannah });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot import the return' }),
    ).toBeVisible();
    expect(screen.getByText('An IRO cannot do this: only team managers can')).toBeVisible();
  });
});
