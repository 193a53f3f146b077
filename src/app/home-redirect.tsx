import { Navigate } from 'react-router';
import { useCurrentUser } from '@/lib/session';
import { homeOf } from './route-table';

/** Each role starts where its work is (the route table says where). */
export function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={homeOf(user.role)} replace />;
}
