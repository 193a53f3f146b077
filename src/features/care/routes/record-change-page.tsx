import { DateField, InsetText, Radios, WarningText } from '@/components';
import {
  changeCare,
  describeCode,
  formatDate,
  REASONS_FOR_NEW_EPISODE,
  ruleSetChangeNotice,
} from '@/domain';
import { careEventBodySchema, type CareRecord } from '@/lib/api/schemas';
import { LegalStatusSelect, PlacementFields } from '../components/care-fields';
import { CareFormPage, CareRecordForm, type ReloadableForm } from '../components/care-loader';
import { checkWith, isLookedAfter, lastPeriod } from '../lib/care-format';
import { useCareEventForm } from '../lib/use-care-event-form';

const TITLE = 'Record a change of placement or legal status';
const FIELD_ORDER = [
  'date',
  'reasonForNewEpisode',
  'legalStatus',
  'placementType',
  'placementDescription',
];
/** Every RNE but S (which starts a period of care). */
const CHANGES = REASONS_FOR_NEW_EPISODE.filter((reason) => reason.code !== 'S');
const changeFields = careEventBodySchema.options[0].shape;

function ChangeForm({ record, form }: { record: CareRecord; form: ReloadableForm }) {
  const { page, errors, date, setDate, fields, setFields, checkEvent, save } = useCareEventForm(
    record,
    form,
    {
      title: TITLE,
      fieldOrder: FIELD_ORDER,
      draftForm: 'record-care-change',
      initial: {
        reason: '',
        legalStatus: record.legalStatus,
        placement: { type: record.placement.type, description: record.placement.description },
      },
    },
  );
  const { reason, legalStatus, placement } = fields;
  const period = lastPeriod(record);
  const inCare = isLookedAfter(record);
  const notice = inCare ? ruleSetChangeNotice(period, legalStatus) : null;

  async function onSubmit() {
    const { clientErrors, iso } = checkEvent('The date of the change', (on, episodes, context) =>
      changeCare(
        episodes,
        { date: on, reasonForNewEpisode: reason, legalStatus, placementType: placement.type },
        context,
      ),
    );
    const description = checkWith(changeFields.placementDescription, placement.description);
    if (description.error !== null) clientErrors.placementDescription = description.error;
    await save(
      clientErrors,
      {
        kind: 'change',
        date: iso,
        reasonForNewEpisode: reason,
        legalStatus,
        placementType: placement.type,
        placementDescription: description.value ?? '',
      },
      () =>
        `Change recorded from ${formatDate(iso)}: ${describeCode('reasonForNewEpisode', reason)}`,
    );
  }

  return (
    <CareRecordForm
      {...page}
      onSubmit={onSubmit}
      submitLabel="Save the change"
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
        onChange={(value) => {
          setFields({ reason: value });
        }}
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
        onChange={(value) => {
          setFields({ legalStatus: value });
        }}
      />
      <div aria-live="polite">{notice !== null && <WarningText>{notice}</WarningText>}</div>
      <PlacementFields
        typeLabel="New placement type"
        values={placement}
        errors={errors}
        onChange={(value) => {
          setFields({ placement: value });
        }}
      />
    </CareRecordForm>
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
