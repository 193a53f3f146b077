import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  CharacterCount,
  checkDate,
  DateField,
  emptyDateInput,
  FormPage,
  Radios,
} from '@/components';
import { formatDate, midpointCheckProblems } from '@/domain';
import { MIDPOINT_OUTCOMES, type ChildDetail } from '@/lib/api/schemas';
import { checkText } from '@/lib/forms/text';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useFormDraft } from '@/lib/use-form-draft';
import { useRecordMidpointCheck } from '../api/record-midpoint-check';
import { ChildFormPage } from '../components/child-loader';

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

const EMPTY_CHECK = { checkedOn: { ...emptyDateInput }, outcome: '', note: '' };

function MidpointCheckForm({ child }: { child: ChildDetail }) {
  const today = useToday();
  const navigate = useNavigate();
  const recordCheck = useRecordMidpointCheck();
  const [checkedOn, setCheckedOn] = useState(EMPTY_CHECK.checkedOn);
  const [outcome, setOutcome] = useState(EMPTY_CHECK.outcome);
  const [note, setNote] = useState(EMPTY_CHECK.note);
  const submission = useFormSubmission();
  const { errors } = submission;
  const dirty =
    outcome !== '' || note !== '' || Object.values(checkedOn).some((part) => part !== '');
  const liveValues = useMemo(() => ({ checkedOn, outcome, note }), [checkedOn, outcome, note]);
  const draft = useFormDraft({
    form: 'record-midpoint-check',
    subjectId: child.id,
    initial: EMPTY_CHECK,
    values: liveValues,
    recordVersion: child.version,
    restore: (kept) => {
      setCheckedOn(kept.checkedOn);
      setOutcome(kept.outcome);
      setNote(kept.note);
    },
  });
  const { blocker, allowLeaving } = useLeaveGuard(dirty);

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const date = checkDate(checkedOn, { label: 'Date of the midpoint check', required: true });
    const problem = midpointCheckProblems(
      { checkedOn: date.iso },
      { today, lookedAfterOn: child.currentPeriod.start },
    )[0];
    if (date.error) clientErrors.checkedOn = date.error;
    else if (problem) clientErrors.checkedOn = problem.message;
    if (!isOutcome(outcome)) clientErrors.outcome = 'Select the outcome of the midpoint check';
    const checkedNote = checkText(note, { label: 'Note', limit: NOTE_LIMIT });
    if (checkedNote.error) clientErrors.note = checkedNote.error;
    await submission.submit(clientErrors, async () => {
      const check = await recordCheck.mutateAsync({
        childId: child.id,
        body: {
          checkedOn: date.iso ?? '',
          outcome: isOutcome(outcome) ? outcome : 'on-track',
          note: checkedNote.text,
        },
      });
      draft.saved();
      allowLeaving();
      await navigate(paths.child(child.id), {
        state: { banner: `Midpoint check of ${formatDate(check.checkedOn)} recorded` },
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
      submitLabel="Save midpoint check"
      cancelHref={paths.child(child.id)}
      blocker={blocker}
      draft={draft}
      intro={
        <>
          <p className="govuk-body">
            {child.midpoint === null
              ? 'No midpoint check is due: the child has left care.'
              : `The midpoint check is due on ${formatDate(child.midpoint.due)}. ${child.midpoint.reason}`}
          </p>
        </>
      }
    >
      <DateField
        id="checkedOn"
        legend="Date of the midpoint check"
        legendSize="m"
        error={errors.checkedOn}
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
    </FormPage>
  );
}

/** Route: paths.recordMidpointPattern ('/children/:childId/midpoint-checks/new'). */
export function RecordMidpointCheckPage() {
  return (
    <ChildFormPage title={TITLE} allocatedIroOnly="record a midpoint check">
      {(child) => <MidpointCheckForm child={child} />}
    </ChildFormPage>
  );
}
