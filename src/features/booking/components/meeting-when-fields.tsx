import {
  CharacterCount,
  checkDate,
  DateField,
  dateInputToIso,
  formatIsoDate,
  Input,
  isoToDateInput,
  Select,
  type DateInputValue,
} from '@/components';
import { meetingDateProblems, type IsoDate } from '@/domain';
import { checkText } from '@/lib/forms/text';
import type { FieldErrors } from '@/lib/forms/use-form-submission';
import { DURATION_OPTIONS, durationText } from '../lib/labels';
import { clashMessage, DateChecksPanel, useDateChecks, type DateCheckInput } from './date-checks';

export interface WhenValues {
  date: DateInputValue;
  startTime: string;
  duration: string;
  outOfTimescaleReason: string;
}

export const REASON_LIMIT = 2000;

/** The date as ISO when the parts make a real date. */
export function whenIso(values: WhenValues): IsoDate | null {
  return dateInputToIso(values.date);
}

export type WhenFieldsProps = {
  /** 'Date of the meeting' or 'New date of the meeting'. */
  dateLabel: string;
  values: WhenValues;
  errors: FieldErrors;
  onChange: (values: WhenValues) => void;
  due: IsoDate;
  iroId: string;
  iroName: string;
  meetingId?: string;
  /** The meeting being moved: where it is now. */
  current?: { date: IsoDate; startTime: string };
};

/** Checks the date, time and length with the API's wording, and blocks a clash in the diary. */
export function checkWhen(
  values: WhenValues,
  context: {
    dateLabel: string;
    today: IsoDate;
    due: IsoDate;
    iroName: string;
    checks: ReturnType<typeof useDateChecks>;
    /** When rescheduling: the meeting as it is now ('New date of the meeting'). */
    moving?: { status: string; date: IsoDate; startTime: string; durationMinutes: number };
  },
): { errors: FieldErrors; date: IsoDate | null } {
  const errors: FieldErrors = {};
  const date = checkDate(values.date, { label: context.dateLabel, required: true });
  // The domain's rules for the date (the backend runs the same).
  const problems = new Map(
    meetingDateProblems(
      {
        date: date.iso,
        startTime: values.startTime.trim(),
        durationMinutes: Number(values.duration),
        outOfTimescaleReason: values.outOfTimescaleReason,
      },
      { today: context.today, due: context.due, moving: context.moving ?? null },
    ).map((problem) => [problem.field, problem.message]),
  );
  const dateProblem = date.error ?? problems.get('date');
  if (dateProblem !== undefined) errors.date = dateProblem;
  if (values.startTime.trim() === '') errors.startTime = 'Enter a start time';
  else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(values.startTime.trim())) {
    errors.startTime = 'Start time must be a real time, like 14:30';
  } else if (context.checks.clashes[0] !== undefined) {
    errors.startTime = clashMessage(context.iroName, context.checks.clashes[0]);
  }
  if (values.duration === '') errors.durationMinutes = 'Select how long the meeting will last';
  if (date.iso !== null && date.iso > context.due) {
    const reason = checkText(values.outOfTimescaleReason, {
      label: 'Reason for booking after the due date',
      limit: REASON_LIMIT,
    });
    const reasonProblem = reason.error ?? problems.get('outOfTimescaleReason');
    if (reasonProblem !== undefined) errors.outOfTimescaleReason = reasonProblem;
  }
  return { errors, date: date.iso };
}

export function useWhenChecks(
  values: WhenValues,
  props: Omit<WhenFieldsProps, 'values' | 'errors' | 'onChange' | 'dateLabel'>,
) {
  const input: DateCheckInput = {
    date: whenIso(values),
    startTime: values.startTime.trim(),
    durationMinutes: Number(values.duration) || 90,
    due: props.due,
    iroId: props.iroId,
    iroName: props.iroName,
    meetingId: props.meetingId,
    current: props.current,
  };
  return { input, checks: useDateChecks(input) };
}

/**
 * Date (GOV.UK date input), start time and length, then the checks in words: warnings, clashes, the
 * IRO's other meetings that day and suggested slots; a reason when the date is after the due date.
 */
export function WhenFields({
  dateLabel,
  values,
  errors,
  onChange,
  checks,
  input,
  due,
}: Pick<WhenFieldsProps, 'dateLabel' | 'values' | 'errors' | 'onChange' | 'due'> &
  ReturnType<typeof useWhenChecks>) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half">
        <DateField
          id="date"
          legend={dateLabel}
          legendSize="m"
          hint={`The review is due by ${formatIsoDate(due)}. For example, 27 3 2026`}
          error={errors.date}
          value={values.date}
          onChange={(date) => {
            onChange({ ...values, date });
          }}
        />
        <Input
          id="startTime"
          label="Start time"
          labelSize="m"
          hint="Use the 24-hour clock, for example 14:30"
          width={5}
          inputMode="numeric"
          autoComplete="off"
          error={errors.startTime}
          value={values.startTime}
          onChange={(event) => {
            onChange({ ...values, startTime: event.target.value });
          }}
        />
        <Select
          id="durationMinutes"
          label="Length of the meeting"
          labelSize="m"
          error={errors.durationMinutes}
          value={values.duration}
          onChange={(event) => {
            onChange({ ...values, duration: event.target.value });
          }}
          options={DURATION_OPTIONS.map((minutes) => ({
            value: String(minutes),
            text: durationText(minutes),
          }))}
        />
        {(checks.afterDue || errors.outOfTimescaleReason !== undefined) && (
          <CharacterCount
            id="outOfTimescaleReason"
            label="Why is the meeting after the due date?"
            labelSize="m"
            hint="The review will be out of timescale. Say why no earlier date is possible: this is kept with the meeting and reported."
            limit={REASON_LIMIT}
            threshold={0.75}
            error={errors.outOfTimescaleReason}
            value={values.outOfTimescaleReason}
            onChange={(outOfTimescaleReason) => {
              onChange({ ...values, outOfTimescaleReason });
            }}
          />
        )}
      </div>
      <div className="govuk-grid-column-one-half">
        <h2 className="govuk-heading-m">Checks on this date</h2>
        <DateChecksPanel
          checks={checks}
          input={input}
          onUseSlot={(slot) => {
            onChange({ ...values, date: isoToDateInput(slot.date), startTime: slot.startTime });
          }}
        />
      </div>
    </div>
  );
}
