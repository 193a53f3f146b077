import type { ReactNode } from 'react';
import { DateInput, type DateInputProps } from '../govuk/date-input';
import { dateErrorParts } from './dates';

/** The hint under a date field unless it needs its own. */
export const DATE_HINT = 'For example, 27 3 2026';

export type DateFieldProps = Omit<DateInputProps, 'namePrefix' | 'errorParts' | 'hint'> & {
  /** DATE_HINT unless given. */
  hint?: ReactNode;
  error?: string;
};

/**
 * A form's date input: its inputs named after its id, and the parts to highlight worked out from
 * the error (the missing ones, else all three).
 */
export function DateField({ id, hint = DATE_HINT, error, value, ...rest }: DateFieldProps) {
  return (
    <DateInput
      id={id}
      namePrefix={id}
      hint={hint}
      error={error}
      errorParts={dateErrorParts(value, error)}
      value={value}
      {...rest}
    />
  );
}
