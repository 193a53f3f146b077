import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { checkDate, emptyDateInput, type DateInputValue } from '@/components';
import type { CareContext, CareEpisode, CareEventResult, IsoDate } from '@/domain';
import type { CareEventBody, CareRecord, DraftForm } from '@/lib/api/schemas';
import { useFormSubmission, type FieldErrors } from '@/lib/forms/use-form-submission';
import { useLeaveGuard } from '@/lib/forms/use-leave-guard';
import { paths } from '@/lib/paths';
import { useToday } from '@/lib/session';
import { useFormDraft } from '@/lib/use-form-draft';
import { useRecordCareEvent } from '../api/care-mutations';
import type { ReloadableForm } from '../components/care-loader';
import { addProblems } from './care-format';

/** A care event as a form sends it, without the version (the form adds the one it started from). */
export type CareEventFields = CareEventBody extends infer Event
  ? Event extends unknown
    ? Omit<Event, 'version'>
    : never
  : never;

/** The error summary links the event's date (DateField id 'date') to its day input. */
const dateDayId = (path: string) => (path === 'date' ? 'date-day' : path);

/**
 * What the change, leaving and return forms share: the date of the event and the form's other
 * `fields` (starting from `initial`), kept as a draft by the backend as they are typed; the
 * domain's check of the event and saving it; and the form page's props (the submission, the
 * draft, and asking before leaving what was typed). The version is the one the form started from,
 * so a save over someone else's change is a conflict.
 */
export function useCareEventForm<T extends object>(
  record: CareRecord,
  form: ReloadableForm,
  {
    title,
    fieldOrder,
    draftForm,
    initial,
  }: { title: string; fieldOrder: readonly string[]; draftForm: DraftForm; initial: T },
) {
  const today = useToday();
  const navigate = useNavigate();
  const recordEvent = useRecordCareEvent();
  const submission = useFormSubmission();
  const [version] = useState(record.version);
  const [started] = useState(() => ({ date: { ...emptyDateInput }, fields: initial }));
  const [date, setDate] = useState<DateInputValue>(started.date);
  const [fields, setFields] = useState<T>(started.fields);
  const values = useMemo(() => ({ date, fields }), [date, fields]);
  const draft = useFormDraft({
    form: draftForm,
    subjectId: record.id,
    initial: started,
    values,
    recordVersion: record.version,
    restore: (kept) => {
      setDate(kept.date);
      setFields(kept.fields);
    },
  });
  const { blocker, allowLeaving } = useLeaveGuard(
    JSON.stringify(values) !== JSON.stringify(started),
  );

  /**
   * The date as typed, checked, and the domain's check of the event on that date against the
   * child's episodes: the form's errors and the date.
   */
  function checkEvent(
    dateLabel: string,
    rule: (date: IsoDate | null, episodes: CareEpisode[], context: CareContext) => CareEventResult,
  ) {
    const clientErrors: FieldErrors = {};
    const typed = checkDate(date, { label: dateLabel });
    if (typed.error !== null) clientErrors.date = typed.error;
    const result = rule(
      typed.iso,
      record.periods.flatMap((period) => period.episodes),
      { dateOfBirth: record.dateOfBirth, today },
    );
    if (!result.ok) addProblems(clientErrors, result.problems);
    return { clientErrors, iso: typed.iso ?? '' };
  }

  /** Saves the event unless the form found problems, then shows the care record with a banner. */
  async function save(
    clientErrors: FieldErrors,
    event: CareEventFields,
    banner: (saved: CareRecord) => string,
  ) {
    await submission.submit(clientErrors, async () => {
      const saved = await recordEvent.mutateAsync({
        childId: record.id,
        body: { ...event, version },
      });
      draft.saved();
      allowLeaving();
      await navigate(paths.careRecord(saved.id), { state: { banner: banner(saved) } });
    });
  }

  return {
    page: { record, form, title, submission, fieldOrder, idFor: dateDayId, blocker, draft },
    errors: submission.errors,
    date,
    setDate,
    fields,
    /** Changes some of the fields. */
    setFields: (change: Partial<T>) => {
      setFields((current) => ({ ...current, ...change }));
    },
    checkEvent,
    save,
  };
}
