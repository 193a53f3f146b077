import {
  measureElement as defaultMeasureElement,
  observeElementRect as defaultObserveElementRect,
  useVirtualizer,
} from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { cx } from './cx';
import {
  ColumnCell,
  SortableHeaderCell,
  SortStatus,
  sortableCaptionHint,
  useSortStatus,
  type SortState,
  type TableColumn,
} from './moj/sort-header';

export type VirtualTableProps<Row> = {
  /** Names the table and its scrollable region. */
  caption: string;
  captionClassName?: string;
  columns: readonly TableColumn<Row>[];
  /** Rows in display order: the parent sorts them. */
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sort?: SortState | null;
  onSortChange?: (sort: SortState) => void;
  /** Estimated row height in px before rows are measured (default 53: one line of GOV.UK table text). */
  estimateRowHeight?: number;
  /** Height of the scroll container (default '70vh'). */
  height?: string;
  /** Rows rendered beyond the visible window on each side (default 10). */
  overscan?: number;
  /** Rows rendered when the container cannot be measured (hidden, or jsdom in tests). Default 20. */
  initialRowCount?: number;
  className?: string;
};

const noopSort = () => undefined;

/**
 * A large-list table that keeps real `<table>` semantics: a sticky header row with MOJ-style sort
 * buttons, only the visible rows in the DOM between spacer rows, aria-rowcount/aria-rowindex for
 * screen readers, and a focusable scroll region so keyboard users can scroll it.
 */
export function VirtualTable<Row>({
  caption,
  captionClassName,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange = noopSort,
  estimateRowHeight = 53,
  height = '70vh',
  overscan = 10,
  initialRowCount = 20,
  className,
}: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const { message, sortBy } = useSortStatus(columns, sort, onSortChange);
  const fallbackRect = { width: 1024, height: estimateRowHeight * initialRowCount };

  // TanStack Virtual is not memoisable by the React Compiler, which skips this component: intended.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    getItemKey: (index) => {
      const row = rows[index];
      return row === undefined ? index : rowKey(row);
    },
    overscan,
    initialRect: fallbackRect,
    // A container that measures 0 (display:none, or jsdom) still shows a first window of rows.
    observeElementRect: (instance, callback) =>
      defaultObserveElementRect(instance, (rect) => {
        callback(rect.height > 0 ? rect : fallbackRect);
      }),
    // Rows that measure 0 would make every row "fit": keep the estimate instead.
    measureElement: (element, entry, instance) => {
      const size = defaultMeasureElement(element, entry, instance);
      return size > 0 ? size : estimateRowHeight;
    },
  });

  // Keep rows reached by keyboard focus clear of the sticky header (WCAG 2.4.11).
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    const head = headRef.current;
    if (!scroller || !head) return;
    const update = () => {
      scroller.style.scrollPaddingTop = `${head.offsetHeight}px`;
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(head);
    return () => {
      observer.disconnect();
    };
  }, []);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const paddingTop = first ? first.start : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  const anySortable = columns.some((column) => column.sortable);

  return (
    <>
      <div
        ref={scrollRef}
        className={cx('app-virtual-table', className)}
        style={{ height }}
        role="region"
        aria-label={`${caption} (scrollable)`}
        // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="govuk-table app-virtual-table__table" aria-rowcount={rows.length + 1}>
          <caption className={cx('govuk-table__caption', captionClassName)}>
            {caption}
            {anySortable && <span className="govuk-visually-hidden">{sortableCaptionHint}</span>}
          </caption>
          <thead ref={headRef} className="govuk-table__head app-virtual-table__head">
            <tr className="govuk-table__row" aria-rowindex={1}>
              {columns.map((column) => (
                <SortableHeaderCell key={column.key} column={column} sort={sort} onSort={sortBy} />
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {paddingTop > 0 && <SpacerRow height={paddingTop} colSpan={columns.length} />}
            {items.map((item) => {
              const row = rows[item.index];
              if (row === undefined) return null;
              return (
                <tr
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="govuk-table__row"
                  aria-rowindex={item.index + 2}
                >
                  {columns.map((column) => (
                    <ColumnCell key={column.key} column={column} row={row} />
                  ))}
                </tr>
              );
            })}
            {paddingBottom > 0 && <SpacerRow height={paddingBottom} colSpan={columns.length} />}
          </tbody>
        </table>
      </div>
      <SortStatus message={message} />
    </>
  );
}

function SpacerRow({ height, colSpan }: { height: number; colSpan: number }): ReactNode {
  return (
    <tr aria-hidden="true" className="app-virtual-table__spacer">
      <td colSpan={colSpan} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
