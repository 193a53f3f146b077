// `npm run bench`: prints every figure as a table and exits non-zero when a budget is missed.
import { runDomainBenchmarks } from './domain.bench.ts';
import { printTable, type BenchResult } from './support.ts';

const results: BenchResult[] = [];
console.log('Running domain benchmarks…');
results.push(...runDomainBenchmarks());

console.log('');
printTable(results);
const over = results.filter((result) => result.withinBudget === false);
if (over.length > 0) {
  console.error(`\n${over.length} benchmark(s) over budget.`);
  process.exitCode = 1;
}
