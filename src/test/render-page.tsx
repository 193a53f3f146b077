// Renders a page as the app would: a fresh QueryClient (no retries), a data router in memory (so
// useBlocker works), design-system links through react-router, and a user signed in through the
// real mock API. Each call starts from a freshly seeded mock database with a fixed "today".
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, Link, RouterProvider, type RouteObject } from 'react-router';
import { routerFlushSync } from '@/lib/use-url-search-params';
import { LinkComponentProvider, type LinkProps } from '@/components';
import { api } from '@/lib/api/client';
import type { ChildSummary, StaffMember } from '@/lib/api/schemas';
import { SignedInProvider, type SignedIn } from '@/lib/session';
import { useSessionStore } from '@/stores/session-store';
import { resetMockDatabase, server, TEST_TODAY, type ResetOptions } from '@mocks/node';

export { server, TEST_TODAY };

/** Staff in every seed (mocks/seed/seed.ts). */
export const STAFF = {
  /** IRO, full time, the largest caseload. */
  hannah: 'st_01',
  /** IRO. */
  daniel: 'st_02',
  /** Team manager. */
  margaret: 'st_10',
  /** Business support. */
  tracey: 'st_12',
} as const;

function RouterLink({ href, ...rest }: LinkProps) {
  return <Link to={href} {...rest} />;
}

export interface RenderPageOptions {
  /** The routes to mount (path + element), as the app's router would. */
  routes: RouteObject[];
  /** Where to start, e.g. '/children/ch_1'. */
  path: string;
  /** Staff id to sign in as (default: Hannah Okoye, IRO). */
  signInAs?: string;
  /** Mock database options (seed, size, today). */
  db?: ResetOptions;
  /** Skip reseeding (the test already reset the mock database). */
  keepDatabase?: boolean;
}

export interface RenderedPage {
  user: ReturnType<typeof userEvent.setup>;
  router: ReturnType<typeof createMemoryRouter>;
  queryClient: QueryClient;
  signedIn: SignedIn;
}

/** A fresh mock database: call first when a test needs to look at the data before rendering. */
export function freshDatabase(options: ResetOptions = {}): void {
  resetMockDatabase(options);
}

/** Signs in through the real API and leaves the token where the client reads it. */
export async function signIn(staffId: string): Promise<SignedIn> {
  useSessionStore.getState().setToken(null);
  const session = await api.signIn({ staffId });
  useSessionStore.getState().setToken(session.token);
  const [clock, settings] = await Promise.all([api.getClock(), api.getSettings()]);
  return { user: session.user, today: clock.today, settings };
}

export async function renderPage({
  routes,
  path,
  signInAs = STAFF.hannah,
  db = {},
  keepDatabase = false,
}: RenderPageOptions): Promise<RenderedPage> {
  if (!keepDatabase) resetMockDatabase(db);
  const signedIn = await signIn(signInAs);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const wrap = (children: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <LinkComponentProvider component={RouterLink}>
        <SignedInProvider value={signedIn}>
          <main id="main-content">{children}</main>
        </SignedInProvider>
      </LinkComponentProvider>
    </QueryClientProvider>
  );
  render(wrap(<RouterProvider router={router} flushSync={routerFlushSync} />));
  return { user: userEvent.setup(), router, queryClient, signedIn };
}

/** The signed-in staff member for a test that needs their details. */
export async function staffMember(staffId: string): Promise<StaffMember> {
  const session = await signIn(staffId);
  return session.user;
}

/**
 * Reseeds the mock database and returns the children a member of staff can see (signed in as
 * them), so a test can pick one that fits: then render with `keepDatabase: true`.
 */
export async function childrenVisibleTo(
  staffId: string = STAFF.hannah,
  db: ResetOptions = {},
): Promise<ChildSummary[]> {
  resetMockDatabase(db);
  await signIn(staffId);
  const page = await api.listChildren({ pageSize: 10000 });
  return page.items;
}
