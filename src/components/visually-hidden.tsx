import type { ReactNode } from 'react';

export type VisuallyHiddenProps = {
  children: ReactNode;
  /** Becomes visible when focused (for skip-style links). */
  focusable?: boolean;
  as?: 'span' | 'div' | 'p' | 'h2';
  id?: string;
};

/** Text for screen readers only (`govuk-visually-hidden`). */
export function VisuallyHidden({ children, focusable, as: Tag = 'span', id }: VisuallyHiddenProps) {
  return (
    <Tag
      id={id}
      className={focusable ? 'govuk-visually-hidden-focusable' : 'govuk-visually-hidden'}
    >
      {children}
    </Tag>
  );
}
