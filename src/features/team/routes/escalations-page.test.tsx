import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { renderPage, STAFF } from '@/test/render-page';
import { teamRoutes } from '../testing/routes';
import { HANNAH, loadTeamDataset } from '../testing/team-dataset';

// Page tests drive a real router and the mock backend: allow for a busy machine.
describe('EscalationsPage', { timeout: 20_000 }, () => {
  it('shows open escalations by stage and age, flagging those open longer than the setting', async () => {
    await loadTeamDataset();
    const { user } = await renderPage({
      routes: teamRoutes,
      path: paths.escalations,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Open escalations' }),
    ).toBeVisible();
    expect(await screen.findByRole('heading', { level: 2, name: '1 open' })).toBeVisible();
    const terms = screen.getAllByRole('term').map((term) => term.textContent.trim());
    const values = screen.getAllByRole('definition').map((value) => value.textContent.trim());
    expect(Object.fromEntries(terms.map((term, index) => [term, values[index]]))).toEqual({
      'Stage 1 (team manager)': '1',
      'Stage 2 (head of service)': '0',
      'Stage 3 (director)': '0',
      'Open longer than 20 working days': '1',
    });

    const table = screen.getByRole('table', { name: 'Open escalations, longest open first' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Only Chloe's: Dylan's was resolved. Raised Monday 5 January 2026: 50 working days.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Chloe Davies');
    expect(rows[0]).toHaveTextContent('Daniel Fletcher');
    expect(rows[0]).toHaveTextContent('since 5 January 2026 (50 working days)');
    expect(rows[0]).toHaveTextContent('50 working days');
    expect(within(rows[0]!).getByText('Over 20 working days')).toBeVisible();
    expect(rows[0]).toHaveTextContent('Contact plan not followed');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Show escalations raised by' }),
      HANNAH,
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: '0 open from Hannah Okoye' }),
    ).toBeVisible();
    expect(screen.getByText('Every escalation has been resolved.')).toBeVisible();
  });
});
