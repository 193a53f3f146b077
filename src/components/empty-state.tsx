import type { ReactNode } from 'react';
import { cx } from './cx';

export type EmptyStateProps = {
  title: ReactNode;
  /** Why it is empty or what to do next (may include links or a button). */
  children?: ReactNode;
  headingLevel?: 2 | 3;
  className?: string;
};

/** Nothing to show, e.g. 'No reviews match your filters'. */
export function EmptyState({ title, children, headingLevel = 2, className }: EmptyStateProps) {
  const HeadingTag = `h${headingLevel}` as const;
  return (
    <div className={cx('app-empty-state', className)}>
      <HeadingTag className="govuk-heading-m">{title}</HeadingTag>
      {children}
    </div>
  );
}
