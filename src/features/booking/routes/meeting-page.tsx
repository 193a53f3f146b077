import { Link, useLocation, useParams } from 'react-router';
import {
  BackLink,
  Button,
  formatIsoDate,
  NotificationBanner,
  SummaryList,
  Table,
  Tag,
  Timeline,
} from '@/components';
import { addMinutesToLocalTime, formatDateWithWeekday } from '@/domain';
import type { BookingMeetingView } from '@/lib/api/schemas';
import { downloadTextFile } from '@/lib/download';
import { paths } from '@/lib/paths';
import { useCurrentUser, useSettings } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useStaffNames } from '../api/get-iros';
import { ChildBookingSummary } from '../components/child-booking-summary';
import { MeetingLoader } from '../components/loaders';
import { ReadinessList } from '../components/readiness-list';
import { meetingCalendarFile } from '../lib/ics';
import {
  CONTACT_METHOD_LABELS,
  durationText,
  FORMAT_LABELS,
  HISTORY_LABELS,
  INVITEE_ROLE_LABELS,
  MEETING_STATUS_COLOURS,
  MEETING_STATUS_LABELS,
} from '../lib/labels';

const TITLE = 'Review meeting';

function bannerFrom(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'banner' in state) {
    const { banner } = state;
    return typeof banner === 'string' ? banner : null;
  }
  return null;
}

function dateOrNot(date: string | null, not: string): string {
  return date === null ? not : formatIsoDate(date);
}

function MeetingDetails({ view }: { view: BookingMeetingView }) {
  const { meeting, child, review } = view;
  const user = useCurrentUser();
  const { calendarChildLabel } = useSettings();
  const location = useLocation();
  const banner = bannerFrom(location.state);
  useDocumentTitle(TITLE);
  const canBook = user.role !== 'iro';
  const end = addMinutesToLocalTime(meeting.date, meeting.startTime, meeting.durationMinutes);
  const open =
    meeting.status === 'booked' || meeting.status === 'postponed' || meeting.status === 'adjourned';
  const names = useStaffNames();
  const staffName = (id: string) => names.data?.get(id) ?? (id === user.id ? user.name : 'Staff');

  return (
    <>
      {banner && (
        <NotificationBanner type="success" focusOnMount heading={banner}>
          <p className="govuk-body">
            The review’s status and the meeting’s readiness below are up to date.
          </p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">
        {child.givenName} {child.familyName} ({child.childRef})
      </span>
      <h1 className="govuk-heading-l">
        {TITLE} on {formatDateWithWeekday(meeting.date)}
      </h1>

      <SummaryList
        rows={[
          {
            key: 'Status',
            value: (
              <Tag colour={MEETING_STATUS_COLOURS[meeting.status]}>
                {MEETING_STATUS_LABELS[meeting.status]}
              </Tag>
            ),
          },
          { key: 'Date', value: formatDateWithWeekday(meeting.date) },
          {
            key: 'Time',
            value: `${meeting.startTime} to ${end.time} (${durationText(meeting.durationMinutes)})`,
          },
          { key: 'Chair', value: child.iro.name },
          { key: 'Format', value: FORMAT_LABELS[meeting.format] },
          meeting.venue !== null && { key: 'Venue', value: meeting.venue },
          meeting.virtualLink !== null && {
            key: 'Link to join',
            value: <span className="app-break-word">{meeting.virtualLink}</span>,
          },
          meeting.outOfTimescaleReason !== null && {
            key: 'Why after the due date',
            value: meeting.outOfTimescaleReason,
          },
        ]}
      />

      <div className="govuk-button-group">
        {canBook && open && (
          <Button href={paths.rescheduleMeeting(meeting.id)} variant="secondary">
            Reschedule
          </Button>
        )}
        {canBook && open && (
          <Button href={paths.changeMeetingStatus(meeting.id)} variant="secondary">
            Postpone, adjourn or cancel
          </Button>
        )}
        {canBook && meeting.status !== 'cancelled' && (
          <Button href={paths.meetingInvitations(meeting.id)} variant="secondary">
            Record invitations and readiness
          </Button>
        )}
        {meeting.status !== 'cancelled' && (
          <Button href={paths.meetingDocuments(meeting.id)} variant="secondary">
            Invitations and consultation forms
          </Button>
        )}
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            const file = meetingCalendarFile(meeting, child, new Date(), calendarChildLabel);
            downloadTextFile(file.fileName, file.text, 'text/calendar', { byteOrderMark: false });
          }}
        >
          Download calendar file (.ics)
        </Button>
      </div>

      <h2 className="govuk-heading-m">Readiness</h2>
      {meeting.invitationsOverdue && (
        <p className="govuk-body">
          <Tag colour="red">Invitations not sent</Tag> The meeting is close and not everyone has
          been invited.
        </p>
      )}
      <ReadinessList items={meeting.readiness} />

      <h2 className="govuk-heading-m">Invitees</h2>
      {meeting.invitees.length === 0 ? (
        <p className="govuk-body">No one has been invited yet.</p>
      ) : (
        <Table
          caption="Invitees"
          captionClassName="govuk-visually-hidden"
          firstCellIsHeader
          head={[
            { content: 'Name' },
            { content: 'Role' },
            { content: 'Contact' },
            { content: 'Invitation sent' },
            { content: 'Consultation sent' },
            { content: 'Consultation returned' },
          ]}
          rowKeys={meeting.invitees.map((invitee) => invitee.id)}
          rows={meeting.invitees.map((invitee) => [
            { content: invitee.name },
            { content: INVITEE_ROLE_LABELS[invitee.role] },
            { content: CONTACT_METHOD_LABELS[invitee.contactMethod] },
            { content: dateOrNot(invitee.invitationSentOn, 'Not sent') },
            { content: dateOrNot(invitee.consultationSentOn, 'Not sent') },
            { content: dateOrNot(invitee.consultationReturnedOn, 'Not returned') },
          ])}
        />
      )}

      <h2 className="govuk-heading-m">History</h2>
      <Timeline
        headingLevel={3}
        items={[...meeting.history].reverse().map((entry, index) => ({
          id: `${entry.at}-${index}`,
          label: HISTORY_LABELS[entry.action] ?? entry.action,
          datetime: entry.at,
          byline: staffName(entry.by),
          description: (
            <>
              {entry.fromDate && entry.toDate && (
                <p className="govuk-body">
                  From {formatIsoDate(entry.fromDate)} to {formatIsoDate(entry.toDate)}
                </p>
              )}
              {entry.reason && <p className="govuk-body">Reason: {entry.reason}</p>}
            </>
          ),
        }))}
      />

      <h2 className="govuk-heading-m">The review</h2>
      <ChildBookingSummary child={child} review={review} />
      {canBook && (
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.bookingChild(child.id)}>
            All meetings for {child.givenName} {child.familyName}
          </Link>
        </p>
      )}
    </>
  );
}

/** Route: paths.bookingMeetingPattern ('/booking/meetings/:meetingId'). */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  return (
    <>
      <BackLink href={paths.booking}>Back to the booking queue</BackLink>
      <MeetingLoader meetingId={meetingId} title={TITLE}>
        {(view) => <MeetingDetails view={view} />}
      </MeetingLoader>
    </>
  );
}
