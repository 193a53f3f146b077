import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LinkComponentProvider, type LinkProps } from '@/components';

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
  return (
    <QueryClientProvider client={queryClient}>
      <LinkComponentProvider component={RouterLink}>{children}</LinkComponentProvider>
    </QueryClientProvider>
  );
}
