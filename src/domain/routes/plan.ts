/**
 * 路序: customers split into routes with a stop order, so that a rep can drive each
 * one: by 负责客服 first (one rep however the 工号 is typed, staff-roster.ts), then by area. Customers with coordinates are grouped so that no two
 * stops of a route lie farther apart than the span limit (span.ts), each group is swept by bearing
 * around the start (the given depot, else the rep's base, else the area's centroid) and cut into
 * routes of at most maxStops, and each route is ordered as a short closed tour from the start
 * (great-circle distances). Customers without coordinates follow on in further routes grouped by
 * district and bearing word.
 */
import { routesByBearing } from "./by-bearing";
import { areaLabel, routeCode, routeDigits } from "./codes";
import { bearingDeg, centroid, distanceKm, distanceMatrix, isValidLatLng, type LatLng } from "./geo";
import { DEFAULT_MAX_SPAN_KM, groupsWithinSpan, spanKm } from "./span";
import { sweepOrder, sweepRoutes, type SweepStop } from "./sweep";
import { solveTour } from "./tour";
import { staffKey } from "../staff-roster";

export const DEFAULT_MAX_STOPS = 20;

export interface RouteCustomer {
  area?: string;
  district?: string;
  bearing?: string;
  lat?: number;
  lng?: number;
  /** 负责客服: routes never mix two reps' customers. */
  rep?: string;
}

export interface RouteOptions {
  maxStops?: number;
  /** One start for every route (a rep driving from elsewhere); default: the rep's base, else the area's centroid. */
  depot?: LatLng;
  /** Where each rep starts from (员工's 驻地), by 工号 (matched however it is typed). */
  bases?: ReadonlyMap<string, LatLng>;
  /** No two stops of a route farther apart than this, km (default 150; Infinity: no limit). */
  maxSpanKm?: number;
  /** Perturbation rounds per tour (see tour.ts); default by route size. */
  kicks?: number;
}

export interface RouteAssignment {
  area: string;
  /** 华东-R02 */
  route: string;
  /** 1-based stop number within the route. */
  stop: number;
}

export interface PlannedRoute {
  area: string;
  route: string;
  /** The rep whose customers these are (blank when not given). */
  rep: string;
  /** Customer indices in stop order. */
  stops: number[];
  /** Closed tour from the depot and back, km; undefined for routes without coordinates. */
  lengthKm?: number;
  /** The largest distance between two stops, km; undefined for routes without coordinates. */
  spanKm?: number;
  depot?: LatLng;
  /** Where the start comes from: given (--from), the rep's base, or the area's centroid. */
  depotFrom?: "given" | "base" | "centroid";
}

export interface RoutePlan {
  /** One per input customer, same order. */
  assignments: RouteAssignment[];
  routes: PlannedRoute[];
}

/** A route's tour keeps an (n+1)² distance matrix: 1,000 stops is 8 MB, far beyond any real round. */
export const MAX_STOPS_LIMIT = 1000;

export function checkMaxStops(maxStops: number, lang: "zh" | "en" = "zh"): string | undefined {
  if (!Number.isInteger(maxStops) || maxStops < 1) return lang === "en" ? "the most stops per route must be a whole number of at least 1" : "每条路线最多站数必须是正整数";
  if (maxStops > MAX_STOPS_LIMIT) return lang === "en" ? `the most stops per route is at most ${MAX_STOPS_LIMIT}` : `每条路线最多站数不能超过 ${MAX_STOPS_LIMIT}`;
  return undefined;
}

export function hasLocation(c: RouteCustomer): c is RouteCustomer & LatLng {
  return c.lat !== undefined && c.lng !== undefined && isValidLatLng(c.lat, c.lng);
}

