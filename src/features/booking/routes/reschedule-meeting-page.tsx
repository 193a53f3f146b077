import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormPage, isoToDateInput } from '@/components';
import { formatDateWithWeekday } from '@/domain';
import type { BookingMeetingView } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useFormDraft } from '@/lib/use-form-draft';
import { useUpdateMeeting } from '../api/update-meeting';
import { MeetingFormPage } from '../components/loaders';
import { checkReason, ReasonField } from '../components/reason-field';
import {
  checkWhen,
  useWhenChecks,
  WhenFields,
  type WhenValues,
} from '../components/meeting-when-fields';
import { childCaption } from '../lib/labels';

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
  const [initial] = useState(() => ({
    when: {
      date: isoToDateInput(meeting.date),
      startTime: meeting.startTime,
      duration: String(meeting.durationMinutes),
      outOfTimescaleReason: meeting.outOfTimescaleReason ?? '',
    } satisfies WhenValues,
    reason: '',
  }));
  const [when, setWhen] = useState<WhenValues>(initial.when);
  const [reason, setReason] = useState(initial.reason);
  const values = useMemo(() => ({ when, reason }), [when, reason]);
  const draft = useFormDraft({
    form: 'reschedule-meeting',
    subjectId: meeting.id,
    initial,
    values,
    recordVersion: meeting.version,
    restore: (kept) => {
      setWhen(kept.when);
      setReason(kept.reason);
    },
  });
  const submission = useFormSubmission();
  const { errors } = submission;
  const when$ = useWhenChecks(when, {
    due: review.due,
    iroId: meeting.iroId,
    iroName: child.iro.name,
    meetingId: meeting.id,
    current: { date: meeting.date, startTime: meeting.startTime },
  });
  const { blocker, allowLeaving } = useLeaveGuard(
    reason !== '' || JSON.stringify(when) !== JSON.stringify(initial.when),
  );

  async function onSubmit() {
    const checked = checkWhen(when, {
      dateLabel: 'New date of the meeting',
      today,
      due: review.due,
      iroName: child.iro.name,
      checks: when$.checks,
      moving: meeting,
    });
    const clientErrors: FieldErrors = { ...checked.errors };
    const checkedReason = checkReason(reason, 'Reason for rescheduling');
    if (checkedReason.error) clientErrors.reason = checkedReason.error;
    await submission.submit(clientErrors, async () => {
      const afterDue = checked.date !== null && checked.date > review.due;
      const updated = await update.mutateAsync({
        meetingId: meeting.id,
        body: {
          action: 'reschedule',
          version: meeting.version,
          reason: checkedReason.text,
          date: checked.date ?? '',
          startTime: when.startTime.trim(),
          durationMinutes: Number(when.duration),
          outOfTimescaleReason: afterDue ? when.outOfTimescaleReason.trim() : null,
        },
      });
      draft.saved();
      allowLeaving();
      await navigate(paths.bookingMeeting(updated.id), {
        state: {
          banner: `Meeting moved to ${formatDateWithWeekday(updated.date)} at ${updated.startTime}`,
        },
      });
    });
  }

  return (
    <FormPage
      caption={childCaption(child)}
      title={TITLE}
      submission={submission}
      fieldOrder={FIELD_ORDER}
      idFor={(path) => FIELD_IDS[path]}
      onSubmit={onSubmit}
      submitLabel="Reschedule meeting"
      cancelHref={paths.bookingMeeting(meeting.id)}
      blocker={blocker}
      draft={draft}
      onReload={async () => {
        await reload();
        submission.clearConflict();
      }}
      intro={
        <p className="govuk-body">
          Now booked for {formatDateWithWeekday(meeting.date)} at {meeting.startTime}, chaired by{' '}
          {child.iro.name}.
        </p>
      }
    >
      <WhenFields
        dateLabel="New date of the meeting"
        values={when}
        errors={errors}
        onChange={setWhen}
        due={review.due}
        {...when$}
      />
      <ReasonField
        label="Why is the meeting being moved?"
        error={errors.reason}
        value={reason}
        onChange={setReason}
      />
    </FormPage>
  );
}

/** Route: paths.rescheduleMeetingPattern ('/booking/meetings/:meetingId/reschedule'). */
export function RescheduleMeetingPage() {
  return (
    <MeetingFormPage title={TITLE}>
      {(view, reload) => <RescheduleForm view={view} reload={reload} />}
    </MeetingFormPage>
  );
}
