import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink, Button, CharacterCount, Radios } from '@/components';
import { formatDateWithWeekday } from '@/domain';
import type { BookingMeetingView } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUpdateMeeting } from '../api/update-meeting';
import { MeetingLoader } from '../components/loaders';
import { REASON_LIMIT } from '../components/meeting-when-fields';
import { ConflictNotice } from '@/lib/forms/conflict-notice';
import { FormProblems, useFormSubmission, type FieldErrors } from '@/lib/forms/form-errors';

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
  useDocumentTitle(TITLE, { hasErrors: submission.hasErrors });
  // Only a booked meeting can be postponed or adjourned; a postponed or adjourned one can be cancelled.
  const allowed = ACTIONS.filter((item) => meeting.status === 'booked' || item.value === 'cancel');

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const chosen = allowed.find((item) => item.value === action);
    if (chosen === undefined) clientErrors.action = 'Select what is happening to the meeting';
    const trimmed = reason.trim();
    const label = chosen ? REASON_LABEL[chosen.value] : 'Reason';
    if (trimmed === '') clientErrors.reason = `Enter ${label.toLowerCase()}`;
    else if (trimmed.length > REASON_LIMIT) {
      clientErrors.reason = `${label} must be ${REASON_LIMIT} characters or fewer`;
    }
    await submission.submit(clientErrors, async () => {
      if (chosen === undefined) return;
      await update.mutateAsync({
        meetingId: meeting.id,
        body: { action: chosen.value, version: meeting.version, reason: trimmed },
      });
      await navigate(paths.bookingMeeting(meeting.id), {
        state: { banner: `Meeting ${chosen.done}` },
      });
    });
  }

  return (
    <>
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
        The meeting on {formatDateWithWeekday(meeting.date)} at {meeting.startTime}.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
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
        <CharacterCount
          id="reason"
          label="Reason"
          labelSize="m"
          hint="This is kept in the meeting’s history."
          limit={REASON_LIMIT}
          threshold={0.75}
          error={errors.reason}
          value={reason}
          onChange={setReason}
        />
        <div className="govuk-button-group">
          <Button type="submit" variant="warning" disabled={submission.saving}>
            Save
          </Button>
          <Link className="govuk-link" to={paths.bookingMeeting(meeting.id)}>
            Go back without changing the meeting
          </Link>
        </div>
      </form>
    </>
  );
}

/** Route: paths.changeMeetingStatusPattern ('/booking/meetings/:meetingId/cancel'). */
export function ChangeMeetingStatusPage() {
  const { meetingId = '' } = useParams();
  return (
    <>
      <BackLink href={paths.bookingMeeting(meetingId)}>Back to the meeting</BackLink>
      <MeetingLoader meetingId={meetingId} title={TITLE}>
        {(view, reload) => <StatusForm view={view} reload={reload} />}
      </MeetingLoader>
    </>
  );
}
