import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink, emptyDateInput, FormPage, Input, Radios } from '@/components';
import { formatDateWithWeekday, meetingPlaceProblems } from '@/domain';
import { MEETING_FORMATS, type BookingView, type CreateMeetingBody } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useFormDraft } from '@/lib/use-form-draft';
import { useBookMeeting } from '../api/book-meeting';
import {
  checkInvitees,
  inviteeBodies,
  inviteeFieldId,
  InviteesFields,
  newInviteeRow,
  type InviteeRow,
} from '../components/invitees-fields';
import { ChildBookingLoader } from '../components/loaders';
import {
  checkWhen,
  useWhenChecks,
  WhenFields,
  type WhenValues,
} from '../components/meeting-when-fields';
import { childCaption, FORMAT_LABELS } from '../lib/labels';

const TITLE = 'Book a review meeting';
const FIELD_ORDER = [
  'date',
  'startTime',
  'durationMinutes',
  'outOfTimescaleReason',
  'format',
  'venue',
  'virtualLink',
  'invitees',
  'iroId',
];
const FIELD_IDS: Record<string, string> = {
  date: 'date-day',
  startTime: 'startTime',
  durationMinutes: 'durationMinutes',
  outOfTimescaleReason: 'outOfTimescaleReason',
  format: 'format',
  venue: 'venue',
  virtualLink: 'virtualLink',
};

