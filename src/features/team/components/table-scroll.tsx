import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A wide table's wrapper. While the table fits, a plain block; once it is wider than the page
 * (12 columns of figures at 1024 px), a named, bordered region that scrolls sideways and takes
 * keyboard focus, so a keyboard user can scroll it (WCAG 2.1.1) and nobody meets a header cut off
 * at the page's edge. Not focusable while nothing scrolls: no empty tab stop at 1366 px.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    // Either box changing size can start or end the overflow: the window, or the table's rows.
    const observer = new ResizeObserver(() => {
      setScrolls(element.scrollWidth > element.clientWidth);
    });
    observer.observe(element);
    if (element.firstElementChild !== null) observer.observe(element.firstElementChild);
    return () => {
      observer.disconnect();
    };
  }, []);
  return (
    <div
      ref={ref}
      className={scrolls ? 'app-table-scroll app-table-scroll--region' : 'app-table-scroll'}
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? `${label} (scrollable)` : undefined}
      // A region that scrolls must be reachable by keyboard (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
