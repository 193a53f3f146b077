import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { renderPage, STAFF } from '@/test/render-page';
import { teamRoutes } from '../testing/routes';
import { DANIEL, HANNAH, loadTeamDataset } from '../testing/team-dataset';

async function open(path: string, dataset: Parameters<typeof loadTeamDataset>[0] = {}) {
  await loadTeamDataset(dataset);
  return renderPage({ routes: teamRoutes, path, signInAs: STAFF.margaret, keepDatabase: true });
}

function changeTable() {
  return screen.getByRole('table', { name: 'Caseloads before and after' });
}

function rowText(name: string) {
  const header = within(changeTable()).getByRole('rowheader', { name });
  return header.closest('tr')!.textContent;
}

// Page tests drive a real router and the mock backend: allow for a busy machine.
describe('ReallocatePage', { timeout: 20_000 }, () => {
  it('moves several children at once, showing both caseloads before and after, and records each move', async () => {
    const { user } = await open(`${paths.reallocate}?from=${HANNAH}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reallocate children' }),
    ).toBeVisible();
    const children = await screen.findByRole('group', {
      name: 'Children to reallocate (0 of 2 selected)',
    });
    expect(
      within(children).getByRole('checkbox', { name: 'Amelia Brown (LA000001)' }),
    ).toHaveAccessibleDescription('Next review due 25 March 2026: at risk');

    await user.click(screen.getByRole('button', { name: 'Select all 2 children' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Allocate them to' }),
      'Daniel Fletcher (2 children)',
    );
    // Hannah: 2 now, 0 after; Daniel: 2 now, 4 after (4.0 per FTE, below the band).
    expect(rowText('Hannah Okoye')).toBe('Hannah Okoye200.0 Below 50');
    expect(rowText('Daniel Fletcher')).toBe('Daniel Fletcher244.0 Below 50');

    await user.click(screen.getByRole('button', { name: 'Reallocate 2 children' }));
    const banner = await screen.findByRole('alert');
    expect(
      within(banner).getByRole('heading', {
        name: '2 children reallocated from Hannah Okoye to Daniel Fletcher',
      }),
    ).toBeVisible();
    expect(
      await within(banner).findByText(
        /Hannah Okoye now has 0 children and Daniel Fletcher has 4 children\./,
      ),
    ).toBeVisible();

    for (const childId of ['c_amelia', 'c_ben']) {
      const child = await api.getChild(childId);
      expect(child.iroId).toBe(DANIEL);
      // The child's move, and (at the same moment) its booked meeting's new chair.
      const audit = await api.listAuditEvents({ childId });
      const moves = audit.items.filter((event) => event.action === 'reallocated');
      expect(moves).toHaveLength(1);
      expect(moves[0]).toMatchObject({
        action: 'reallocated',
        actorName: 'Margaret Osei-Bonsu',
        changes: [{ field: 'iroId', before: HANNAH, after: DANIEL }],
      });
    }
    expect(await screen.findByText('Hannah Okoye has no children allocated.')).toBeVisible();
  });

  it('says what is missing when nothing is chosen', async () => {
    const { user } = await open(`${paths.reallocate}?from=${HANNAH}`);
    await user.click(await screen.findByRole('button', { name: 'Reallocate children' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Select at least one child to reallocate' }),
    ).toHaveAttribute('href', '#children');
    expect(
      within(summary).getByRole('link', { name: 'Select the IRO to allocate the children to' }),
    ).toHaveAttribute('href', '#to');
    expect(document.title).toBe('Error: Reallocate children – IRO Review Tracker');
  });

  it('moves one child chosen from the at-risk list, and reports a conflict when the record changed', async () => {
    const { user } = await open(`${paths.reallocate}?from=${HANNAH}&child=c_amelia`);
    const amelia = await screen.findByRole('checkbox', { name: 'Amelia Brown (LA000001)' });
    expect(amelia).toBeChecked();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Allocate them to' }),
      'Gareth Lloyd (0 children)',
    );
    expect(rowText('Gareth Lloyd')).toBe('Gareth Lloyd011.0 Below 50');

    // Someone else moves Amelia away and back while the page is open: her version moves on.
    const listed = await api.getChild('c_amelia');
    await api.reallocateChild('c_amelia', { iroId: DANIEL, version: listed.version });
    await api.reallocateChild('c_amelia', { iroId: HANNAH, version: listed.version + 1 });

    await user.click(screen.getByRole('button', { name: 'Reallocate 1 child' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The children have not been reallocated');
    expect(summary).toHaveTextContent(/Someone else changed this child’s record/);

    // The list was refreshed: trying again works.
    await user.click(screen.getByRole('button', { name: 'Reallocate 1 child' }));
    expect(
      await screen.findByRole('heading', {
        name: '1 child reallocated from Hannah Okoye to Gareth Lloyd',
      }),
    ).toBeVisible();
    expect((await api.getChild('c_amelia')).iroId).toBe('st_04');
  });

  it('warns of a booked meeting that would clash in the new IRO’s diary, and moves it once confirmed', async () => {
    const { user } = await open(`${paths.reallocate}?from=${HANNAH}&child=c_ben`, {
      danielBusyWhenBenMeets: true,
    });
    expect(await screen.findByRole('checkbox', { name: 'Ben Clarke (LA000002)' })).toBeChecked();
    const to = screen.getByRole('combobox', { name: 'Allocate them to' });
    await user.selectOptions(to, 'Daniel Fletcher (2 children)');
    await user.click(screen.getByRole('button', { name: 'Reallocate 1 child' }));

    const clash =
      'Ben Clarke’s review meeting on Tuesday 24 March 2026 at 10:00 would overlap Chloe Davies’s at 10:30 in Daniel Fletcher’s diary';
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: clash })).toHaveAttribute('href', '#to');
    expect(
      within(summary).getByRole('link', {
        name: 'Choose another IRO, or select “Move the meetings anyway: I will rearrange them”',
      }),
    ).toHaveAttribute('href', '#acceptClashes');
    expect(document.title).toBe('Error: Reallocate children – IRO Review Tracker');
    // Nothing chosen is lost, and nothing moved.
    expect(screen.getByRole('checkbox', { name: 'Ben Clarke (LA000002)' })).toBeChecked();
    expect(to).toHaveValue(DANIEL);
    expect(to).toHaveAccessibleDescription(`Error: ${clash}`);
    expect((await api.getChild('c_ben')).iroId).toBe(HANNAH);

    const confirm = screen.getByRole('checkbox', {
      name: 'Move the meetings anyway: I will rearrange them',
    });
    expect(confirm).not.toBeChecked();
    await user.click(confirm);
    await user.click(screen.getByRole('button', { name: 'Reallocate 1 child' }));
    const banner = await screen.findByRole('alert');
    expect(
      within(banner).getByRole('heading', {
        name: '1 child reallocated from Hannah Okoye to Daniel Fletcher',
      }),
    ).toBeVisible();
    expect(banner).toHaveTextContent(
      'One review meeting now overlaps another in Daniel Fletcher’s diary: rearrange them.',
    );
    expect((await api.getChild('c_ben')).iroId).toBe(DANIEL);
    const audit = await api.listAuditEvents({ childId: 'c_ben' });
    expect(audit.items.find((event) => event.action === 'reallocated')?.summary).toBe(
      'Margaret Osei-Bonsu reallocated Ben Clarke from Hannah Okoye to Daniel Fletcher, accepting a clash in Daniel Fletcher’s diary',
    );
    expect(
      audit.items.find((event) => event.entity === 'meeting' && event.entityId === 'mt_ben')
        ?.summary,
    ).toContain(`Clash accepted by Margaret Osei-Bonsu: ${clash}`);
  });

  it('lets the manager choose another IRO instead of accepting a clash, for several children', async () => {
    const { user } = await open(`${paths.reallocate}?from=${HANNAH}`, {
      danielBusyWhenBenMeets: true,
    });
    await user.click(await screen.findByRole('button', { name: 'Select all 2 children' }));
    const to = screen.getByRole('combobox', { name: 'Allocate them to' });
    await user.selectOptions(to, 'Daniel Fletcher (2 children)');
    await user.click(screen.getByRole('button', { name: 'Reallocate 2 children' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(
      'Ben Clarke’s review meeting on Tuesday 24 March 2026 at 10:00 would overlap Chloe Davies’s at 10:30 in Daniel Fletcher’s diary',
    );
    expect(
      screen.getByRole('checkbox', { name: 'Move the meetings anyway: I will rearrange them' }),
    ).toBeVisible();

    // Another IRO: the warning was about Daniel's diary, so it goes.
    await user.selectOptions(to, 'Gareth Lloyd (0 children)');
    expect(
      screen.queryByRole('checkbox', { name: 'Move the meetings anyway: I will rearrange them' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reallocate 2 children' }));
    expect(
      await screen.findByRole('heading', {
        name: '2 children reallocated from Hannah Okoye to Gareth Lloyd',
      }),
    ).toBeVisible();
    expect((await api.getChild('c_ben')).iroId).toBe('st_04');
    expect((await api.getChild('c_amelia')).iroId).toBe('st_04');
  });
});
