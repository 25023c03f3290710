/**
 * A route a rep can drive: no two of its stops farther apart than a limit (its span). Points are
 * split into groups whose span stays within the limit by complete-linkage clustering (the
 * nearest-neighbour chain, O(m²) time), cut where the next merge would pass the limit, so a
 * group is never stretched to take in a far town.
 */
import { centroid, distanceKm, type LatLng } from "./geo";

/** Default span limit of one route (设置 路序 路线最大跨度(km)). */
export const DEFAULT_MAX_SPAN_KM = 150;

/** Above this many points the clustering works on small balls of points (radius limit/30) instead. */
const POINT_UNITS = 400;
/** The most units the distance matrix holds (2,000² × 8 bytes = 32 MB). */
const MAX_UNITS = 2000;

/** The largest distance between two of the points, km (0 for fewer than two). */
export function spanKm(points: readonly LatLng[]): number {
  let max = 0;
  for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) max = Math.max(max, distanceKm(points[i], points[j]));
  return max;
}

interface Unit {
  centre: LatLng;
  /** Every member lies within this of the centre. */
  radius: number;
  members: number[];
}

/** Balls of at most `radius` around leaders taken in input order: each point joins the first leader near enough. */
function balls(points: readonly LatLng[], radius: number): Unit[] {
  const units: Unit[] = [];
  points.forEach((p, i) => {
    const home = radius > 0 ? units.find((u) => distanceKm(u.centre, p) <= radius) : undefined;
    if (home) home.members.push(i);
    else units.push({ centre: p, radius, members: [i] });
  });
  return units;
}

/**
 * The points' indices in groups whose span is at most `limitKm`, each group in input order,
 * groups in order of their first member. Deterministic.
 */
export function groupsWithinSpan(points: readonly LatLng[], limitKm: number): number[][] {
  const m = points.length;
  if (m === 0) return [];
  if (!(limitKm < Infinity)) return [points.map((_, i) => i)];
  // every point within limit/2 of one centre: one group, at no cost
  const c = centroid(points);
  if (points.every((p) => 2 * distanceKm(c, p) <= limitKm)) return [points.map((_, i) => i)];
  let radius = m <= POINT_UNITS ? 0 : limitKm / 30;
  let units = balls(points, radius);
  while (units.length > MAX_UNITS && radius < limitKm / 2) {
    radius = Math.min(limitKm / 2, Math.max(radius * 2, limitKm / 30));
    units = balls(points, radius);
  }
  const groups = units.length > MAX_UNITS ? units.map((u) => u.members) : completeLinkage(units, limitKm);
  return groups.map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
}

/** Complete linkage over units (distance: an upper bound of the farthest pair of members), merging while it stays within the limit. */
function completeLinkage(units: readonly Unit[], limitKm: number): number[][] {
  const k = units.length;
  const d = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) d[i * k + j] = d[j * k + i] = distanceKm(units[i].centre, units[j].centre) + units[i].radius + units[j].radius;
  }
  const members: (number[] | undefined)[] = units.map((u) => u.members.slice());
  const active = new Set<number>(units.map((_, i) => i));
  const done: number[][] = [];
  const chain: number[] = [];
  while (active.size > 0) {
    if (chain.length === 0) chain.push(Math.min(...active));
    const a = chain[chain.length - 1];
    const prev = chain.length > 1 ? chain[chain.length - 2] : -1;
    let best = -1;
    let bestD = Infinity;
    for (const x of active) {
      if (x === a) continue;
      const v = d[a * k + x];
      if (v < bestD || (v === bestD && x === prev)) {
        best = x;
        bestD = v;
      }
    }
    if (best < 0 || bestD > limitKm) {
      // nothing within the limit now, and merging only moves clusters apart: a is final
      done.push(members[a]!);
      active.delete(a);
      chain.pop();
      continue;
    }
    if (best !== prev) {
      chain.push(best);
      continue;
    }
    // a and prev are each other's nearest: merge prev into a
    chain.pop();
    chain.pop();
    members[a]!.push(...members[prev]!);
    members[prev] = undefined;
    active.delete(prev);
    for (const x of active) if (x !== a) d[a * k + x] = d[x * k + a] = Math.max(d[a * k + x], d[prev * k + x]);
  }
  return done;
}
