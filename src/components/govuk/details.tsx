import type { ReactNode, SyntheticEvent } from 'react';
import { cx } from '../cx';

export type DetailsProps = {
  summary: ReactNode;
  children: ReactNode;
  /** Open initially. */
  open?: boolean;
  onToggle?: (open: boolean) => void;
  id?: string;
  className?: string;
};

/** GOV.UK details: native `<details>`/`<summary>`, no script needed. */
export function Details({ summary, children, open, onToggle, id, className }: DetailsProps) {
  return (
    <details
      id={id}
      className={cx('govuk-details', className)}
      open={open}
      onToggle={(event: SyntheticEvent<HTMLDetailsElement>) => onToggle?.(event.currentTarget.open)}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
