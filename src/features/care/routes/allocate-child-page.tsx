import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AcceptClashesField, ErrorState, FormPage, LoadingState, Radios } from '@/components';
import { ACCEPT_CLASHES_FIELD, formatDate } from '@/domain';
import { isApiError } from '@/lib/api/client';
import type { CareRecord, StaffWithCaseload } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { paths } from '@/lib/paths';
import { useStaff } from '@/lib/queries/get-staff';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAllocateChild } from '../api/care-mutations';
import { CareFormPage, ReloadedNotice, type ReloadableForm } from '../components/care-loader';
import { fullName } from '../lib/care-format';

const TITLE = 'Allocate an IRO';
const POSITION_WORDS = { below: 'below', within: 'within', above: 'above' } as const;

/** 'Hannah Okoye: 74 children (band 50 to 70, above)'. */
export function caseloadText(iro: StaffWithCaseload): string {
  const caseload = iro.caseload;
  if (caseload === null) return iro.name;
  const children = `${caseload.total} ${caseload.total === 1 ? 'child' : 'children'}`;
  return `${children} (band ${caseload.band.min} to ${caseload.band.max}, ${POSITION_WORDS[caseload.bandPosition]})`;
}

function AlreadyAllocated({ record }: { record: CareRecord }) {
  useDocumentTitle(TITLE);
  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        {record.care.status === 'left-care'
          ? `${fullName(record)} has left care: nobody needs to be allocated.`
          : `${fullName(record)} already has an IRO: ${record.iroName ?? 'not known'}.`}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.allocationQueue}>
          Back to children awaiting an IRO
        </Link>
      </p>
    </>
  );
}

function AllocateForm({
  record,
  iros,
  form,
}: {
  record: CareRecord;
  iros: StaffWithCaseload[];
  form: ReloadableForm;
}) {
  const navigate = useNavigate();
  const allocate = useAllocateChild();
  const submission = useFormSubmission();
  const [version] = useState(record.version);
  const [iroId, setIroId] = useState('');
  // A meeting booked for the child would overlap one of the chosen IRO's: the backend says so
  // (422 on acceptClashes) and the manager may confirm, until they choose another IRO.
  const [clashWarned, setClashWarned] = useState(false);
  const [acceptClashes, setAcceptClashes] = useState(false);
  const allocation = record.allocation;

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const iro = iros.find((each) => each.id === iroId);
    if (iro === undefined) clientErrors.iroId = 'Select the IRO to allocate the child to';
    await submission.submit(clientErrors, async () => {
      try {
        await allocate.mutateAsync({
          childId: record.id,
          body: { iroId, version, acceptClashes: clashWarned && acceptClashes },
        });
      } catch (error) {
        setClashWarned(isApiError(error) && ACCEPT_CLASHES_FIELD in error.fieldErrors);
        setAcceptClashes(false);
        throw error;
      }
      await navigate(paths.allocationQueue, {
        state: { banner: `${fullName(record)} allocated to ${iro?.name ?? 'the IRO'}` },
      });
    });
  }

  return (
    <FormPage
      caption={fullName(record)}
      title={TITLE}
      submission={submission}
      fieldOrder={['iroId', ACCEPT_CLASHES_FIELD]}
      idFor={(field) => (field === ACCEPT_CLASHES_FIELD ? ACCEPT_CLASHES_FIELD : 'iroId')}
      onSubmit={onSubmit}
      submitLabel="Allocate"
      cancelHref={paths.allocationQueue}
      onReload={form.onReload}
      notice={<ReloadedNotice reloaded={form.reloaded} />}
      intro={
        <>
          {allocation !== null && (
            <p className="govuk-body">
              {allocation.reason}.{allocation.late ? ' This allocation is late.' : ''}
            </p>
          )}
          {record.nextReview !== null && (
            <p className="govuk-body">
              The first review is due on {formatDate(record.nextReview.due)} (
              {record.nextReview.reason}).
            </p>
          )}
        </>
      }
    >
      <Radios
        name="iroId"
        legend="Which IRO?"
        legendSize="m"
        hint="Each IRO’s caseload now, against their band (the council’s band per full-time IRO, scaled by their hours)."
        error={submission.errors.iroId}
        value={iroId}
        onChange={(value) => {
          setClashWarned(false);
          setAcceptClashes(false);
          setIroId(value);
        }}
        items={iros.map((iro) => ({
          value: iro.id,
          text: iro.name,
          hint: caseloadText(iro),
        }))}
      />
      {clashWarned && (
        <AcceptClashesField
          checked={acceptClashes}
          onChange={setAcceptClashes}
          error={submission.errors[ACCEPT_CLASHES_FIELD]}
          hint="The meeting moves to the IRO as booked; the team calendar marks the clash until it is rearranged."
        />
      )}
    </FormPage>
  );
}

function WithIros({ record, form }: { record: CareRecord; form: ReloadableForm }) {
  const awaiting = record.iroId === null && record.care.status === 'looked-after';
  const staff = useStaff(awaiting);
  if (!awaiting) {
    return <AlreadyAllocated record={record} />;
  }
  if (staff.isPending) return <LoadingState label="Loading the IROs" />;
  if (staff.isError) {
    return (
      <ErrorState message="The IROs could not be loaded." onRetry={() => void staff.refetch()} />
    );
  }
  const iros = staff.data.filter((member) => member.role === 'iro' && member.active);
  return <AllocateForm record={record} iros={iros} form={form} />;
}

/** Route: paths.allocateChildPattern ('/care/allocation/:childId'). Team managers. */
export function AllocateChildPage() {
  return (
    <CareFormPage
      title={TITLE}
      back={{ href: paths.allocationQueue, text: 'Back to children awaiting an IRO' }}
    >
      {(record, form) => <WithIros record={record} form={form} />}
    </CareFormPage>
  );
}
