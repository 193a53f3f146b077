import { Navigate } from 'react-router';
import { paths } from '@/lib/paths';
import { useCurrentUser } from '@/lib/session';

/** Each role starts where its work is. */
export function HomeRedirect() {
  const user = useCurrentUser();
  switch (user.role) {
    case 'team-manager':
      return <Navigate to={paths.team} replace />;
    case 'iro':
      return <Navigate to={paths.caseload} replace />;
    case 'business-support':
      return <Navigate to={paths.booking} replace />;
  }
}
