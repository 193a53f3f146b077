import { Link, useParams } from 'react-router';
import { BackLink, Button, Table, Tag } from '@/components';
import { formatDateWithWeekday } from '@/domain';
import type { BookingView } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { ChildBookingSummary } from '../components/child-booking-summary';
import { ChildBookingLoader } from '../components/loaders';
import { lateCount, MEETING_STATUS_COLOURS, MEETING_STATUS_LABELS } from '../lib/labels';

const TITLE = 'Booking for a child';

function ChildBooking({ view }: { view: BookingView }) {
  const { child, review, meetings, bookedMeetingId } = view;
  useDocumentTitle(TITLE);
  return (
    <>
      <span className="govuk-caption-l">Booking</span>
      <h1 className="govuk-heading-l">
        {child.givenName} {child.familyName}
      </h1>
      <p className="govuk-body-s">
        <Link className="govuk-link" to={paths.careRecord(child.id)}>
          Care record: placements, legal status and leaving care
        </Link>
      </p>
      <ChildBookingSummary child={child} review={review} />
      {bookedMeetingId === null ? (
        <Button href={paths.bookMeeting(child.id)}>Book a meeting</Button>
      ) : (
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.bookingMeeting(bookedMeetingId)}>
            Go to the meeting booked for this review
          </Link>
        </p>
      )}
      <h2 className="govuk-heading-m">Meetings</h2>
      {meetings.length === 0 ? (
        <p className="govuk-body">No meetings yet.</p>
      ) : (
        <Table
          caption={`Meetings for ${child.givenName} ${child.familyName}`}
          captionClassName="govuk-visually-hidden"
          firstCellIsHeader
          head={[
            { content: 'Date' },
            { content: 'Time' },
            { content: 'Status' },
            { content: 'Readiness' },
          ]}
          rowKeys={meetings.map((meeting) => meeting.id)}
          rows={meetings.map((meeting) => {
            const late = lateCount(meeting);
            return [
              {
                content: (
                  <Link className="govuk-link" to={paths.bookingMeeting(meeting.id)}>
                    {formatDateWithWeekday(meeting.date)}
                  </Link>
                ),
              },
              { content: meeting.startTime },
              {
                content: (
                  <Tag colour={MEETING_STATUS_COLOURS[meeting.status]}>
                    {MEETING_STATUS_LABELS[meeting.status]}
                  </Tag>
                ),
              },
              {
                content:
                  meeting.status !== 'booked'
                    ? ''
                    : late === 0
                      ? 'Nothing late'
                      : `${late} item${late === 1 ? '' : 's'} late`,
              },
            ];
          })}
        />
      )}
    </>
  );
}

/** Route: paths.bookingChildPattern ('/booking/children/:childId'). */
export function BookingChildPage() {
  const { childId = '' } = useParams();
  return (
    <>
      <BackLink href={paths.booking}>Back to the booking queue</BackLink>
      <ChildBookingLoader childId={childId} title={TITLE}>
        {(view) => <ChildBooking view={view} />}
      </ChildBookingLoader>
    </>
  );
}
