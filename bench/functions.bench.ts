/**
 * The KH.* custom functions at 100,000 rows (and the sizes below), timed through the same matrix adapters the
 * functions call (only the CustomFunctions.Error mapping is left out), each against a simple
 * baseline measured in the same run; and route quality on classic TSPLIB instances.
 */
import { abcMatrix } from "../src/functions/abc";
import { nextDueMatrix } from "../src/functions/cadence";
import { routeMatrix } from "../src/functions/routes";
import { seededRandom } from "../src/domain/ids";
import { improveTour, solveTour, tourLength } from "../src/domain/routes/tour";
import { planRoutes, type RouteCustomer } from "../src/domain/routes/plan";
import { TSP_INSTANCES } from "./tsp-instances";

type Print = (line: string) => void;

/** Collects garbage left by earlier runs when node runs with --expose-gc (npm run bench does). */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

interface Timing {
  /** Median wall time, ms. */
  median: number;
  /** Fastest run, ms: close to the uncontended time on a busy machine. */
  min: number;
  /** Median CPU time of this process (all its threads), ms. */
  cpu: number;
}

/** `runs` calls after `warm` untimed ones, each starting from a collected heap. */
function measure(fn: () => unknown, runs = 7, warm = 2): Timing {
  for (let i = 0; i < warm; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { median: median(wall), min: Math.min(...wall), cpu: median(cpu) };
}

/** Median wall time. */
function time(fn: () => unknown, runs = 7, warm = 2): number {
  return measure(fn, runs, warm).median;
}

const detail = (t: Timing) => `min ${ms(t.min)}, cpu ${ms(t.cpu)}`;

/**
 * The floor every column-shaped custom function pays: building n one-cell rows for Excel. On a
 * busy machine this alone shows how slow allocation is running.
 */
function outputFloor(n: number): number {
  return time(() => {
    const rows: string[][] = [];
    for (let i = 0; i < n; i++) rows.push([i & 1 ? "A" : "B"]);
    return rows;
  });
}
const ms = (x: number) => `${x.toFixed(1)} ms`;
const ratio = (x: number, base: number) => `${(x / base).toFixed(2)}x`;

/** The obvious ABC: sort (index, amount) pairs with a comparator, walk the running share. */
function naiveAbc(amounts: number[], a = 0.7, b = 0.95): string[] {
  const idx = amounts.map((x, i) => ({ x, i })).filter((p) => p.x > 0);
  idx.sort((p, q) => q.x - p.x);
  const total = idx.reduce((s, p) => s + p.x, 0);
  const out = amounts.map(() => "C");
  let above = 0;
  let k = 0;
  while (k < idx.length) {
    const share = above / total;
    const cls = share < a ? "A" : share < b ? "B" : "C";
    const x = idx[k].x;
    while (k < idx.length && idx[k].x === x) {
      out[idx[k].i] = cls;
      above += x;
      k++;
    }
  }
  return out;
}

function benchAbc(print: Print): void {
  const n = 100_000;
  const random = seededRandom(3);
  // Pareto-like sales: a few large customers, a long tail; some blanks and zeros.
  const amounts = Array.from({ length: n }, () => Math.round(1000 / Math.pow(random() + 1e-6, 0.8)) / 10);
  const matrix = amounts.map((x, i) => [i % 97 === 0 ? "" : i % 89 === 0 ? 0 : x]);
  const plain = matrix.map((r) => (typeof r[0] === "number" ? r[0] : 0));
  const fast = measure(() => abcMatrix(matrix));
  const base = measure(() => naiveAbc(plain));
  const floor = outputFloor(n);
  print(`KH.ABC n=${n}: ${ms(fast.median)} (${detail(fast)}; naive comparator-sort baseline ${ms(base.median)}, ${ratio(fast.median, base.median)}; building the ${n} output rows alone ${ms(floor)}; target ≤ 30 ms)`);
}

/** The obvious NEXTDUE: Date objects per row, setUTCDate, getUTCDay in a loop. */
function naiveNextDue(grades: string[], serials: number[], holidays: Set<string>): number[] {
  const days: Record<string, number> = { A: 1, B: 7, C: 15, D: 30, E: 365 };
  return grades.map((g, i) => {
    const d = new Date(Math.round((serials[i] - 25569) * 86_400_000));
    d.setUTCHours(0, 0, 0, 0);
    d.setUTCDate(d.getUTCDate() + days[g]);
    while (d.getUTCDay() === 0 || d.getUTCDay() === 6 || holidays.has(d.toISOString().slice(0, 10))) d.setUTCDate(d.getUTCDate() + 1);
    return d.getTime() / 86_400_000 + 25569;
  });
}

function benchNextDue(print: Print): void {
  const n = 100_000;
  const random = seededRandom(5);
  const grades = Array.from({ length: n }, () => "ABCDE"[Math.floor(random() * 5)]);
  const serials = Array.from({ length: n }, () => 45000 + Math.floor(random() * 1500) + (random() < 0.3 ? 0.5 : 0));
  const holidaySerials = [46023, 46143, 46144, 46145, 46296, 46297, 46298, 46299, 46300, 46301, 46302];
  const holidayIso = new Set(holidaySerials.map((s) => new Date((s - 25569) * 86_400_000).toISOString().slice(0, 10)));
  const g = grades.map((x) => [x]);
  const l = serials.map((x) => [x]);
  const h = holidaySerials.map((x) => [x]);
  const fast = measure(() => nextDueMatrix(g, l, null, h));
  const base = measure(() => naiveNextDue(grades, serials, holidayIso));
  const check = nextDueMatrix(g, l, null, h);
  const expected = naiveNextDue(grades, serials, holidayIso);
  const agree = expected.every((x, i) => check[i][0] === x);
  const floor = outputFloor(n);
  print(`KH.NEXTDUE n=${n}: ${ms(fast.median)} (${detail(fast)}; Date-object baseline ${ms(base.median)}, ${ratio(fast.median, base.median)}; agrees with baseline: ${agree ? "yes" : "NO"}; building the ${n} output rows alone ${ms(floor)}; target ≤ 50 ms)`);
}

function benchRoute(print: Print): void {
  const n = 5000;
  const areasCount = 20;
  const random = seededRandom(7);
  const centres = Array.from({ length: areasCount }, () => ({ lat: 22 + random() * 18, lng: 104 + random() * 18 }));
  const rows = Array.from({ length: n }, (_, i) => {
    const a = i % areasCount;
    return { area: `区域${String(a + 1).padStart(2, "0")}`, lat: centres[a].lat + (random() - 0.5) * 0.6, lng: centres[a].lng + (random() - 0.5) * 0.6 };
  });
  const areas = rows.map((r) => [r.area]);
  const lats = rows.map((r) => [r.lat]);
  const lngs = rows.map((r) => [r.lng]);
  const full = measure(() => routeMatrix(areas, lats, lngs, 25), 5, 1);
  const customers: RouteCustomer[] = rows;
  const sweepOnly = time(() => planRoutes(customers, { maxStops: 25, kicks: 0 }), 5, 1);
  const km = (p: ReturnType<typeof planRoutes>) => p.routes.reduce((s, r) => s + (r.lengthKm ?? 0), 0);
  const improved = km(planRoutes(customers, { maxStops: 25 }));
  const localOnly = km(planRoutes(customers, { maxStops: 25, kicks: 0 }));
  print(`KH.ROUTE n=${n}: ${ms(full.median)} (${detail(full)}; ${areasCount} areas, max 25 stops; 2-opt+Or-opt without perturbation ${ms(sweepOnly)}, ${ratio(full.median, sweepOnly)}; target ≤ 500 ms)`);
  print(`KH.ROUTE total length n=${n}: ${improved.toFixed(1)} km (without perturbation ${localOnly.toFixed(1)} km, ${ratio(improved, localOnly)})`);
}

/** TSPLIB's EUC_2D metric: Euclidean distance rounded to the nearest integer. */
function euc2d(coords: readonly number[]): { dist: Float64Array; n: number } {
  const n = coords.length / 2;
  const dist = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) dist[i * n + j] = Math.round(Math.hypot(coords[2 * i] - coords[2 * j], coords[2 * i + 1] - coords[2 * j + 1]));
  }
  return { dist, n };
}

