// A reload of a signed-in page starts what the page reads first together with the session's own
// requests, before anything renders (src/app/first-reads.tsx), and every page is headed with its
// loading words while the session and its code arrive: a page always has its h1.
import { render, screen, within } from '@testing-library/react';
import { http } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { queryKeys } from '@/lib/query-keys';
import { useSessionStore } from '@/stores/session-store';
import { resetMockDatabase, server } from '@mocks/node';
import { createAppQueryClient } from './app';
import { startFirstLoad } from './first-reads';
import { AppProviders } from './providers';
import { appRoutes, loadingHeadingAt } from './route-table';
import { routes } from './router';

const HANNAH = 'st_01';
const TRACEY = 'st_12';

const heldCaseloadKey = (iroId: string) => [...queryKeys.children.lists(), 'held', iroId];

/** Whether a query of the app's client has been started (in flight or answered). */
function started(queryClient: ReturnType<typeof createAppQueryClient>, key: readonly unknown[]) {
  const state = queryClient.getQueryState(key);
  return state !== undefined && (state.fetchStatus === 'fetching' || state.status === 'success');
}

async function signIn(staffId: string) {
  const session = await api.signIn({ staffId });
  useSessionStore.getState().startSession(session);
  return session;
}

beforeEach(() => {
  resetMockDatabase();
  useSessionStore.getState().endSession(null);
});

describe('the first load of a signed-in page', () => {
  it('starts the IRO’s counts and caseload with the session, before anything renders', async () => {
    await signIn(HANNAH);
    const queryClient = createAppQueryClient();
    startFirstLoad(queryClient, { pathname: paths.caseload, search: '' });

    // Nothing has rendered yet: the page's reads are on their way beside the session's.
    for (const key of [
      queryKeys.session(),
      queryKeys.clock(),
      queryKeys.settings(),
      queryKeys.children.summary(HANNAH),
      heldCaseloadKey(HANNAH),
    ]) {
      expect({ key, started: started(queryClient, key) }).toEqual({ key, started: true });
    }

    const router = createMemoryRouter(routes, { initialEntries: [paths.caseload] });
    render(
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    // The page's code is transformed on first use here: allow for it.
    const page = { timeout: 10_000 };
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My caseload' }, page),
    ).toBeVisible();
    const counts = await screen.findByRole('list', { name: 'Summary of reviews' }, page);
    expect(within(counts).getByRole('link', { name: /Overdue/ })).toBeVisible();
    expect(await screen.findByText(/^Showing \d+ children$/)).toBeVisible();
  });

  it('follows the team manager’s chosen IRO in the address', async () => {
    await signIn('st_10');
    const queryClient = createAppQueryClient();
    startFirstLoad(queryClient, { pathname: paths.caseload, search: '?iro=st_02' });
    expect(started(queryClient, queryKeys.children.summary('st_02'))).toBe(true);
    expect(started(queryClient, queryKeys.children.summary(undefined))).toBe(false);
  });

  it('starts no page reads for a role the page does not let in, nor anything when signed out', async () => {
    await signIn(TRACEY);
    const queryClient = createAppQueryClient();
    startFirstLoad(queryClient, { pathname: paths.caseload, search: '' });
    expect(started(queryClient, queryKeys.session())).toBe(true);
    expect(started(queryClient, queryKeys.children.summary(TRACEY))).toBe(false);
    expect(started(queryClient, queryKeys.children.summary(undefined))).toBe(false);

    useSessionStore.getState().endSession(null);
    const signedOut = createAppQueryClient();
    startFirstLoad(signedOut, { pathname: paths.caseload, search: '' });
    expect(signedOut.getQueryCache().getAll()).toEqual([]);
  });

  it('keeps who is signed in beside the token, and forgets them with it', async () => {
    const session = await signIn(HANNAH);
    expect(useSessionStore.getState().staff).toEqual({ id: HANNAH, role: 'iro' });
    expect(JSON.parse(sessionStorage.getItem('iro-tracker-session') ?? '{}')).toMatchObject({
      state: { token: session.token, staff: { id: HANNAH, role: 'iro' } },
    });
    useSessionStore.getState().endSession(null);
    expect(useSessionStore.getState().staff).toBeNull();
  });
});

describe('a page while it loads', () => {
  it('says each page’s own loading words where the route table has them', () => {
    for (const route of appRoutes) {
      const path = route.path.replace(/:(\w+)/g, 'x_1');
      expect({ path, heading: loadingHeadingAt(path) }).toEqual({
        path,
        heading: route.loading ?? 'Loading the page',
      });
    }
    expect(loadingHeadingAt(paths.caseload)).toBe('Loading the caseload');
    expect(loadingHeadingAt('/no-such-page')).toBe('Loading the service');
  });

  it('is headed with them (its only h1) while the session is on its way, then by the page', async () => {
    await signIn(HANNAH);
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    // Held back, then answered by the mock backend's own handler.
    server.use(
      http.get('*/api/session', async () => {
        await answered;
      }),
    );
    const router = createMemoryRouter(routes, { initialEntries: [paths.caseload] });
    render(
      <AppProviders queryClient={createAppQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    const loading = await screen.findByRole('heading', { level: 1, name: 'Loading the caseload' });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([loading]);
    // A fresh load leaves focus where the browser put it: the first Tab reaches the skip link.
    expect(loading).not.toHaveFocus();
    answer();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My caseload' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
