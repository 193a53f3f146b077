import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { renderPage, STAFF } from '@/test/render-page';
import { handBuiltChild, loadHandBuiltData } from '@/test/hand-built-data';
import { teamRoutes } from '../testing/routes';
import { loadTeamDataset } from '../testing/team-dataset';

function rowOf(table: HTMLElement, name: string): HTMLElement {
  const row = within(table)
    .getAllByRole('row')
    .find(
      (candidate) =>
        within(candidate).queryByRole('rowheader', { name: new RegExp(`^${name}`) }) !== null,
    );
  if (row === undefined) throw new Error(`No row for ${name}`);
  return row;
}

/** The visible text of each cell in a row, header first. */
function cellsOf(row: HTMLElement): string[] {
  return [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) =>
    cell.textContent.replace(/\s+/g, ' ').trim(),
  );
}

/** The summary list's value for a key. */
function figure(key: string): HTMLElement {
  const keys = screen.getAllByRole('term');
  const index = keys.findIndex((term) => term.textContent.trim() === key);
  const value = screen.getAllByRole('definition')[index];
  if (index < 0 || value === undefined) throw new Error(`No figure ${key}`);
  return value;
}

// Page tests drive a real router and the mock backend: allow for a busy machine.
describe('TeamOverviewPage', { timeout: 20_000 }, () => {
  it('shows each IRO’s figures and the year to date for a hand-built team, worked out by hand', async () => {
    await loadTeamDataset();
    const { user, router } = await renderPage({
      routes: teamRoutes,
      path: paths.team,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Team overview' })).toBeVisible();
    expect(document.title).toBe('Team overview – IRO Review Tracker');
    const table = await screen.findByRole('table', { name: /Caseloads by IRO/ });

    // Columns: IRO, FTE, Children, Per FTE, Overdue, At risk in 4 weeks, Booked after due date,
    // Midpoint checks missed, Records of review overdue, Open escalations, Awaiting sign-off.
    const hannah = cellsOf(rowOf(table, 'Hannah Okoye'));
    expect(hannah.slice(0, 11)).toEqual([
      'Hannah Okoye',
      '1.0',
      '2 children allocated to Hannah Okoye',
      '2.0 Below 50',
      '0 reviews overdue, Hannah Okoye',
      '1 at risk in the next 4 weeks, Hannah Okoye',
      '0 reviews booked after the due date, Hannah Okoye',
      '1 midpoint check missed, Hannah Okoye',
      '0 records of review overdue, Hannah Okoye',
      '0 open escalations, Hannah Okoye',
      '1 review awaiting sign-off, Hannah Okoye',
    ]);
    const daniel = cellsOf(rowOf(table, 'Daniel Fletcher'));
    expect(daniel.slice(2, 11).map((text) => text.split(' ')[0])).toEqual([
      '2',
      '2.0',
      '1',
      '0',
      '0',
      '1',
      '1',
      '1',
      '1',
    ]);
    expect(cellsOf(rowOf(table, 'Priya Raman')).slice(1, 4)).toEqual([
      '0.6',
      '0 children allocated to Priya Raman',
      '0.0 Below 50',
    ]);
    // Eight working IROs; Peter Marsh has left with no children.
    expect(within(table).getAllByRole('row')).toHaveLength(9);
    expect(within(table).queryByRole('rowheader', { name: /Peter Marsh/ })).toBeNull();

    const totals = screen.getByRole('table', { name: 'Team totals' });
    expect(cellsOf(within(totals).getAllByRole('row')[1]!)).toEqual([
      'All IROs',
      '7.6',
      '4 children in the team',
      '0.5',
      '1 review overdue in the team',
      '1 review at risk in the next 4 weeks in the team',
      '0 reviews booked after the due date in the team',
      '2 midpoint checks missed in the team',
      '1 record of review overdue in the team',
      '1 open escalation in the team',
      '2 reviews awaiting sign-off in the team',
    ]);

    expect(
      screen.getByText('2025-26 so far, to 16 March 2026 (from 1 April 2025)', { exact: false }),
    ).toBeVisible();
    expect(figure('Reviews held')).toHaveTextContent(/^6Reviews held from 1 April 2025/);
    expect(figure('Reviews held in timescale')).toHaveTextContent(/^66\.7% \(4 of 6\)/);
    expect(figure('Participation: children aged 4 or over (PN1 to PN6)')).toHaveTextContent(
      /^75\.0% \(3 of 4\)/,
    );
    expect(figure('Participation including children under 4 (PN0 to PN6)')).toHaveTextContent(
      /^83\.3% \(5 of 6\)/,
    );
    expect(figure('Advocacy referrals')).toHaveTextContent(/^2/);

    // Each figure links to the matching list.
    await user.click(
      within(table).getByRole('link', { name: '1 at risk in the next 4 weeks, Hannah Okoye' }),
    );
    expect(router.state.location.pathname).toBe(paths.atRisk);
    expect(router.state.location.search).toBe('?weeks=4&iro=st_01&status=not-booked');
  });

  it('still shows the caseloads when a record stops the year being counted, and says why', async () => {
    await loadHandBuiltData({
      children: [
        handBuiltChild({
          id: 'c_x',
          givenName: 'Xander',
          familyName: 'Young',
          dateOfBirth: '2012-01-01',
          iroId: 'st_01',
          start: '2025-01-06',
        }),
      ],
      escalations: [
        {
          id: 'es_x',
          childId: 'c_x',
          stage: 1,
          reason: 'Care plan not followed',
          raisedOn: '2026-02-02',
          resolvedOn: '2026-01-30',
          outcome: 'Resolved',
          stages: [{ stage: 1, reachedOn: '2026-02-02', note: '' }],
          cafcassReferredOn: null,
          cafcassNote: null,
          version: 1,
        },
      ],
    });
    await renderPage({
      routes: teamRoutes,
      path: paths.team,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    const table = await screen.findByRole('table', { name: /Caseloads by IRO/ });
    expect(cellsOf(rowOf(table, 'Hannah Okoye'))[2]).toBe('1 child allocated to Hannah Okoye');
    expect(
      screen.getByText(
        /The year-to-date figures cannot be worked out until a record is corrected: An escalation cannot be resolved before it was raised \(escalations\[0\]\.resolvedOn\)\./,
      ),
    ).toBeVisible();
  });

  it('sorts the IROs by a figure, announcing the sort', async () => {
    await loadTeamDataset();
    const { user } = await renderPage({
      routes: teamRoutes,
      path: paths.team,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    const table = await screen.findByRole('table', { name: /Caseloads by IRO/ });
    await user.click(within(table).getByRole('button', { name: 'Overdue' }));
    await user.click(within(table).getByRole('button', { name: 'Overdue' }));
    expect(within(table).getByRole('columnheader', { name: 'Overdue' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('Daniel Fletcher');
    expect(screen.getByText('Sorted by Overdue, descending')).toBeInTheDocument();
  });

  it('flags the IRO above the band in the seeded team (Hannah Okoye, 74 children)', async () => {
    await renderPage({
      routes: teamRoutes,
      path: paths.team,
      signInAs: STAFF.margaret,
      db: { size: 450 },
    });
    const table = await screen.findByRole('table', { name: /Caseloads by IRO/ });
    expect(cellsOf(rowOf(table, 'Hannah Okoye')).slice(2, 4)).toEqual([
      '74 children allocated to Hannah Okoye',
      '74.0 Above 70',
    ]);
    expect(screen.getByText(/Above the band: Hannah Okoye\./)).toBeVisible();
    expect(cellsOf(rowOf(table, 'Gareth Lloyd'))[3]).toBe('44.0 Below 50');
  });
});
