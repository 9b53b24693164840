import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** The bound the issue sets for the median; p95 is shown too, but a shared machine makes it noisy. */
  goalMs?: number;
  p99Ms?: number;
  /** A goal that is not a bound on the median (throughput, p99): its text and whether it was met. */
  goal?: { text: string; met: boolean };
  /** Other figures of the row (throughput, memory). */
  note?: string;
}

/** A named group of measurements; each bench/<name>.ts exports one. */
export interface Benchmark {
  name: string;
  description: string;
  run(): Measurement[] | Promise<Measurement[]>;
}

export interface MeasureOptions {
  warmup?: number;
  runs?: number;
  goalMs?: number;
}

/** Times `fn` after a warm-up (so the JIT has settled) and reports median and 95th percentile. */
export function measure(name: string, fn: () => unknown, options: MeasureOptions = {}): Measurement {
  const { warmup = 5, runs = 25 } = options;
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const begin = performance.now();
    fn();
    times.push(performance.now() - begin);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    runs,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    ...(options.goalMs !== undefined && { goalMs: options.goalMs }),
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

export function metGoal(r: Measurement): boolean {
  if (r.goal) return r.goal.met;
  return r.goalMs === undefined || r.medianMs <= r.goalMs;
}

/** Median, 95th and 99th percentile of unsorted samples. */
export function percentiles(samples: number[]): { medianMs: number; p95Ms: number; p99Ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), p99Ms: percentile(sorted, 0.99) };
}

export function table(rows: Measurement[]): string {
  const cells = rows.map((r) => [
    r.name,
    String(r.runs),
    r.medianMs.toFixed(1),
    r.p95Ms.toFixed(1),
    r.p99Ms === undefined ? '' : r.p99Ms.toFixed(1),
    r.goal
      ? `${r.goal.met ? 'ok' : 'SLOW'} (${r.goal.text})`
      : r.goalMs === undefined
        ? ''
        : `${metGoal(r) ? 'ok' : 'SLOW'} (median < ${r.goalMs} ms)`,
    r.note ?? '',
  ]);
  const header = ['benchmark', 'runs', 'median ms', 'p95 ms', 'p99 ms', 'goal', 'figures'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: string[]) => c.map((cell, i) => (i === 0 || i >= 5 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
