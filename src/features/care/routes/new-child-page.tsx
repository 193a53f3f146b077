import { useState } from 'react';
import { useNavigate } from 'react-router';
import { BackLink, checkDate, DateField, emptyDateInput, FormPage, Input } from '@/components';
import { formatDate, startCare } from '@/domain';
import { createChildBodySchema, type CreateChildBody } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useCurrentUser, useToday } from '@/lib/session';
import { useCreateChild } from '../api/care-mutations';
import {
  ChildFields,
  LegalStatusSelect,
  PlacementFields,
  SocialWorkerFields,
  type ChildFieldValues,
} from '../components/care-fields';
import { checkChildFields, checkPlacementAndSocialWorker } from '../lib/care-checks';
import { addError, addProblems, checkWith, fullName } from '../lib/care-format';

const TITLE = 'Record a child becoming looked after';
const FIELD_ORDER = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'sex',
  'childRef',
  'becameLookedAfterOn',
  'legalStatus',
  'placementType',
  'placementDescription',
  'socialWorker.name',
  'socialWorker.team',
];
const FIELD_IDS: Record<string, string> = {
  dateOfBirth: 'dateOfBirth-day',
  becameLookedAfterOn: 'becameLookedAfterOn-day',
  'socialWorker.name': 'socialWorker-name',
  'socialWorker.team': 'socialWorker-team',
};
const fields = createChildBodySchema.shape;

/** Route: paths.careNewChild ('/care/new'). Team managers and business support. */
export function NewChildPage() {
  const today = useToday();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const createChild = useCreateChild();
  const submission = useFormSubmission();
  const { errors } = submission;
  const [child, setChild] = useState<ChildFieldValues>({
    givenName: '',
    familyName: '',
    dateOfBirth: { ...emptyDateInput },
    sex: '',
  });
  const [childRef, setChildRef] = useState('');
  const [lookedAfterOn, setLookedAfterOn] = useState({ ...emptyDateInput });
  const [legalStatus, setLegalStatus] = useState('');
  const [placement, setPlacement] = useState({ type: '', description: '' });
  const [socialWorker, setSocialWorker] = useState({ name: '', team: '' });
  const dirty =
    [child.givenName, child.familyName, child.sex, childRef, legalStatus].some((v) => v !== '') ||
    [placement.type, placement.description, socialWorker.name, socialWorker.team].some(
      (v) => v !== '',
    ) ||
    [child.dateOfBirth, lookedAfterOn].some((date) => Object.values(date).some((p) => p !== ''));
  const { blocker, allowLeaving } = useLeaveGuard(dirty);

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const checked = checkChildFields(fields, child, today, clientErrors);
    const ref = checkWith(fields.childRef, childRef);
    addError(clientErrors, 'childRef', ref);
    const date = checkDate(lookedAfterOn, { label: 'The date the child became looked after' });
    addError(clientErrors, 'becameLookedAfterOn', date);
    const started = startCare(
      [],
      { date: date.iso, legalStatus, placementType: placement.type },
      { dateOfBirth: checked.dateOfBirth, today },
    );
    if (!started.ok) {
      addProblems(clientErrors, started.problems, { date: 'becameLookedAfterOn' });
    }
    const placementAndSocialWorker = checkPlacementAndSocialWorker(
      fields,
      { placementDescription: placement.description, socialWorker },
      clientErrors,
    );
    await submission.submit(clientErrors, async () => {
      const body: CreateChildBody = {
        childRef: ref.value ?? '',
        ...checked.body,
        becameLookedAfterOn: date.iso ?? '',
        legalStatus,
        placementType: placement.type,
        ...placementAndSocialWorker,
      };
      const record = await createChild.mutateAsync(body);
      allowLeaving();
      await navigate(paths.careRecord(record.id), {
        state: {
          banner: `${fullName(record)} recorded as looked after from ${formatDate(body.becameLookedAfterOn)}`,
        },
      });
    });
  }

  return (
    <>
      <BackLink href={user.role === 'team-manager' ? paths.allocationQueue : paths.booking}>
        {user.role === 'team-manager'
          ? 'Back to children awaiting an IRO'
          : 'Back to the booking queue'}
      </BackLink>
      <FormPage
        caption="Care"
        title={TITLE}
        submission={submission}
        fieldOrder={FIELD_ORDER}
        idFor={(path) => FIELD_IDS[path] ?? path}
        onSubmit={onSubmit}
        submitLabel="Save and start the review clock"
        cancelHref={user.role === 'team-manager' ? paths.allocationQueue : paths.booking}
        blocker={blocker}
        intro={
          <p className="govuk-body">
            The first review is due within 20 working days of the date the child became looked after
            (the day itself is day 0; weekends and bank holidays do not count). A team manager then
            allocates an IRO.
          </p>
        }
      >
        <h2 className="govuk-heading-m">The child</h2>
        <ChildFields values={child} errors={errors} onChange={setChild} />
        <Input
          id="childRef"
          label="Council reference"
          hint="The child’s reference in the case management system, for example LA123456."
          width={20}
          autoComplete="off"
          spellCheck={false}
          error={errors.childRef}
          value={childRef}
          onChange={(event) => {
            setChildRef(event.target.value);
          }}
        />
        <h2 className="govuk-heading-m">Becoming looked after</h2>
        <DateField
          id="becameLookedAfterOn"
          legend="Date the child became looked after"
          legendSize="s"
          error={errors.becameLookedAfterOn}
          value={lookedAfterOn}
          onChange={setLookedAfterOn}
        />
        <LegalStatusSelect
          value={legalStatus}
          error={errors.legalStatus}
          onChange={setLegalStatus}
        />
        <PlacementFields values={placement} errors={errors} onChange={setPlacement} />
        <SocialWorkerFields values={socialWorker} errors={errors} onChange={setSocialWorker} />
      </FormPage>
    </>
  );
}
