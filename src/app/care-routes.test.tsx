// The care pages in the route table: who may open them and what each role's navigation offers.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { renderPage, STAFF, staffMember } from '@/test/render-page';
import { navigationFor } from './layout';
import { guardedRoute } from './testing/guarded-route';

const routes = [
  guardedRoute(paths.careNewChild, 'New child'),
  guardedRoute(paths.careRecordPattern, 'Care record'),
  guardedRoute(paths.careLeavePattern, 'Record leaving care'),
  guardedRoute(paths.allocationQueue, 'Awaiting allocation'),
  guardedRoute(paths.leftCare, 'Left care'),
];

describe('the care pages’ routes', () => {
  it('refuses an IRO the page for recording a child becoming looked after, with the reason', async () => {
    await renderPage({ routes, path: paths.careNewChild, signInAs: STAFF.hannah });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You cannot record a child becoming looked after',
      }),
    ).toBeVisible();
    expect(
      screen.getByText('An IRO cannot do this: only team managers and business support can'),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'New child' })).not.toBeInTheDocument();
  });

  it('refuses an IRO the care events, and business support the allocation queue', async () => {
    await renderPage({ routes, path: paths.careLeave('c_1'), signInAs: STAFF.hannah });
    expect(await screen.findByRole('heading', { name: 'You cannot use this page' })).toBeVisible();
    await renderPage({ routes, path: paths.allocationQueue, signInAs: STAFF.tracey });
    expect(
      await screen.findByText('Business support cannot do this: only team managers can'),
    ).toBeVisible();
  });

  it.each([STAFF.hannah, STAFF.margaret, STAFF.tracey])(
    'lets %s open a care record (the backend limits an IRO to their own children)',
    async (staffId) => {
      await renderPage({ routes, path: paths.careRecord('c_1'), signInAs: staffId });
      expect(await screen.findByRole('heading', { name: 'Care record' })).toBeVisible();
    },
  );

  it('offers each role its care pages in the navigation', async () => {
    const [hannah, margaret, tracey] = await Promise.all(
      [STAFF.hannah, STAFF.margaret, STAFF.tracey].map((id) => staffMember(id)),
    );
    expect(navigationFor(hannah!)).toContainEqual({ href: paths.leftCare, text: 'Left care' });
    expect(navigationFor(hannah!)).not.toContainEqual(
      expect.objectContaining({ href: paths.careNewChild }),
    );
    expect(navigationFor(margaret!)).toEqual(
      expect.arrayContaining([
        { href: paths.allocationQueue, text: 'Awaiting allocation' },
        { href: paths.leftCare, text: 'Left care' },
        { href: paths.careNewChild, text: 'Becoming looked after' },
      ]),
    );
    expect(navigationFor(tracey!)).toContainEqual({
      href: paths.careNewChild,
      text: 'Record a child becoming looked after',
    });
  });
});
