import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatPercent } from '@/domain';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { freshDatabase, renderPage, signIn, STAFF } from '@/test/render-page';
import { ReportsPage } from '../index';

const TODAY = '2026-11-23';
const DB = { today: TODAY, size: 60 };
// Whole reports render hundreds of table cells: role queries over them take a while in jsdom.
const SLOW = { timeout: 30_000 };

const routes = [
  { path: paths.reports, element: <ReportsPage /> },
  { path: paths.childPattern, element: <h1>Child record page</h1> },
];

/** The figures the API gives for the period, signed in as the member of staff. */
async function apiFigures(staffId: string, from: string, to: string, iroId?: string) {
  freshDatabase(DB);
  await signIn(staffId);
  return api.getAnnualReport({ from, to, ...(iroId === undefined ? {} : { iroId }) });
}

/** The value shown under a headline figure's label (each item is a term and two definitions). */
function headlineValue(label: string): string {
  const list = within(screen.getByRole('region', { name: 'Headline figures' }));
  const terms = list.getAllByRole('term').map((term) => term.textContent);
  const values = list.getAllByRole('definition');
  const index = terms.indexOf(label);
  if (index < 0) throw new Error(`No headline figure '${label}'`);
  return values[index * 2]?.textContent ?? '';
}

function table(caption: string): HTMLElement {
  return screen.getByRole('table', { name: caption });
}

