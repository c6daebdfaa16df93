/**
 * The benchmark contract. Each file in bench/cases/ exports `cases: BenchCase[]`; bench/run.ts runs them all in
 * one process, one after another, and writes docs/benchmarks.md. Every figure is compared with a named baseline
 * measured in the same run, so machine speed cancels out.
 */
export interface BenchMeasure {
  /** What was measured, e.g. "WINRATE over 1,048,576 cells". */
  readonly label: string;
  /** Median wall time in milliseconds (or another unit named in `unit`). */
  readonly value: number;
  readonly unit: "ms" | "s" | "goals/s" | "KB" | "MiB" | "MB/s" | "x";
  /** The baseline in the same run, when there is one. */
  readonly baseline?: { readonly label: string; readonly value: number };
  /** The budget from the issue, if any ("<= 50 ms", "<= 2x baseline"), and whether it held. */
  readonly budget?: { readonly text: string; readonly met: boolean };
  readonly notes?: string;
}

export interface BenchCase {
  readonly name: string;
  run(): Promise<BenchMeasure[]>;
}

/** Median of `repeats` timed runs of `fn`, after `warmup` untimed runs. */
export async function timeMedian(fn: () => unknown, repeats = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
