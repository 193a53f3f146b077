import type { ReactNode } from 'react';
import { cx } from '../cx';
import type { LegendSize } from './fieldset';
import { FieldsetFormGroup } from './form-group';

/** The three typed parts of a date, as the user entered them. */
export type DateInputValue = { day: string; month: string; year: string };
export type DatePart = keyof DateInputValue;

export const emptyDateInput: DateInputValue = { day: '', month: '', year: '' };

const PARTS: readonly { part: DatePart; label: string; width: 2 | 4 }[] = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The parts as an ISO date 'YYYY-MM-DD', or null unless they make a real date (day and month of
 * one or two digits, a four-digit year; 30 February is not a real date). Surrounding spaces are
 * ignored.
 */
export function dateInputToIso(parts: DateInputValue): string | null {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An ISO date 'YYYY-MM-DD' as date-input parts without leading zeros ('2026-03-04' -> 4, 3, 2026). */
export function isoToDateInput(iso: string | null | undefined): DateInputValue {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return { ...emptyDateInput };
  const [, year = '', month = '', day = ''] = match;
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** The parts left blank, for messages like 'Date of review must include a month'. */
export function missingDateParts(parts: DateInputValue): DatePart[] {
  return PARTS.map(({ part }) => part).filter((part) => parts[part].trim() === '');
}

export type DateInputProps = {
  /** id of the group; the inputs are `${id}-day`, `${id}-month`, `${id}-year` (link errors to `#${id}-day`). */
  id: string;
  /** Input names become `${namePrefix}-day` etc.; plain 'day', 'month', 'year' without it. */
  namePrefix?: string;
  legend?: ReactNode;
  legendSize?: LegendSize;
  legendIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  /** Parts to highlight with `govuk-input--error`; all three when there is an error and this is empty. */
  errorParts?: readonly DatePart[];
  value: DateInputValue;
  onChange: (value: DateInputValue) => void;
  /** Adds autocomplete="bday-day" etc. for a date of birth. */
  autoCompleteBirthday?: boolean;
  className?: string;
  formGroupClassName?: string;
};

/** GOV.UK date input: day, month and year fields, controlled as strings. */
export function DateInput({
  id,
  namePrefix,
  errorParts,
  value,
  onChange,
  autoCompleteBirthday,
  className,
  formGroupClassName,
  ...group
}: DateInputProps) {
  const anyPartHasError = (errorParts?.length ?? 0) > 0;
  return (
    <FieldsetFormGroup idPrefix={id} role="group" {...group} className={formGroupClassName}>
      <div className={cx('govuk-date-input', className)} id={id}>
        {PARTS.map(({ part, label, width }) => {
          const inputId = `${id}-${part}`;
          const hasError = anyPartHasError
            ? Boolean(errorParts?.includes(part))
            : Boolean(group.error);
          return (
            <div key={part} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                  {label}
                </label>
                <input
                  className={cx(
                    'govuk-input',
                    'govuk-date-input__input',
                    hasError && 'govuk-input--error',
                    `govuk-input--width-${width}`,
                  )}
                  id={inputId}
                  name={namePrefix ? `${namePrefix}-${part}` : part}
                  type="text"
                  inputMode="numeric"
                  autoComplete={autoCompleteBirthday ? `bday-${part}` : undefined}
                  value={value[part]}
                  onChange={(event) => {
                    onChange({ ...value, [part]: event.target.value });
                  }}
                />
              </div>
            </div>
          );
        })}
      </div>
    </FieldsetFormGroup>
  );
}
