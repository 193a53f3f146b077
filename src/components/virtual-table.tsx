import {
  elementScroll,
  measureElement as defaultMeasureElement,
  observeElementRect as defaultObserveElementRect,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { cx } from './cx';
import { STACKED_TABLE_CLASS } from './table-stack';
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
  /** Rows rendered beyond the visible window on each side (default 5). */
  overscan?: number;
  /** Rows rendered when the container cannot be measured (hidden, or jsdom in tests). Default 20. */
  initialRowCount?: number;
  className?: string;
  /**
   * Below the tablet breakpoint, one block per row with each value under its column's name
   * (src/components/table-stack.ts), so a phone shows every column of a row (default true).
   */
  stacked?: boolean;
};

const noopSort = () => undefined;

// GOV.UK's "until tablet" (govuk-media-query($until: tablet)), where a stacked table's rows become
// blocks of labelled values (src/styles/_app.scss).
const UNTIL_TABLET = '(max-width: 40.0525em)';
/** About one labelled value's height in a stacked row: its name above, one or two lines below. */
const STACKED_PX_A_COLUMN = 48;

/** Whether rows are stacked now: read from the viewport's width, which forces no layout. */
function stacksNow(): boolean {
  // jsdom has no matchMedia.
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(UNTIL_TABLET).matches
    : false;
}

/**
 * Reports the scroll container's size as TanStack Virtual's observeElementRect does, but without
 * reading it synchronously when the rows mount: that read forced a layout of the whole page inside
 * React's commit (~30 ms for the 10,000-row dashboard, bench/browser.bench.ts). A ResizeObserver
 * reports the size once the browser has laid the page out, before the first paint; until then the
 * virtualizer uses initialRect. Without ResizeObserver (old browsers, jsdom) it reads at once.
 */
function observeContainerRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  callback: (rect: { width: number; height: number }) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  const view = instance.targetWindow;
  if (element === null || view === null) return undefined;
  if (typeof view.ResizeObserver === 'undefined') {
    return defaultObserveElementRect(instance, callback);
  }
  const report = () => {
    callback({ width: element.clientWidth, height: element.clientHeight });
  };
  const observer = new view.ResizeObserver(report);
  observer.observe(element, { box: 'content-box' });
  return () => {
    observer.disconnect();
  };
}

function rowKeyOf(
  instance: Virtualizer<HTMLDivElement, Element>,
  element: Element,
): ReturnType<typeof instance.options.getItemKey> {
  return instance.options.getItemKey(instance.indexFromElement(element));
}

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
  estimateRowHeight: lineHeight = 53,
  height = '70vh',
  overscan = 5,
  initialRowCount = 20,
  className,
  stacked = true,
}: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const scrolledRef = useRef(false);
  const { message, sortBy } = useSortStatus(columns, sort, onSortChange);
  // A stacked row is many times a line's height: estimated so, the first render on a phone lays out
  // about the rows that fit rather than ten times as many (Lighthouse's phone: 27 blocks of nine).
  const estimateRowHeight =
    stacked && stacksNow() ? columns.length * STACKED_PX_A_COLUMN : lineHeight;
  const fallbackRect = { width: 1024, height: estimateRowHeight * initialRowCount };
  // Until the container's real size is known: the window's, which no table on the page exceeds.
  // Read without layout; the ResizeObserver corrects it before the first paint.
  const initialRect =
    typeof window === 'undefined' || window.innerHeight === 0
      ? fallbackRect
      : { width: window.innerWidth, height: window.innerHeight };

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
    initialRect,
    // The virtualizer writes its offset to the container when it mounts: for a container nobody
    // has scrolled that is 0, where it already is, and the write forced a layout of the page
    // inside React's commit (~18 ms of the first render of 10,000 rows). Every other write goes
    // through.
    scrollToFn: (offset, options, instance) => {
      if (offset === 0 && !scrolledRef.current && options.adjustments === undefined) return;
      elementScroll(offset, options, instance);
    },
    // A container that measures 0 (display:none, or jsdom) still shows a first window of rows.
    observeElementRect: (instance, callback) =>
      observeContainerRect(instance, (rect) => {
        callback(rect.height > 0 ? rect : fallbackRect);
      }),
    measureElement: (element, entry, instance) => {
      // A row not measured yet, mounted in this commit: keep the estimate and let the
      // ResizeObserver (already observing it) report its real height after the browser's own
      // layout. Reading offsetHeight here forced a layout of the whole page inside React's commit
      // (~30 ms of the first render of 10,000 rows: bench/browser.bench.ts).
      if (entry === undefined && !instance.itemSizeCache.has(rowKeyOf(instance, element))) {
        return estimateRowHeight;
      }
      const size = defaultMeasureElement(element, entry, instance);
      // Rows that measure 0 (hidden, or jsdom) would make every row "fit": keep the estimate.
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
    // Reading offsetHeight now would force a layout inside React's commit; the observer reports
    // the header once the page is laid out, before it is painted.
    if (typeof ResizeObserver === 'undefined') {
      update();
      return;
    }
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
        onScroll={() => {
          scrolledRef.current = true;
        }}
      >
        <table
          className={cx('govuk-table app-virtual-table__table', stacked && STACKED_TABLE_CLASS)}
          aria-rowcount={rows.length + 1}
        >
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
