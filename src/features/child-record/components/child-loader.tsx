import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { BackLink, ErrorState, LoadingState } from '@/components';
import { isApiError } from '@/lib/api/client';
import type { ChildDetail, StaffMember } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useCurrentUser } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useChild } from '../api/get-child';
import { ChildIdentityBar } from './child-identity-bar';

function PageTitle({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}

export type ChildLoaderProps = {
  childId: string;
  /** The page title while loading or failed. */
  title: string;
  children: (child: ChildDetail, reload: () => Promise<void>) => ReactNode;
};

/** Loads a child's record for a page: loading, not found, no access and retry states. */
export function ChildLoader({ childId, title, children }: ChildLoaderProps) {
  const child = useChild(childId);
  if (child.isPending) {
    return (
      <>
        <PageTitle title={title} />
        <LoadingState
          label="Loading the child’s record"
          pageHeading
          loadedMessage="Child record loaded"
        />
      </>
    );
  }
  if (child.isError) {
    const status = isApiError(child.error) ? child.error.status : 0;
    return (
      <>
        <PageTitle title={status === 404 ? 'Child not found' : title} />
        {status === 404 || status === 403 ? (
          <>
            <h1 className="govuk-heading-l">
              {status === 404 ? 'Child not found' : 'You cannot see this child’s record'}
            </h1>
            <p className="govuk-body">
              {status === 404
                ? 'There is no child with this link. Check it, or find the child on the caseload.'
                : child.error.message}
            </p>
            <p className="govuk-body">
              <Link className="govuk-link" to={paths.caseload}>
                Go to the caseload
              </Link>
            </p>
          </>
        ) : (
          <ErrorState
            title="Sorry, the child’s record could not be loaded"
            message="Try again. If it keeps happening, try again later."
            onRetry={() => void child.refetch()}
          />
        )}
      </>
    );
  }
  return (
    <>
      {children(child.data, async () => {
        await child.refetch();
      })}
    </>
  );
}

/**
 * A form page about the child in the route (':childId'): the link back to the child's record, then
 * the page once the record has loaded.
 */
export function ChildFormPage({
  title,
  allocatedIroOnly,
  children,
}: Omit<ChildLoaderProps, 'childId'> & {
  /** What only the child's allocated IRO can do here ('raise an escalation'): anyone else is told so. */
  allocatedIroOnly?: string;
}) {
  const { childId = '' } = useParams();
  const user = useCurrentUser();
  return (
    <>
      <BackLink href={paths.child(childId)}>Back to the child record</BackLink>
      <ChildLoader childId={childId} title={title}>
        {(child, reload) => (
          <>
            <ChildIdentityBar child={child} />
            {allocatedIroOnly !== undefined && !isAllocatedIro(user, child) ? (
              <NotAllocated child={child} what={allocatedIroOnly} title={title} />
            ) : (
              children(child, reload)
            )}
          </>
        )}
      </ChildLoader>
    </>
  );
}

/** The link back to the child's record, at the end of a page that has nothing to do. */
export function BackToChildRecord({ childId }: { childId: string }) {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={paths.child(childId)}>
        Back to the child record
      </Link>
    </p>
  );
}

/** Reviews, checks and escalations are recorded by the child's allocated IRO only. */
export function isAllocatedIro(user: StaffMember, child: ChildDetail): boolean {
  return user.role === 'iro' && child.iroId === user.id;
}

/** Shown instead of a form to anyone but the allocated IRO. */
export function NotAllocated({
  child,
  what,
  title,
}: {
  child: ChildDetail;
  what: string;
  title: string;
}) {
  useDocumentTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">Only the child’s allocated IRO can {what}.</p>
      <BackToChildRecord childId={child.id} />
    </>
  );
}
