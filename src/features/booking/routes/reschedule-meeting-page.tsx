import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink, Button, CharacterCount, isoToDateInput } from '@/components';
import { formatDateWithWeekday } from '@/domain';
import type { BookingMeetingView } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUpdateMeeting } from '../api/update-meeting';
import { MeetingLoader } from '../components/loaders';
import {
  checkWhen,
  REASON_LIMIT,
  useWhenChecks,
  WhenFields,
  type WhenValues,
} from '../components/meeting-when-fields';
import { ConflictNotice } from '@/lib/forms/conflict-notice';
import { FormProblems, useFormSubmission, type FieldErrors } from '@/lib/forms/form-errors';
import { LeaveConfirmation, useLeaveGuard } from '@/lib/forms/leave-guard';

const TITLE = 'Reschedule the meeting';
const FIELD_ORDER = ['date', 'startTime', 'durationMinutes', 'outOfTimescaleReason', 'reason'];
const FIELD_IDS: Record<string, string> = {
  date: 'date-day',
  startTime: 'startTime',
  durationMinutes: 'durationMinutes',
  outOfTimescaleReason: 'outOfTimescaleReason',
  reason: 'reason',
};

function RescheduleForm({
  view,
  reload,
}: {
  view: BookingMeetingView;
  reload: () => Promise<void>;
}) {
  const { meeting, child, review } = view;
  const today = useToday();
  const navigate = useNavigate();
  const update = useUpdateMeeting();
  const [when, setWhen] = useState<WhenValues>({
    date: isoToDateInput(meeting.date),
    startTime: meeting.startTime,
    duration: String(meeting.durationMinutes),
    outOfTimescaleReason: meeting.outOfTimescaleReason ?? '',
  });
  const [reason, setReason] = useState('');
  const submission = useFormSubmission();
  const { errors } = submission;
  const when$ = useWhenChecks(when, {
    due: review.due,
    iroId: meeting.iroId,
    iroName: child.iro.name,
    meetingId: meeting.id,
    current: { date: meeting.date, startTime: meeting.startTime },
  });
  const { blocker, allowLeaving } = useLeaveGuard(reason !== '');
  useDocumentTitle(TITLE, { hasErrors: submission.hasErrors });

  async function onSubmit() {
    const checked = checkWhen(when, {
      dateLabel: 'New date of the meeting',
      today,
      due: review.due,
      iroName: child.iro.name,
      checks: when$.checks,
    });
    const clientErrors: FieldErrors = { ...checked.errors };
    if (
      meeting.status === 'booked' &&
      clientErrors.date === undefined &&
      checked.date === meeting.date &&
      when.startTime.trim() === meeting.startTime &&
      Number(when.duration) === meeting.durationMinutes
    ) {
      clientErrors.date =
        'The meeting is already booked for this date and time: change the date, the start time or the length';
    }
    const trimmed = reason.trim();
    if (trimmed === '') clientErrors.reason = 'Enter reason for rescheduling';
    else if (trimmed.length > REASON_LIMIT) {
      clientErrors.reason = `Reason for rescheduling must be ${REASON_LIMIT} characters or fewer`;
    }
    await submission.submit(clientErrors, async () => {
      const afterDue = checked.date !== null && checked.date > review.due;
      const updated = await update.mutateAsync({
        meetingId: meeting.id,
        body: {
          action: 'reschedule',
          version: meeting.version,
          reason: trimmed,
          date: checked.date ?? '',
          startTime: when.startTime.trim(),
          durationMinutes: Number(when.duration),
          outOfTimescaleReason: afterDue ? when.outOfTimescaleReason.trim() : null,
        },
      });
      allowLeaving();
      await navigate(paths.bookingMeeting(updated.id), {
        state: {
          banner: `Meeting moved to ${formatDateWithWeekday(updated.date)} at ${updated.startTime}`,
        },
      });
    });
  }

  return (
    <>
      <LeaveConfirmation blocker={blocker} />
      {submission.conflict && (
        <ConflictNotice
          error={submission.conflict}
          onReload={async () => {
            await reload();
            submission.clearConflict();
          }}
        />
      )}
      <FormProblems
        errors={errors}
        failure={submission.failure}
        submitCount={submission.submitCount}
        fieldOrder={FIELD_ORDER}
        idFor={(path) => FIELD_IDS[path]}
      />
      <span className="govuk-caption-l">
        {child.givenName} {child.familyName} ({child.childRef})
      </span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        Now booked for {formatDateWithWeekday(meeting.date)} at {meeting.startTime}, chaired by{' '}
        {child.iro.name}.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <WhenFields
          dateLabel="New date of the meeting"
          values={when}
          errors={errors}
          onChange={setWhen}
          due={review.due}
          {...when$}
        />
        <CharacterCount
          id="reason"
          label="Why is the meeting being moved?"
          labelSize="m"
          hint="This is kept in the meeting’s history."
          limit={REASON_LIMIT}
          threshold={0.75}
          error={errors.reason}
          value={reason}
          onChange={setReason}
        />
        <div className="govuk-button-group">
          <Button type="submit" disabled={submission.saving}>
            Reschedule meeting
          </Button>
          <Link className="govuk-link" to={paths.bookingMeeting(meeting.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

/** Route: paths.rescheduleMeetingPattern ('/booking/meetings/:meetingId/reschedule'). */
export function RescheduleMeetingPage() {
  const { meetingId = '' } = useParams();
  return (
    <>
      <BackLink href={paths.bookingMeeting(meetingId)}>Back to the meeting</BackLink>
      <MeetingLoader meetingId={meetingId} title={TITLE}>
        {(view, reload) => <RescheduleForm view={view} reload={reload} />}
      </MeetingLoader>
    </>
  );
}
