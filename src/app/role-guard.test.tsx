import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { renderPage, STAFF, staffMember } from '@/test/render-page';
import { CaseloadOrBooking, ChildRecordOrBooking } from './business-support-routes';
import { navigationFor } from './layout';

const routes = [
  {
    path: paths.childPattern,
    element: (
      <ChildRecordOrBooking>
        <h1>Child record</h1>
      </ChildRecordOrBooking>
    ),
  },
  {
    path: paths.caseload,
    element: (
      <CaseloadOrBooking>
        <h1>Caseload</h1>
      </CaseloadOrBooking>
    ),
  },
  { path: paths.bookingChildPattern, element: <h1>Booking view</h1> },
  { path: paths.booking, element: <h1>Booking queue</h1> },
];

describe('business support’s routes', () => {
  it('offers business support the booking queue and the agenda only', async () => {
    const tracey = await staffMember(STAFF.tracey);
    expect(navigationFor(tracey)).toEqual([
      { href: paths.booking, text: 'Booking queue' },
      { href: paths.agenda, text: 'Agenda' },
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
});
