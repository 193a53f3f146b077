import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormPage, Radios } from '@/components';
import { formatDateWithWeekday } from '@/domain';
import type { BookingMeetingView } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { paths } from '@/lib/paths';
import { useUpdateMeeting } from '../api/update-meeting';
import { MeetingFormPage } from '../components/loaders';
import { checkReason, ReasonField } from '../components/reason-field';
import { childCaption } from '../lib/labels';

const TITLE = 'Postpone, adjourn or cancel the meeting';
const FIELD_ORDER = ['action', 'reason'];
const FIELD_IDS: Record<string, string> = { action: 'action', reason: 'reason' };

type StatusAction = 'postpone' | 'adjourn' | 'cancel';
const ACTIONS: { value: StatusAction; text: string; hint: string; done: string }[] = [
  {
    value: 'postpone',
    text: 'Postpone',
    hint: 'The meeting will not go ahead on this date. Book a new date as soon as you can.',
    done: 'postponed',
  },
  {
    value: 'adjourn',
    text: 'Adjourn',
    hint: 'The meeting started and will continue on another day.',
    done: 'adjourned',
  },
  {
    value: 'cancel',
    text: 'Cancel',
    hint: 'The meeting will not take place. The review still needs a meeting.',
    done: 'cancelled',
  },
];

const REASON_LABEL: Record<StatusAction, string> = {
  postpone: 'Reason for postponing',
  adjourn: 'Reason for adjourning',
  cancel: 'Reason for cancelling',
};

function StatusForm({ view, reload }: { view: BookingMeetingView; reload: () => Promise<void> }) {
  const { meeting, child } = view;
  const navigate = useNavigate();
  const update = useUpdateMeeting();
  const [action, setAction] = useState('');
  const [reason, setReason] = useState('');
  const submission = useFormSubmission();
  const { errors } = submission;
  // Only a booked meeting can be postponed or adjourned; a postponed or adjourned one can be cancelled.
  const allowed = ACTIONS.filter((item) => meeting.status === 'booked' || item.value === 'cancel');

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const chosen = allowed.find((item) => item.value === action);
    if (chosen === undefined) clientErrors.action = 'Select what is happening to the meeting';
    const checkedReason = checkReason(reason, chosen ? REASON_LABEL[chosen.value] : 'Reason');
    if (checkedReason.error) clientErrors.reason = checkedReason.error;
    await submission.submit(clientErrors, async () => {
      if (chosen === undefined) return;
      await update.mutateAsync({
        meetingId: meeting.id,
        body: { action: chosen.value, version: meeting.version, reason: checkedReason.text },
      });
      await navigate(paths.bookingMeeting(meeting.id), {
        state: { banner: `Meeting ${chosen.done}` },
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
      submitLabel="Save"
      submitVariant="warning"
      cancelHref={paths.bookingMeeting(meeting.id)}
      cancelText="Go back without changing the meeting"
      onReload={async () => {
        await reload();
        submission.clearConflict();
      }}
      intro={
        <p className="govuk-body">
          The meeting on {formatDateWithWeekday(meeting.date)} at {meeting.startTime}.
        </p>
      }
    >
      <Radios
        name="action"
        legend="What is happening to the meeting?"
        legendSize="m"
        error={errors.action}
        value={action}
        onChange={setAction}
        items={allowed.map((item) => ({ value: item.value, text: item.text, hint: item.hint }))}
      />
      <ReasonField label="Reason" error={errors.reason} value={reason} onChange={setReason} />
    </FormPage>
  );
}

/** Route: paths.changeMeetingStatusPattern ('/booking/meetings/:meetingId/cancel'). */
export function ChangeMeetingStatusPage() {
  return (
    <MeetingFormPage title={TITLE}>
      {(view, reload) => <StatusForm view={view} reload={reload} />}
    </MeetingFormPage>
  );
}
