import type { ReactNode } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { roleRefusal } from '@/lib/api/role-refusal';
import { paths } from '@/lib/paths';
import { useCurrentUser } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import type { AppRoute } from './route-table';

/** Shown to a role the route table does not let in, with the reason (the backend says the same). */
export function ForbiddenPage({
  reason,
  title = 'You cannot use this page',
}: {
  reason: string;
  title?: string;
}) {
  useDocumentTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{reason}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.home}>
          Go to your home page
        </Link>
      </p>
    </>
  );
}

/**
 * The page for the roles the route table lets in; for anyone else, the page the table sends them
 * to instead (business support go to booking views), or the reason they cannot use it.
 */
export function RoleGuard({ route, children }: { route: AppRoute; children: ReactNode }) {
  const user = useCurrentUser();
  const params = useParams();
  if (route.roles.includes(user.role)) return <>{children}</>;
  const elsewhere = route.otherwise?.[user.role];
  if (elsewhere !== undefined) return <Navigate to={elsewhere(params)} replace />;
  return <ForbiddenPage reason={roleRefusal(user.role, route.roles)} title={route.refusedTitle} />;
}
