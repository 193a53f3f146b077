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
import {
  formatDate,
  IRO_CONTACT_DATE_LABEL,
  IRO_CONTACT_NOTE_LIMIT,
  IRO_CONTACT_TYPE_LABELS,
  IRO_CONTACT_TYPES,
  iroContactProblems,
  iroContactSeesChild,
  type IroContactType,
} from '@/domain';
import type { ChildDetail } from '@/lib/api/schemas';
import { checkText } from '@/lib/forms/text';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useFormDraft } from '@/lib/use-form-draft';
import { useRecordIroContact } from '../api/iro-contacts';
import { ChildFormPage } from '../components/child-loader';

const TITLE = 'Record a contact with the child';
const FIELD_ORDER = ['contactOn', 'type', 'seenAlone', 'note'];
const FIELD_IDS: Record<string, string> = {
  contactOn: 'contactOn-day',
  type: 'type',
  seenAlone: 'seenAlone',
  note: 'note',
};

const EMPTY_CONTACT = { contactOn: { ...emptyDateInput }, type: '', seenAlone: '', note: '' };

function isContactType(value: string): value is IroContactType {
  return (IRO_CONTACT_TYPES as readonly string[]).includes(value);
}

/** The period a contact must fall in, as the child's record has it (the backend checks the same). */
function periodOf(child: ChildDetail) {
  return { start: child.currentPeriod.start, end: child.care.leftCare?.on ?? null };
}

function IroContactForm({ child }: { child: ChildDetail }) {
  const today = useToday();
  const navigate = useNavigate();
  const recordContact = useRecordIroContact();
  const [contactOn, setContactOn] = useState(EMPTY_CONTACT.contactOn);
  const [type, setType] = useState(EMPTY_CONTACT.type);
  const [seenAlone, setSeenAlone] = useState(EMPTY_CONTACT.seenAlone);
  const [note, setNote] = useState(EMPTY_CONTACT.note);
  const liveValues = useMemo(
    () => ({ contactOn, type, seenAlone, note }),
    [contactOn, type, seenAlone, note],
  );
  // What was typed is kept by the backend as a draft, so it survives leaving the page.
  const draft = useFormDraft({
    form: 'record-iro-contact',
    subjectId: child.id,
    initial: EMPTY_CONTACT,
    values: liveValues,
    recordVersion: child.version,
    restore: (kept) => {
      setContactOn(kept.contactOn);
      setType(kept.type);
      setSeenAlone(kept.seenAlone);
      setNote(kept.note);
    },
  });
  const submission = useFormSubmission();
  const { errors } = submission;
  const dirty =
    type !== '' ||
    seenAlone !== '' ||
    note !== '' ||
    Object.values(contactOn).some((part) => part !== '');
  const { blocker, allowLeaving } = useLeaveGuard(dirty);
  const asksSeenAlone = isContactType(type) && iroContactSeesChild(type);

  async function onSubmit() {
    const clientErrors: FieldErrors = {};
    const date = checkDate(contactOn, { label: IRO_CONTACT_DATE_LABEL, required: true });
    if (date.error) clientErrors.contactOn = date.error;
    if (!isContactType(type)) clientErrors.type = 'Select the type of contact';
    const alone = asksSeenAlone && seenAlone !== '' ? seenAlone === 'yes' : null;
    if (isContactType(type)) {
      for (const problem of iroContactProblems(
        { contactOn: date.iso, type, seenAlone: alone },
        { today, period: periodOf(child) },
      )) {
        clientErrors[problem.field] ??= problem.message;
      }
    } else {
      const dateProblem = iroContactProblems(
        { contactOn: date.iso, type: 'message', seenAlone: null },
        { today, period: periodOf(child) },
      )[0];
      if (dateProblem && !date.error) clientErrors.contactOn = dateProblem.message;
    }
    const checkedNote = checkText(note, {
      label: 'Note on the contact',
      limit: IRO_CONTACT_NOTE_LIMIT,
    });
    if (checkedNote.error) clientErrors.note = checkedNote.error;
    await submission.submit(clientErrors, async () => {
      const contact = await recordContact.mutateAsync({
        childId: child.id,
        body: {
          contactOn: date.iso ?? '',
          type: isContactType(type) ? type : 'visit',
          seenAlone: alone,
          note: checkedNote.text,
        },
      });
      draft.saved();
      allowLeaving();
      await navigate(paths.child(child.id), {
        state: { banner: `Contact of ${formatDate(contact.contactOn)} recorded` },
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
      submitLabel="Save contact"
      cancelHref={paths.child(child.id)}
      blocker={blocker}
      draft={draft}
      intro={
        <p className="govuk-body">
          A visit, call, video call or message between reviews. A visit or a video call counts as
          the IRO seeing the child.
        </p>
      }
    >
      <DateField
        id="contactOn"
        legend={IRO_CONTACT_DATE_LABEL}
        legendSize="m"
        error={errors.contactOn}
        value={contactOn}
        onChange={setContactOn}
      />
      <Radios
        name="type"
        legend="Type of contact"
        legendSize="m"
        error={errors.type}
        value={type}
        onChange={setType}
        items={IRO_CONTACT_TYPES.map((value) => ({
          value,
          text: IRO_CONTACT_TYPE_LABELS[value],
        }))}
      />
      {asksSeenAlone && (
        <Radios
          name="seenAlone"
          legend="Was the child seen alone?"
          legendSize="m"
          inline
          error={errors.seenAlone}
          value={seenAlone}
          onChange={setSeenAlone}
          items={[
            { value: 'yes', text: 'Yes' },
            { value: 'no', text: 'No' },
          ]}
        />
      )}
      <CharacterCount
        id="note"
        label="Note (optional)"
        labelSize="m"
        hint="A short note: what you talked about, anything to follow up."
        limit={IRO_CONTACT_NOTE_LIMIT}
        threshold={0.75}
        error={errors.note}
        value={note}
        onChange={setNote}
      />
    </FormPage>
  );
}

/** Route: paths.recordIroContactPattern ('/children/:childId/iro-contacts/new'). */
export function RecordIroContactPage() {
  return (
    <ChildFormPage title={TITLE} allocatedIroOnly="record a contact with the child">
      {(child) => <IroContactForm child={child} />}
    </ChildFormPage>
  );
}
