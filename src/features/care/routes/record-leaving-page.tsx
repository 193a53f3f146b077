import { DateField, InsetText, Select, WarningText } from '@/components';
import {
  describeCode,
  formatDate,
  formatDateWithWeekday,
  leaveCare,
  REASONS_LEFT_CARE,
} from '@/domain';
import type { CareRecord } from '@/lib/api/schemas';
import { CareFormPage, CareRecordForm, type ReloadableForm } from '../components/care-loader';
import { codeOptions, isLookedAfter, meetingsText } from '../lib/care-format';
import { useCareEventForm } from '../lib/use-care-event-form';

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
  const { page, errors, date, setDate, fields, setFields, checkEvent, save } = useCareEventForm(
    record,
    form,
    {
      title: TITLE,
      fieldOrder: FIELD_ORDER,
      draftForm: 'record-leaving',
      initial: { reasonEnded: '' },
    },
  );
  const { reasonEnded } = fields;

  async function onSubmit() {
    const { clientErrors, iso } = checkEvent(
      'The date the child left care',
      (on, episodes, context) => leaveCare(episodes, { date: on, reasonEnded }, context),
    );
    await save(
      clientErrors,
      { kind: 'leave', date: iso, reasonEnded },
      () =>
        `Leaving care recorded: ${formatDate(iso)}, ${describeCode('reasonEnded', reasonEnded)}`,
    );
  }

  return (
    <CareRecordForm
      {...page}
      idFor={(path) => FIELD_IDS[path]}
      onSubmit={onSubmit}
      submitLabel="Save: the child has left care"
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
          setFields({ reasonEnded: event.target.value });
        }}
        options={codeOptions(REASONS_LEFT_CARE, 'Choose the reason')}
      />
    </CareRecordForm>
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
