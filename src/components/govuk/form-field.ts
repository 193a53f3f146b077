import type { ReactNode } from 'react';
import type { LabelSize } from './label';

/** ids and aria-describedby shared by the form components. */
export function fieldIds(
  id: string,
  { hint, error, describedBy }: { hint?: unknown; error?: unknown; describedBy?: string },
) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const ariaDescribedBy = [describedBy, hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, ariaDescribedBy };
}

/** The props every labelled single-control component (input, textarea, select) takes. */
export type LabelledFieldProps = {
  id: string;
  /** Defaults to `id`. */
  name?: string;
  label: ReactNode;
  labelSize?: LabelSize;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  /** Error message; also turns on the error styles. */
  error?: ReactNode;
  /** Extra ids for aria-describedby (before the hint and error). */
  describedBy?: string;
  formGroupClassName?: string;
};

/**
 * Splits a labelled control's props into those of its form group (label, hint, error), the
 * control's id, name and aria-describedby, and the rest, which go on the control.
 */
export function labelledField<P extends LabelledFieldProps>({
  id,
  name,
  label,
  labelSize,
  labelIsPageHeading,
  hint,
  error,
  describedBy,
  formGroupClassName,
  ...control
}: P) {
  const { hintId, errorId, ariaDescribedBy } = fieldIds(id, { hint, error, describedBy });
  return {
    group: {
      id,
      label,
      labelSize,
      labelIsPageHeading,
      hint,
      hintId,
      error,
      errorId,
      className: formGroupClassName,
    },
    id,
    name: name ?? id,
    hasError: Boolean(error),
    ariaDescribedBy,
    control,
  };
}
