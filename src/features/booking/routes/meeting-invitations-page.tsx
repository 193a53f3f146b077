import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  Checkboxes,
  checkDate,
  DateField,
  formatIsoDate,
  FormPage,
  isoToDateInput,
  type DateInputValue,
} from '@/components';
import type { BookingMeetingView, Invitee } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useUpdateMeeting } from '../api/update-meeting';
import { MeetingFormPage } from '../components/loaders';
import { childCaption, INVITEE_ROLE_LABELS } from '../lib/labels';

const TITLE = 'Record invitations and readiness';

type Mark = 'invitationSentOn' | 'consultationSentOn' | 'consultationReturnedOn';
const MARKS: { key: Mark; text: string; done: string }[] = [
  { key: 'invitationSentOn', text: 'Invitation sent', done: 'Sent on' },
  { key: 'consultationSentOn', text: 'Consultation document sent', done: 'Sent on' },
  { key: 'consultationReturnedOn', text: 'Consultation document returned', done: 'Returned on' },
];

type Ready = 'socialWorkerReportReceivedOn' | 'iroSpokeToChildOn';

function InvitationsForm({
  view,
  reload,
}: {
  view: BookingMeetingView;
  reload: () => Promise<void>;
}) {
  const { meeting, child } = view;
  const today = useToday();
  const navigate = useNavigate();
  const update = useUpdateMeeting();
  // The ticked boxes per invitee, starting from what is recorded.
  const [ticks, setTicks] = useState<Record<string, Mark[]>>(() =>
    Object.fromEntries(
      meeting.invitees.map((invitee) => [
        invitee.id,
        MARKS.filter((mark) => invitee[mark.key] !== null).map((mark) => mark.key),
      ]),
    ),
  );
  const [ready, setReady] = useState<Ready[]>(() =>
    (['socialWorkerReportReceivedOn', 'iroSpokeToChildOn'] as const).filter(
      (key) => meeting[key] !== null,
    ),
  );
  const [on, setOn] = useState<DateInputValue>(isoToDateInput(today));
  const submission = useFormSubmission();
  const { errors } = submission;

  function idFor(path: string): string | undefined {
    if (path === 'on') return 'on-day';
    if (path === 'invitees') return meeting.invitees.length > 0 ? 'invitee-0' : 'ready';
    const match = /^invitees\.(\d+)\./.exec(path);
    if (match) return `invitee-${match[1]}`;
    if (path === 'socialWorkerReportReceivedOn' || path === 'iroSpokeToChildOn') return 'ready';
    return undefined;
  }

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const date = checkDate(on, {
      label: 'Date sent, returned or received',
      required: true,
      notAfter: today,
    });
    if (date.error) clientErrors.on = date.error;
    // Nothing ticked and nothing recorded before: saving would record nothing (issue 22).
    const nothingChosen =
      meeting.invitees.every((invitee) =>
        MARKS.every((mark) => invitee[mark.key] === null && !(ticks[invitee.id] ?? []).length),
      ) &&
      ready.length === 0 &&
      meeting.socialWorkerReportReceivedOn === null &&
      meeting.iroSpokeToChildOn === null;
    if (nothingChosen) {
      clientErrors.invitees =
        meeting.invitees.length > 0
          ? 'Select at least one invitee to send invitations to, or what has been received before the meeting'
          : 'Select what has been received before the meeting';
    }
    meeting.invitees.forEach((invitee, index) => {
      const ticked = ticks[invitee.id] ?? [];
      if (ticked.includes('consultationReturnedOn') && !ticked.includes('consultationSentOn')) {
        clientErrors[`invitees.${index}.consultationReturnedOn`] =
          `Record that the consultation document was sent to ${invitee.name} before recording it returned`;
      }
    });
    const dated = (existing: string | null, tickedNow: boolean) =>
      tickedNow ? (existing ?? date.iso ?? today) : null;
    await submission.submit(clientErrors, async () => {
      const invitees: Invitee[] = meeting.invitees.map((invitee) => {
        const ticked = ticks[invitee.id] ?? [];
        return {
          ...invitee,
          invitationSentOn: dated(invitee.invitationSentOn, ticked.includes('invitationSentOn')),
          consultationSentOn: dated(
            invitee.consultationSentOn,
            ticked.includes('consultationSentOn'),
          ),
          consultationReturnedOn: dated(
            invitee.consultationReturnedOn,
            ticked.includes('consultationReturnedOn'),
          ),
        };
      });
      await update.mutateAsync({
        meetingId: meeting.id,
        body: {
          action: 'update',
          version: meeting.version,
          invitees,
          socialWorkerReportReceivedOn: dated(
            meeting.socialWorkerReportReceivedOn,
            ready.includes('socialWorkerReportReceivedOn'),
          ),
          iroSpokeToChildOn: dated(meeting.iroSpokeToChildOn, ready.includes('iroSpokeToChildOn')),
        },
      });
      await navigate(paths.bookingMeeting(meeting.id), {
        state: { banner: 'Invitations and readiness saved' },
      });
    });
  }

  return (
    <FormPage
      caption={childCaption(child)}
      title={TITLE}
      submission={submission}
      fieldOrder={['on', 'invitees', 'socialWorkerReportReceivedOn', 'iroSpokeToChildOn']}
      idFor={idFor}
      onSubmit={onSubmit}
      submitLabel="Save"
      cancelHref={paths.bookingMeeting(meeting.id)}
      onReload={async () => {
        await reload();
        submission.clearConflict();
      }}
      intro={
        <p className="govuk-body">
          Tick what has gone or come back. What you tick now is recorded with the date below; what
          was recorded before keeps its date. Untick something recorded by mistake to clear it.
        </p>
      }
    >
      <DateField
        id="on"
        legend="Date sent, returned or received"
        legendSize="m"
        hint="Today, unless you are recording something done earlier. For example, 27 3 2026"
        error={errors.on}
        value={on}
        onChange={setOn}
      />
      <h2 className="govuk-heading-m">Invitees</h2>
      {meeting.invitees.length === 0 && (
        <p className="govuk-body">No one has been invited to this meeting.</p>
      )}
      {meeting.invitees.map((invitee, index) => {
        const error =
          MARKS.map((mark) => errors[`invitees.${index}.${mark.key}`]).find(
            (message) => message !== undefined,
          ) ?? (index === 0 ? errors.invitees : undefined);
        return (
          <Checkboxes
            key={invitee.id}
            name={`invitee-${index}`}
            idPrefix={`invitee-${index}`}
            legend={`${invitee.name} (${INVITEE_ROLE_LABELS[invitee.role]})`}
            legendSize="s"
            small
            error={error}
            values={ticks[invitee.id] ?? []}
            onChange={(values) => {
              setTicks({ ...ticks, [invitee.id]: values as Mark[] });
            }}
            items={MARKS.map((mark) => ({
              value: mark.key,
              text: mark.text,
              hint:
                invitee[mark.key] !== null
                  ? `${mark.done} ${formatIsoDate(invitee[mark.key] ?? '')}`
                  : undefined,
            }))}
          />
        );
      })}
      <Checkboxes
        name="ready"
        idPrefix="ready"
        legend="Before the meeting"
        legendSize="m"
        error={meeting.invitees.length === 0 ? errors.invitees : undefined}
        values={ready}
        onChange={(values) => {
          setReady(values as Ready[]);
        }}
        items={[
          {
            value: 'socialWorkerReportReceivedOn',
            text: 'Social worker’s report received',
            hint:
              meeting.socialWorkerReportReceivedOn !== null
                ? `Received on ${formatIsoDate(meeting.socialWorkerReportReceivedOn)}`
                : undefined,
          },
          {
            value: 'iroSpokeToChildOn',
            text: 'IRO has spoken to the child',
            hint:
              meeting.iroSpokeToChildOn !== null
                ? `On ${formatIsoDate(meeting.iroSpokeToChildOn)}`
                : undefined,
          },
        ]}
      />
    </FormPage>
  );
}

/** Route: paths.meetingInvitationsPattern ('/booking/meetings/:meetingId/invitations'). */
export function MeetingInvitationsPage() {
  return (
    <MeetingFormPage title={TITLE}>
      {(view, reload) => <InvitationsForm view={view} reload={reload} />}
    </MeetingFormPage>
  );
}