function BookMeetingForm({ view }: { view: BookingView }) {
  const { child, review } = view;
  const today = useToday();
  const navigate = useNavigate();
  const book = useBookMeeting();
  const [initial] = useState(() => ({
    when: {
      date: { ...emptyDateInput },
      startTime: '',
      duration: '90',
      outOfTimescaleReason: '',
    } satisfies WhenValues,
    format: '',
    venue: '',
    virtualLink: '',
    invitees: [
      { role: 'child', name: `${child.givenName} ${child.familyName}`, contactMethod: '' },
      { role: 'social-worker', name: child.socialWorker.name, contactMethod: 'email' },
    ] satisfies Omit<InviteeRow, 'key'>[],
  }));
  const [when, setWhen] = useState<WhenValues>(initial.when);
  const [format, setFormat] = useState(initial.format);
  const [venue, setVenue] = useState(initial.venue);
  const [virtualLink, setVirtualLink] = useState(initial.virtualLink);
  const [invitees, setInvitees] = useState<InviteeRow[]>(() =>
    initial.invitees.map((row) => newInviteeRow(row)),
  );
  // The draft keeps the rows without their keys: keys are the page's own, made afresh on return.
  const values = useMemo(
    () => ({
      when,
      format,
      venue,
      virtualLink,
      invitees: invitees.map(({ role, name, contactMethod }) => ({ role, name, contactMethod })),
    }),
    [when, format, venue, virtualLink, invitees],
  );
  const draft = useFormDraft({
    form: 'book-meeting',
    subjectId: child.id,
    initial,
    values,
    recordVersion: null,
    restore: (kept) => {
      setWhen(kept.when);
      setFormat(kept.format);
      setVenue(kept.venue);
      setVirtualLink(kept.virtualLink);
      setInvitees(kept.invitees.map((row) => newInviteeRow(row)));
    },
  });
  const submission = useFormSubmission();
  const { errors } = submission;
  const when$ = useWhenChecks(when, {
    due: review.due,
    iroId: child.iro.id,
    iroName: child.iro.name,
  });
  const { blocker, allowLeaving } = useLeaveGuard(
    JSON.stringify(values) !== JSON.stringify(initial),
  );

  async function onSubmit() {
    const checked = checkWhen(when, {
      dateLabel: 'Date of the meeting',
      today,
      due: review.due,
      iroName: child.iro.name,
      checks: when$.checks,
    });
    const clientErrors: FieldErrors = { ...checked.errors };
    if (format === '') {
      clientErrors.format = 'Select whether the meeting is in person, virtual or hybrid';
    }
    // The domain's rules for the place (the backend runs the same).
    const chosen = MEETING_FORMATS.find((value) => value === format) ?? null;
    for (const problem of meetingPlaceProblems({ format: chosen, venue, virtualLink })) {
      clientErrors[problem.field] = problem.message;
    }
    Object.assign(clientErrors, checkInvitees(invitees));
    await submission.submit(clientErrors, async () => {
      const afterDue = checked.date !== null && checked.date > review.due;
      const body: CreateMeetingBody = {
        date: checked.date ?? '',
        startTime: when.startTime.trim(),
        durationMinutes: Number(when.duration),
        format: format as CreateMeetingBody['format'],
        venue: format === 'virtual' ? null : venue.trim(),
        virtualLink: format === 'in-person' ? null : virtualLink.trim(),
        invitees: inviteeBodies(invitees),
        outOfTimescaleReason: afterDue ? when.outOfTimescaleReason.trim() : null,
      };
      const meeting = await book.mutateAsync({ childId: child.id, body });
      draft.saved();
      allowLeaving();
      await navigate(paths.bookingMeeting(meeting.id), {
        state: {
          banner: `Meeting booked for ${formatDateWithWeekday(meeting.date)} at ${meeting.startTime}`,
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
      idFor={(path) => FIELD_IDS[path] ?? inviteeFieldId(path)}
      onSubmit={onSubmit}
      submitLabel="Book meeting"
      cancelHref={paths.bookingChild(child.id)}
      blocker={blocker}
      draft={draft}
      intro={
        <p className="govuk-body">
          Chaired by {child.iro.name}. {review.reason}: due by {formatDateWithWeekday(review.due)}.
        </p>
      }
      buttonGroupClassName="govuk-!-margin-top-6"
    >
      <WhenFields
        dateLabel="Date of the meeting"
        values={when}
        errors={errors}
        onChange={setWhen}
        due={review.due}
        {...when$}
      />
      <Radios
        name="format"
        legend="How will people attend?"
        legendSize="m"
        error={errors.format}
        value={format}
        onChange={setFormat}
        items={MEETING_FORMATS.map((value) => ({ value, text: FORMAT_LABELS[value] }))}
      />
      {format !== '' && format !== 'virtual' && (
        <Input
          id="venue"
          label="Venue"
          hint="Where the meeting will take place, for example the carer’s home or a room"
          error={errors.venue}
          value={venue}
          onChange={(event) => {
            setVenue(event.target.value);
          }}
        />
      )}
      {format !== '' && format !== 'in-person' && (
        <Input
          id="virtualLink"
          label="Link to join"
          type="url"
          spellCheck={false}
          error={errors.virtualLink}
          value={virtualLink}
          onChange={(event) => {
            setVirtualLink(event.target.value);
          }}
        />
      )}
      <InviteesFields rows={invitees} errors={errors} onChange={setInvitees} />
    </FormPage>
  );
}

/** Route: paths.bookMeetingPattern ('/booking/children/:childId/meetings/new'). */
export function BookMeetingPage() {
  const { childId = '' } = useParams();
  return (
    <>
      <BackLink href={paths.bookingChild(childId)}>Back to the child’s booking</BackLink>
      <ChildBookingLoader childId={childId} title={TITLE}>
        {(view) =>
          view.bookedMeetingId !== null ? (
            <AlreadyBooked meetingId={view.bookedMeetingId} />
          ) : (
            <BookMeetingForm view={view} />
          )
        }
      </ChildBookingLoader>
    </>
  );
}

function AlreadyBooked({ meetingId }: { meetingId: string }) {
  useDocumentTitle(TITLE);
  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        A meeting is already booked for this review. To change the date, reschedule that meeting.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.bookingMeeting(meetingId)}>
          Go to the booked meeting
        </Link>
      </p>
    </>
  );
}
