// CSV (RFC 4180) for the report's tables: every field that needs it is quoted, quotes are doubled,
// lines end with CRLF. Free text that a spreadsheet would run as a formula is made inert.

export type CsvCell = string | number | null | undefined;

/** Characters that make Excel, LibreOffice and Sheets treat a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: numbers as they are, text quoted when it holds a comma, quote, CR or LF. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A leading apostrophe stops a spreadsheet running text such as "=HYPERLINK(...)" as a formula.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text, CRLF after every row (including the last). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** 'IRO annual report', '2025-26', 'Late reviews' -> 'iro-annual-report-2025-26-late-reviews.csv'. */
export function csvFilename(...parts: readonly string[]): string {
  const slug = parts
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug === '' ? 'table' : slug}.csv`;
}