/** The data cells of the row whose header is `header`. */
function rowCells(tableElement: HTMLElement, header: string): string[] {
  const row = within(tableElement)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name: header }) !== null);
  if (row === undefined) throw new Error(`No row '${header}'`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ReportsPage', () => {
  it(
    'opens on the current financial year for a team manager, with the API’s figures',
    SLOW,
    async () => {
      const expected = await apiFigures(STAFF.margaret, '2026-04-01', '2027-03-31');
      await renderPage({
        routes,
        path: paths.reports,
        signInAs: STAFF.margaret,
        keepDatabase: true,
      });

      expect(
        await screen.findByRole('heading', { level: 1, name: 'Annual IRO report' }),
      ).toBeVisible();
      expect(document.title).toBe('Annual IRO report – IRO Review Tracker');
      expect(
        screen.getByText('Financial year 2026-27 (1 April 2026 to 31 March 2027)'),
      ).toBeVisible();
      expect(await screen.findByText(/^All children, all IROs\./)).toBeVisible();
      expect(headlineValue('Reviews held')).toBe(String(expected.reviewsHeld.value));
      expect(headlineValue('Reviews held in timescale')).toBe(
        formatPercent(expected.reviewsInTimescale.value),
      );
      expect(
        screen.getByRole('radio', { name: 'A financial year (1 April to 31 March)' }),
      ).toBeChecked();
      expect(screen.getByRole('combobox', { name: 'Financial year' })).toHaveValue('2026-27');
      expect(screen.getByRole('combobox', { name: 'Whose children' })).toHaveValue('');
    },
  );

  it(
    'shows the IRO’s footprint: children seen in the last 6 months and midpoint checks on time',
    SLOW,
    async () => {
      const expected = await apiFigures(STAFF.margaret, '2026-04-01', '2027-03-31');
      await renderPage({
        routes,
        path: paths.reports,
        signInAs: STAFF.margaret,
        keepDatabase: true,
      });
      await screen.findByRole('region', { name: 'Headline figures' }, SLOW);
      const seen = expected.seenByIroInLastMonths.value;
      // The seed records contacts, so the share is a real one.
      expect(seen.outOf).toBeGreaterThan(0);
      expect(headlineValue('Seen by their IRO in the last 6 months')).toBe(formatPercent(seen));
      const footprint = table('The IRO’s footprint between reviews');
      expect(
        rowCells(
          footprint,
          'Children seen by their IRO in the last 6 months, so far, to 23 November 2026',
        ),
      ).toEqual([
        `${formatPercent(seen)} (${seen.count} of ${seen.outOf})`,
        expected.seenByIroInLastMonths.definition,
      ]);
      const midpoints = expected.midpointChecksOnTime.value;
      expect(midpoints.outOf).toBeGreaterThan(0);
      expect(rowCells(footprint, 'Midpoint checks done on time')).toEqual([
        `${formatPercent(midpoints)} (${midpoints.count} of ${midpoints.outOf})`,
        expected.midpointChecksOnTime.definition,
      ]);
    },
  );

  it(
    'shows a past financial year chosen in the form, each figure with its definition',
    SLOW,
    async () => {
      const expected = await apiFigures(STAFF.margaret, '2025-04-01', '2026-03-31');
      const { user, router } = await renderPage({
        routes,
        path: paths.reports,
        signInAs: STAFF.margaret,
        keepDatabase: true,
      });
      await screen.findByText(/^All children, all IROs\./);

      await user.selectOptions(screen.getByRole('combobox', { name: 'Financial year' }), '2025-26');
      await user.click(screen.getByRole('button', { name: 'Show the figures' }));
      expect(router.state.location.search).toBe('?year=2025-26');
      expect(
        await screen.findByText('Financial year 2025-26 (1 April 2025 to 31 March 2026)'),
      ).toBeVisible();
      await waitFor(() => {
        expect(headlineValue('Reviews held')).toBe(String(expected.reviewsHeld.value));
      });

      // Every figure sits beside the words that define it.
      const children = table('Children looked after');
      expect(rowCells(children, expected.childrenLookedAfterAtStart.label)).toEqual([
        String(expected.childrenLookedAfterAtStart.value),
        expected.childrenLookedAfterAtStart.definition,
      ]);
      const reviews = table('Reviews held and in timescale');
      const { count, outOf } = expected.reviewsInTimescale.value;
      expect(rowCells(reviews, 'Reviews held in timescale')).toEqual([
        `${formatPercent(expected.reviewsInTimescale.value)} (${count} of ${outOf})`,
        expected.reviewsInTimescale.definition,
      ]);

      // Each chart has its data table: reviews by month has a row per month and a total.
      const months = table('Reviews by month');
      expect(within(months).getAllByRole('row')).toHaveLength(1 + 12 + 1);
      const april = expected.reviewsByMonth.value[0]!;
      expect(rowCells(months, 'April 2025').slice(0, 2)).toEqual([
        String(april.held),
        String(april.inTimescale),
      ]);
      expect(rowCells(months, 'Total').slice(0, 2)).toEqual([String(outOf), String(count)]);
      expect(
        screen.getByRole('img', { name: /Chart: reviews held each month, and held in timescale/ }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('img', { name: /Chart: reviews by participation code/ }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('img', { name: /Chart: children allocated to each IRO/ }),
      ).toBeInTheDocument();

      // Late reviews: by the child's reference, linked to the record, with why they were due then.
      const late = expected.lateReviews.value.items[0]!;
      const lateTable = table('Reviews held late');
      expect(within(lateTable).getAllByRole('row')).toHaveLength(
        1 + expected.lateReviews.value.items.length,
      );
      const link = within(lateTable).getAllByRole('link', { name: late.childRef })[0]!;
      expect(link).toHaveAttribute('href', paths.child(late.childId));
      expect(within(lateTable).getAllByText(late.dueReason).length).toBeGreaterThan(0);

      // Participation codes add up to the reviews held.
      const codes = table('Reviews by participation code');
      expect(rowCells(codes, 'PN1')[1]).toBe(String(expected.participationByCode.value.PN1));
      expect(rowCells(codes, 'Total')[1]).toBe(String(expected.reviewsHeld.value));

      // Caseload per IRO lists every IRO with their recommended range.
      const caseloads = table('Caseload per IRO');
      const { fte, children: allocated } = expected.caseloads.value.byIro.find(
        (row) => row.name === 'Hannah Okoye',
      )!;
      expect(rowCells(caseloads, 'Hannah Okoye').slice(0, 2)).toEqual([
        String(fte),
        String(allocated),
      ]);
    },
  );

  it('downloads each table as CSV with exactly the rows on screen', SLOW, async () => {
    await apiFigures(STAFF.margaret, '2025-04-01', '2026-03-31');
    const { user } = await renderPage({
      routes,
      path: `${paths.reports}?year=2025-26`,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    await screen.findByText(/^All children, all IROs\./);
    await screen.findByRole('table', { name: 'Reviews by month' }, { timeout: 10_000 });
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          blobs.push(blob);
          return 'blob:report';
        },
        revokeObjectURL: () => undefined,
      }),
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });

    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Download as CSV (Reviews by month)' },
        { timeout: 10_000 },
      ),
    );
    expect(click).toHaveBeenCalledTimes(1);
    expect(downloads).toEqual(['iro-annual-report-2025-26-reviews-by-month.csv']);
    const text = await blobs[0]!.text();
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Month,Reviews held,In timescale,Late,% in timescale');
    const months = table('Reviews by month');
    const april = rowCells(months, 'April 2025');
    expect(lines[1]).toBe(`April 2025,${april.join(',')}`);
    expect(lines[13]).toMatch(/^Total,/);
    expect(lines[14]).toBe('');
  });

  it(
    'pages the late reviews under GOV.UK pagination, and downloads every one as CSV',
    SLOW,
    async () => {
      // Enough children and years for more than one page (50) of late reviews.
      freshDatabase({ today: TODAY, size: 450 });
      await signIn(STAFF.margaret);
      const year = { from: '2017-04-01', to: '2026-11-23' };
      const first = (await api.getAnnualReport(year)).lateReviews.value;
      const second = (await api.getAnnualReport({ ...year, page: 2 })).lateReviews.value;
      expect(first.totalPages).toBeGreaterThan(1);
      const { user, router } = await renderPage({
        routes,
        path: `${paths.reports}?from=2017-04-01&to=2026-11-23`,
        signInAs: STAFF.margaret,
        keepDatabase: true,
      });
      const lateTable = await screen.findByRole(
        'table',
        { name: 'Reviews held late' },
        { timeout: 10_000 },
      );
      expect(within(lateTable).getAllByRole('row')).toHaveLength(1 + 50);
      expect(headlineValue('Reviews held')).toBe(
        String((await api.getAnnualReport(year)).reviewsHeld.value),
      );
      expect(screen.getByText(`Late reviews 1 to 50 of ${first.totalItems}`)).toBeVisible();
      const pages = screen.getByRole('navigation', { name: 'Pages of late reviews' });
      await user.click(within(pages).getByRole('link', { name: 'Page 2' }));

      await waitFor(() => {
        expect(router.state.location.search).toBe('?from=2017-04-01&to=2026-11-23&page=2');
      });
      expect(
        await screen.findByText(
          `Late reviews 51 to ${Math.min(100, first.totalItems)} of ${first.totalItems}`,
        ),
      ).toBeVisible();
      const secondTable = table('Reviews held late');
      expect(within(secondTable).getAllByRole('row')).toHaveLength(1 + second.items.length);
      expect(
        within(secondTable).getAllByRole('link', { name: second.items[0]!.childRef })[0],
      ).toHaveAttribute('href', paths.child(second.items[0]!.childId));
      // The counts by reason are of every late review, not the page.
      expect(rowCells(table('Late reviews by reason'), 'Total')[0]).toBe(String(first.totalItems));

      const blobs: Blob[] = [];
      vi.stubGlobal(
        'URL',
        Object.assign(URL, {
          createObjectURL: (blob: Blob) => {
            blobs.push(blob);
            return 'blob:report';
          },
          revokeObjectURL: () => undefined,
        }),
      );
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      await user.click(screen.getByRole('button', { name: 'Download as CSV (Reviews held late)' }));
      await waitFor(() => {
        expect(blobs).toHaveLength(1);
      });
      const lines = (await blobs[0]!.text()).replace(/^\uFEFF/, '').split('\r\n');
      // The heading, every late review (not the page on screen), and the closing line break.
      expect(lines).toHaveLength(1 + first.totalItems + 1);
      expect(lines[0]).toBe(
        'Child,Held on,Due on,Days late,Why it was due then,Reason it was late',
      );
      expect(lines[1]).toMatch(new RegExp(`^${first.items[0]!.childRef},`));
      expect(lines[51]).toMatch(new RegExp(`^${second.items[0]!.childRef},`));
    },
  );

  it('checks a date range in the form and puts a good one in the URL', SLOW, async () => {
    const { user, router } = await renderPage({
      routes,
      path: `${paths.reports}?year=2025-26`,
      signInAs: STAFF.margaret,
      db: DB,
    });
    await screen.findByText(/^All children, all IROs\./);
    await user.click(screen.getByRole('radio', { name: 'Other dates' }));
    const from = screen.getByRole('group', { name: 'Date the period starts' });
    const to = screen.getByRole('group', { name: 'Date the period ends' });
    // Pre-filled with the year on screen; clear them to see the errors.
    for (const input of [
      ...within(from).getAllByRole('textbox'),
      ...within(to).getAllByRole('textbox'),
    ]) {
      await user.clear(input);
    }
    await user.type(within(to).getByRole('textbox', { name: 'Month' }), '6');
    await user.click(screen.getByRole('button', { name: 'Show the figures' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Enter the date the period starts' }),
    ).toHaveAttribute('href', '#from-day');
    expect(
      within(summary).getByRole('link', {
        name: 'Date the period ends must include a day and year',
      }),
    ).toBeVisible();
    expect(router.state.location.search).toBe('?year=2025-26');
    expect(document.title).toBe('Error: Annual IRO report – IRO Review Tracker');

    await user.type(within(from).getByRole('textbox', { name: 'Day' }), '1');
    await user.type(within(from).getByRole('textbox', { name: 'Month' }), '7');
    await user.type(within(from).getByRole('textbox', { name: 'Year' }), '2025');
    await user.type(within(to).getByRole('textbox', { name: 'Day' }), '30');
    await user.type(within(to).getByRole('textbox', { name: 'Year' }), '2025');
    await user.click(screen.getByRole('button', { name: 'Show the figures' }));
    expect(
      await screen.findByRole('link', {
        name: 'Date the period ends must be the same as or after the date it starts',
      }),
    ).toBeVisible();

    await user.clear(within(to).getByRole('textbox', { name: 'Month' }));
    await user.type(within(to).getByRole('textbox', { name: 'Month' }), '9');
    await user.click(screen.getByRole('button', { name: 'Show the figures' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?from=2025-07-01&to=2025-09-30');
    });
    expect(await screen.findByText('1 July 2025 to 30 September 2025')).toBeVisible();
    const months = await screen.findByRole('table', { name: 'Reviews by month' });
    expect(within(months).getAllByRole('row')).toHaveLength(1 + 3 + 1);
  });

  it('says so when the link’s period is not valid', SLOW, async () => {
    await renderPage({
      routes,
      path: `${paths.reports}?year=2025-27`,
      signInAs: STAFF.margaret,
      db: DB,
    });
    expect(
      await screen.findByRole('link', {
        name: 'The financial year in the link is not one we recognise: choose the period again',
      }),
    ).toBeVisible();
    expect(document.title).toBe('Error: Annual IRO report – IRO Review Tracker');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lets a team manager report on one IRO’s children', SLOW, async () => {
    const expected = await apiFigures(STAFF.margaret, '2025-04-01', '2026-03-31', STAFF.hannah);
    const { user, router } = await renderPage({
      routes,
      path: `${paths.reports}?year=2025-26`,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    await screen.findByText(/^All children, all IROs\./);
    const whose = screen.getByRole('combobox', { name: 'Whose children' });
    await waitFor(() => {
      expect(within(whose).getByRole('option', { name: 'Hannah Okoye' })).toBeInTheDocument();
    });
    await user.selectOptions(whose, STAFF.hannah);
    await user.click(screen.getByRole('button', { name: 'Show the figures' }));
    expect(router.state.location.search).toBe(`?year=2025-26&iro=${STAFF.hannah}`);
    expect(await screen.findByText(/^The children allocated to Hannah Okoye now\./)).toBeVisible();
    expect(headlineValue('Reviews held')).toBe(String(expected.reviewsHeld.value));
  });

  it('shows an IRO the figures for their own caseload, with no choice of IRO', SLOW, async () => {
    const expected = await apiFigures(STAFF.hannah, '2025-04-01', '2026-03-31');
    await renderPage({
      routes,
      path: `${paths.reports}?year=2025-26&iro=${STAFF.daniel}`,
      signInAs: STAFF.hannah,
      keepDatabase: true,
    });
    expect(await screen.findByText(/^The children allocated to Hannah Okoye now\./)).toBeVisible();
    expect(headlineValue('Reviews held')).toBe(String(expected.reviewsHeld.value));
    expect(screen.queryByRole('combobox', { name: 'Whose children' })).not.toBeInTheDocument();
    const [hannah] = expected.caseloads.value.byIro;
    const { children: allocated } = hannah!;
    expect(rowCells(table('Caseload per IRO'), 'Hannah Okoye')[1]).toBe(String(allocated));
  });

  it(
    'tells business support that reports are not for them (the backend refuses)',
    SLOW,
    async () => {
      await renderPage({ routes, path: paths.reports, signInAs: STAFF.tracey, db: DB });
      expect(
        await screen.findByText('Business support cannot do this: only team managers and IROs can'),
      ).toBeVisible();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    },
  );
});
