import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  CharacterCount,
  checkDate,
  DateField,
  emptyDateInput,
  FormPage,
  Radios,
} from '@/components';
import { escalationRaisedProblems, formatDate } from '@/domain';
import type { ChildDetail } from '@/lib/api/schemas';
import { checkText } from '@/lib/forms/text';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useRaiseEscalation } from '../api/raise-escalation';
import { ChildFormPage } from '../components/child-loader';
import { STAGE_LABELS } from '../lib/escalation-labels';

const TITLE = 'Raise an escalation';
const REASON_LIMIT = 2000;
const FIELD_ORDER = ['stage', 'reason', 'raisedOn'];
const FIELD_IDS: Record<string, string> = {
  stage: 'stage',
  reason: 'reason',
  raisedOn: 'raisedOn-day',
};

function EscalationForm({ child }: { child: ChildDetail }) {
  const today = useToday();
  const navigate = useNavigate();
  const raise = useRaiseEscalation();
  const [stage, setStage] = useState('1');
  const [reason, setReason] = useState('');
  const [raisedOn, setRaisedOn] = useState({ ...emptyDateInput });
  const submission = useFormSubmission();
  const { errors } = submission;
  const dirty =
    stage !== '1' || reason !== '' || Object.values(raisedOn).some((part) => part !== '');
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
    const problem = escalationRaisedProblems({ raisedOn: date.iso }, { today })[0];
    if (date.error) clientErrors.raisedOn = date.error;
    else if (problem) clientErrors.raisedOn = problem.message;
    await submission.submit(clientErrors, async () => {
      const escalation = await raise.mutateAsync({
        childId: child.id,
        body: { stage: stageNumber ?? 1, reason: checkedReason.text, raisedOn: date.iso ?? '' },
      });
      allowLeaving();
      await navigate(paths.child(child.id), {
        state: {
          banner: `Escalation raised at stage ${escalation.stage} on ${formatDate(escalation.raisedOn)}`,
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
