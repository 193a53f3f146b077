// The service navigation in the signed-in layout, against the real mock backend: the team
// manager's 16 pages in sections (each page of a section showing the section's pages), every
// other role's pages as they were, one link each.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { LinkComponentProvider, type LinkProps } from '@/components';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { useSessionStore } from '@/stores/session-store';
import { resetMockDatabase } from '@mocks/node';
import { SignedInLayout } from './layout';
import { appRoutes, navigationFor, navigationSectionsFor } from './route-table';

function RouterLink({ href, ...rest }: LinkProps) {
  return <Link to={href} {...rest} />;
}

beforeEach(() => {
  resetMockDatabase();
  useSessionStore.getState().endSession(null);
});

/** The layout with every page of the route table as a bare heading of its path. */
async function renderLayoutAt(path: string, staffId: string) {
  const session = await api.signIn({ staffId });
  useSessionStore.getState().startSession(session);
  const router = createMemoryRouter(
    [
      {
        element: <SignedInLayout />,
        children: appRoutes.map((route) => ({
          path: route.path,
          element: <h1>Page {route.path}</h1>,
        })),
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <LinkComponentProvider component={RouterLink}>
        <RouterProvider router={router} />
      </LinkComponentProvider>
    </QueryClientProvider>,
  );
  expect(
    await screen.findByRole('heading', { name: `Page ${router.state.location.pathname}` }),
  ).toBeVisible();
  return { router, user: userEvent.setup() };
}

function menuLinks() {
  return within(screen.getByRole('navigation', { name: 'Menu' })).getAllByRole('link');
}

describe('navigationSectionsFor', () => {
  it('gives the team manager six items for their 16 pages, every page in exactly one', () => {
    const items = navigationSectionsFor('team-manager');
    expect(items.map((item) => item.text)).toEqual([
      'Tasks',
      'Team',
      'Children',
      'Reports',
      'Settings',
      'Outbox',
    ]);
    const pages = items.flatMap((item) => item.pages);
    expect(pages).toEqual(expect.arrayContaining(navigationFor('team-manager')));
    expect(pages).toHaveLength(16);
    expect(new Set(pages.map((page) => page.href)).size).toBe(16);
    // A section's item opens its first page.
    for (const item of items) expect(item.href).toBe(item.pages[0]?.href);
    expect(items.find((item) => item.text === 'Team')?.pages.map((page) => page.text)).toEqual([
      'Team overview',
      'Reviews at risk',
      'Sign-off',
      'Escalations',
      'Team calendar',
    ]);
  });

  it('leaves the IRO’s and business support’s pages one item each (they fit on one row)', () => {
    for (const role of ['iro', 'business-support'] as const) {
      const items = navigationSectionsFor(role);
      expect(items.map(({ href, text }) => ({ href, text }))).toEqual(navigationFor(role));
      for (const item of items) expect(item.pages).toHaveLength(1);
    }
  });
});

describe('the signed-in layout’s navigation', () => {
  it('shows the team manager the sections, and on a section’s page the section’s pages', async () => {
    const { user, router } = await renderLayoutAt(paths.signOff, 'st_10');
    expect(menuLinks().map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^Tasks/),
      'Team',
      'Children',
      'Reports',
      'Settings',
      'Outbox',
    ]);
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    // The section is marked as where the person is; the page itself is marked in the section's list.
    expect(within(menu).getByRole('link', { name: 'Team' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    const team = screen.getByRole('navigation', { name: 'Team' });
    expect(
      within(team)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Team overview', 'Reviews at risk', 'Sign-off', 'Escalations', 'Team calendar']);
    expect(within(team).getByRole('link', { name: 'Sign-off' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await user.click(within(team).getByRole('link', { name: 'Escalations' }));
    expect(router.state.location.pathname).toBe(paths.escalations);
    expect(
      within(screen.getByRole('navigation', { name: 'Team' })).getByRole('link', {
        name: 'Escalations',
      }),
    ).toHaveAttribute('aria-current', 'page');

    await user.click(within(menu).getByRole('link', { name: 'Children' }));
    expect(router.state.location.pathname).toBe(paths.caseload);
    expect(screen.queryByRole('navigation', { name: 'Team' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Children' })).getByRole('link', {
        name: 'Caseloads',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('marks the section, without its list of pages, on a page under one of them', async () => {
    await renderLayoutAt(paths.reallocate, 'st_10');
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    expect(within(menu).getByRole('link', { name: 'Team' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.queryByRole('navigation', { name: 'Team' })).not.toBeInTheDocument();
  });

  it('gives an IRO a link a page, the page itself marked, and no section list', async () => {
    await renderLayoutAt(paths.caseload, 'st_01');
    expect(menuLinks().map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^Tasks/),
      'My caseload',
      'Recommendations',
      'Left care',
      'Reports',
      'My calendar',
      'Outbox',
    ]);
    expect(screen.getByRole('link', { name: 'My caseload' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getAllByRole('navigation').map((nav) => nav.getAttribute('aria-label'))).toEqual([
      'Menu',
    ]);
  });
});
