/**
 * The sweep: order stops by bearing around the depot, starting just after the widest empty
 * angle (so no route straddles the gap), and cut the sequence into routes of at most
 * `maxStops`, as even in size as the count allows.
 */
export interface SweepStop {
  /** Caller's index, returned in the routes. */
  index: number;
  /** Bearing from the depot, degrees in [0, 360). */
  angle: number;
  /** Distance from the depot (breaks ties between equal bearings: nearer first). */
  distance: number;
}

export function sweepOrder(stops: readonly SweepStop[]): SweepStop[] {
  const sorted = stops.slice().sort((a, b) => a.angle - b.angle || a.distance - b.distance || a.index - b.index);
  const n = sorted.length;
  if (n < 2) return sorted;
  let start = 0;
  let widest = -1;
  for (let i = 0; i < n; i++) {
    const prev = sorted[(i - 1 + n) % n].angle;
    const gap = i === 0 ? sorted[0].angle + 360 - prev : sorted[i].angle - prev;
    if (gap > widest) {
      widest = gap;
      start = i;
    }
  }
  return sorted.slice(start).concat(sorted.slice(0, start));
}

/** Sizes of ⌈n / maxStops⌉ routes that differ by at most one, larger first. */
export function evenSizes(n: number, maxStops: number): number[] {
  if (n === 0) return [];
  const routes = Math.ceil(n / maxStops);
  const base = Math.floor(n / routes);
  const extra = n % routes;
  return Array.from({ length: routes }, (_, i) => base + (i < extra ? 1 : 0));
}

export function chunkEvenly<T>(items: readonly T[], maxStops: number): T[][] {
  const out: T[][] = [];
  let k = 0;
  for (const size of evenSizes(items.length, maxStops)) {
    out.push(items.slice(k, k + size));
    k += size;
  }
  return out;
}

/** Stops' indices grouped into routes, in sweep order. */
export function sweepRoutes(stops: readonly SweepStop[], maxStops: number): number[][] {
  return chunkEvenly(sweepOrder(stops), maxStops).map((route) => route.map((s) => s.index));
}
