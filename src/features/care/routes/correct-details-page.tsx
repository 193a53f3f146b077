import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Input, isoToDateInput } from '@/components';
import { describeCode } from '@/domain';
import { updateChildDetailsBodySchema, type CareRecord } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useUpdateChildDetails } from '../api/care-mutations';
import { ChildFields, SocialWorkerFields, type ChildFieldValues } from '../components/care-fields';
import { CareFormPage, CareRecordForm, type ReloadableForm } from '../components/care-loader';
import { checkChildFields, checkPlacementAndSocialWorker } from '../lib/care-checks';
import { fullName } from '../lib/care-format';

const TITLE = 'Correct the child’s details';
const FIELD_ORDER = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'sex',
  'placementDescription',
  'socialWorker.name',
  'socialWorker.team',
];
const FIELD_IDS: Record<string, string> = {
  dateOfBirth: 'dateOfBirth-day',
  'socialWorker.name': 'socialWorker-name',
  'socialWorker.team': 'socialWorker-team',
};
const fields = updateChildDetailsBodySchema.shape;

function childValues(record: CareRecord): ChildFieldValues {
  return {
    givenName: record.givenName,
    familyName: record.familyName,
    dateOfBirth: isoToDateInput(record.dateOfBirth),
    sex: record.sex ?? '',
  };
}

function DetailsForm({ record, form }: { record: CareRecord; form: ReloadableForm }) {
  const today = useToday();
  const navigate = useNavigate();
  const update = useUpdateChildDetails();
  const submission = useFormSubmission();
  const { errors } = submission;
  // What the form started from: a save over someone else's change is a conflict (409).
  const [start] = useState(() => ({
    version: record.version,
    child: childValues(record),
    placement: record.placement.description,
    socialWorker: { ...record.socialWorker },
  }));
  const [child, setChild] = useState(start.child);
  const [placement, setPlacement] = useState(start.placement);
  const [socialWorker, setSocialWorker] = useState(start.socialWorker);
  const dirty =
    JSON.stringify([child, placement, socialWorker]) !==
    JSON.stringify([start.child, start.placement, start.socialWorker]);
  const { blocker, allowLeaving } = useLeaveGuard(dirty);

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const checked = checkChildFields(fields, child, today, clientErrors);
    const placementAndSocialWorker = checkPlacementAndSocialWorker(
      fields,
      { placementDescription: placement, socialWorker },
      clientErrors,
    );
    await submission.submit(clientErrors, async () => {
      const result = await update.mutateAsync({
        childId: record.id,
        body: {
          ...checked.body,
          ...placementAndSocialWorker,
          version: start.version,
        },
      });
      allowLeaving();
      await navigate(paths.careRecord(record.id), {
        state: {
          banner: `${fullName(result.care)}’s details saved`,
          participation: result.participationNoLongerFits.map((item) => item.message),
        },
      });
    });
  }

  return (
    <CareRecordForm
      record={record}
      form={form}
      title={TITLE}
      submission={submission}
      fieldOrder={FIELD_ORDER}
      idFor={(path) => FIELD_IDS[path] ?? path}
      onSubmit={onSubmit}
      submitLabel="Save the details"
      blocker={blocker}
      intro={
        <p className="govuk-body">
          A new date of birth checks again the participation code recorded at each review (PN0 is
          for a child under 4). The placement type and legal status change only with a care event:
          record a change of placement or legal status for those.
        </p>
      }
    >
      <ChildFields values={child} errors={errors} onChange={setChild} />
      <Input
        id="placementDescription"
        label="Placement"
        hint={`Where the child lives and with whom. Placement type: ${describeCode('placementType', record.placement.type)}.`}
        autoComplete="off"
        error={errors.placementDescription}
        value={placement}
        onChange={(event) => {
          setPlacement(event.target.value);
        }}
      />
      <SocialWorkerFields values={socialWorker} errors={errors} onChange={setSocialWorker} />
    </CareRecordForm>
  );
}

/** Route: paths.careDetailsPattern ('/care/children/:childId/details'). PATCH with version. */
export function CorrectDetailsPage() {
  return (
    <CareFormPage title={TITLE}>
      {(record, form) => <DetailsForm record={record} form={form} />}
    </CareFormPage>
  );
}