/** The slow baseline: many random starts, each improved by 2-opt + Or-opt to a local optimum; the best. */
function randomRestarts(dist: Float64Array, n: number, restarts: number): number {
  const random = seededRandom(11);
  let best = Infinity;
  for (let r = 0; r < restarts; r++) {
    const start = Int32Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [start[i], start[j]] = [start[j], start[i]];
    }
    best = Math.min(best, tourLength(improveTour(start, dist, n, { kicks: 0 }), dist, n));
  }
  return best;
}

function benchTourQuality(print: Print): void {
  const gaps: number[] = [];
  const times: number[] = [];
  const cpus: number[] = [];
  const baselineGaps: number[] = [];
  const restarts = 1000;
  for (const inst of TSP_INSTANCES) {
    const { dist, n } = euc2d(inst.coords);
    let order = solveTour(dist, n);
    const timing = measure(() => (order = solveTour(dist, n)), 5, 3);
    const t = timing.median;
    const length = tourLength(order, dist, n);
    const t0 = performance.now();
    const baseline = randomRestarts(dist, n, restarts);
    const baseTime = performance.now() - t0;
    const gap = (length / inst.optimum - 1) * 100;
    const baseGap = (length / baseline - 1) * 100;
    gaps.push(gap);
    times.push(t);
    cpus.push(timing.cpu);
    baselineGaps.push(baseGap);
    print(
      `tour ${inst.name} n=${n}: gap ${gap.toFixed(2)} % (length ${length}, published optimum ${inst.optimum}), ${ms(t)} (${detail(timing)}); ` +
        `vs best of ${restarts} random-restart 2-opt+Or-opt ${baseline} (${ms(baseTime)}): ${baseGap >= 0 ? "+" : ""}${baseGap.toFixed(2)} %`,
    );
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  print(`tour gap mean n=${gaps.length}: ${mean(gaps).toFixed(2)} % (target ≤ 3 %; vs random-restart baseline ${mean(baselineGaps).toFixed(2)} %)`);
  print(`tour gap max n=${gaps.length}: ${Math.max(...gaps).toFixed(2)} % (target ≤ 6 %)`);
  print(`tour time max n=${gaps.length}: ${ms(Math.max(...times))} (mean ${ms(mean(times))}, cpu max ${ms(Math.max(...cpus))}; target < 50 ms each)`);
}

export async function run(print: Print): Promise<void> {
  benchAbc(print);
  benchNextDue(print);
  benchRoute(print);
  benchTourQuality(print);
}
