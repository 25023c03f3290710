/**
 * 路序: customers split by area into routes with a stop order (DOMAIN.md). Per area, customers
 * with coordinates are swept by bearing around the depot (the given one, else the area's
 * centroid), cut into routes of at most maxStops, and each route is ordered as a short closed
 * tour from the depot (great-circle distances). Customers without coordinates follow on in
 * further routes grouped by district and bearing word.
 */
import { routesByBearing } from "./by-bearing";
import { areaLabel, routeCode, routeDigits } from "./codes";
import { bearingDeg, centroid, distanceKm, distanceMatrix, isValidLatLng, type LatLng } from "./geo";
import { sweepRoutes, type SweepStop } from "./sweep";
import { solveTour } from "./tour";

export const DEFAULT_MAX_STOPS = 20;

export interface RouteCustomer {
  area?: string;
  district?: string;
  bearing?: string;
  lat?: number;
  lng?: number;
}

export interface RouteOptions {
  maxStops?: number;
  /** One depot for every area; default: each area's centroid. */
  depot?: LatLng;
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
  /** Customer indices in stop order. */
  stops: number[];
  /** Closed tour from the depot and back, km; undefined for routes without coordinates. */
  lengthKm?: number;
  depot?: LatLng;
}

export interface RoutePlan {
  /** One per input customer, same order. */
  assignments: RouteAssignment[];
  routes: PlannedRoute[];
}

/** A route's tour keeps an (n+1)² distance matrix: 1,000 stops is 8 MB, far beyond any real round. */
export const MAX_STOPS_LIMIT = 1000;

export function checkMaxStops(maxStops: number): string | undefined {
  if (!Number.isInteger(maxStops) || maxStops < 1) return "每条路线最多站数必须是正整数";
  if (maxStops > MAX_STOPS_LIMIT) return `每条路线最多站数不能超过 ${MAX_STOPS_LIMIT}`;
  return undefined;
}

export function hasLocation(c: RouteCustomer): c is RouteCustomer & LatLng {
  return c.lat !== undefined && c.lng !== undefined && isValidLatLng(c.lat, c.lng);
}

export function planRoutes(customers: readonly RouteCustomer[], options: RouteOptions = {}): RoutePlan {
  const maxStops = options.maxStops ?? DEFAULT_MAX_STOPS;
  const problem = checkMaxStops(maxStops);
  if (problem) throw new RangeError(problem);
  const byArea = new Map<string, number[]>();
  customers.forEach((c, i) => {
    const area = areaLabel(c.area);
    const list = byArea.get(area);
    if (list) list.push(i);
    else byArea.set(area, [i]);
  });
  const assignments: RouteAssignment[] = new Array(customers.length);
  const routes: PlannedRoute[] = [];
  for (const [area, members] of byArea) {
    const located = members.filter((i) => hasLocation(customers[i]));
    const unlocated = members.filter((i) => !hasLocation(customers[i]));
    const areaRoutes: Omit<PlannedRoute, "route">[] = [];
    if (located.length > 0) {
      const depot = options.depot ?? centroid(located.map((i) => customers[i] as LatLng));
      const sweep: SweepStop[] = located.map((i) => {
        const p = customers[i] as LatLng;
        return { index: i, angle: bearingDeg(depot, p), distance: distanceKm(depot, p) };
      });
      for (const stops of sweepRoutes(sweep, maxStops)) {
        const tour = orderRoute(stops, customers as readonly LatLng[], depot, options.kicks);
        areaRoutes.push({ area, stops: tour.stops, lengthKm: tour.lengthKm, depot });
      }
    }
    if (unlocated.length > 0) {
      const byBearing = routesByBearing(
        unlocated.map((i) => ({ index: i, district: customers[i].district, bearing: customers[i].bearing })),
        maxStops,
      );
      for (const stops of byBearing) areaRoutes.push({ area, stops });
    }
    const digits = routeDigits(areaRoutes.length);
    areaRoutes.forEach((r, k) => {
      const route = routeCode(area, k + 1, digits);
      routes.push({ ...r, route });
      r.stops.forEach((customer, s) => (assignments[customer] = { area, route, stop: s + 1 }));
    });
  }
  return { assignments, routes };
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
