import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { BackLink, ErrorState, LoadingState } from '@/components';
import { isApiError } from '@/lib/api/client';
import type { BookingMeetingView, BookingView } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useChildBooking } from '../api/get-child-booking';
import { useMeeting } from '../api/get-meeting';

function PageTitle({ title }: { title: string }) {
  useDocumentTitle(title);
  return null;
}

function Failed({
  title,
  what,
  error,
  onRetry,
}: {
  title: string;
  what: string;
  error: Error;
  onRetry: () => void;
}) {
  const status = isApiError(error) ? error.status : 0;
  if (status === 404 || status === 403) {
    return (
      <>
        <PageTitle title={status === 404 ? `${what} not found` : title} />
        <h1 className="govuk-heading-l">
          {status === 404 ? `${what} not found` : `You cannot see this ${what.toLowerCase()}`}
        </h1>
        <p className="govuk-body">
          {status === 404
            ? 'There is nothing at this link. Check it, or start from the booking queue.'
            : error.message}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.booking}>
            Go to the booking queue
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle title={title} />
      <ErrorState
        title={`Sorry, the ${what.toLowerCase()} could not be loaded`}
        message="Try again. If it keeps happening, try again later."
        onRetry={onRetry}
      />
    </>
  );
}

/** Loads a child's booking view: loading, not found, no access and retry states. */
export function ChildBookingLoader({
  childId,
  title,
  children,
}: {
  childId: string;
  title: string;
  children: (view: BookingView) => ReactNode;
}) {
  const view = useChildBooking(childId);
  if (view.isPending) {
    return (
      <>
        <PageTitle title={title} />
        <LoadingState
          label="Loading the booking details"
          pageHeading
          loadedMessage="Booking details loaded"
        />
      </>
    );
  }
  if (view.isError) {
    return (
      <Failed title={title} what="Child" error={view.error} onRetry={() => void view.refetch()} />
    );
  }
  return <>{children(view.data)}</>;
}

/** Loads one meeting with its child and review. */
export function MeetingLoader({
  meetingId,
  title,
  children,
}: {
  meetingId: string;
  title: string;
  children: (view: BookingMeetingView, reload: () => Promise<void>) => ReactNode;
}) {
  const view = useMeeting(meetingId);
  if (view.isPending) {
    return (
      <>
        <PageTitle title={title} />
        <LoadingState label="Loading the meeting" pageHeading loadedMessage="Meeting loaded" />
      </>
    );
  }
  if (view.isError) {
    return (
      <Failed title={title} what="Meeting" error={view.error} onRetry={() => void view.refetch()} />
    );
  }
  return (
    <>
      {children(view.data, async () => {
        await view.refetch();
      })}
    </>
  );
}

/**
 * A form page about the meeting in the route (':meetingId'): the link back to the meeting, then the
 * form once the meeting has loaded.
 */
export function MeetingFormPage({
  title,
  children,
}: {
  title: string;
  children: (view: BookingMeetingView, reload: () => Promise<void>) => ReactNode;
}) {
  const { meetingId = '' } = useParams();
  return (
    <>
      <BackLink href={paths.bookingMeeting(meetingId)}>Back to the meeting</BackLink>
      <MeetingLoader meetingId={meetingId} title={title}>
        {children}
      </MeetingLoader>
    </>
  );
}
