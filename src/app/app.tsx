import { MutationCache, QueryCache, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { routerFlushSync } from '@/lib/use-url-search-params';
import { ApiError } from '@/lib/api/client';
import type { CurrentSession } from '@/lib/api/schemas';
import { createQueryClient } from '@/lib/query-client';
import { queryKeys } from '@/lib/query-keys';
import { useDraftStore } from '@/stores/draft-store';
import { useSessionStore } from '@/stores/session-store';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

/**
 * The session has ended on the server (401: idle, too long, signed in elsewhere, reset): sign out
 * here too, keeping any form that was open (as at the timeout) and the reason for the sign-in page,
 * which the layout then shows.
 */
function endSessionOnUnauthorized(queryClient: QueryClient, error: unknown): void {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  if (useSessionStore.getState().token === null) return;
  const user = queryClient.getQueryData<CurrentSession>(queryKeys.session())?.user;
  if (user !== undefined) {
    const { pathname, search } = window.location;
    useDraftStore
      .getState()
      .signedOutForInactivity({ userId: user.id, path: `${pathname}${search}` });
  }
  queryClient.clear();
  useSessionStore.getState().endSession(error.message);
}

/** The app's QueryClient: a 401 from any query or save ends the session here too. */
export function createAppQueryClient(): QueryClient {
  const queryClient = createQueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        endSessionOnUnauthorized(queryClient, error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        endSessionOnUnauthorized(queryClient, error);
      },
    }),
  });
  return queryClient;
}

/** The app; main.tsx passes the QueryClient its first requests were started on. */
export function App({ queryClient: started }: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => started ?? createAppQueryClient());
  const [router] = useState(createAppRouter);
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} flushSync={routerFlushSync} />
    </AppProviders>
  );
}
