import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { renderPage, signIn, STAFF } from '@/test/render-page';
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
      'At their current stage longer than 20 working days (past target)': '1',
      'Referred to Cafcass': '0',
    });

    const table = screen.getByRole('table', { name: 'Open escalations, longest open first' });
    const rows = within(table).getAllByRole('row').slice(1);
    // Only Chloe's: Dylan's was resolved. Raised Monday 5 January 2026: 50 working days.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Chloe Davies');
    expect(rows[0]).toHaveTextContent('Daniel Fletcher');
    expect(rows[0]).toHaveTextContent(
      'since 5 January 2026: 50 working days at this stage, target 20 working days',
    );
    // The stage is past its target: said in words, not by colour alone.
    expect(within(rows[0]!).getByText('Past target')).toBeVisible();
    expect(within(rows[0]!).getByText('Over 20 working days')).toBeVisible();
    expect(rows[0]).toHaveTextContent('Not referred');
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

  it('shows the current stage against its target and a referral to Cafcass', async () => {
    await loadTeamDataset();
    // Daniel moves Chloe's escalation to stage 2 on Monday 9 March 2026 (5 working days before
    // today, inside the 20-day target) and refers her case to Cafcass the next day.
    await signIn(STAFF.daniel);
    const moved = await api.updateEscalation('es_chloe', {
      action: 'advance',
      version: 1,
      on: '2026-03-09',
      note: 'No response from the team manager',
    });
    await api.updateEscalation('es_chloe', {
      action: 'refer-to-cafcass',
      version: moved.version,
      cafcassReferredOn: '2026-03-10',
    });
    await renderPage({
      routes: teamRoutes,
      path: paths.escalations,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    const table = await screen.findByRole('table', {
      name: 'Open escalations, longest open first',
    });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('Stage 2 (head of service)');
    expect(row).toHaveTextContent(
      'since 9 March 2026: 5 working days at this stage, target 20 working days',
    );
    expect(within(row).queryByText('Past target')).not.toBeInTheDocument();
    // Open since 5 January: still over the limit as a whole.
    expect(within(row).getByText('Over 20 working days')).toBeVisible();
    expect(row).toHaveTextContent('Referred 10 March 2026');
    const terms = screen.getAllByRole('term').map((term) => term.textContent.trim());
    const values = screen.getAllByRole('definition').map((value) => value.textContent.trim());
    expect(Object.fromEntries(terms.map((term, index) => [term, values[index]]))).toMatchObject({
      'Stage 2 (head of service)': '1',
      'At their current stage longer than 20 working days (past target)': '0',
      'Referred to Cafcass': '1',
    });
  });
});
