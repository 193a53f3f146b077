import type { ReactNode } from 'react';
import { cx } from '../cx';

export type ErrorMessageProps = {
  id?: string;
  children: ReactNode;
  /** Prefix read by screen readers; '' to omit. */
  visuallyHiddenText?: string;
  className?: string;
};

/** GOV.UK error message, shown beside the field in error. */
export function ErrorMessage({
  id,
  children,
  visuallyHiddenText = 'Error',
  className,
}: ErrorMessageProps) {
  return (
    <p id={id} className={cx('govuk-error-message', className)}>
      {visuallyHiddenText ? (
        <>
          <span className="govuk-visually-hidden">{`${visuallyHiddenText}:`}</span> {children}
        </>
      ) : (
        children
      )}
    </p>
  );
}
