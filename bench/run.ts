// `npm run bench`: prints every figure as a table and exits non-zero when a budget is missed.
// The bundle and browser benchmarks read the builds `npm run bench` makes first (dist/ and
// dist-server/). `npm run bench -- domain backend` runs only the named groups.
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

const chosen = process.argv.slice(2);
const results: BenchResult[] = [];
for (const [name, run] of groups) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  console.log(`Running ${name} benchmarks…`);
  results.push(...(await run()));
}

console.log('');
printTable(results);
const over = results.filter((result) => result.withinBudget === false);
if (over.length > 0) {
  console.error(`\n${over.length} benchmark(s) over budget.`);
  process.exitCode = 1;
}
