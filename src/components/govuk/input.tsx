import type { InputHTMLAttributes, ReactNode } from 'react';
import { cx } from '../cx';
import { ErrorMessage } from './error-message';
import { fieldIds } from './form-field';
import { Hint } from './hint';
import { Label, type LabelSize } from './label';

/** Fixed widths (characters) or fluid widths (fractions of the container). */
export type InputWidth =
  | 2
  | 3
  | 4
  | 5
  | 10
  | 20
  | 30
  | 'full'
  | 'three-quarters'
  | 'two-thirds'
  | 'one-half'
  | 'one-third'
  | 'one-quarter';

export function inputWidthClass(width: InputWidth | undefined): string | undefined {
  if (width === undefined) return undefined;
  return typeof width === 'number' ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

export type InputProps = {
  id: string;
  label: ReactNode;
  labelSize?: LabelSize;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  /** Error message; also turns on the error styles. */
  error?: ReactNode;
  width?: InputWidth;
  /** Extra ids for aria-describedby (before the hint and error). */
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'children' | 'width'>;

/** GOV.UK text input with label, hint and error message. `name` defaults to `id`. */
export function Input({
  id,
  name,
  label,
  labelSize,
  labelIsPageHeading,
  hint,
  error,
  width,
  describedBy,
  className,
  formGroupClassName,
  type = 'text',
  ...inputProps
}: InputProps) {
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
      <input
        className={cx(
          'govuk-input',
          inputWidthClass(width),
          className,
          Boolean(error) && 'govuk-input--error',
        )}
        id={id}
        name={name ?? id}
        type={type}
        aria-describedby={ariaDescribedBy}
        {...inputProps}
      />
    </div>
  );
}
