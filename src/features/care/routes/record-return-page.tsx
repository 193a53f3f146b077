import { DateField, InsetText } from '@/components';
import { formatDate, startCare } from '@/domain';
import { careEventBodySchema, type CareRecord } from '@/lib/api/schemas';
import { LegalStatusSelect, PlacementFields } from '../components/care-fields';
import { CareFormPage, CareRecordForm, type ReloadableForm } from '../components/care-loader';
import { checkWith, isLookedAfter } from '../lib/care-format';
import { useCareEventForm } from '../lib/use-care-event-form';

const TITLE = 'Record a return to care';
const FIELD_ORDER = ['date', 'legalStatus', 'placementType', 'placementDescription'];
const returnFields = careEventBodySchema.options[2].shape;

function ReturnForm({ record, form }: { record: CareRecord; form: ReloadableForm }) {
  const { page, errors, date, setDate, fields, setFields, checkEvent, save } = useCareEventForm(
    record,
    form,
    {
      title: TITLE,
      fieldOrder: FIELD_ORDER,
      draftForm: 'record-return',
      initial: { legalStatus: '', placement: { type: '', description: '' } },
    },
  );
  const { legalStatus, placement } = fields;
  const leftCare = record.care.leftCare;

  async function onSubmit() {
    const { clientErrors, iso } = checkEvent(
      'The date the child became looked after',
      (on, episodes, context) =>
        startCare(episodes, { date: on, legalStatus, placementType: placement.type }, context),
    );
    const description = checkWith(returnFields.placementDescription, placement.description);
    if (description.error !== null) clientErrors.placementDescription = description.error;
    await save(
      clientErrors,
      {
        kind: 'return',
        date: iso,
        legalStatus,
        placementType: placement.type,
        placementDescription: description.value ?? '',
      },
      (saved) =>
        saved.nextReview === null
          ? `Return to care recorded from ${formatDate(iso)}`
          : `Return to care recorded from ${formatDate(iso)}: a new period of care, with the first review due on ${formatDate(saved.nextReview.due)}`,
    );
  }

  return (
    <CareRecordForm
      {...page}
      onSubmit={onSubmit}
      submitLabel="Save and start the review clock"
      intro={
        <>
          {isLookedAfter(record) ? (
            <InsetText>
              The child is looked after now. To record a new placement or legal status, record a
              change instead.
            </InsetText>
          ) : (
            leftCare !== null && (
              <p className="govuk-body">The child left care on {formatDate(leftCare.on)}.</p>
            )
          )}
          <p className="govuk-body">
            Coming back into care starts a new period of care. The review cycle starts again: the
            first review is due within 20 working days of the date the child became looked after
            again. The child’s last IRO stays with them if they are still working; otherwise a team
            manager allocates one.
          </p>
        </>
      }
    >
      <DateField
        id="date"
        legend="Date the child became looked after again"
        legendSize="m"
        error={errors.date}
        value={date}
        onChange={setDate}
      />
      <LegalStatusSelect
        value={legalStatus}
        error={errors.legalStatus}
        onChange={(value) => {
          setFields({ legalStatus: value });
        }}
      />
      <PlacementFields
        values={placement}
        errors={errors}
        onChange={(value) => {
          setFields({ placement: value });
        }}
      />
    </CareRecordForm>
  );
}

/** Route: paths.careReturnPattern ('/care/children/:childId/return'). */
export function RecordReturnPage() {
  return (
    <CareFormPage title={TITLE}>
      {(record, form) => <ReturnForm record={record} form={form} />}
    </CareFormPage>
  );
}
