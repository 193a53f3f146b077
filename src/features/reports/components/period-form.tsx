import { useState, type SyntheticEvent } from 'react';
import {
  Button,
  DateInput,
  Radios,
  Select,
  emptyDateInput,
  isoToDateInput,
  type DateInputValue,
  type SelectOption,
} from '@/components';
import type { IsoDate } from '@/domain';
import {
  financialYear,
  financialYearOptions,
  validateDateRange,
  type FieldError,
  type ReportPeriodChoice,
} from '../lib/period';

export interface PeriodFormValues {
  period: ReportPeriodChoice;
  iroId: string | null;
}

/**
 * Choose the period (a financial year or any dates) and, for a team manager, whose children.
 * Checked here with the same words the backend uses; the backend checks again.
 */
export function PeriodForm({
  today,
  current,
  iroId,
  iroOptions,
  errors,
  onInvalid,
  onSubmit,
}: {
  today: IsoDate;
  /** The period on screen now (null when the link's period was not valid). */
  current: ReportPeriodChoice | null;
  iroId: string | null;
  /** Team managers only: whose children to count. */
  iroOptions: SelectOption[] | null;
  /** Errors to show beside the fields (the page shows them in its error summary too). */
  errors: FieldError[];
  /** The dates typed are not a period: the page shows the errors. */
  onInvalid: (errors: FieldError[]) => void;
  onSubmit: (values: PeriodFormValues) => void;
}) {
  const years = financialYearOptions(today);
  const fallbackYear = financialYear(today);
  const [kind, setKind] = useState<'year' | 'range'>(current?.kind ?? 'year');
  const [year, setYear] = useState(current?.kind === 'year' ? current.year : fallbackYear.year);
  const [from, setFrom] = useState<DateInputValue>(
    current === null ? { ...emptyDateInput } : isoToDateInput(current.from),
  );
  const [to, setTo] = useState<DateInputValue>(
    current === null ? { ...emptyDateInput } : isoToDateInput(current.to),
  );
  const [iro, setIro] = useState(iroId ?? '');
  const errorFor = (field: 'from' | 'to') =>
    kind === 'range' ? errors.find((e) => e.field === field)?.message : undefined;
  const yearOptions: SelectOption[] = years.map((y) => ({ value: y.year, text: y.label }));
  if (!years.some((y) => y.year === year)) {
    const chosen = financialYear(`${year.slice(0, 4)}-04-01`);
    yearOptions.push({ value: chosen.year, text: chosen.label });
  }

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const iroChoice = iro === '' ? null : iro;
    if (kind === 'year') {
      onSubmit({ period: financialYear(`${year.slice(0, 4)}-04-01`), iroId: iroChoice });
      return;
    }
    const result = validateDateRange(from, to);
    if (result.period === null) onInvalid(result.errors);
    else onSubmit({ period: result.period, iroId: iroChoice });
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      className="app-report__controls app-no-print"
      aria-label="Choose the period"
    >
      <Radios
        name="period"
        legend="Period"
        legendSize="s"
        value={kind}
        onChange={(value) => {
          setKind(value === 'range' ? 'range' : 'year');
        }}
        items={[
          {
            value: 'year',
            text: 'A financial year (1 April to 31 March)',
            conditional: (
              <Select
                id="year"
                label="Financial year"
                options={yearOptions}
                value={year}
                onChange={(event) => {
                  setYear(event.target.value);
                }}
              />
            ),
          },
          {
            value: 'range',
            text: 'Other dates',
            conditional: (
              <>
                <DateInput
                  id="from"
                  namePrefix="from"
                  legend="Date the period starts"
                  legendSize="s"
                  hint="For example, 1 4 2025"
                  value={from}
                  onChange={setFrom}
                  error={errorFor('from')}
                />
                <DateInput
                  id="to"
                  namePrefix="to"
                  legend="Date the period ends"
                  legendSize="s"
                  hint="The last day to count, for example, 30 6 2025"
                  value={to}
                  onChange={setTo}
                  error={errorFor('to')}
                />
              </>
            ),
          },
        ]}
      />
      {iroOptions !== null && (
        <Select
          id="iro"
          label="Whose children"
          options={iroOptions}
          value={iro}
          onChange={(event) => {
            setIro(event.target.value);
          }}
        />
      )}
      <Button type="submit">Show the figures</Button>
    </form>
  );
}
