// Issue 19: every team and report endpoint against the domain's own computation, in one run. First
// the domain works out 10,000 children's next review due and status (as domain.bench.ts does); then
// each endpoint is requested through msw/node over 10,000 seeded children, as a team manager, and
// must answer within 20 times that. Figures for 100,000 children are printed too, without a budget.
// The first request after seeding (or a write) works figures out; the median is of the requests
// after it, which is what a manager refreshing a page gets.
import { performance } from 'node:perf_hooks';
import { resetMockDatabase, server } from '../mocks/node.ts';
import { domainComputationMs } from './domain.bench.ts';
import { MOCK_API as API, medianMsAsync, signInForBench, type BenchResult } from './support.ts';

const TODAY = '2026-11-23';
const RATIO_BUDGET = 20;
const SIZES = (process.env.BENCH_ENDPOINT_SIZES ?? '10000,100000').split(',').map(Number);

const ENDPOINTS: [string, string][] = [
  ['team overview', '/team/overview'],
  ['annual report (all children)', '/reports/annual?from=2025-04-01&to=2026-03-31'],
  ['annual report (one IRO)', '/reports/annual?from=2025-04-01&to=2026-03-31&iroId=st_01'],
  ['reviews at risk', '/team/reviews-at-risk'],
  ['booking queue', '/booking-queue'],
  ['sign-off queue', '/team/sign-off-queue'],
  ['SSDA903 reviews export', '/ssda903/reviews?year=2025'],
  ['tasks (the team manager’s list)', '/tasks'],
  ['task counts (the navigation badge)', '/tasks/summary'],
];

export async function runEndpointBenchmarks(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const domainMs = domainComputationMs(10_000, 11);
  const budgetMs = domainMs * RATIO_BUDGET;
  results.push({
    name: 'endpoints: domain next due + status, 10,000 children (the yardstick)',
    figure: `${domainMs.toFixed(2)} ms`,
  });
  server.listen({ onUnhandledRequest: 'error' });
  try {
    for (const size of SIZES) {
      const sizeText = size.toLocaleString('en-GB');
      resetMockDatabase({ size, today: TODAY, seed: 20261123 });
      const token = await signInForBench();
      const get = async (path: string): Promise<void> => {
        const response = await fetch(`${API}${path}`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
        await response.json();
      };
      // Every child's summary is worked out once (the first list); each endpoint's first request
      // is then its own cold figure.
      await get('/children?pageSize=50');
      for (const [label, path] of ENDPOINTS) {
        const start = performance.now();
        await get(path);
        const firstMs = performance.now() - start;
        const ms = await medianMsAsync(() => get(path), size > 10_000 ? 3 : 7);
        const checked = size === 10_000;
        results.push({
          name: `endpoints: ${label}, ${sizeText} children`,
          figure: `${ms.toFixed(1)} ms (${(ms / domainMs).toFixed(1)}x domain; first ${firstMs.toFixed(0)} ms)`,
          ...(checked
            ? {
                budget: `${RATIO_BUDGET}x = ${budgetMs.toFixed(0)} ms`,
                withinBudget: ms <= budgetMs,
              }
            : {}),
        });
      }
    }
  } finally {
    server.close();
  }
  return results;
}
