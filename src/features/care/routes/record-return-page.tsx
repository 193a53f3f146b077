import { useState } from 'react';
import { useNavigate } from 'react-router';
import { checkDate, DateField, emptyDateInput, FormPage, InsetText } from '@/components';
import { formatDate, startCare } from '@/domain';
import { careEventBodySchema, type CareRecord } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useRecordCareEvent } from '../api/care-mutations';
import { LegalStatusSelect, PlacementFields } from '../components/care-fields';
import { CareFormPage, ReloadedNotice, type ReloadableForm } from '../components/care-loader';
import { checkWith, fullName, isLookedAfter, problemErrors } from '../lib/care-format';

const TITLE = 'Record a return to care';
const FIELD_ORDER = ['date', 'legalStatus', 'placementType', 'placementDescription'];
const FIELD_IDS: Record<string, string> = { date: 'date-day' };
const returnFields = careEventBodySchema.options[2].shape;

function ReturnForm({ record, form }: { record: CareRecord; form: ReloadableForm }) {
  const today = useToday();
  const navigate = useNavigate();
  const recordEvent = useRecordCareEvent();
  const submission = useFormSubmission();
  const { errors } = submission;
  const [version] = useState(record.version);
  const [date, setDate] = useState({ ...emptyDateInput });
  const [legalStatus, setLegalStatus] = useState('');
  const [placement, setPlacement] = useState({ type: '', description: '' });
  const dirty =
    Object.values(date).some((part) => part !== '') ||
    legalStatus !== '' ||
    placement.type !== '' ||
    placement.description !== '';
  const { blocker, allowLeaving } = useLeaveGuard(dirty);
  const leftCare = record.care.leftCare;

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const typed = checkDate(date, { label: 'The date the child became looked after' });
    if (typed.error !== null) clientErrors.date = typed.error;
    const started = startCare(
      record.periods.flatMap((period) => period.episodes),
      { date: typed.iso, legalStatus, placementType: placement.type },
      { dateOfBirth: record.dateOfBirth, today },
    );
    if (!started.ok) {
      for (const [field, message] of Object.entries(problemErrors(started.problems))) {
        clientErrors[field] ??= message;
      }
    }
    const description = checkWith(returnFields.placementDescription, placement.description);
    if (description.error !== null) clientErrors.placementDescription = description.error;
    await submission.submit(clientErrors, async () => {
      const saved = await recordEvent.mutateAsync({
        childId: record.id,
        body: {
          kind: 'return',
          date: typed.iso ?? '',
          legalStatus,
          placementType: placement.type,
          placementDescription: description.value ?? '',
          version,
        },
      });
      allowLeaving();
      await navigate(paths.careRecord(saved.id), {
        state: {
          banner:
            saved.nextReview === null
              ? `Return to care recorded from ${formatDate(typed.iso ?? '')}`
              : `Return to care recorded from ${formatDate(typed.iso ?? '')}: a new period of care, with the first review due on ${formatDate(saved.nextReview.due)}`,
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
      submitLabel="Save and start the review clock"
      cancelHref={paths.careRecord(record.id)}
      blocker={blocker}
      onReload={form.onReload}
      notice={<ReloadedNotice reloaded={form.reloaded} />}
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
      <LegalStatusSelect value={legalStatus} error={errors.legalStatus} onChange={setLegalStatus} />
      <PlacementFields values={placement} errors={errors} onChange={setPlacement} />
    </FormPage>
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
