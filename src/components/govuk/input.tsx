import type { InputHTMLAttributes } from 'react';
import { cx } from '../cx';
import { labelledField, type LabelledFieldProps } from './form-field';
import { LabelledFormGroup } from './form-group';

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

export type InputProps = LabelledFieldProps & {
  width?: InputWidth;
  className?: string;
  /** Shown after the box ('working days'); hidden from screen readers, so say it in the hint too. */
  suffix?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'children' | 'width'>;

/** GOV.UK text input with label, hint and error message. `name` defaults to `id`. */
export function Input({ width, className, type = 'text', suffix, ...props }: InputProps) {
  const { group, id, name, hasError, ariaDescribedBy, control } = labelledField(props);
  const input = (
    <input
      className={cx(
        'govuk-input',
        inputWidthClass(width),
        className,
        hasError && 'govuk-input--error',
      )}
      id={id}
      name={name}
      type={type}
      aria-describedby={ariaDescribedBy}
      {...control}
    />
  );
  return (
    <LabelledFormGroup {...group}>
      {suffix === undefined ? (
        input
      ) : (
        <div className="govuk-input__wrapper">
          {input}
          <div className="govuk-input__suffix" aria-hidden="true">
            {suffix}
          </div>
        </div>
      )}
    </LabelledFormGroup>
  );
}
