import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { LinkComponentProvider, type LinkProps } from '@/components';
import { onChangeInAnotherTab } from '@/lib/tab-sync';

// Design-system links navigate inside the app through react-router.
function RouterLink({ href, ...rest }: LinkProps) {
  return <Link to={href} {...rest} />;
}

export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  // Another tab changed something: what this tab holds is marked stale, so the next page it opens
  // fetches afresh. Nothing on screen is refetched under the person's feet: a form keeps what they
  // typed and the version it started from, so a save from it gets the conflict message.
  useEffect(
    () => onChangeInAnotherTab(() => void queryClient.invalidateQueries({ refetchType: 'none' })),
    [queryClient],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <LinkComponentProvider component={RouterLink}>{children}</LinkComponentProvider>
    </QueryClientProvider>
  );
}
