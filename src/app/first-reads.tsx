// A page's own requests start as soon as its route matches, not once its code has arrived and
// rendered: on the first load as the loading heading is drawn (src/main.tsx), beside the session's
// own requests (who is signed in is remembered with the token), and on each move within the app
// beside the page's code.
// The route table says what each page reads first (`firstReads`); the page finds them in flight.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { firstRead } from '@/lib/queries/first-read';
import { clockQuery, sessionQuery, settingsQuery, useCurrentUser } from '@/lib/session';
import { useSessionStore } from '@/stores/session-store';
import { routeAt, type AppRoute, type FirstReadContext } from './route-table';

/** Starts the route's first reads (for a role it lets in), then its page's code. */
export function startRoute(
  queryClient: QueryClient,
  route: AppRoute,
  context: FirstReadContext | null,
): void {
  if (context !== null && route.roles.includes(context.staff.role)) {
    for (const read of route.firstReads?.(context) ?? []) void read(queryClient);
  }
  // A failed download is the page's to report: its lazy component throws it when rendered.
  route.page.preload().catch(() => undefined);
}

/**
 * The first load of a signed-in page: the session, the clock and the settings (which every page
 * waits for), the page's first reads and its code, all at once. Nothing for a signed-out visit:
 * the layout sends it to sign in.
 */
export function startFirstLoad(
  queryClient: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
): void {
  const { token, staff } = useSessionStore.getState();
  if (token === null) return;
  for (const read of [
    firstRead(sessionQuery()),
    firstRead(clockQuery()),
    firstRead(settingsQuery()),
  ]) {
    void read(queryClient);
  }
  const found = routeAt(location.pathname);
  if (found === undefined) return;
  startRoute(
    queryClient,
    found.route,
    staff === null
      ? null
      : { staff, params: found.params, searchParams: new URLSearchParams(location.search) },
  );
}

/** Within the app: the route's first reads as the route matches, beside its page's code. */
export function RouteFirstReads({ route }: { route: AppRoute }) {
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const params = useParams();
  const { search } = useLocation();
  useEffect(() => {
    startRoute(queryClient, route, {
      staff: user,
      params,
      searchParams: new URLSearchParams(search),
    });
  }, [queryClient, route, user, params, search]);
  return null;
}
