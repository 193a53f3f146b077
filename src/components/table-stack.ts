import type { ReactNode } from 'react';

// Below the tablet breakpoint a table reflows into one stacked block per row, each cell under its
// column's name (as a GOV.UK summary list shows a key above its value on a phone), so no page
// scrolls sideways (issue 22). The names come from the head: `data-label` on each body cell, shown
// by CSS (src/styles/_app.scss, `.app-table--stacked`).

/** The class that turns a table into stacked rows below the tablet breakpoint. */
export const STACKED_TABLE_CLASS = 'app-table--stacked';

/** A column's plain-text name, when its header is plain text. */
export function plainText(content: ReactNode): string | undefined {
  if (typeof content === 'string') return content.trim() === '' ? undefined : content;
  if (typeof content === 'number') return String(content);
  return undefined;
}

/**
 * The column name for each body cell of a row, following the head's column spans: a head cell
 * spanning two columns names both.
 */
export function cellLabels(
  head: readonly { label?: string | undefined; colSpan?: number | undefined }[],
  row: readonly { colSpan?: number | undefined }[],
): (string | undefined)[] {
  const byColumn = head.flatMap((cell) =>
    Array.from({ length: cell.colSpan ?? 1 }, () => cell.label),
  );
  let column = 0;
  return row.map((cell) => {
    const label = byColumn[column];
    column += cell.colSpan ?? 1;
    return label;
  });
}
