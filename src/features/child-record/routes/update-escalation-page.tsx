import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  checkDate,
  DateField,
  emptyDateInput,
  EscalationStageAge,
  FormPage,
  InsetText,
  Radios,
  SummaryList,
  Textarea,
} from '@/components';
import {
  CAFCASS_REFERRAL_DATE_LABEL,
  escalationChangeProblems,
  formatDate,
  type EscalationChange,
} from '@/domain';
import {
  ESCALATION_ACTION_MISSING,
  type ChildDetail,
  type ChildEscalation,
} from '@/lib/api/schemas';
import { checkText } from '@/lib/forms/text';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useCurrentUser, useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useUpdateEscalation } from '../api/update-escalation';
import { CafcassReferralFields } from '../components/cafcass-referral-fields';
import {
  BackToChildRecord,
  ChildFormPage,
  isAllocatedIro,
  NotAllocated,
} from '../components/child-loader';
import { STAGE_LABELS } from '../lib/escalation-labels';

const TITLE = 'Update an escalation';
const NOTE_LIMIT = 2000;
const FIELD_ORDER = [
  'action',
  'resolvedOn',
  'outcome',
  'on',
  'note',
  'cafcassReferredOn',
  'cafcassNote',
];
const FIELD_IDS: Record<string, string> = {
  action: 'action',
  resolvedOn: 'resolvedOn-day',
  outcome: 'outcome',
  on: 'on-day',
  note: 'note',
  cafcassReferredOn: 'cafcassReferredOn-day',
  cafcassNote: 'cafcassNote',
};

function UpdateEscalationForm({
  child,
  escalation,
  reload,
  reloaded,
  resolveOnly,
}: {
  child: ChildDetail;
  escalation: ChildEscalation;
  reload: () => Promise<void>;
  reloaded: boolean;
  /** A team manager (not the allocated IRO) may resolve, as the backend allows, and no more. */
  resolveOnly: boolean;
}) {
  const today = useToday();
  const navigate = useNavigate();
  const update = useUpdateEscalation();
  const [action, setAction] = useState('');
  const [resolvedOn, setResolvedOn] = useState({ ...emptyDateInput });
  const [outcome, setOutcome] = useState('');
  const [on, setOn] = useState({ ...emptyDateInput });
  const [note, setNote] = useState('');
  const [referredOn, setReferredOn] = useState({ ...emptyDateInput });
  const [referralNote, setReferralNote] = useState('');
  const submission = useFormSubmission();
  const { errors } = submission;
  const dirty =
    action !== '' ||
    outcome !== '' ||
    note !== '' ||
    referralNote !== '' ||
    [resolvedOn, on, referredOn].some((date) => Object.values(date).some((part) => part !== ''));
  const { blocker, allowLeaving } = useLeaveGuard(dirty);
  const canAdvance = escalation.stage < 3;
  // At any stage, once: a case already referred cannot be referred again.
  const alreadyReferredOn = escalation.cafcassReferredOn;

  /** The domain's rules for the change (the backend runs the same), by field. */
  const changeProblems = (change: EscalationChange): FieldErrors =>
    Object.fromEntries(
      escalationChangeProblems(escalation, change, today).map((p) => [p.field, p.message]),
    );

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    if (action === 'resolve') {
      const date = checkDate(resolvedOn, {
        label: 'Date the escalation was resolved',
        required: true,
      });
      Object.assign(clientErrors, changeProblems({ action: 'resolve', resolvedOn: date.iso }));
      if (date.error) clientErrors.resolvedOn = date.error;
      if (outcome.trim() === '') clientErrors.outcome = 'Enter the outcome of the escalation';
      await submission.submit(clientErrors, async () => {
        await update.mutateAsync({
          escalationId: escalation.id,
          body: {
            action: 'resolve',
            version: escalation.version,
            resolvedOn: date.iso ?? '',
            outcome: outcome.trim(),
          },
        });
        allowLeaving();
        await navigate(paths.child(child.id), { state: { banner: 'Escalation resolved' } });
      });
      return;
    }
    if (action === 'advance') {
      const date = checkDate(on, {
        label: 'Date the escalation moved to the next stage',
        required: true,
      });
      Object.assign(clientErrors, changeProblems({ action: 'advance', on: date.iso }));
      if (date.error) clientErrors.on = date.error;
      if (note.trim() === '') {
        clientErrors.note = 'Enter why the escalation is moving to the next stage';
      }
      await submission.submit(clientErrors, async () => {
        const updated = await update.mutateAsync({
          escalationId: escalation.id,
          body: {
            action: 'advance',
            version: escalation.version,
            on: date.iso ?? '',
            note: note.trim(),
          },
        });
        allowLeaving();
        await navigate(paths.child(child.id), {
          state: { banner: `Escalation moved to stage ${updated.stage}` },
        });
      });
      return;
    }
    if (action === 'refer-to-cafcass') {
      const date = checkDate(referredOn, { label: CAFCASS_REFERRAL_DATE_LABEL, required: true });
      const checkedNote = checkText(referralNote, {
        label: 'Note on the referral to Cafcass',
        limit: NOTE_LIMIT,
      });
      Object.assign(
        clientErrors,
        changeProblems({ action: 'refer-to-cafcass', cafcassReferredOn: date.iso }),
      );
      if (date.error) clientErrors.cafcassReferredOn = date.error;
      if (checkedNote.error) clientErrors.cafcassNote = checkedNote.error;
      await submission.submit(clientErrors, async () => {
        const cafcassReferredOn = date.iso ?? '';
        await update.mutateAsync({
          escalationId: escalation.id,
          body: {
            action: 'refer-to-cafcass',
            version: escalation.version,
            cafcassReferredOn,
            cafcassNote: checkedNote.text === '' ? null : checkedNote.text,
          },
        });
        allowLeaving();
        await navigate(paths.child(child.id), {
          state: { banner: `Referral to Cafcass recorded on ${formatDate(cafcassReferredOn)}` },
        });
      });
      return;
    }
    clientErrors.action = ESCALATION_ACTION_MISSING;
    await submission.submit(clientErrors, () => Promise.resolve());
  }

  return (
    <FormPage
      caption="Child record"
      title={TITLE}
      submission={submission}
      fieldOrder={FIELD_ORDER}
      idFor={(path) => FIELD_IDS[path]}
      onSubmit={onSubmit}
      submitLabel="Save"
      cancelHref={paths.child(child.id)}
      blocker={blocker}
      onReload={reload}
      notice={reloaded && <InsetText>This page now shows the escalation as it is now.</InsetText>}
      intro={
        <SummaryList
          rows={[
            {
              key: 'Stage',
              value: (
                <>
                  {STAGE_LABELS[escalation.stage].text}
                  {escalation.age !== null && (
                    <EscalationStageAge
                      since={escalation.age.stageReachedOn}
                      workingDaysAtStage={escalation.age.workingDaysAtStage}
                      targetWorkingDays={escalation.age.limitWorkingDays}
                      pastTarget={escalation.age.stagePastTarget}
                    />
                  )}
                </>
              ),
            },
            { key: 'Raised', value: formatDate(escalation.raisedOn) },
            { key: 'Reason', value: escalation.reason },
            {
              key: 'Referred to Cafcass',
              value:
                alreadyReferredOn === null
                  ? 'Not referred'
                  : `Referred on ${formatDate(alreadyReferredOn)}`,
            },
          ]}
        />
      }
    >
      <Radios
        name="action"
        legend="What has happened?"
        legendSize="m"
        error={errors.action}
        value={action}
        onChange={setAction}
        items={[
          {
            value: 'resolve',
            text: 'The escalation is resolved',
            conditional: (
              <>
                <DateField
                  id="resolvedOn"
                  legend="Date the escalation was resolved"
                  legendSize="s"
                  error={errors.resolvedOn}
                  value={resolvedOn}
                  onChange={setResolvedOn}
                />
                <Textarea
                  id="outcome"
                  label="Outcome"
                  rows={3}
                  error={errors.outcome}
                  value={outcome}
                  onChange={(event) => {
                    setOutcome(event.target.value);
                  }}
                />
              </>
            ),
          },
          {
            value: 'advance',
            text: canAdvance
              ? `It is moving to stage ${escalation.stage + 1}`
              : 'It cannot move on: stage 3 is the last stage',
            disabled: !canAdvance,
            conditional: canAdvance ? (
              <>
                <DateField
                  id="on"
                  legend="Date the escalation moved to the next stage"
                  legendSize="s"
                  error={errors.on}
                  value={on}
                  onChange={setOn}
                />
                <Textarea
                  id="note"
                  label="Why is it moving to the next stage?"
                  rows={3}
                  error={errors.note}
                  value={note}
                  onChange={(event) => {
                    setNote(event.target.value);
                  }}
                />
              </>
            ) : undefined,
          },
          {
            value: 'refer-to-cafcass',
            text:
              alreadyReferredOn === null
                ? 'The child’s case has been referred to Cafcass'
                : `The child’s case was referred to Cafcass on ${formatDate(alreadyReferredOn)}`,
            hint:
              alreadyReferredOn === null
                ? `At any stage: the escalation stays at stage ${escalation.stage} and open.`
                : 'A case is referred once.',
            disabled: alreadyReferredOn !== null,
            conditional:
              alreadyReferredOn === null ? (
                <CafcassReferralFields
                  errors={errors}
                  referredOn={referredOn}
                  onReferredOnChange={setReferredOn}
                  note={referralNote}
                  onNoteChange={setReferralNote}
                />
              ) : undefined,
          },
        ].filter((item) => !resolveOnly || item.value === 'resolve')}
      />
    </FormPage>
  );
}

