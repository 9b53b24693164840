import { availableParallelism } from 'node:os';
import { metGoal, table, type Benchmark } from './harness';
import { nlu } from './nlu';
import { runtimeSteps } from './runtime-steps';
import { sipLoad } from './sip';
import { studioOpen } from './studio-open';
import { validateCompile } from './validate-compile';

/** Every benchmark; a new one is a bench/<name>.ts exporting a Benchmark, listed here. */
const BENCHMARKS: Benchmark[] = [validateCompile, runtimeSteps, studioOpen, nlu, sipLoad];

// `npm run bench -- validate` runs only the benchmarks whose name contains "validate".
const filters = process.argv.slice(2);
const selected = BENCHMARKS.filter((b) => filters.length === 0 || filters.some((f) => b.name.includes(f)));
if (selected.length === 0) {
  console.error(`no benchmark matches ${filters.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  process.exit(1);
}

console.log(`Node ${process.version}, ${availableParallelism()} cores\n`);
let slow = false;
for (const benchmark of selected) {
  console.log(`${benchmark.name}: ${benchmark.description}`);
  const rows = await benchmark.run();
  console.log(`${table(rows)}\n`);
  slow ||= !rows.every(metGoal);
}
// Missing a goal is reported, not fatal: timings on a busy shared machine vary.
if (slow) console.log('Some benchmarks missed their goal (marked SLOW).');
