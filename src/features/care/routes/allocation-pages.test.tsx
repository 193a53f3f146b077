import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { errorSummaryMessages } from '@/test/form-helpers';
import { renderPage, signIn, STAFF } from '@/test/render-page';
import { resetMockDatabase } from '@mocks/node';
import { newChildBody } from '../testing/care-test-helpers';
import { careRoutes as routes } from '../testing/routes';

const QUEUE = 'Children awaiting an IRO';

/** Two new children awaiting an IRO: one looked after two weeks ago (late), one today. */
async function twoNewChildren() {
  resetMockDatabase();
  await signIn(STAFF.margaret);
  const late = await api.createChild(
    newChildBody({ childRef: 'LA900011', givenName: 'Ruby', becameLookedAfterOn: '2026-03-02' }),
  );
  const today = await api.createChild(newChildBody({ childRef: 'LA900012', givenName: 'Theo' }));
  return { late, today };
}

function rowOf(name: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: new RegExp(name) });
  return header.closest('tr')!;
}

describe('AllocationQueuePage and AllocateChildPage', { timeout: 30_000 }, () => {
  it('lists the children awaiting an IRO oldest first, late ones flagged in words', async () => {
    await twoNewChildren();
    await renderPage({
      routes,
      path: paths.allocationQueue,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    expect(await screen.findByRole('heading', { level: 1, name: QUEUE })).toBeVisible();
    await screen.findByRole('table');
    const rows = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    const ruby = rows.findIndex((text) => text.includes('Ruby Okafor'));
    const theo = rows.findIndex((text) => text.includes('Theo Okafor'));
    expect(ruby).toBeGreaterThanOrEqual(0);
    expect(ruby).toBeLessThan(theo);

    const late = rowOf('Ruby Okafor');
    expect(within(late).getByText('2 March 2026')).toBeVisible();
    expect(within(late).getByText('Late')).toBeVisible();
    expect(
      within(late).getByText(
        'An IRO should have been allocated by 9 March 2026 (5 working days after becoming looked after on 2 March 2026)',
      ),
    ).toBeVisible();
    expect(
      within(late).getByText('20 working days after becoming looked after on 2 March 2026'),
    ).toBeVisible();
    const onTime = rowOf('Theo Okafor');
    expect(within(onTime).queryByText('Late')).not.toBeInTheDocument();
    expect(within(onTime).getByText('15 April 2026')).toBeVisible();
  });

  it('allocates an IRO, showing each IRO’s caseload against the band, and the child leaves the queue', async () => {
    const { late } = await twoNewChildren();
    const staff = await api.listStaff();
    const hannah = staff.find((member) => member.id === STAFF.hannah)!;
    const { user, router } = await renderPage({
      routes,
      path: paths.allocationQueue,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    await screen.findByRole('table');
    await user.click(await screen.findByRole('link', { name: 'Allocate an IRO to Ruby Okafor' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Allocate an IRO' })).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.allocateChild(late.id));
    const caseload = hannah.caseload!;
    const radio = screen.getByRole('radio', { name: 'Hannah Okoye' });
    expect(radio).toHaveAccessibleDescription(
      `${caseload.total} children (band ${caseload.band.min} to ${caseload.band.max}, ${caseload.bandPosition})`,
    );

    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await errorSummaryMessages()).toEqual(['Select the IRO to allocate the child to']);

    await user.click(radio);
    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await screen.findByText('Ruby Okafor allocated to Hannah Okoye')).toBeVisible();
    expect(router.state.location.pathname).toBe(paths.allocationQueue);
    expect(screen.queryByRole('rowheader', { name: /Ruby Okafor/ })).not.toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /Theo Okafor/ })).toBeVisible();
    expect((await api.getChildCare(late.id)).iroId).toBe(STAFF.hannah);
  });

  it('says when a child no longer needs allocating', async () => {
    const { late } = await twoNewChildren();
    await api.reallocateChild(late.id, { iroId: STAFF.daniel, version: late.version });
    await renderPage({
      routes,
      path: paths.allocateChild(late.id),
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    expect(
      await screen.findByText('Ruby Okafor already has an IRO: Daniel Fletcher.'),
    ).toBeVisible();
  });

  it('warns when the child’s booked meeting would clash in the IRO’s diary, and allocates once confirmed', async () => {
    const db = resetMockDatabase();
    await signIn(STAFF.margaret);
    const child = await api.createChild(newChildBody({ childRef: 'LA900013', givenName: 'Ivy' }));
    // Booked with Hannah chairing before anyone was allocated; Daniel is busy then.
    const template = [...db.all('meetings')].find((meeting) => meeting.iroId === STAFF.daniel)!;
    const when = { date: '2026-03-25', durationMinutes: 60, status: 'booked' as const, version: 1 };
    await db.commit({
      puts: {
        meetings: [
          {
            ...template,
            ...when,
            id: 'mt_ivy',
            childId: child.id,
            iroId: STAFF.hannah,
            startTime: '07:00',
          },
          { ...template, ...when, id: 'mt_daniel', iroId: STAFF.daniel, startTime: '07:30' },
        ],
      },
      deletes: {},
    });
    const other = db.get('children', template.childId)!;
    const { user } = await renderPage({
      routes,
      path: paths.allocateChild(child.id),
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    await user.click(await screen.findByRole('radio', { name: 'Daniel Fletcher' }));
    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await errorSummaryMessages()).toEqual([
      `Ivy Okafor’s review meeting on Wednesday 25 March 2026 at 07:00 would overlap ${other.givenName} ${other.familyName}’s at 07:30 in Daniel Fletcher’s diary`,
      'Choose another IRO, or select “Move the meetings anyway: I will rearrange them”',
    ]);
    expect(screen.getByRole('radio', { name: 'Daniel Fletcher' })).toBeChecked();
    expect((await api.getChildCare(child.id)).iroId).toBeNull();

    await user.click(
      screen.getByRole('checkbox', { name: 'Move the meetings anyway: I will rearrange them' }),
    );
    await user.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await screen.findByText('Ivy Okafor allocated to Daniel Fletcher')).toBeVisible();
    expect(db.get('meetings', 'mt_ivy')!.iroId).toBe(STAFF.daniel);
  });
});
