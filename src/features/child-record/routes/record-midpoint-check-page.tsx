import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BackLink, Button, CharacterCount, DateInput, emptyDateInput, Radios } from '@/components';
import { formatDate } from '@/domain';
import { MIDPOINT_OUTCOMES, type ChildDetail } from '@/lib/api/schemas';
import { paths } from '@/lib/paths';
import { useCurrentUser, useToday } from '@/lib/session';
import { useFormDraft, useLiveDraft } from '@/lib/use-form-draft';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useRecordMidpointCheck } from '../api/record-midpoint-check';
import { ChildLoader, isAllocatedIro, NotAllocated } from '../components/child-loader';
import { checkDate, dateErrorParts } from '@/lib/forms/dates';
import { FormProblems, useFormSubmission, type FieldErrors } from '@/lib/forms/form-errors';
import { LeaveConfirmation, useLeaveGuard } from '@/lib/forms/leave-guard';
import { RestoredDraftNotice } from '../forms/restored-draft-notice';

const TITLE = 'Record a midpoint check';
const NOTE_LIMIT = 5000;
const FIELD_ORDER = ['checkedOn', 'outcome', 'note'];
const FIELD_IDS: Record<string, string> = {
  checkedOn: 'checkedOn-day',
  outcome: 'outcome',
  note: 'note',
};

type Outcome = (typeof MIDPOINT_OUTCOMES)[number];
const OUTCOME_LABELS: Record<Outcome, { text: string; hint: string }> = {
  'on-track': { text: 'On track', hint: 'The care plan is progressing as agreed at the review' },
  concerns: { text: 'Concerns', hint: 'Progress is slower than agreed or something has changed' },
  escalated: {
    text: 'Escalated',
    hint: 'Concerns were raised through the dispute resolution protocol',
  },
};

function isOutcome(value: string): value is Outcome {
  return (MIDPOINT_OUTCOMES as readonly string[]).includes(value);
}

function MidpointCheckForm({ child }: { child: ChildDetail }) {
  const today = useToday();
  const navigate = useNavigate();
  const recordCheck = useRecordMidpointCheck();
  const draft = useFormDraft({ checkedOn: { ...emptyDateInput }, outcome: '', note: '' });
  const [checkedOn, setCheckedOn] = useState(draft.startValues.checkedOn);
  const [outcome, setOutcome] = useState(draft.startValues.outcome);
  const [note, setNote] = useState(draft.startValues.note);
  const submission = useFormSubmission();
  const { errors } = submission;
  const dirty =
    outcome !== '' || note !== '' || Object.values(checkedOn).some((part) => part !== '');
  const liveValues = useMemo(() => ({ checkedOn, outcome, note }), [checkedOn, outcome, note]);
  useLiveDraft(draft.key, liveValues, !dirty);
  const { blocker, allowLeaving } = useLeaveGuard(dirty);
  useDocumentTitle(TITLE, { hasErrors: submission.hasErrors });

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const date = checkDate(checkedOn, {
      label: 'Date of the midpoint check',
      required: true,
      notAfter: today,
      notBefore: {
        date: child.currentPeriod.start,
        message: `Date of the midpoint check cannot be before the child became looked after on ${formatDate(child.currentPeriod.start)}`,
      },
    });
    if (date.error) clientErrors.checkedOn = date.error;
    if (!isOutcome(outcome)) clientErrors.outcome = 'Select the outcome of the midpoint check';
    if (note.trim().length > NOTE_LIMIT) {
      clientErrors.note = `Note must be ${NOTE_LIMIT} characters or fewer`;
    }
    await submission.submit(clientErrors, async () => {
      const check = await recordCheck.mutateAsync({
        childId: child.id,
        body: {
          checkedOn: date.iso ?? '',
          outcome: isOutcome(outcome) ? outcome : 'on-track',
          note: note.trim(),
        },
      });
      allowLeaving();
      await navigate(paths.child(child.id), {
        state: { banner: `Midpoint check of ${formatDate(check.checkedOn)} recorded` },
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
      {draft.restored && <RestoredDraftNotice />}
      <p className="govuk-body">
        The midpoint check is due on {formatDate(child.midpoint.due)}. {child.midpoint.reason}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <DateInput
          id="checkedOn"
          namePrefix="checkedOn"
          legend="Date of the midpoint check"
          legendSize="m"
          hint="For example, 27 3 2026"
          error={errors.checkedOn}
          errorParts={dateErrorParts(checkedOn, errors.checkedOn)}
          value={checkedOn}
          onChange={setCheckedOn}
        />
        <Radios
          name="outcome"
          legend="What was the outcome?"
          legendSize="m"
          error={errors.outcome}
          value={outcome}
          onChange={setOutcome}
          items={MIDPOINT_OUTCOMES.map((value) => ({
            value,
            text: OUTCOME_LABELS[value].text,
            hint: OUTCOME_LABELS[value].hint,
          }))}
        />
        <CharacterCount
          id="note"
          label="Note (optional)"
          labelSize="m"
          hint="What the social worker said about progress with the care plan."
          limit={NOTE_LIMIT}
          threshold={0.75}
          error={errors.note}
          value={note}
          onChange={setNote}
        />
        <div className="govuk-button-group">
          <Button type="submit" disabled={submission.saving}>
            Save midpoint check
          </Button>
          <Link className="govuk-link" to={paths.child(child.id)}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

/** Route: paths.recordMidpointPattern ('/children/:childId/midpoint-checks/new'). */
export function RecordMidpointCheckPage() {
  const { childId = '' } = useParams();
  const user = useCurrentUser();
  return (
    <>
      <BackLink href={paths.child(childId)}>Back to the child record</BackLink>
      <ChildLoader childId={childId} title={TITLE}>
        {(child) =>
          isAllocatedIro(user, child) ? (
            <MidpointCheckForm child={child} />
          ) : (
            <NotAllocated child={child} what="record a midpoint check" title={TITLE} />
          )
        }
      </ChildLoader>
    </>
  );
}
