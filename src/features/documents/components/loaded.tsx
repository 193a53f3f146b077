import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '@/components';
import { isApiError } from '@/lib/api/client';
import { useDocumentTitle } from '@/lib/use-document-title';

function Refused({ title, error }: { title: string; error: Error }) {
  const status = isApiError(error) ? error.status : 0;
  const heading = status === 404 ? 'Page not found' : 'You cannot see these documents';
  useDocumentTitle(status === 404 ? heading : title);
  return (
    <>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">
        {status === 404 ? 'There is nothing at this link. Check it and try again.' : error.message}
      </p>
    </>
  );
}

function Failed({ title, onRetry }: { title: string; onRetry: () => void }) {
  useDocumentTitle(title);
  return (
    <ErrorState
      title="Sorry, the documents could not be loaded"
      message="Try again. If it keeps happening, try again later."
      onRetry={onRetry}
    />
  );
}

function Loading({ title, label }: { title: string; label: string }) {
  useDocumentTitle(title);
  return <LoadingState label={label} />;
}

/** A query's loading, refused (403, 404, 422), failed and loaded states for a documents page. */
export function Loaded<T>({
  query,
  title,
  loading,
  children,
}: {
  query: UseQueryResult<T>;
  title: string;
  loading: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading title={title} label={loading} />;
  if (query.isError) {
    const status = isApiError(query.error) ? query.error.status : 0;
    if (status === 403 || status === 404 || status === 422) {
      return <Refused title={title} error={query.error} />;
    }
    return (
      <Failed
        title={title}
        onRetry={() => {
          void query.refetch();
        }}
      />
    );
  }
  return <>{children(query.data)}</>;
}
