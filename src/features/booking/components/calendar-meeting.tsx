import { Link } from 'react-router';
import { Tag } from '@/components';
import { formatDate } from '@/domain';
import type { CalendarMeetingItem } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { MEETING_STATUS_COLOURS, MEETING_STATUS_LABELS } from '../lib/labels';

/** The child's name, linked to the meeting (with its time, for a screen reader's list of links). */
export function CalendarMeetingLink({ meeting }: { meeting: CalendarMeetingItem }) {
  return (
    <Link className="govuk-link" to={paths.bookingMeeting(meeting.id)}>
      {meeting.child.givenName} {meeting.child.familyName}
      <span className="govuk-visually-hidden">, meeting at {meeting.startTime}</span>
    </Link>
  );
}

/**
 * What is wrong with a meeting, in words (never colour alone): each clash and what it is with,
 * and a review out of timescale with its due date. A meeting that is not simply booked says so.
 */
export function CalendarMeetingMarks({
  meeting,
  childOf,
}: {
  meeting: CalendarMeetingItem;
  /** The child of another meeting in the view, when it is there to be named. */
  childOf: (meetingId: string) => string | undefined;
}) {
  const cancelled = meeting.status === 'cancelled' || meeting.status === 'postponed';
  return (
    <>
      {meeting.status !== 'booked' && (
        <Tag className="app-calendar__tag" colour={MEETING_STATUS_COLOURS[meeting.status]}>
          {MEETING_STATUS_LABELS[meeting.status]}
        </Tag>
      )}
      {meeting.clashes.map((clash) => {
        const other = childOf(clash.meetingId);
        return (
          <p key={`${clash.kind} ${clash.meetingId}`} className="app-calendar__mark">
            <Tag className="app-calendar__tag" colour="red">
              Clash
            </Tag>{' '}
            {clash.text.replace(/^Clash: /, '')}
            {other === undefined ? '' : ` (${other})`}
          </p>
        );
      })}
      {meeting.outsideTimescale && !cancelled && meeting.reviewDue !== null && (
        <p className="app-calendar__mark">
          <Tag className="app-calendar__tag" colour="orange">
            Outside timescale
          </Tag>{' '}
          review due {formatDate(meeting.reviewDue)}
        </p>
      )}
    </>
  );
}
