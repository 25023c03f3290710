export interface Timing {
  /** Median wall time, ms. */
  median: number;
  /** Fastest run, ms: the least a busy machine inflates. */
  best: number;
}

/** Wall times of `runs` calls after one warm-up call. */
export function timed(fn: () => unknown, runs: number): Timing {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0] };
}

/** Median wall time of `runs` calls after one warm-up call, in ms. */
export function median(fn: () => unknown, runs: number): number {
  return timed(fn, runs).median;
}

/** `X ms (best Y ms; <baseline> X' ms, best Y' ms, ×ratio of medians)`. */
export function againstBaseline(t: Timing, base: Timing, baseName: string): string {
  return `${t.median.toFixed(1)} ms (best ${t.best.toFixed(1)} ms; ${baseName} ${base.median.toFixed(1)} ms, best ${base.best.toFixed(1)} ms, ×${(t.median / base.median).toFixed(1)})`;
}
