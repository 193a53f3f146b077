// The timeout warning in the signed-in layout, against the real mock backend, on fake timers: the
// backend's clock (Date) and the app's (performance.now) move together, as they do in life.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api/client';
import { paths } from '@/lib/paths';
import { TOO_MANY_SESSIONS_MESSAGE } from '@/lib/api/session-policy';
import { useDraftStore } from '@/stores/draft-store';
import { useSessionStore } from '@/stores/session-store';
import { resetMockDatabase, TEST_TODAY } from '@mocks/node';
import type { Database } from '@mocks/db/database';
import { createAppQueryClient } from './app';
import { PublicLayout, SignedInLayout } from './layout';
import { SignInPage } from './sign-in-page';

const MINUTE = 60_000;
const HANNAH = 'st_01';

let db: Database;

beforeEach(() => {
  vi.useFakeTimers({
    shouldAdvanceTime: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
  vi.setSystemTime(new Date(`${TEST_TODAY}T09:00:00.000Z`));
  db = resetMockDatabase();
  useSessionStore.getState().endSession(null);
  useDraftStore.getState().forgetEverything();
});

afterEach(() => {
  vi.useRealTimers();
});

async function renderSignedIn(options: { maxHours?: number; queryClient?: QueryClient } = {}) {
  if (options.maxHours !== undefined) {
    await db.commit({
      puts: {},
      deletes: {},
      meta: { ...db.meta, settings: { ...db.meta.settings, sessionMaxHours: options.maxHours } },
    });
  }
  const session = await api.signIn({ staffId: HANNAH });
  useSessionStore.getState().startSession(session);
  const router = createMemoryRouter(
    [
      { element: <PublicLayout />, children: [{ path: paths.signIn, element: <SignInPage /> }] },
      {
        element: <SignedInLayout />,
        children: [{ path: '/somewhere', element: <h1>Somewhere</h1> }],
      },
    ],
    { initialEntries: ['/somewhere'] },
  );
  const queryClient =
    options.queryClient ??
    new QueryClient({
      defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
    });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  expect(await screen.findByRole('heading', { name: 'Somewhere' })).toBeVisible();
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
  return { token: session.token, user, router, queryClient };
}

/** Moves both clocks on (from when the test's session last made a request). */
async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function warning() {
  return screen.queryByRole('heading', { name: 'You’re about to be signed out' });
}

describe('the session timeout warning', () => {
  it('shows 2 minutes before the backend’s idle deadline, in a dialog that takes the focus', async () => {
    await renderSignedIn();
    await wait(27 * MINUTE + 50_000);
    expect(warning()).not.toBeInTheDocument();
    await wait(10_000);
    expect(warning()).toBeVisible();
    const dialog = screen.getByRole('dialog', { name: 'You’re about to be signed out' });
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveAccessibleDescription(/For your security, we will sign you out in/);
    await wait(10_000);
    expect(dialog).toHaveTextContent('we will sign you out in 1 minute 50 seconds');
    // The spoken countdown moves in steps, not every second.
    const spoken = within(dialog).getByText('2 minutes');
    await wait(55_000);
    expect(dialog).toHaveTextContent('55 seconds');
    expect(spoken).toHaveTextContent('60 seconds');
    await wait(40_000);
    expect(spoken).toHaveTextContent('less than 20 seconds');
  });

  it('Stay signed in asks the backend to carry on: the warning comes back 28 minutes later', async () => {
    const { token, user } = await renderSignedIn();
    await wait(28 * MINUTE + 10_000);
    await user.click(screen.getByRole('button', { name: 'Stay signed in' }));
    await waitFor(() => {
      expect(warning()).not.toBeInTheDocument();
    });
    // The backend moved its deadline on too.
    expect(db.get('sessions', token)?.lastSeenAt).toMatch(`${TEST_TODAY}T09:28:1`);
    await wait(27 * MINUTE + 50_000);
    expect(warning()).not.toBeInTheDocument();
    await wait(20_000);
    expect(warning()).toBeVisible();
  });

  it('Sign out in the warning signs out, and the backend forgets the session', async () => {
    const { token, user } = await renderSignedIn();
    await wait(28 * MINUTE + 10_000);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    expect(screen.queryByText(/Your session ended/)).not.toBeInTheDocument();
    expect(db.get('sessions', token)).toBeUndefined();
  });

  it('at the deadline signs out, saying why, keeping any form that was open', async () => {
    const { token } = await renderSignedIn();
    await wait(28 * MINUTE + 10_000);
    await wait(2 * MINUTE);
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    expect(
      screen.getByText('Your session ended after 30 minutes without activity: sign in again'),
    ).toBeVisible();
    expect(screen.getByText(/What you had typed was saved as a draft/)).toBeVisible();
    expect(db.get('sessions', token)).toBeUndefined();
  });

  it('counts a key press as activity, telling the backend at most once a minute', async () => {
    const { token, user } = await renderSignedIn();
    await wait(10 * MINUTE);
    const keepAlive = vi.spyOn(api, 'getSession');
    await user.keyboard('a');
    await user.keyboard('b');
    await wait(30_000);
    await user.keyboard('c');
    expect(keepAlive).toHaveBeenCalledTimes(1);
    keepAlive.mockRestore();
    await wait(17 * MINUTE + 40_000);
    expect(warning()).not.toBeInTheDocument();
    await wait(10 * MINUTE);
    expect(warning()).toBeVisible();
    expect(db.get('sessions', token)).toBeDefined();
  });

  it('warns before the session’s longest life too, which nothing extends', async () => {
    const { user } = await renderSignedIn({ maxHours: 1 });
    for (let minutes = 10; minutes <= 50; minutes += 10) {
      await wait(10 * MINUTE);
      await user.keyboard('a');
    }
    await wait(8 * MINUTE + 10_000);
    expect(warning()).toBeVisible();
    expect(screen.getByRole('dialog')).toHaveTextContent(
      'You have been signed in for nearly 1 hour, the longest a session can last.',
    );
    expect(screen.queryByRole('button', { name: 'Stay signed in' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Carry on until then' }));
    expect(warning()).not.toBeInTheDocument();
    await wait(2 * MINUTE);
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    expect(screen.getByText('Your session ended after 1 hour: sign in again')).toBeVisible();
  });

  it('goes to sign in with the backend’s reason when it has ended the session already', async () => {
    const { token, user } = await renderSignedIn();
    await wait(28 * MINUTE + 10_000);
    await db.commit({ puts: {}, deletes: { sessions: [token] } });
    await user.click(screen.getByRole('button', { name: 'Stay signed in' }));
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    expect(screen.getByText('Your session has ended: sign in again')).toBeVisible();
  });

  it('goes to sign in with the backend’s reason when any request is refused with 401', async () => {
    const { queryClient } = await renderSignedIn({ queryClient: createAppQueryClient() });
    // The same person signs in five more times elsewhere: this, their oldest session, ends.
    for (let n = 0; n < 5; n += 1) await api.signIn({ staffId: HANNAH });
    await act(async () => {
      await queryClient.refetchQueries();
    });
    expect(await screen.findByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    expect(screen.getByText(TOO_MANY_SESSIONS_MESSAGE)).toBeVisible();
  });
});
