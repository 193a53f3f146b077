import { useState } from 'react';
import { useNavigate } from 'react-router';
import { BackLink, checkDate, DateField, emptyDateInput, FormPage, Input } from '@/components';
import { formatDate, startCare } from '@/domain';
import { createChildBodySchema, sexSchema, type CreateChildBody } from '@/lib/api/schemas';
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
import { checkWith, fullName, problemErrors } from '../lib/care-format';

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
    const check = (field: string, result: { error: string | null }) => {
      if (result.error !== null) clientErrors[field] ??= result.error;
    };
    const givenName = checkWith(fields.givenName, child.givenName);
    const familyName = checkWith(fields.familyName, child.familyName);
    check('givenName', givenName);
    check('familyName', familyName);
    const dateOfBirth = checkDate(child.dateOfBirth, {
      label: 'Date of birth',
      required: true,
      notAfter: today,
    });
    check('dateOfBirth', dateOfBirth);
    const sex = checkWith(sexSchema, child.sex);
    check('sex', sex);
    const ref = checkWith(fields.childRef, childRef);
    check('childRef', ref);
    const date = checkDate(lookedAfterOn, { label: 'The date the child became looked after' });
    check('becameLookedAfterOn', date);
    const started = startCare(
      [],
      { date: date.iso, legalStatus, placementType: placement.type },
      { dateOfBirth: dateOfBirth.error === null ? dateOfBirth.iso : null, today },
    );
    if (!started.ok) {
      for (const [field, message] of Object.entries(
        problemErrors(started.problems, { date: 'becameLookedAfterOn' }),
      )) {
        clientErrors[field] ??= message;
      }
    }
    const description = checkWith(fields.placementDescription, placement.description);
    check('placementDescription', description);
    const swName = checkWith(fields.socialWorker.shape.name, socialWorker.name);
    const swTeam = checkWith(fields.socialWorker.shape.team, socialWorker.team);
    check('socialWorker.name', swName);
    check('socialWorker.team', swTeam);
    await submission.submit(clientErrors, async () => {
      const body: CreateChildBody = {
        childRef: ref.value ?? '',
        givenName: givenName.value ?? '',
        familyName: familyName.value ?? '',
        dateOfBirth: dateOfBirth.iso ?? '',
        sex: sex.value ?? '1',
        becameLookedAfterOn: date.iso ?? '',
        legalStatus,
        placementType: placement.type,
        placementDescription: description.value ?? '',
        socialWorker: { name: swName.value ?? '', team: swTeam.value ?? '' },
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
