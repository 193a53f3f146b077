import type { ReactNode } from 'react';
import { cx } from '../cx';

export type WarningTextProps = {
  children: ReactNode;
  iconFallbackText?: string;
  className?: string;
};

/** GOV.UK warning text: the '!' icon is hidden; 'Warning' is read out instead. */
export function WarningText({
  children,
  iconFallbackText = 'Warning',
  className,
}: WarningTextProps) {
  return (
    <div className={cx('govuk-warning-text', className)}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span>
        {children}
      </strong>
    </div>
  );
}
