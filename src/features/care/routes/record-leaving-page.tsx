import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  checkDate,
  DateField,
  emptyDateInput,
  FormPage,
  InsetText,
  Select,
  WarningText,
} from '@/components';
import {
  describeCode,
  formatDate,
  formatDateWithWeekday,
  leaveCare,
  REASONS_LEFT_CARE,
} from '@/domain';
import type { CareRecord } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useRecordCareEvent } from '../api/care-mutations';
import { CareFormPage, ReloadedNotice, type ReloadableForm } from '../components/care-loader';
import {
  codeOptions,
  fullName,
  isLookedAfter,
  meetingsText,
  problemErrors,
} from '../lib/care-format';

const TITLE = 'Record leaving care';
const FIELD_ORDER = ['date', 'reasonEnded'];
const FIELD_IDS: Record<string, string> = { date: 'date-day', reasonEnded: 'reasonEnded' };

function MeetingsToCancel({ record }: { record: CareRecord }) {
  const meetings = record.bookedMeetings;
  if (meetings.length === 0) return null;
  return (
    <>
      <WarningText>
        {meetingsText(meetings.length)} {meetings.length === 1 ? 'is' : 'are'} still booked for the
        child. Business support will be asked to cancel {meetings.length === 1 ? 'it' : 'them'}.
      </WarningText>
      <ul className="govuk-list govuk-list--bullet">
        {meetings.map((meeting) => (
          <li key={meeting.id}>{formatDateWithWeekday(meeting.date)}</li>
        ))}
      </ul>
    </>
  );
}

function LeavingForm({ record, form }: { record: CareRecord; form: ReloadableForm }) {
  const today = useToday();
  const navigate = useNavigate();
  const recordEvent = useRecordCareEvent();
  const submission = useFormSubmission();
  const { errors } = submission;
  const [version] = useState(record.version);
  const [date, setDate] = useState({ ...emptyDateInput });
  const [reasonEnded, setReasonEnded] = useState('');
  const dirty = Object.values(date).some((part) => part !== '') || reasonEnded !== '';
  const { blocker, allowLeaving } = useLeaveGuard(dirty);

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const typed = checkDate(date, { label: 'The date the child left care' });
    if (typed.error !== null) clientErrors.date = typed.error;
    const left = leaveCare(
      record.periods.flatMap((period) => period.episodes),
      { date: typed.iso, reasonEnded },
      { dateOfBirth: record.dateOfBirth, today },
    );
    if (!left.ok) {
      for (const [field, message] of Object.entries(problemErrors(left.problems))) {
        clientErrors[field] ??= message;
      }
    }
    await submission.submit(clientErrors, async () => {
      const saved = await recordEvent.mutateAsync({
        childId: record.id,
        body: { kind: 'leave', date: typed.iso ?? '', reasonEnded, version },
      });
      allowLeaving();
      await navigate(paths.careRecord(saved.id), {
        state: {
          banner: `Leaving care recorded: ${formatDate(typed.iso ?? '')}, ${describeCode('reasonEnded', reasonEnded)}`,
        },
      });
    });
  }

  return (
    <FormPage
      caption={fullName(record)}
      title={TITLE}
      submission={submission}
      fieldOrder={FIELD_ORDER}
      idFor={(path) => FIELD_IDS[path]}
      onSubmit={onSubmit}
      submitLabel="Save: the child has left care"
      cancelHref={paths.careRecord(record.id)}
      blocker={blocker}
      onReload={form.onReload}
      notice={<ReloadedNotice reloaded={form.reloaded} />}
      intro={
        <>
          {!isLookedAfter(record) && (
            <InsetText>
              The child is not looked after
              {record.care.leftCare === null
                ? ''
                : `: they left care on ${formatDate(record.care.leftCare.on)}`}
              .
            </InsetText>
          )}
          <p className="govuk-body">
            From the date the child left care nothing is due for them: no review, no midpoint check.
            They leave every IRO’s caseload, and their record stays in the list of children who have
            left care.
          </p>
          <MeetingsToCancel record={record} />
        </>
      }
    >
      <DateField
        id="date"
        legend="Date the child left care"
        legendSize="m"
        hint="The last episode ends on this day (SSDA903 DEC). For example, 27 3 2026"
        error={errors.date}
        value={date}
        onChange={setDate}
      />
      <Select
        id="reasonEnded"
        label="Why did the child leave care?"
        labelSize="m"
        hint="The reason the episode ceased (SSDA903 REC)."
        error={errors.reasonEnded}
        value={reasonEnded}
        onChange={(event) => {
          setReasonEnded(event.target.value);
        }}
        options={codeOptions(REASONS_LEFT_CARE, 'Choose the reason')}
      />
    </FormPage>
  );
}

/** Route: paths.careLeavePattern ('/care/children/:childId/leave'). */
export function RecordLeavingPage() {
  return (
    <CareFormPage title={TITLE}>
      {(record, form) => <LeavingForm record={record} form={form} />}
    </CareFormPage>
  );
}
