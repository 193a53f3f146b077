import type { TextareaHTMLAttributes } from 'react';
import { cx } from '../cx';
import { labelledField, type LabelledFieldProps } from './form-field';
import { LabelledFormGroup } from './form-group';

export type TextareaProps = LabelledFieldProps & {
  className?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'children'>;

/** GOV.UK textarea with label, hint and error message. `name` defaults to `id`, `rows` to 5. */
export function Textarea({ className, rows = 5, ...props }: TextareaProps) {
  const { group, id, name, hasError, ariaDescribedBy, control } = labelledField(props);
  return (
    <LabelledFormGroup {...group}>
      <textarea
        className={cx('govuk-textarea', hasError && 'govuk-textarea--error', className)}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={ariaDescribedBy}
        {...control}
      />
    </LabelledFormGroup>
  );
}
