/** Timing helpers for benchmarks: medians of several runs, because these machines are noisy. */
import { performance } from 'perf_hooks';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The target from the issue, in words (`>= 100,000`), or '' when there is none. */
  target: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `work` `runs` times after one warm-up run and returns the median time in milliseconds. */
export async function medianMs(runs: number, work: () => unknown | Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}
