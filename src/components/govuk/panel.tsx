import type { ReactNode } from 'react';
import { cx } from '../cx';

export type PanelProps = {
  title: ReactNode;
  children?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  className?: string;
};

/** GOV.UK confirmation panel. */
export function Panel({ title, children, headingLevel = 1, className }: PanelProps) {
  const HeadingTag = `h${headingLevel}` as const;
  return (
    <div className={cx('govuk-panel', 'govuk-panel--confirmation', className)}>
      <HeadingTag className="govuk-panel__title">{title}</HeadingTag>
      {children !== undefined && children !== null && (
        <div className="govuk-panel__body">{children}</div>
      )}
    </div>
  );
}
