import { Fragment, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  BackLink,
  ErrorState,
  FormPage,
  InsetText,
  LoadingState,
  type FormPageProps,
} from '@/components';
import { isApiError } from '@/lib/api/client';
import type { CareRecord, StaffRole } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useCurrentUser } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useChildCare } from '../api/get-child-care';
import { fullName } from '../lib/care-format';

function PageTitle({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}

/** Where each role starts looking for a child: business support have no caseload list. */
function homeFor(role: StaffRole): { href: string; text: string } {
  if (role === 'business-support') return { href: paths.booking, text: 'Go to the booking queue' };
  return { href: paths.caseload, text: 'Go to the caseload' };
}

export type CareLoaderProps = {
  childId: string;
  /** The page title while loading or failed (never the child's name). */
  title: string;
  children: (record: CareRecord, reload: () => Promise<void>) => ReactNode;
};

/**
 * Loads a child's care record for a page: loading, not found, no access (the backend's 403, e.g.
 * an IRO and a child allocated to someone else) and retry states.
 */
export function CareLoader({ childId, title, children }: CareLoaderProps) {
  const care = useChildCare(childId);
  const user = useCurrentUser();
  if (care.isPending) {
    return (
      <>
        <PageTitle title={title} />
        <LoadingState
          label="Loading the child’s care record"
          pageHeading
          loadedMessage="Care record loaded"
        />
      </>
    );
  }
  if (care.isError) {
    const status = isApiError(care.error) ? care.error.status : 0;
    const home = homeFor(user.role);
    if (status === 404 || status === 403) {
      return (
        <>
          <PageTitle title={status === 404 ? 'Child not found' : title} />
          <h1 className="govuk-heading-l">
            {status === 404 ? 'Child not found' : 'You cannot see this child’s care record'}
          </h1>
          <p className="govuk-body">
            {status === 404 ? 'There is no child with this link. Check it.' : care.error.message}
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={home.href}>
              {home.text}
            </Link>
          </p>
        </>
      );
    }
    return (
      <>
        <PageTitle title={title} />
        <ErrorState
          title="Sorry, the child’s care record could not be loaded"
          message="Try again. If it keeps happening, try again later."
          onRetry={() => void care.refetch()}
        />
      </>
    );
  }
  return (
    <>
      {children(care.data, async () => {
        await care.refetch();
      })}
    </>
  );
}

/** What a form page gets besides the record: reloading after a conflict, and whether it did. */
export interface ReloadableForm {
  /** Loads the record as it is now and starts the form again from it (after a 409). */
  onReload: () => Promise<void>;
  /** The form was started again from a reloaded record. */
  reloaded: boolean;
}

/**
 * A form page about the child in the route (':childId'): the link back to the care record, then
 * the form once the record has loaded. Reloading after a conflict starts the form again.
 */
export function CareFormPage({
  title,
  back,
  children,
}: {
  title: string;
  /** The back link: to the child's care record unless given. */
  back?: { href: string; text: string };
  children: (record: CareRecord, form: ReloadableForm) => ReactNode;
}) {
  const { childId = '' } = useParams();
  const [generation, setGeneration] = useState(0);
  const backLink = back ?? { href: paths.careRecord(childId), text: 'Back to the care record' };
  return (
    <>
      <BackLink href={backLink.href}>{backLink.text}</BackLink>
      <CareLoader childId={childId} title={title}>
        {(record, reload) => (
          <Fragment key={generation}>
            {children(record, {
              reloaded: generation > 0,
              onReload: async () => {
                await reload();
                setGeneration((n) => n + 1);
              },
            })}
          </Fragment>
        )}
      </CareLoader>
    </>
  );
}

/** Above a form started again from the record as it is now. */
export function ReloadedNotice({ reloaded }: { reloaded: boolean }) {
  if (!reloaded) return null;
  return (
    <InsetText>
      This form now shows the child’s record as it is now, with the other person’s changes. Make
      your changes again and save.
    </InsetText>
  );
}

export type CareRecordFormProps = {
  record: CareRecord;
  form: ReloadableForm;
  /** Back to the child's care record unless given. */
  cancelHref?: string;
} & Omit<FormPageProps, 'caption' | 'cancelHref' | 'onReload' | 'notice'>;

/**
 * The form page of a form about the child's care record: the child's name above the title, a
 * conflict reloads the record, and the notice says when the form started again from it.
 */
export function CareRecordForm({ record, form, cancelHref, ...page }: CareRecordFormProps) {
  return (
    <FormPage
      caption={fullName(record)}
      cancelHref={cancelHref ?? paths.careRecord(record.id)}
      onReload={form.onReload}
      notice={<ReloadedNotice reloaded={form.reloaded} />}
      {...page}
    />
  );
}
