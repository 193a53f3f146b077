// Importing a whole council's SSDA903 return: CSV text -> rows (papaparse) -> every row checked and
// episodes grouped into periods of care (the domain), exactly as the import page's web worker does.
import { resetMockDatabase, server } from '../mocks/node.ts';
import { analyseReturn } from '../src/features/import/lib/analyse-return.ts';
import { medianMs, medianMsAsync, type BenchResult } from './support.ts';
import { makeReturn } from './ssda903-return.ts';

const TODAY = '2026-11-23';
const EPISODE_ROWS = 50_000;
// "A whole council's return in seconds" (issue 8), on a shared 2-core machine.
const BUDGET_MS = 5000;

// Issue 17: the backend's check (POST /ssda903/check, through the handler) of a council's return.
const SERVER_BUDGET_MS = 2000;
const API = 'http://localhost/api';

/** POST /ssda903/check through msw/node, as the tests call it: validation, whole-file checks, JSON. */
async function serverCheck(
  texts: ReturnType<typeof makeReturn>,
  rowCount: number,
  browserMs: number,
): Promise<BenchResult> {
  const { rows } = analyseReturn(texts, TODAY);
  const body = JSON.stringify({ ...rows, pageSize: 500 });
  resetMockDatabase({ size: 30, today: TODAY, seed: 20261123 });
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const signIn = await fetch(`${API}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ staffId: 'st_10' }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const check = async () => {
      const response = await fetch(`${API}/ssda903/check`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
      });
      const result = (await response.json()) as { totalProblems?: number };
      if (response.status !== 200 || result.totalProblems !== 0) {
        throw new Error(`The check should pass the clean return: ${response.status}`);
      }
    };
    const ms = await medianMsAsync(check, 3);
    return {
      name: `ssda903: server check (POST /ssda903/check) of ${EPISODE_ROWS.toLocaleString('en-GB')} episode rows`,
      figure: `${ms.toFixed(0)} ms (${((ms * 1000) / rowCount).toFixed(1)} µs per row; ${(ms / browserMs).toFixed(2)}x the browser's parse + check; ${(ms / SERVER_BUDGET_MS).toFixed(2)} of budget)`,
      budget: `< ${SERVER_BUDGET_MS} ms`,
      withinBudget: ms < SERVER_BUDGET_MS,
    };
  } finally {
    server.close();
  }
}

export async function runSsda903Benchmarks(): Promise<BenchResult[]> {
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
    await serverCheck(texts, rows, ms),
    {
      name: `ssda903: parse + check ${EPISODE_ROWS.toLocaleString('en-GB')} episode rows (${rows.toLocaleString('en-GB')} rows in 3 files)`,
      figure: `${ms.toFixed(0)} ms (${((ms * 1000) / rows).toFixed(1)} µs per row)`,
      budget: `< ${BUDGET_MS} ms`,
      withinBudget: ms < BUDGET_MS,
    },
  ];
}
