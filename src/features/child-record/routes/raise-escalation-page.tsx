import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  CharacterCount,
  Checkboxes,
  checkDate,
  DateField,
  emptyDateInput,
  FormPage,
  Radios,
} from '@/components';
import { CAFCASS_REFERRAL_DATE_LABEL, escalationRaisedProblems, formatDate } from '@/domain';
import type { ChildDetail } from '@/lib/api/schemas';
import { checkText } from '@/lib/forms/text';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useFormDraft } from '@/lib/use-form-draft';
import { useRaiseEscalation } from '../api/raise-escalation';
import { CafcassReferralFields } from '../components/cafcass-referral-fields';
import { ChildFormPage } from '../components/child-loader';
import { STAGE_LABELS } from '../lib/escalation-labels';

const TITLE = 'Raise an escalation';
const REASON_LIMIT = 2000;
const NOTE_LIMIT = 2000;
const FIELD_ORDER = ['stage', 'reason', 'raisedOn', 'cafcassReferredOn', 'cafcassNote'];
const FIELD_IDS: Record<string, string> = {
  stage: 'stage',
  reason: 'reason',
  raisedOn: 'raisedOn-day',
  cafcassReferredOn: 'cafcassReferredOn-day',
  cafcassNote: 'cafcassNote',
};

const EMPTY_ESCALATION = {
  stage: '1',
  reason: '',
  raisedOn: { ...emptyDateInput },
  referred: false,
  referredOn: { ...emptyDateInput },
  note: '',
};

function EscalationForm({ child }: { child: ChildDetail }) {
  const today = useToday();
  const navigate = useNavigate();
  const raise = useRaiseEscalation();
  const [stage, setStage] = useState(EMPTY_ESCALATION.stage);
  const [reason, setReason] = useState(EMPTY_ESCALATION.reason);
  const [raisedOn, setRaisedOn] = useState(EMPTY_ESCALATION.raisedOn);
  const [referred, setReferred] = useState(EMPTY_ESCALATION.referred);
  const [referredOn, setReferredOn] = useState(EMPTY_ESCALATION.referredOn);
  const [note, setNote] = useState(EMPTY_ESCALATION.note);
  const values = useMemo(
    () => ({ stage, reason, raisedOn, referred, referredOn, note }),
    [stage, reason, raisedOn, referred, referredOn, note],
  );
  const draft = useFormDraft({
    form: 'raise-escalation',
    subjectId: child.id,
    initial: EMPTY_ESCALATION,
    values,
    recordVersion: child.version,
    restore: (kept) => {
      setStage(kept.stage);
      setReason(kept.reason);
      setRaisedOn(kept.raisedOn);
      setReferred(kept.referred);
      setReferredOn(kept.referredOn);
      setNote(kept.note);
    },
  });
  const submission = useFormSubmission();
  const { errors } = submission;
  const dirty =
    stage !== '1' ||
    reason !== '' ||
    referred ||
    [raisedOn, referredOn].some((date) => Object.values(date).some((part) => part !== ''));
  const { blocker, allowLeaving } = useLeaveGuard(dirty);

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const stageNumber = stage === '2' ? 2 : stage === '3' ? 3 : stage === '1' ? 1 : null;
    if (stageNumber === null) clientErrors.stage = 'Select the stage of the escalation';
    const checkedReason = checkText(reason, {
      label: 'Reason for the escalation',
      limit: REASON_LIMIT,
      required: 'Enter the reason for the escalation',
    });
    if (checkedReason.error) clientErrors.reason = checkedReason.error;
    const date = checkDate(raisedOn, { label: 'Date the escalation was raised', required: true });
    const referral = referred
      ? checkDate(referredOn, { label: CAFCASS_REFERRAL_DATE_LABEL, required: true })
      : { iso: null, error: null };
    const checkedNote = referred
      ? checkText(note, { label: 'Note on the referral to Cafcass', limit: NOTE_LIMIT })
      : { text: '', error: null };
    // The domain's rules (the backend runs the same): the dates, and the referral against them.
    for (const problem of escalationRaisedProblems(
      { raisedOn: date.iso, cafcassReferredOn: referral.iso },
      { today },
    )) {
      clientErrors[problem.field] = problem.message;
    }
    if (date.error) clientErrors.raisedOn = date.error;
    if (referral.error) clientErrors.cafcassReferredOn = referral.error;
    if (checkedNote.error) clientErrors.cafcassNote = checkedNote.error;
    await submission.submit(clientErrors, async () => {
      const escalation = await raise.mutateAsync({
        childId: child.id,
        body: {
          stage: stageNumber ?? 1,
          reason: checkedReason.text,
          raisedOn: date.iso ?? '',
          cafcassReferredOn: referral.iso,
          cafcassNote: referred && checkedNote.text !== '' ? checkedNote.text : null,
        },
      });
      draft.saved();
      allowLeaving();
      const referredText =
        escalation.cafcassReferredOn === null
          ? ''
          : `, referred to Cafcass on ${formatDate(escalation.cafcassReferredOn)}`;
      await navigate(paths.child(child.id), {
        state: {
          banner: `Escalation raised at stage ${escalation.stage} on ${formatDate(escalation.raisedOn)}${referredText}`,
        },
      });
    });
  }

  return (
    <FormPage
      caption="Child record"
      title={TITLE}
      submission={submission}
      fieldOrder={FIELD_ORDER}
      idFor={(path) => FIELD_IDS[path]}
      onSubmit={onSubmit}
      submitLabel="Raise escalation"
      cancelHref={paths.child(child.id)}
      blocker={blocker}
      draft={draft}
    >
      <Radios
        name="stage"
        legend="Which stage of the dispute resolution protocol?"
        legendSize="m"
        error={errors.stage}
        value={stage}
        onChange={setStage}
        items={([1, 2, 3] as const).map((value) => ({
          value: String(value),
          text: STAGE_LABELS[value].text,
          hint: STAGE_LABELS[value].hint,
        }))}
      />
      <CharacterCount
        id="reason"
        label="Reason for the escalation"
        labelSize="m"
        hint="What is not resolved, and what you have already tried."
        limit={REASON_LIMIT}
        threshold={0.75}
        error={errors.reason}
        value={reason}
        onChange={setReason}
      />
      <DateField
        id="raisedOn"
        legend="Date the escalation was raised"
        legendSize="m"
        error={errors.raisedOn}
        value={raisedOn}
        onChange={setRaisedOn}
      />
      <Checkboxes
        name="cafcass"
        legend="Referral to Cafcass"
        legendSize="m"
        hint="You can refer the child’s case to Cafcass at any stage. You can also record it later."
        values={referred ? ['referred'] : []}
        onChange={(values) => {
          setReferred(values.includes('referred'));
        }}
        items={[
          {
            value: 'referred',
            text: 'I have referred the child’s case to Cafcass',
            conditional: (
              <CafcassReferralFields
                errors={errors}
                referredOn={referredOn}
                onReferredOnChange={setReferredOn}
                note={note}
                onNoteChange={setNote}
              />
            ),
          },
        ]}
      />
    </FormPage>
  );
}

/** Route: paths.raiseEscalationPattern ('/children/:childId/escalations/new'). */
export function RaiseEscalationPage() {
  return (
    <ChildFormPage title={TITLE} allocatedIroOnly="raise an escalation">
      {(child) => <EscalationForm child={child} />}
    </ChildFormPage>
  );
}
