/**
 * Routes without coordinates: area → district → bearing word (东, 东南, 南, 西南,
 * 西, 西北, 北, 东北, 中), keeping the input order within each, and each district cut into
 * routes of at most max_stops.
 */
import { BEARINGS, BEARINGS_EN } from "../vocabulary";
import { chunkEvenly } from "./sweep";

export type BearingWord = (typeof BEARINGS)[number];

/** Position of a bearing word in the clockwise order (English E, SE, … and 东方, 东面 accepted); -1 if unknown. */
export function bearingRank(word: string | undefined): number {
  const t = (word ?? "").normalize("NFKC").trim().replace(/[方面部边]$/, "");
  if (t === "") return BEARINGS.length;
  const zh = (BEARINGS as readonly string[]).indexOf(t);
  if (zh >= 0) return zh;
  const en = (BEARINGS_EN as readonly string[]).findIndex((b) => b.toLowerCase() === t.toLowerCase());
  if (en >= 0) return en;
  if (/^(centre|center|c|中心|中部)$/i.test(t)) return BEARINGS.length - 1;
  return -1;
}

export interface BearingStop {
  index: number;
  district?: string;
  bearing?: string;
}

/** 中 (the centre) neighbours every bearing; the eight compass words neighbour the next one round. */
function adjacent(a: number, b: number): boolean {
  const ring = BEARINGS.length - 1;
  if (a === b) return true;
  if (a >= ring || b >= ring) return (a === ring && b < ring) || (b === ring && a < ring);
  const d = Math.abs(a - b);
  return d === 1 || d === ring - 1;
}

/**
 * Groups one area's stops into routes: districts in order of first appearance, within a
 * district by bearing (unknown or blank last), ties in input order. A route never mixes two
 * bearings that are not neighbours (东 and 南 are not; 东 and 东南 are): each bearing's stops
 * join the route before only when every bearing on it neighbours theirs and the route has room.
 * Returns routes of indices.
 */
export function routesByBearing(stops: readonly BearingStop[], maxStops: number): number[][] {
  const districtOrder = new Map<string, number>();
  for (const s of stops) {
    const d = (s.district ?? "").trim();
    if (!districtOrder.has(d)) districtOrder.set(d, districtOrder.size);
  }
  const byDistrict: BearingStop[][] = Array.from({ length: districtOrder.size }, () => []);
  for (const s of stops) byDistrict[districtOrder.get((s.district ?? "").trim())!].push(s);
  const routes: number[][] = [];
  for (const group of byDistrict) {
    const ranked = group.map((s, order) => ({ s, order, rank: rankOrLast(s.bearing) })).sort((a, b) => a.rank - b.rank || a.order - b.order);
    // runs of one bearing each, then joined with the run before while the bearings all neighbour and it fits
    const runs: { ranks: number[]; stops: number[] }[] = [];
    for (const x of ranked) {
      const last = runs[runs.length - 1];
      if (last && last.ranks[last.ranks.length - 1] === x.rank) last.stops.push(x.s.index);
      else runs.push({ ranks: [x.rank], stops: [x.s.index] });
    }
    const joined: { ranks: number[]; stops: number[] }[] = [];
    for (const run of runs) {
      const last = joined[joined.length - 1];
      if (last && last.stops.length + run.stops.length <= maxStops && last.ranks.every((r) => adjacent(r, run.ranks[0]))) {
        last.ranks.push(run.ranks[0]);
        last.stops.push(...run.stops);
      } else joined.push({ ranks: [...run.ranks], stops: [...run.stops] });
    }
    for (const j of joined) routes.push(...chunkEvenly(j.stops, maxStops));
  }
  return routes;
}

function rankOrLast(word: string | undefined): number {
  const r = bearingRank(word);
  return r < 0 ? BEARINGS.length + 1 : r;
}
