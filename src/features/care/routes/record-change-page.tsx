import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  checkDate,
  DateField,
  emptyDateInput,
  FormPage,
  InsetText,
  Radios,
  WarningText,
} from '@/components';
import {
  changeCare,
  describeCode,
  formatDate,
  REASONS_FOR_NEW_EPISODE,
  ruleSetChangeNotice,
} from '@/domain';
import { careEventBodySchema, type CareRecord } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useRecordCareEvent } from '../api/care-mutations';
import { LegalStatusSelect, PlacementFields } from '../components/care-fields';
import { CareFormPage, ReloadedNotice, type ReloadableForm } from '../components/care-loader';
import { checkWith, fullName, isLookedAfter, lastPeriod, problemErrors } from '../lib/care-format';

const TITLE = 'Record a change of placement or legal status';
const FIELD_ORDER = [
  'date',
  'reasonForNewEpisode',
  'legalStatus',
  'placementType',
  'placementDescription',
];
const FIELD_IDS: Record<string, string> = { date: 'date-day' };
/** Every RNE but S (which starts a period of care). */
const CHANGES = REASONS_FOR_NEW_EPISODE.filter((reason) => reason.code !== 'S');
const changeFields = careEventBodySchema.options[0].shape;

function ChangeForm({ record, form }: { record: CareRecord; form: ReloadableForm }) {
  const today = useToday();
  const navigate = useNavigate();
  const recordEvent = useRecordCareEvent();
  const submission = useFormSubmission();
  const { errors } = submission;
  // The version this form started from: a save over someone else's change is a conflict.
  const [version] = useState(record.version);
  const [date, setDate] = useState({ ...emptyDateInput });
  const [reason, setReason] = useState('');
  const [legalStatus, setLegalStatus] = useState(record.legalStatus);
  const [placement, setPlacement] = useState({
    type: record.placement.type,
    description: record.placement.description,
  });
  const dirty =
    Object.values(date).some((part) => part !== '') ||
    reason !== '' ||
    legalStatus !== record.legalStatus ||
    placement.type !== record.placement.type ||
    placement.description !== record.placement.description;
  const { blocker, allowLeaving } = useLeaveGuard(dirty);
  const period = lastPeriod(record);
  const inCare = isLookedAfter(record);
  const notice = inCare ? ruleSetChangeNotice(period, legalStatus) : null;
  const episodes = record.periods.flatMap((each) => each.episodes);

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const typed = checkDate(date, { label: 'The date of the change' });
    if (typed.error !== null) clientErrors.date = typed.error;
    const changed = changeCare(
      episodes,
      { date: typed.iso, reasonForNewEpisode: reason, legalStatus, placementType: placement.type },
      { dateOfBirth: record.dateOfBirth, today },
    );
    if (!changed.ok) {
      for (const [field, message] of Object.entries(problemErrors(changed.problems))) {
        clientErrors[field] ??= message;
      }
    }
    const description = checkWith(changeFields.placementDescription, placement.description);
    if (description.error !== null) clientErrors.placementDescription = description.error;
    await submission.submit(clientErrors, async () => {
      const saved = await recordEvent.mutateAsync({
        childId: record.id,
        body: {
          kind: 'change',
          date: typed.iso ?? '',
          reasonForNewEpisode: reason,
          legalStatus,
          placementType: placement.type,
          placementDescription: description.value ?? '',
          version,
        },
      });
      allowLeaving();
      await navigate(paths.careRecord(saved.id), {
        state: {
          banner: `Change recorded from ${formatDate(typed.iso ?? '')}: ${describeCode('reasonForNewEpisode', reason)}`,
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
      idFor={(path) => FIELD_IDS[path] ?? path}
      onSubmit={onSubmit}
      submitLabel="Save the change"
      cancelHref={paths.careRecord(record.id)}
      blocker={blocker}
      onReload={form.onReload}
      notice={<ReloadedNotice reloaded={form.reloaded} />}
      intro={
        <>
          {inCare ? (
            <p className="govuk-body">
              Now: {describeCode('legalStatus', record.legalStatus)}; {record.placement.description}{' '}
              ({describeCode('placementType', record.placement.type)}).
            </p>
          ) : (
            <InsetText>
              The child is not looked after: they left care
              {record.care.leftCare === null ? '' : ` on ${formatDate(record.care.leftCare.on)}`}.
              Record a return to care instead.
            </InsetText>
          )}
          <p className="govuk-body">
            The current episode ends on the date of the change and a new one begins the same day.
            The period of care goes on, and so does its review clock
            {record.nextReview === null
              ? '.'
              : `: the next review is still due on ${formatDate(record.nextReview.due)} (${record.nextReview.reason}).`}
          </p>
        </>
      }
    >
      <DateField
        id="date"
        legend="Date of the change"
        legendSize="m"
        error={errors.date}
        value={date}
        onChange={setDate}
      />
      <Radios
        name="reasonForNewEpisode"
        legend="What changed?"
        legendSize="m"
        hint="The reason for the new episode (SSDA903 RNE)."
        error={errors.reasonForNewEpisode}
        value={reason}
        onChange={setReason}
        items={CHANGES.map((change) => ({
          value: change.code,
          text: change.description,
          hint: `Code ${change.code}`,
        }))}
      />
      <h2 className="govuk-heading-m">After the change</h2>
      <LegalStatusSelect
        label="New legal status"
        hint="The same as now unless the legal status changed."
        value={legalStatus}
        error={errors.legalStatus}
        onChange={setLegalStatus}
      />
      <div aria-live="polite">{notice !== null && <WarningText>{notice}</WarningText>}</div>
      <PlacementFields
        typeLabel="New placement type"
        values={placement}
        errors={errors}
        onChange={setPlacement}
      />
    </FormPage>
  );
}

/** Route: paths.careChangePattern ('/care/children/:childId/change'). */
export function RecordChangePage() {
  return (
    <CareFormPage title={TITLE}>
      {(record, form) => <ChangeForm record={record} form={form} />}
    </CareFormPage>
  );
}
