import type { ReactNode } from 'react';
import { cx } from './cx';
import { Button } from './govuk/button';

export type ErrorStateProps = {
  title?: ReactNode;
  /** What went wrong and what to do, in plain words. */
  message?: ReactNode;
  /** Shows a 'Try again' button. */
  onRetry?: () => void;
  retryText?: string;
  headingLevel?: 2 | 3;
  className?: string;
};

/** A failed load: a heading, a message and a 'Try again' button, announced as an alert. */
export function ErrorState({
  title = 'Sorry, there is a problem',
  message = 'We could not load this information. Try again later.',
  onRetry,
  retryText = 'Try again',
  headingLevel = 2,
  className,
}: ErrorStateProps) {
  const HeadingTag = `h${headingLevel}` as const;
  return (
    <div className={cx('app-error-state', className)}>
      <div role="alert">
        <HeadingTag className="govuk-heading-m">{title}</HeadingTag>
        <p className="govuk-body">{message}</p>
      </div>
      {onRetry && (
        <Button type="button" variant="secondary" onClick={onRetry}>
          {retryText}
        </Button>
      )}
    </div>
  );
}
