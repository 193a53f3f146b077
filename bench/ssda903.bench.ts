// Importing a whole council's SSDA903 return: CSV text -> rows (papaparse) -> every row checked and
// episodes grouped into periods of care (the domain), exactly as the import page's web worker does.
import { analyseReturn } from '../src/features/import/lib/analyse-return.ts';
import { medianMs, type BenchResult } from './support.ts';
import { makeReturn } from './ssda903-return.ts';

const TODAY = '2026-11-23';
const EPISODE_ROWS = 50_000;
// "A whole council's return in seconds" (issue 8), on a shared 2-core machine.
const BUDGET_MS = 5000;

export function runSsda903Benchmarks(): BenchResult[] {
  const texts = makeReturn(EPISODE_ROWS);
  const check = analyseReturn(texts, TODAY);
  if (check.problems.length > 0 || check.validation.counts.episodes.valid !== EPISODE_ROWS) {
    throw new Error(
      `The generated return should be clean: ${check.problems.length} problems, ${check.validation.counts.episodes.valid} episodes`,
    );
  }
  const ms = medianMs(() => {
    analyseReturn(texts, TODAY);
  }, 3);
  const rows =
    check.validation.counts.header.rows +
    check.validation.counts.episodes.rows +
    check.validation.counts.reviews.rows;
  return [
    {
      name: `ssda903: parse + check ${EPISODE_ROWS.toLocaleString('en-GB')} episode rows (${rows.toLocaleString('en-GB')} rows in 3 files)`,
      figure: `${ms.toFixed(0)} ms (${((ms * 1000) / rows).toFixed(1)} µs per row)`,
      budget: `< ${BUDGET_MS} ms`,
      withinBudget: ms < BUDGET_MS,
    },
  ];
}
