import { QueryCache, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { routerFlushSync } from '@/lib/use-url-search-params';
import { ApiError } from '@/lib/api/client';
import { createQueryClient } from '@/lib/query-client';
import { useSessionStore } from '@/stores/session-store';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

function createAppQueryClient(): QueryClient {
  const queryClient = createQueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        // The session has ended on the server: sign out here too (the layout then shows sign in).
        if (error instanceof ApiError && error.status === 401) {
          queryClient.clear();
          useSessionStore.getState().setToken(null);
        }
      },
    }),
  });
  return queryClient;
}

export function App() {
  const [queryClient] = useState(createAppQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} flushSync={routerFlushSync} />
    </AppProviders>
  );
}
