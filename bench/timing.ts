export interface Timing {
  /** Median wall time, ms. */
  median: number;
  /** Fastest run, ms: the least a busy machine inflates. */
  best: number;
  /** Median CPU time of this process per run (user + system), ms: waiting for a core shared with other work is not in it. */
  cpu: number;
}

/** Wall times of `runs` calls after one warm-up call. */
export function timed(fn: () => unknown, runs: number): Timing {
  fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0], cpu: cpu[Math.floor(cpu.length / 2)] };
}

/** Median wall time of `runs` calls after one warm-up call, in ms. */
export function median(fn: () => unknown, runs: number): number {
  return timed(fn, runs).median;
}

/** `X ms (best Y ms; <baseline> X' ms, best Y' ms, ×ratio of medians)`; with `cpu`, also the medians in CPU time and their ratio (for a machine whose cores are shared). */
export function againstBaseline(t: Timing, base: Timing, baseName: string, options: { cpu?: boolean } = {}): string {
  const cpu = options.cpu ? `; CPU ${t.cpu.toFixed(1)} ms vs ${base.cpu.toFixed(1)} ms, ×${(t.cpu / base.cpu).toFixed(1)}` : "";
  return `${t.median.toFixed(1)} ms (best ${t.best.toFixed(1)} ms; ${baseName} ${base.median.toFixed(1)} ms, best ${base.best.toFixed(1)} ms, ×${(t.median / base.median).toFixed(1)}${cpu})`;
}
