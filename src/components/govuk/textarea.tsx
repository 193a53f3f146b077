import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { cx } from '../cx';
import { ErrorMessage } from './error-message';
import { fieldIds } from './form-field';
import { Hint } from './hint';
import { Label, type LabelSize } from './label';

export type TextareaProps = {
  id: string;
  label: ReactNode;
  labelSize?: LabelSize;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  describedBy?: string;
  className?: string;
  formGroupClassName?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'children'>;

/** GOV.UK textarea with label, hint and error message. `name` defaults to `id`, `rows` to 5. */
export function Textarea({
  id,
  name,
  label,
  labelSize,
  labelIsPageHeading,
  hint,
  error,
  describedBy,
  className,
  formGroupClassName,
  rows = 5,
  ...textareaProps
}: TextareaProps) {
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
      <textarea
        className={cx('govuk-textarea', Boolean(error) && 'govuk-textarea--error', className)}
        id={id}
        name={name ?? id}
        rows={rows}
        aria-describedby={ariaDescribedBy}
        {...textareaProps}
      />
    </div>
  );
}
