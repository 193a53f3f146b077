import type { ReactNode } from 'react';
import { cx } from '../cx';

export type LabelSize = 's' | 'm' | 'l' | 'xl';

export type LabelProps = {
  htmlFor?: string;
  children: ReactNode;
  size?: LabelSize;
  /** Wraps the label in an `<h1 class="govuk-label-wrapper">`. */
  isPageHeading?: boolean;
  className?: string;
};

/** GOV.UK label. */
export function Label({ htmlFor, children, size, isPageHeading, className }: LabelProps) {
  const label = (
    <label
      className={cx('govuk-label', size && `govuk-label--${size}`, className)}
      htmlFor={htmlFor}
    >
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
