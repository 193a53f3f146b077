// `npm run bench`: prints every figure as a table and exits non-zero when a budget is missed.
// The bundle and browser benchmarks read the builds `npm run bench` makes first (dist/ and
// dist-server/). `npm run bench -- domain backend` runs only the named groups.
//
// Each group runs in a Node process of its own (this file again, with BENCH_GROUP set), so that
// no group is measured beside the heap an earlier one left: the backend and cold-start groups
// hold 100,000 children, and a full garbage collection of that heap in the same process as
// Lighthouse takes CPU from Chromium on a 2-core machine, which Lighthouse's simulation then
// counts against the page.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBackendBenchmarks } from './backend.bench.ts';
import { runBrowserBenchmarks } from './browser.bench.ts';
import { runBundleBenchmarks } from './bundle.bench.ts';
import { runColdStartBenchmarks } from './cold-start.bench.ts';
import { runDomainBenchmarks } from './domain.bench.ts';
import { runLighthouseBenchmarks } from './lighthouse.bench.ts';
import { runResponseSizeBenchmarks } from './response-size.bench.ts';
import { runEndpointBenchmarks } from './endpoints.bench.ts';
import { runSsda903Benchmarks } from './ssda903.bench.ts';
import { printTable, type BenchResult } from './support.ts';

const groups: [string, () => BenchResult[] | Promise<BenchResult[]>][] = [
  ['domain', runDomainBenchmarks],
  ['ssda903', runSsda903Benchmarks],
  ['bundle', runBundleBenchmarks],
  ['backend', runBackendBenchmarks],
  ['responses', runResponseSizeBenchmarks],
  ['endpoints', runEndpointBenchmarks],
  ['cold-start', runColdStartBenchmarks],
  ['browser', runBrowserBenchmarks],
  ['lighthouse', runLighthouseBenchmarks],
];

/** Runs one group in a process of its own and gives its results (written to a file it is given). */
async function runInOwnProcess(name: string): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const out = join(dir, 'results.json');
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
        env: { ...process.env, BENCH_GROUP: name, BENCH_RESULTS: out },
        stdio: 'inherit',
      });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`The ${name} benchmarks stopped with exit code ${code}`);
    return JSON.parse(readFileSync(out, 'utf8')) as BenchResult[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const own = process.env.BENCH_GROUP;
if (own !== undefined) {
  // A group's own process: run it and hand its results back.
  const run = groups.find(([name]) => name === own)?.[1];
  if (run === undefined) throw new Error(`No benchmark group called ${own}`);
  writeFileSync(process.env.BENCH_RESULTS ?? '', JSON.stringify(await run()));
  // Servers and sockets a group leaves open must not keep this process waiting.
  process.exit(0);
} else {
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !groups.some(([group]) => group === name));
  if (unknown.length > 0) throw new Error(`No benchmark group called ${unknown.join(', ')}`);
  const results: BenchResult[] = [];
  for (const [name] of groups) {
    if (chosen.length > 0 && !chosen.includes(name)) continue;
    console.log(`Running ${name} benchmarks…`);
    results.push(...(await runInOwnProcess(name)));
  }

  console.log('');
  printTable(results);
  const over = results.filter((result) => result.withinBudget === false);
  if (over.length > 0) {
    console.error(`\n${over.length} benchmark(s) over budget.`);
    process.exitCode = 1;
  }
}
