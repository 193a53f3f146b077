import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from '../cx';
import { ErrorMessage } from './error-message';
import { Fieldset, type FieldsetProps } from './fieldset';
import { fieldIds } from './form-field';
import { Hint } from './hint';
import { Label, type LabelSize } from './label';

export type FormGroupProps = {
  /** Turns on the error styles. */
  error?: ReactNode;
  className?: string;
  children?: ReactNode;
} & Omit<HTMLAttributes<HTMLDivElement>, 'className' | 'children'>;

/** GOV.UK form group, with the error styles while the field is in error. */
export function FormGroup({ error, className, children, ...attributes }: FormGroupProps) {
  return (
    <div
      className={cx('govuk-form-group', Boolean(error) && 'govuk-form-group--error', className)}
      {...attributes}
    >
      {children}
    </div>
  );
}

export type HintAndErrorProps = {
  hint?: ReactNode;
  hintId?: string;
  error?: ReactNode;
  errorId?: string;
};

/** A field's hint and error message, each only when given. */
export function HintAndError({ hint, hintId, error, errorId }: HintAndErrorProps) {
  return (
    <>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
    </>
  );
}

export type LabelledFormGroupProps = HintAndErrorProps & {
  /** The control's id, for the label. */
  id: string;
  label: ReactNode;
  labelSize?: LabelSize;
  labelIsPageHeading?: boolean;
} & Omit<FormGroupProps, 'error'>;

/** A form group for one control: its label, hint and error message, then the control. */
export function LabelledFormGroup({
  id,
  label,
  labelSize,
  labelIsPageHeading,
  children,
  hint,
  hintId,
  error,
  errorId,
  ...formGroup
}: LabelledFormGroupProps) {
  return (
    <FormGroup error={error} {...formGroup}>
      <Label htmlFor={id} size={labelSize} isPageHeading={labelIsPageHeading}>
        {label}
      </Label>
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children}
    </FormGroup>
  );
}

export type FieldsetFormGroupProps = {
  /** Prefix of the hint and error ids. */
  idPrefix: string;
  /** Extra ids for the fieldset's aria-describedby (before the hint and error). */
  describedBy?: string;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
  children?: ReactNode;
} & Pick<FieldsetProps, 'legend' | 'legendSize' | 'legendIsPageHeading' | 'role'>;

/**
 * A form group for several controls: a fieldset when there is a legend (without one the controls
 * are not wrapped in a fieldset), the hint and error message, then the controls.
 */
export function FieldsetFormGroup({
  idPrefix,
  describedBy,
  hint,
  error,
  className,
  children,
  ...fieldset
}: FieldsetFormGroupProps) {
  const { hintId, errorId, ariaDescribedBy } = fieldIds(idPrefix, { hint, error, describedBy });
  const inner = (
    <>
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children}
    </>
  );
  return (
    <FormGroup error={error} className={className}>
      {fieldset.legend ? (
        <Fieldset {...fieldset} describedBy={ariaDescribedBy}>
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </FormGroup>
  );
}
