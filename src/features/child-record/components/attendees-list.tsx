import type { Review } from '@/lib/api/schemas';
import { ATTENDANCE_METHOD_LABELS } from '../lib/review-record-labels';

/** Who took part in a review and how, one a line; `none` when nobody was recorded. */
export function AttendeesList({
  attendees,
  none,
}: {
  attendees: Review['attendees'];
  none: string;
}) {
  if (attendees.length === 0) return <>{none}</>;
  return (
    <ul className="govuk-list">
      {attendees.map((attendee, index) => (
        <li key={index}>
          {attendee.name}, {attendee.role} ({ATTENDANCE_METHOD_LABELS[attendee.method]})
        </li>
      ))}
    </ul>
  );
}
