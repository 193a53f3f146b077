// User Timing marks around the caseload table, read by the browser benchmark
// (bench/browser.bench.ts) and visible in any browser's performance panel.
export const CASELOAD_DATA_RECEIVED = 'caseload:data-received';
export const CASELOAD_ROWS_RENDERED = 'caseload:rows-rendered';
/** From the list arriving to the table's rows in the DOM (React's commit). */
export const CASELOAD_RENDER = 'caseload:render';
/** From the list arriving to the frame that shows it painted (style, layout and paint included). */
export const CASELOAD_RENDER_TO_PAINT = 'caseload:render-to-paint';

export function markCaseloadRendered(): void {
  performance.mark(CASELOAD_ROWS_RENDERED);
  const received = performance.getEntriesByName(CASELOAD_DATA_RECEIVED, 'mark').at(-1);
  if (received === undefined) return;
  performance.measure(CASELOAD_RENDER, CASELOAD_DATA_RECEIVED, CASELOAD_ROWS_RENDERED);
  performance.clearMarks(CASELOAD_DATA_RECEIVED);
  // A task queued from the next animation frame runs once that frame has been painted.
  requestAnimationFrame(() => {
    setTimeout(() => {
      performance.measure(CASELOAD_RENDER_TO_PAINT, {
        start: received.startTime,
        end: performance.now(),
      });
    }, 0);
  });
}
