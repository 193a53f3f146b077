import type { ReactNode, SelectHTMLAttributes } from 'react';
import { cx } from '../cx';
import { ErrorMessage } from './error-message';
import { fieldIds } from './form-field';
import { Hint } from './hint';
import { Label, type LabelSize } from './label';

export type SelectOption = { value: string; text: string; disabled?: boolean };

export type SelectProps = {
  id: string;
  label: ReactNode;
  labelSize?: LabelSize;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  options: SelectOption[];
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'children'>;

/** GOV.UK select. Controlled with `value`/`onChange` like a native select. `name` defaults to `id`. */
export function Select({
  id,
  name,
  label,
  labelSize,
  labelIsPageHeading,
  hint,
  error,
  options,
  describedBy,
  className,
  formGroupClassName,
  ...selectProps
}: SelectProps) {
  const { hintId, errorId, ariaDescribedBy } = fieldIds(id, { hint, error, describedBy });
  return (
    <div
      className={cx(
        'govuk-form-group',
        Boolean(error) && 'govuk-form-group--error',
        formGroupClassName,
      )}
    >
      <Label htmlFor={id} size={labelSize} isPageHeading={labelIsPageHeading}>
        {label}
      </Label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <select
        className={cx('govuk-select', className, Boolean(error) && 'govuk-select--error')}
        id={id}
        name={name ?? id}
        aria-describedby={ariaDescribedBy}
        {...selectProps}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