function groupBy<K>(indices: readonly number[], key: (i: number) => K): Map<K, number[]> {
  const out = new Map<K, number[]>();
  for (const i of indices) {
    const k = key(i);
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

export function planRoutes(customers: readonly RouteCustomer[], options: RouteOptions = {}): RoutePlan {
  const maxStops = options.maxStops ?? DEFAULT_MAX_STOPS;
  const problem = checkMaxStops(maxStops);
  if (problem) throw new RangeError(problem);
  const maxSpan = options.maxSpanKm ?? DEFAULT_MAX_SPAN_KM;
  const all = customers.map((_, i) => i);
  const areaOf = (i: number) => areaLabel(customers[i].area);
  // the area's centroid: the start of last resort, the same for every rep of the area
  const centroids = new Map([...groupBy(all.filter((i) => hasLocation(customers[i])), areaOf)].map(([area, members]) => [area, centroid(members.map((i) => customers[i] as LatLng))]));
  const bases = new Map([...(options.bases ?? [])].map(([id, at]) => [staffKey(id), at]));
  const planned: Omit<PlannedRoute, "route">[] = [];
  for (const [key, mine] of groupBy(all, (i) => staffKey(customers[i].rep ?? ""))) {
    // the route names the rep as their first customer's 负责客服 spells it
    const rep = (customers[mine[0]].rep ?? "").trim();
    for (const [area, members] of groupBy(mine, areaOf)) {
      const located = members.filter((i) => hasLocation(customers[i]));
      const unlocated = members.filter((i) => !hasLocation(customers[i]));
      if (located.length > 0) {
        const base = key ? bases.get(key) : undefined;
        const depot = options.depot ?? base ?? centroids.get(area)!;
        const depotFrom = options.depot ? "given" : base ? "base" : "centroid";
        const sweepOf = (i: number): SweepStop => ({ index: i, ...angleOf(depot, customers[i] as LatLng) });
        // groups a rep can drive, taken in sweep order of their centres
        const groups = groupsWithinSpan(located.map((i) => customers[i] as LatLng), maxSpan).map((g) => g.map((k) => located[k]));
        const centres = groups.map((g, k) => ({ index: k, ...angleOf(depot, centroid(g.map((i) => customers[i] as LatLng))) }));
        for (const { index: k } of sweepOrder(centres)) {
          for (const stops of sweepRoutes(groups[k].map(sweepOf), maxStops)) {
            const tour = orderRoute(stops, customers as readonly LatLng[], depot, options.kicks);
            planned.push({ area, rep, stops: tour.stops, lengthKm: tour.lengthKm, spanKm: spanKm(stops.map((i) => customers[i] as LatLng)), depot, depotFrom });
          }
        }
      }
      if (unlocated.length > 0) {
        const byBearing = routesByBearing(
          unlocated.map((i) => ({ index: i, district: customers[i].district, bearing: customers[i].bearing })),
          maxStops,
        );
        for (const stops of byBearing) planned.push({ area, rep, stops });
      }
    }
  }
  const assignments: RouteAssignment[] = new Array(customers.length);
  const perArea = new Map<string, number>();
  for (const r of planned) perArea.set(r.area, (perArea.get(r.area) ?? 0) + 1);
  const numbered = new Map<string, number>();
  const routes: PlannedRoute[] = planned.map((r) => {
    const k = (numbered.get(r.area) ?? 0) + 1;
    numbered.set(r.area, k);
    const route = routeCode(r.area, k, routeDigits(perArea.get(r.area)!));
    r.stops.forEach((customer, s) => (assignments[customer] = { area: r.area, route, stop: s + 1 }));
    return { ...r, route };
  });
  return { assignments, routes };
}

function angleOf(depot: LatLng, p: LatLng): { angle: number; distance: number } {
  return { angle: bearingDeg(depot, p), distance: distanceKm(depot, p) };
}

/** The stops of one route as a closed tour from the depot; the depot itself is not a stop. */
export function orderRoute(stops: readonly number[], points: readonly LatLng[], depot: LatLng, kicks?: number): { stops: number[]; lengthKm: number } {
  const nodes: LatLng[] = [depot, ...stops.map((i) => points[i])];
  const n = nodes.length;
  const dist = distanceMatrix(nodes);
  const order = solveTour(dist, n, { kicks });
  let lengthKm = 0;
  for (let k = 0; k < n; k++) lengthKm += dist[order[k] * n + order[(k + 1) % n]];
  const ordered: number[] = [];
  for (let k = 0; k < n; k++) if (order[k] !== 0) ordered.push(stops[order[k] - 1]);
  return { stops: ordered, lengthKm };
}
