import type { SelectHTMLAttributes } from 'react';
import { cx } from '../cx';
import { labelledField, type LabelledFieldProps } from './form-field';
import { LabelledFormGroup } from './form-group';

export type SelectOption = { value: string; text: string; disabled?: boolean };

export type SelectProps = LabelledFieldProps & {
  options: SelectOption[];
  className?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'children'>;

/** GOV.UK select. Controlled with `value`/`onChange` like a native select. `name` defaults to `id`. */
export function Select({ options, className, ...props }: SelectProps) {
  const { group, id, name, hasError, ariaDescribedBy, control } = labelledField(props);
  return (
    <LabelledFormGroup {...group}>
      <select
        className={cx('govuk-select', className, hasError && 'govuk-select--error')}
        id={id}
        name={name}
        aria-describedby={ariaDescribedBy}
        {...control}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.text}
          </option>
        ))}
      </select>
    </LabelledFormGroup>
  );
}