function EscalationNotOpen({
  childId,
  resolvedOn,
}: {
  childId: string;
  resolvedOn: string | null;
}) {
  useDocumentTitle(TITLE);
  return (
    <>
      <h1 className="govuk-heading-l">
        {resolvedOn ? 'Escalation resolved' : 'Escalation not found'}
      </h1>
      {resolvedOn && (
        <p className="govuk-body">This escalation was resolved on {formatDate(resolvedOn)}.</p>
      )}
      <BackToChildRecord childId={childId} />
    </>
  );
}

/** Route: '/children/:childId/escalations/:escalationId' (see lib/child-paths.ts). */
export function UpdateEscalationPage() {
  const { escalationId = '' } = useParams();
  const user = useCurrentUser();
  const [reloaded, setReloaded] = useState(false);
  return (
    <ChildFormPage title={TITLE}>
      {(child, reload) => {
        const escalation = child.escalations.find((candidate) => candidate.id === escalationId);
        if (escalation === undefined || escalation.resolvedOn !== null) {
          return (
            <EscalationNotOpen childId={child.id} resolvedOn={escalation?.resolvedOn ?? null} />
          );
        }
        const resolveOnly = !isAllocatedIro(user, child) && user.role === 'team-manager';
        if (!isAllocatedIro(user, child) && !resolveOnly) {
          return <NotAllocated child={child} what="update an escalation" title={TITLE} />;
        }
        return (
          <UpdateEscalationForm
            key={`${escalation.id}-${escalation.version}`}
            child={child}
            escalation={escalation}
            reloaded={reloaded}
            resolveOnly={resolveOnly}
            reload={async () => {
              await reload();
              setReloaded(true);
            }}
          />
        );
      }}
    </ChildFormPage>
  );
}
