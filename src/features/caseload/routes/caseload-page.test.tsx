import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '@/components';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { useCaseloadSearchStore } from '@/stores/caseload-search-store';
import { useSessionStore } from '@/stores/session-store';
import { childrenVisibleTo, renderPage, server, STAFF } from '@/test/render-page';
import { CaseloadPage } from '../index';

const routes = [
  { path: paths.caseload, element: <CaseloadPage /> },
  { path: paths.childPattern, element: <h1>Child record page</h1> },
];

function childRows() {
  const table = screen.getByRole('table');
  // The first row is the header; spacer rows are hidden from the accessibility tree.
  return within(table).getAllByRole('row').slice(1);
}

describe('CaseloadPage', () => {
  it('shows the IRO’s summary counts, each a link that filters the list', async () => {
    await childrenVisibleTo(STAFF.hannah, { size: 450 });
    const summary = await api.getCaseloadSummary({ iroId: STAFF.hannah });
    const { user, router } = await renderPage({
      routes,
      path: paths.caseload,
      keepDatabase: true,
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
    expect(document.title).toBe('My caseload – IRO Review Tracker');
    const counts = await screen.findByRole('list', { name: 'Summary of reviews' });
    for (const [label, count] of [
      ['Overdue', summary.overdue],
      ['At risk', summary.atRisk],
      ['Booked after the due date', summary.bookedLate],
      ['Midpoint checks due', summary.midpointDue],
      ['Records of review overdue', summary.recordOfReviewOverdue],
      ['Open escalations', summary.openEscalations],
    ] as const) {
      expect(within(counts).getByRole('link', { name: `${count} ${label}` })).toBeVisible();
    }
    expect(await screen.findByText(`Showing ${summary.total} children`)).toBeInTheDocument();

    await user.click(within(counts).getByRole('link', { name: `${summary.overdue} Overdue` }));
    expect(router.state.location.search).toBe('?status=overdue');
    expect(await screen.findByText(`Showing ${summary.overdue} children`)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Overdue' })).toBeChecked();
    for (const row of childRows()) expect(within(row).getByText('Overdue')).toBeVisible();

    await user.click(
      within(counts).getByRole('link', { name: `${summary.midpointDue} Midpoint checks due` }),
    );
    expect(router.state.location.search).toBe('?show=midpoint-due');
    expect(
      await screen.findByText(
        `Showing ${summary.midpointDue} ${summary.midpointDue === 1 ? 'child' : 'children'}`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Midpoint check due', { selector: 'strong' })).toBeVisible();
  });

  it('filters by status from the URL and from the checkboxes', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    const booked = children.filter((child) => child.nextReview.status === 'booked');
    const { user, router } = await renderPage({
      routes,
      path: `${paths.caseload}?status=booked`,
      keepDatabase: true,
    });

    expect(
      await screen.findByText(
        `Showing ${booked.length} ${booked.length === 1 ? 'child' : 'children'}`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Booked' })).toBeChecked();
    expect(childRows()).toHaveLength(booked.length);

    await user.click(screen.getByRole('checkbox', { name: 'On track' }));
    expect(router.state.location.search).toBe('?status=booked%2Con-track');
    const both = children.filter((child) =>
      ['booked', 'on-track'].includes(child.nextReview.status),
    );
    expect(await screen.findByText(`Showing ${both.length} children`)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByText(`Showing ${children.length} children`)).toBeInTheDocument();
  });

  it('searches by name or ID, keeps the search out of the URL, and says when nothing matches', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    const target = children[0]!;
    const name = `${target.givenName} ${target.familyName}`;
    const { user, router } = await renderPage({ routes, path: paths.caseload, keepDatabase: true });
    await screen.findByText(`Showing ${children.length} children`);
    const search = () => screen.getByLabelText('Search by name or ID');

    await user.type(search(), target.childRef);
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Showing 1 child')).toBeInTheDocument();
    expect(screen.getByRole('link', { name })).toHaveAttribute('href', paths.child(target.id));

    // By name: a child's name never goes into the address bar, history or a shared link.
    await user.clear(search());
    await user.type(search(), name);
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => {
      expect(screen.getAllByRole('link', { name })[0]).toBeVisible();
    });
    expect(router.state.location.search).toBe('');
    expect(router.state.location.pathname).toBe(paths.caseload);

    await user.clear(search());
    await user.type(search(), 'Nobody by this name');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No children match your filters')).toBeVisible();
    expect(screen.getByText('Showing 0 children')).toBeInTheDocument();

    // Leaving the page and coming back keeps the search (in memory, this tab, this session).
    await router.navigate(paths.child(target.id));
    await screen.findByRole('heading', { name: 'Child record page' });
    await router.navigate(paths.caseload);
    expect(await screen.findByText('Showing 0 children')).toBeInTheDocument();
    expect(search()).toHaveValue('Nobody by this name');

    // Clear filters clears the search too.
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(await screen.findByText(`Showing ${children.length} children`)).toBeInTheDocument();
    expect(search()).toHaveValue('');
  });

  it('forgets the search when someone signs in or out', () => {
    useCaseloadSearchStore.getState().setTerm('Smith');
    useSessionStore.getState().setToken(null);
    expect(useCaseloadSearchStore.getState().term).toBe('');
    useCaseloadSearchStore.getState().setTerm('Jones');
    useSessionStore.getState().setToken('another-token');
    expect(useCaseloadSearchStore.getState().term).toBe('');
  });

  it('sorts by a column, keeping the sort in the URL', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    const { user, router } = await renderPage({ routes, path: paths.caseload, keepDatabase: true });
    await screen.findByText(`Showing ${children.length} children`);
    expect(screen.getByRole('columnheader', { name: /Next review due/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await user.click(screen.getByRole('button', { name: 'ID' }));
    expect(router.state.location.search).toBe('?sort=childRef');
    const ascending = [...children].map((child) => child.childRef).sort();
    await waitFor(() => {
      expect(within(childRows()[0]!).getByText(ascending[0]!)).toBeVisible();
    });
    expect(screen.getByRole('columnheader', { name: /ID/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByText('Sorted by ID, ascending')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'ID' }));
    expect(router.state.location.search).toBe('?sort=childRef&order=desc');
    await waitFor(() => {
      expect(within(childRows()[0]!).getByText(ascending[ascending.length - 1]!)).toBeVisible();
    });
  });

  it('sorts, filters and searches a caseload it holds without asking the server again, in the server’s order', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    const listRequests: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.startsWith('/api/children')) listRequests.push(request.url);
    };
    server.events.on('request:start', onRequest);
    try {
      const { user } = await renderPage({ routes, path: paths.caseload, keepDatabase: true });
      await screen.findByText(`Showing ${children.length} children`);
      const asked = listRequests.length;

      await user.click(screen.getByRole('button', { name: 'Name' }));
      const byName = await api.listChildren({ iroId: STAFF.hannah, sort: 'name', pageSize: 5 });
      await waitFor(() => {
        expect(
          childRows()
            .slice(0, 5)
            .map((row) => within(row).getAllByRole('cell')[0]?.textContent),
        ).toEqual(byName.items.map((child) => child.childRef));
      });

      await user.click(screen.getByRole('checkbox', { name: 'On track' }));
      const onTrack = await api.listChildren({ iroId: STAFF.hannah, status: ['on-track'] });
      expect(await screen.findByText(`Showing ${onTrack.totalItems} children`)).toBeInTheDocument();

      const needle = children[0]!.familyName.slice(0, 3);
      await user.type(screen.getByLabelText('Search by name or ID'), needle);
      await user.click(screen.getByRole('button', { name: 'Search' }));
      const found = await api.listChildren({
        iroId: STAFF.hannah,
        status: ['on-track'],
        q: needle,
      });
      expect(
        await screen.findByText(
          `Showing ${found.totalItems} ${found.totalItems === 1 ? 'child' : 'children'}`,
        ),
      ).toBeInTheDocument();
      // Only the test's own requests went to the list endpoints after the first load.
      expect(listRequests.length - asked).toBe(3);
    } finally {
      server.events.removeListener('request:start', onRequest);
    }
  }, 20_000);

  it('shows each child’s due date, status reason and participation in words', async () => {
    const children = await childrenVisibleTo(STAFF.hannah);
    const child = children.find((candidate) => candidate.lastParticipation !== null)!;
    const { user } = await renderPage({ routes, path: paths.caseload, keepDatabase: true });
    await screen.findByText(`Showing ${children.length} children`);
    await user.type(screen.getByLabelText('Search by name or ID'), child.childRef);
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByText('Showing 1 child');
    const row = childRows()[0]!;
    expect(within(row).getByText(child.nextReview.statusReason)).toBeVisible();
    expect(within(row).getByText(child.lastParticipation!.code)).toBeVisible();
    expect(
      within(row).getByText(child.meeting ? formatIsoDate(child.meeting.date) : 'Not booked', {
        selector: 'td',
      }),
    ).toBeVisible();
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    server.use(
      http.get('*/api/children', () => HttpResponse.json({ message: 'down' }, { status: 500 }), {
        once: true,
      }),
    );
    const { user } = await renderPage({ routes, path: paths.caseload });
    expect(await screen.findByText('The list of children could not be loaded.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/^Showing \d+ children$/)).toBeInTheDocument();
  });

  it('lets a team manager choose whose caseload to see', async () => {
    const { user, router } = await renderPage({
      routes,
      path: paths.caseload,
      signInAs: STAFF.margaret,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Caseloads of all IROs' }),
    ).toBeVisible();
    const select = await screen.findByLabelText('Show the caseload of');
    await screen.findByRole('option', { name: 'Daniel Fletcher' });
    await user.selectOptions(select, STAFF.daniel);
    expect(router.state.location.search).toBe(`?iro=${STAFF.daniel}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Caseload of Daniel Fletcher' }),
    ).toBeVisible();
    const daniels = await api.listChildren({ iroId: STAFF.daniel, pageSize: 10000 });
    expect(await screen.findByText(`Showing ${daniels.totalItems} children`)).toBeInTheDocument();
  });

  it('shows only the children whose midpoint check was missed (linked from the team overview)', async () => {
    const children = await childrenVisibleTo(STAFF.hannah, { size: 450 });
    const missed = children.filter((child) => child.midpoint.state === 'missed');
    expect(missed.length).toBeGreaterThan(0);
    await renderPage({
      routes,
      path: `${paths.caseload}?iro=${STAFF.hannah}&show=midpoint-missed`,
      signInAs: STAFF.margaret,
      keepDatabase: true,
    });
    expect(
      await screen.findByText(
        `Showing ${missed.length} ${missed.length === 1 ? 'child' : 'children'}`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Midpoint check missed', { selector: 'strong' })).toBeVisible();
    expect(childRows()).toHaveLength(missed.length);
  });
});
