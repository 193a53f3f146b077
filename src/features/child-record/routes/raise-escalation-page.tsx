import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink, Button, CharacterCount, DateInput, emptyDateInput, Radios } from '@/components';
import { formatDate } from '@/domain';
import type { ChildDetail } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useCurrentUser, useToday } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useRaiseEscalation } from '../api/raise-escalation';
import { ChildLoader, isAllocatedIro, NotAllocated } from '../components/child-loader';
import { checkDate, dateErrorParts } from '@/lib/forms/dates';
import { FormProblems, useFormSubmission, type FieldErrors } from '@/lib/forms/form-errors';
import { LeaveConfirmation, useLeaveGuard } from '@/lib/forms/leave-guard';
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
  useDocumentTitle(TITLE, { hasErrors: submission.hasErrors });

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const stageNumber = stage === '2' ? 2 : stage === '3' ? 3 : stage === '1' ? 1 : null;
    if (stageNumber === null) clientErrors.stage = 'Select the stage of the escalation';
    const trimmed = reason.trim();
    if (trimmed === '') clientErrors.reason = 'Enter the reason for the escalation';
    else if (trimmed.length > REASON_LIMIT) {
      clientErrors.reason = `Reason for the escalation must be ${REASON_LIMIT} characters or fewer`;
    }
    const date = checkDate(raisedOn, {
      label: 'Date the escalation was raised',
      required: true,
      notAfter: today,
    });
    if (date.error) clientErrors.raisedOn = date.error;
    await submission.submit(clientErrors, async () => {
      const escalation = await raise.mutateAsync({
        childId: child.id,
        body: { stage: stageNumber ?? 1, reason: trimmed, raisedOn: date.iso ?? '' },
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
    <>
      <LeaveConfirmation blocker={blocker} />
      <FormProblems
        errors={errors}
        failure={submission.failure}
        submitCount={submission.submitCount}
        fieldOrder={FIELD_ORDER}
        idFor={(path) => FIELD_IDS[path]}
      />
      <span className="govuk-caption-l">Child record</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
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
        <DateInput
          id="raisedOn"
          namePrefix="raisedOn"
          legend="Date the escalation was raised"
          legendSize="m"
          hint="For example, 27 3 2026"
          error={errors.raisedOn}
          errorParts={dateErrorParts(raisedOn, errors.raisedOn)}
          value={raisedOn}
          onChange={setRaisedOn}
        />
        <div className="govuk-button-group">
          <Button type="submit" disabled={submission.saving}>
            Raise escalation
          </Button>
          <Link className="govuk-link" to={paths.child(child.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

/** Route: paths.raiseEscalationPattern ('/children/:childId/escalations/new'). */
export function RaiseEscalationPage() {
  const { childId = '' } = useParams();
  const user = useCurrentUser();
  return (
    <>
      <BackLink href={paths.child(childId)}>Back to the child record</BackLink>
      <ChildLoader childId={childId} title={TITLE}>
        {(child) =>
          isAllocatedIro(user, child) ? (
            <EscalationForm child={child} />
          ) : (
            <NotAllocated child={child} what="raise an escalation" title={TITLE} />
          )
        }
      </ChildLoader>
    </>
  );
}
