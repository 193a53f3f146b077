import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths } from '@/lib/paths';
import { renderPage, STAFF } from '@/test/render-page';
import { teamRoutes } from '../testing/routes';
import { loadTeamDataset } from '../testing/team-dataset';

/** Every review row shown, in order, across the tables of each week and IRO. */
function rows() {
  return screen
    .getAllByRole('table')
    .flatMap((table) => within(table).getAllByRole('row').slice(1));
}

async function open(path = paths.atRisk) {
  await loadTeamDataset();
  return renderPage({ routes: teamRoutes, path, signInAs: STAFF.margaret, keepDatabase: true });
}

afterEach(() => {
  vi.restoreAllMocks();
});

// Page tests drive a real router and the mock backend: allow for a busy machine.
describe('AtRiskPage', { timeout: 20_000 }, () => {
  it('lists overdue reviews and those due in the next 4 weeks with nothing booked, earliest first', async () => {
    await open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews at risk' })).toBeVisible();
    expect(
      await screen.findByText('Showing 2 reviews at risk in the next 4 weeks (to 13 April 2026)'),
    ).toBeVisible();
    // Grouped by the week due, then by IRO, each heading with its count.
    expect(
      screen
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent)
        .filter((text) => text.includes('week of')),
    ).toEqual([
      'Was due in the week of Monday 15 December 2025: 1 review',
      'Due in the week of Monday 23 March 2026: 1 review',
    ]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Daniel Fletcher: 1 review',
      'Hannah Okoye: 1 review',
    ]);
    expect(
      screen.getByRole('table', {
        name: 'Reviews at risk due in the week of Monday 15 December 2025, Daniel Fletcher',
      }),
    ).toBeInTheDocument();
    // One page only: no pagination.
    expect(screen.queryByRole('navigation', { name: 'Pages of reviews at risk' })).toBeNull();
    const [dylan, amelia] = rows();
    expect(within(dylan!).getByRole('rowheader')).toHaveTextContent('Dylan EvansLA000004');
    expect(within(dylan!).getByRole('link', { name: 'Reallocate Dylan Evans' })).toHaveAttribute(
      'href',
      '/team/reallocate?from=st_02&child=c_dylan',
    );
    expect(dylan).toHaveTextContent('18 December 2025');
    expect(dylan).toHaveTextContent('88 days overdue');
    // No "working days left: none" for a review already overdue: it says by how much.
    expect(dylan).toHaveTextContent('Overdue by 88 days');
    expect(within(dylan!).getByText('Overdue')).toBeVisible();
    expect(dylan).toHaveTextContent('Review was due on 18 December 2025: 88 days overdue');
    expect(amelia).toHaveTextContent('Amelia Brown');
    expect(amelia).toHaveTextContent('25 March 2026in 7 working days');
    expect(within(amelia!).getByText('Not booked')).toBeVisible();
    expect(amelia).toHaveTextContent('Due in 7 working days and no meeting booked');
    expect(
      screen.getByText('1 overdue, 1 not booked, 0 booked after the due date across the team.'),
    ).toBeVisible();
    // Ben's review is booked on 24 March, before it is due: not at risk.
    expect(screen.queryByText('Ben Clarke')).toBeNull();
  });

  it('looks ahead to a chosen date, filters by IRO and status, and checks the date', async () => {
    const { user, router } = await open();
    await screen.findByText('Showing 2 reviews at risk in the next 4 weeks (to 13 April 2026)');

    await user.click(screen.getByRole('radio', { name: 'To a date' }));
    const date = screen.getByRole('group', { name: 'Date to look ahead to' });
    await user.type(within(date).getByRole('textbox', { name: 'Day' }), '31');
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '2');
    await user.type(within(date).getByRole('textbox', { name: 'Year' }), '2026');
    await user.click(screen.getByRole('button', { name: 'Show reviews' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Date to look ahead to must be a real date' }),
    ).toHaveAttribute('href', '#until-day');
    expect(document.title).toBe('Error: Reviews at risk – IRO Review Tracker');

    await user.clear(within(date).getByRole('textbox', { name: 'Day' }));
    await user.clear(within(date).getByRole('textbox', { name: 'Month' }));
    await user.type(within(date).getByRole('textbox', { name: 'Day' }), '2');
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '8');
    await user.click(screen.getByRole('button', { name: 'Show reviews' }));
    expect(router.state.location.search).toBe('?until=2026-08-02');
    expect(await screen.findByText('Showing 3 reviews at risk up to 2 August 2026')).toBeVisible();
    expect(rows()[2]).toHaveTextContent('Chloe Davies');

    await user.selectOptions(screen.getByRole('combobox', { name: 'IRO' }), 'Daniel Fletcher');
    await user.click(screen.getByRole('checkbox', { name: 'Overdue' }));
    await user.click(screen.getByRole('button', { name: 'Show reviews' }));
    expect(router.state.location.search).toBe('?until=2026-08-02&iro=st_02&status=overdue');
    expect(await screen.findByText('Showing 1 review at risk up to 2 August 2026')).toBeVisible();
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('Dylan Evans');
    expect(
      screen.getByText('1 overdue, 1 not booked, 0 booked after the due date for Daniel Fletcher.'),
    ).toBeVisible();
  });

  it('exports the list as a CSV file with the rows shown', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:at-risk';
    });
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloaded = this.download;
    });
    const { user } = await open();
    await screen.findByText('Showing 2 reviews at risk in the next 4 weeks (to 13 April 2026)');

    await user.click(screen.getByRole('button', { name: /^Export as CSV/ }));
    expect(downloaded).toBe('reviews-at-risk-2026-03-16-to-2026-04-13.csv');
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // A byte order mark first, so spreadsheets read the file as UTF-8.
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    expect(text.split('\r\n')).toEqual([
      'Child reference,Given name,Family name,IRO,Review,Due date,Working days left,Days overdue,At risk because,Status,Reason,Meeting booked for',
      'LA000004,Dylan,Evans,Daniel Fletcher,Subsequent,2025-12-18,-59,88,Overdue,Overdue,Review was due on 18 December 2025: 88 days overdue,',
      'LA000001,Amelia,Brown,Hannah Okoye,Subsequent,2026-03-25,7,0,Not booked,At risk,Due in 7 working days and no meeting booked,',
      '',
    ]);
    await waitFor(() => {
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:at-risk');
    });
  });
});
