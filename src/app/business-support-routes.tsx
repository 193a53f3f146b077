import type { ReactNode } from 'react';
import { Navigate, useParams } from 'react-router';
import { paths } from '@/lib/paths';
import { useCurrentUser } from '@/lib/session';

// Business support see only what booking needs: a child's record (review content) and the caseload
// (participation, advocacy) are not for them, so any link to either takes them to booking instead.
// The backend refuses the record too (GET /children/{childId} is 403 to business support).

/** Route element for '/children/:childId': business support go to the child's booking view. */
export function ChildRecordOrBooking({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  const { childId = '' } = useParams();
  if (user.role === 'business-support') {
    return <Navigate to={paths.bookingChild(childId)} replace />;
  }
  return <>{children}</>;
}

/** Route element for the caseload: business support go to the booking queue. */
export function CaseloadOrBooking({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  if (user.role === 'business-support') return <Navigate to={paths.booking} replace />;
  return <>{children}</>;
}
