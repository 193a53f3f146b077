import type { ReactNode } from 'react';
import { cx } from '../cx';

export type FilterLayoutProps = {
  /** The filter panel (usually a `Filter`). */
  filter: ReactNode;
  /** The list or table being filtered. */
  children: ReactNode;
  className?: string;
};

/**
 * MOJ 'filter a list' layout: the filter beside the content on desktop, above it on smaller
 * screens (without MOJ's script the filter is not an overlay; see _app.scss).
 */
export function FilterLayout({ filter, children, className }: FilterLayoutProps) {
  return (
    <div className={cx('moj-filter-layout', className)}>
      <div className="moj-filter-layout__filter">{filter}</div>
      <div className="moj-filter-layout__content">{children}</div>
    </div>
  );
}
