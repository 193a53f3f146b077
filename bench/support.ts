import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  figure: string;
  budget?: string;
  withinBudget?: boolean;
}

/** Runs `work` `runs` times after one warm-up and returns the median duration in milliseconds. */
export function medianMs(work: () => void, runs = 5): number {
  work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export async function medianMsAsync(work: () => Promise<void>, runs = 5): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export function printTable(results: readonly BenchResult[]): void {
  const rows = results.map((result) => [
    result.name,
    result.figure,
    result.budget ?? '',
    result.withinBudget === undefined ? '' : result.withinBudget ? 'ok' : 'OVER BUDGET',
  ]);
  const header = ['benchmark', 'figure', 'budget', 'verdict'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

/** The mock backend's address under msw/node (the benches call it with fetch, as the tests do). */
export const MOCK_API = 'http://localhost/api';

/** Signs in through the mock backend (st_10: the team manager, who sees everyone) and gives the token. */
export async function signInForBench(staffId = 'st_10'): Promise<string> {
  const response = await fetch(`${MOCK_API}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ staffId }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}
