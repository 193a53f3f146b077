// Issue 19: no response over 1 MB at 100,000 children except an explicit file download, which
// streams. Seeds 100,000 children and calls every GET operation without a path parameter (every
// list, report and setting) with its default page, as a team manager, and as business support for
// what they may call, through msw/node as the tests do. Prints the largest body (JSON as sent,
// before compression: the stricter figure) against the budget, and every download's size.
import { operations, OPERATION_IDS, type Operation } from '../src/lib/api/operations.ts';
import { resetMockDatabase, server } from '../mocks/node.ts';
import type { BenchResult } from './support.ts';

const SIZE = Number(process.env.BENCH_BACKEND_SIZE ?? 100_000);
const BUDGET_BYTES = 1024 * 1024;
const API = 'http://localhost/api';
const TODAY = '2026-11-23';

/** Queries an operation cannot do without (the rest take their defaults). */
const REQUIRED_QUERY: Partial<Record<string, string>> = {
  getAnnualReport: 'from=2026-04-01&to=2026-11-23',
  getSsda903Reviews: 'year=2026',
  // A month view's six weeks, every IRO.
  getTeamCalendar: 'from=2026-10-26&to=2026-12-06',
  getAnnexAList8: `asAt=${TODAY}&format=csv`,
};

/** Who calls what: the team manager (sees everyone) and business support (st_12). */
const CALLERS = { 'team-manager': 'st_10', 'business-support': 'st_12' } as const;

async function signIn(staffId: string): Promise<string> {
  const response = await fetch(`${API}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ staffId }),
  });
  if (!response.ok) throw new Error(`Sign-in as ${staffId} failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function runResponseSizeBenchmarks(): Promise<BenchResult[]> {
  resetMockDatabase({ size: SIZE, today: TODAY, seed: 20261123 });
  server.listen({ onUnhandledRequest: 'error' });
  const sizes: { name: string; bytes: number; download: boolean }[] = [];
  // An operation that refuses its default call is a miss, named, not the end of the run.
  const refused: BenchResult[] = [];
  try {
    const tokens = {
      'team-manager': await signIn(CALLERS['team-manager']),
      'business-support': await signIn(CALLERS['business-support']),
    };
    for (const id of OPERATION_IDS) {
      const operation: Operation = operations[id];
      if (operation.method !== 'get' || operation.control === true) continue;
      if (operation.path.includes('{')) continue;
      const roles = (['team-manager', 'business-support'] as const).filter(
        (role) => operation.roles === null || operation.roles.includes(role),
      );
      for (const role of roles) {
        const query = REQUIRED_QUERY[id];
        const url = `${API}${operation.path}${query === undefined ? '' : `?${query}`}`;
        const response = await fetch(url, {
          headers: { Authorization: `Bearer ${tokens[role]}` },
        });
        if (!response.ok) {
          refused.push({
            name: `responses: GET ${operation.path} (${role}) answered`,
            figure: String(response.status),
            budget: '200',
            withinBudget: false,
          });
          continue;
        }
        const bytes = (await response.arrayBuffer()).byteLength;
        const download = /^attachment\b/.test(response.headers.get('content-disposition') ?? '');
        sizes.push({ name: `GET ${operation.path} (${role})`, bytes, download });
      }
    }
  } finally {
    server.close();
  }
  const answers = sizes.filter((size) => !size.download).sort((a, b) => b.bytes - a.bytes);
  const largest = answers[0];
  const results: BenchResult[] = [...refused];
  if (largest !== undefined) {
    results.push({
      name: `responses: largest of ${answers.length} GET answers at ${SIZE.toLocaleString('en-GB')} children, default page: ${largest.name}`,
      figure: mb(largest.bytes),
      budget: mb(BUDGET_BYTES),
      withinBudget: largest.bytes <= BUDGET_BYTES,
    });
  }
  // Every answer over the budget by name (a miss says which), and the next largest for scale.
  for (const answer of answers.slice(1)) {
    if (answer.bytes <= BUDGET_BYTES && answer !== answers[1]) continue;
    results.push({
      name: `responses: ${answer.name}`,
      figure: answer.bytes > 100 * 1024 ? mb(answer.bytes) : kb(answer.bytes),
      budget: mb(BUDGET_BYTES),
      withinBudget: answer.bytes <= BUDGET_BYTES,
    });
  }
  for (const download of sizes.filter((size) => size.download)) {
    results.push({
      name: `responses: ${download.name}, a file download (streamed, no budget)`,
      figure: mb(download.bytes),
    });
  }
  return results;
}
