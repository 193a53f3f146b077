// User Timing marks around the caseload table, read by the browser benchmark
// (bench/browser.bench.ts) and visible in any browser's performance panel.
export const CASELOAD_DATA_RECEIVED = 'caseload:data-received';
export const CASELOAD_ROWS_RENDERED = 'caseload:rows-rendered';
/** From the list arriving to the table showing it. */
export const CASELOAD_RENDER = 'caseload:render';

export function markCaseloadRendered(): void {
  performance.mark(CASELOAD_ROWS_RENDERED);
  if (performance.getEntriesByName(CASELOAD_DATA_RECEIVED, 'mark').length > 0) {
    performance.measure(CASELOAD_RENDER, CASELOAD_DATA_RECEIVED, CASELOAD_ROWS_RENDERED);
    performance.clearMarks(CASELOAD_DATA_RECEIVED);
  }
}
