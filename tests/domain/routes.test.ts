import fc from "fast-check";
import { routesByBearing, bearingRank } from "../../src/domain/routes/by-bearing";
import { routeCode, stopCode } from "../../src/domain/routes/codes";
import { bearingDeg, centroid, distanceKm, distanceMatrix } from "../../src/domain/routes/geo";
import { planRoutes, type RouteCustomer } from "../../src/domain/routes/plan";
import { evenSizes, sweepOrder } from "../../src/domain/routes/sweep";
import { groupsWithinSpan, spanKm } from "../../src/domain/routes/span";
import { seededRandom } from "../../src/domain/ids";
import { exactTour, improveTour, nearestNeighbourTour, solveTour, tourLength } from "../../src/domain/routes/tour";

function euclidean(points: readonly [number, number][]): Float64Array {
  const n = points.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i * n + j] = Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1]);
  return d;
}

/** Every closed tour through the points (node 0 fixed first), the shortest length. */
function bruteForce(dist: Float64Array, n: number): number {
  if (n <= 1) return 0;
  const rest = Array.from({ length: n - 1 }, (_, i) => i + 1);
  let best = Infinity;
  const permute = (k: number) => {
    if (k === rest.length) {
      best = Math.min(best, tourLength([0, ...rest], dist, n));
      return;
    }
    for (let i = k; i < rest.length; i++) {
      [rest[k], rest[i]] = [rest[i], rest[k]];
      permute(k + 1);
      [rest[k], rest[i]] = [rest[i], rest[k]];
    }
  };
  permute(0);
  return best;
}

const isPermutation = (order: ArrayLike<number>, n: number) => order.length === n && new Set(Array.from(order)).size === n && Array.from(order).every((x) => x >= 0 && x < n);

const points = (min: number, max: number) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })), { minLength: min, maxLength: max });

describe("geo", () => {
  test("great-circle distance and bearing", () => {
    const beijing = { lat: 39.9042, lng: 116.4074 };
    const shanghai = { lat: 31.2304, lng: 121.4737 };
    expect(distanceKm(beijing, shanghai)).toBeGreaterThan(1060);
    expect(distanceKm(beijing, shanghai)).toBeLessThan(1075);
    expect(bearingDeg({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(90);
    expect(bearingDeg({ lat: 0, lng: 0 }, { lat: -1, lng: 0 })).toBeCloseTo(180);
    expect(bearingDeg({ lat: 0, lng: 0 }, { lat: 0, lng: -1 })).toBeCloseTo(270);
    expect(bearingDeg(beijing, beijing)).toBe(0);
    expect(distanceKm(beijing, beijing)).toBe(0);
  });

  test("centroid across the date line stays near it", () => {
    const c = centroid([{ lat: 0, lng: 179 }, { lat: 0, lng: -179 }]);
    expect(Math.abs(c.lng)).toBeCloseTo(180);
  });
});

describe("tour", () => {
  test("through ≤ 9 points equals the brute-force optimum", () => {
    fc.assert(
      fc.property(points(1, 9), (pts) => {
        const n = pts.length;
        const dist = euclidean(pts);
        const order = solveTour(dist, n);
        expect(isPermutation(order, n)).toBe(true);
        expect(order[0] ?? 0).toBe(0);
        expect(tourLength(order, dist, n)).toBeCloseTo(bruteForce(dist, n), 6);
      }),
      { numRuns: 60 },
    );
  });

  test("the exact solver agrees with brute force on random non-metric weights", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 64, maxLength: 64 }), (n, w) => {
        const dist = new Float64Array(n * n);
        for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) dist[i * n + j] = dist[j * n + i] = w[i * 8 + j];
        expect(tourLength(exactTour(dist, n), dist, n)).toBe(bruteForce(dist, n));
      }),
      { numRuns: 40 },
    );
  });

  test("the heuristic keeps every node once and never loses to nearest neighbour", () => {
    fc.assert(
      fc.property(points(5, 80), fc.integer({ min: 0, max: 200 }), (pts, kicks) => {
        const n = pts.length;
        const dist = euclidean(pts);
        const nn = nearestNeighbourTour(dist, n);
        const improved = improveTour(nn, dist, n, { kicks });
        expect(isPermutation(improved, n)).toBe(true);
        expect(tourLength(improved, dist, n)).toBeLessThanOrEqual(tourLength(nn, dist, n) + 1e-9);
      }),
      { numRuns: 40 },
    );
  });

  test("the heuristic alone finds the optimum of small instances", () => {
    fc.assert(
      fc.property(points(8, 9), (pts) => {
        const n = pts.length;
        const dist = euclidean(pts);
        const order = solveTour(dist, n, { exactUpTo: 0 });
        expect(tourLength(order, dist, n)).toBeCloseTo(bruteForce(dist, n), 6);
      }),
      { numRuns: 25 },
    );
  });

  test("is deterministic", () => {
    const pts = Array.from({ length: 60 }, (_, i) => [(i * 37) % 101, (i * 53) % 97] as [number, number]);
    const dist = euclidean(pts);
    expect(Array.from(solveTour(dist, 60))).toEqual(Array.from(solveTour(dist, 60)));
  });

  test("points on a circle in scrambled order: the tour is the polygon", () => {
    const n = 40;
    const pts = Array.from({ length: n }, (_, i) => [Math.cos((i * 2 * Math.PI * 17) / n) * 100, Math.sin((i * 2 * Math.PI * 17) / n) * 100] as [number, number]);
    const dist = euclidean(pts);
    const perimeter = n * 2 * 100 * Math.sin(Math.PI / n);
    expect(tourLength(solveTour(dist, n), dist, n)).toBeCloseTo(perimeter, 6);
  });
});

describe("sweep", () => {
  test("starts after the widest empty angle", () => {
    const stops = [10, 20, 30, 200, 210].map((angle, index) => ({ index, angle, distance: 1 }));
    expect(sweepOrder(stops).map((s) => s.angle)).toEqual([200, 210, 10, 20, 30]);
  });

  test("route sizes are even and within the limit", () => {
    expect(evenSizes(0, 5)).toEqual([]);
    expect(evenSizes(10, 5)).toEqual([5, 5]);
    expect(evenSizes(11, 5)).toEqual([4, 4, 3]);
    expect(evenSizes(3, 20)).toEqual([3]);
  });
});

describe("planRoutes", () => {
  const customer = fc.record(
    {
      area: fc.constantFrom("华东", "华南", "", "华北"),
      district: fc.constantFrom("浦东", "闵行", ""),
      bearing: fc.constantFrom("东", "南", "西北", "中", ""),
      lat: fc.double({ min: 22, max: 41, noNaN: true }),
      lng: fc.double({ min: 110, max: 122, noNaN: true }),
    },
    { requiredKeys: ["area"] },
  );

  test("keeps every customer exactly once and respects max stops", () => {
    fc.assert(
      fc.property(fc.array(customer, { maxLength: 120 }), fc.integer({ min: 1, max: 30 }), (customers, maxStops) => {
        const plan = planRoutes(customers as RouteCustomer[], { maxStops, kicks: 20 });
        expect(plan.assignments).toHaveLength(customers.length);
        const seen = new Set<number>();
        for (const r of plan.routes) {
          expect(r.stops.length).toBeGreaterThan(0);
          expect(r.stops.length).toBeLessThanOrEqual(maxStops);
          for (const [k, i] of r.stops.entries()) {
            expect(seen.has(i)).toBe(false);
            seen.add(i);
            expect(plan.assignments[i]).toEqual({ area: r.area, route: r.route, stop: k + 1 });
          }
        }
        expect(seen.size).toBe(customers.length);
        expect(new Set(plan.routes.map((r) => r.route)).size).toBe(plan.routes.length);
      }),
      { numRuns: 60 },
    );
  });

  test("codes read like 华东-R02 and number routes per area; no area is 未分区", () => {
    const customers: RouteCustomer[] = [
      { area: "华东", lat: 31.2, lng: 121.4 },
      { area: "华东", lat: 31.3, lng: 121.5 },
      { area: "华东", lat: 31.1, lng: 121.6 },
      { area: "华南", lat: 23.1, lng: 113.3 },
      { area: "", lat: 30, lng: 120 },
      { area: "华东" },
    ];
    const plan = planRoutes(customers, { maxStops: 2 });
    expect(plan.assignments.map((a) => a.route)).toEqual(expect.arrayContaining(["华东-R01", "华东-R02", "华东-R03", "华南-R01", "未分区-R01"]));
    // the customer without coordinates comes after the swept routes
    expect(plan.assignments[5]).toEqual({ area: "华东", route: "华东-R03", stop: 1 });
    expect(routeCode("华东", 2)).toBe("华东-R02");
    expect(routeCode("华东", 7, 3)).toBe("华东-R007");
    expect(stopCode("华东-R02", 5)).toBe("华东-R02-05");
  });

  test("a route's stops are the optimal closed tour from the depot when small", () => {
    const depot = { lat: 31.23, lng: 121.47 };
    const customers: RouteCustomer[] = [
      { area: "华东", lat: 31.3, lng: 121.5 },
      { area: "华东", lat: 31.1, lng: 121.4 },
      { area: "华东", lat: 31.25, lng: 121.6 },
      { area: "华东", lat: 31.2, lng: 121.3 },
      { area: "华东", lat: 31.35, lng: 121.35 },
    ];
    const plan = planRoutes(customers, { depot });
    const order = plan.routes[0].stops;
    const nodes = [depot, ...order.map((i) => customers[i] as { lat: number; lng: number })];
    const dist = distanceMatrix(nodes);
    expect(plan.routes[0].lengthKm).toBeCloseTo(tourLength(Array.from(nodes.keys()), dist, nodes.length), 9);
    const all = distanceMatrix([depot, ...customers.map((c) => c as { lat: number; lng: number })]);
    expect(plan.routes[0].lengthKm).toBeCloseTo(bruteForce(all, 6), 9);
  });

  test("a rep can drive every route: reps never share one, and no two stops lie farther apart than the span limit", () => {
    const place = fc.record({ area: fc.constantFrom("东北", "华中"), rep: fc.constantFrom("S002", "S003", ""), lat: fc.double({ min: 22, max: 46, noNaN: true }), lng: fc.double({ min: 104, max: 126, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(place, { minLength: 1, maxLength: 80 }), fc.integer({ min: 2, max: 25 }), fc.integer({ min: 20, max: 400 }), (customers, maxStops, maxSpanKm) => {
        const plan = planRoutes(customers, { maxStops, maxSpanKm, kicks: 5 });
        expect(plan.routes.flatMap((r) => r.stops).sort((a, b) => a - b)).toEqual(customers.map((_, i) => i));
        for (const r of plan.routes) {
          expect(new Set(r.stops.map((i) => customers[i].rep)).size).toBe(1);
          expect(new Set(r.stops.map((i) => customers[i].area)).size).toBe(1);
          expect(r.spanKm).toBeCloseTo(spanKm(r.stops.map((i) => customers[i])), 9);
          expect(r.spanKm!).toBeLessThanOrEqual(maxSpanKm + 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  test("over 400 points the grouping works on small balls and still keeps every group within the limit", () => {
    const random = seededRandom(3);
    const points = Array.from({ length: 900 }, () => ({ lat: 28 + random() * 10, lng: 110 + random() * 12 }));
    const groups = groupsWithinSpan(points, 150);
    expect(groups.flat().sort((a, b) => a - b)).toEqual(points.map((_, i) => i));
    for (const g of groups) expect(spanKm(g.map((i) => points[i]))).toBeLessThanOrEqual(150);
    // not one group per point: nearby points share
    expect(groups.length).toBeLessThan(120);
  });

  test("东北 with customers in 沈阳, 大连 and 哈尔滨: three routes, none stretched across cities; 长沙 is not routed with 武汉", () => {
    const near = (lat: number, lng: number, n: number) => Array.from({ length: n }, (_, k) => ({ lat: lat + ((k % 3) - 1) * 0.03, lng: lng + (Math.floor(k / 3) - 1) * 0.03 }));
    const customers: RouteCustomer[] = [
      ...near(41.8, 123.43, 5).map((p) => ({ ...p, area: "东北", rep: "S007" })),
      ...near(38.91, 121.6, 3).map((p) => ({ ...p, area: "东北", rep: "S007" })),
      ...near(45.75, 126.63, 2).map((p) => ({ ...p, area: "东北", rep: "S007" })),
      ...near(30.59, 114.3, 4).map((p) => ({ ...p, area: "华中", rep: "S005" })),
      ...near(28.23, 112.94, 2).map((p) => ({ ...p, area: "华中", rep: "S005" })),
    ];
    const city = [0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 4];
    const plan = planRoutes(customers, { maxStops: 20 });
    expect(plan.routes.map((r) => r.route).sort()).toEqual(["东北-R01", "东北-R02", "东北-R03", "华中-R01", "华中-R02"]);
    expect(plan.routes.map((r) => [...new Set(r.stops.map((i) => city[i]))].join()).sort()).toEqual(["0", "1", "2", "3", "4"]);
    expect(Math.max(...plan.routes.map((r) => r.spanKm!))).toBeLessThan(20);
  });

  test("the start is the given depot, else the rep's base (驻地), else the area's centroid", () => {
    const customers: RouteCustomer[] = [
      { area: "华东", rep: "S002", lat: 31.2, lng: 121.4 },
      { area: "华东", rep: "S002", lat: 31.3, lng: 121.5 },
      { area: "华东", rep: "S003", lat: 31.1, lng: 121.6 },
    ];
    const base = { lat: 31.23, lng: 121.47 };
    const plan = planRoutes(customers, { bases: new Map([["S002", base]]) });
    expect(plan.routes.map((r) => [r.rep, r.depotFrom])).toEqual([
      ["S002", "base"],
      ["S003", "centroid"],
    ]);
    expect(plan.routes[0].depot).toEqual(base);
    expect(plan.routes[1].depot).toEqual(centroid(customers as { lat: number; lng: number }[]));
    const given = { lat: 30, lng: 120 };
    expect(planRoutes(customers, { depot: given, bases: new Map([["S002", base]]) }).routes.map((r) => [r.depot, r.depotFrom])).toEqual([
      [given, "given"],
      [given, "given"],
    ]);
  });

  test("rejects a max stops that is not a positive integer", () => {
    expect(() => planRoutes([], { maxStops: 0 })).toThrow();
    expect(() => planRoutes([], { maxStops: 2.5 })).toThrow();
    expect(() => planRoutes([], { maxStops: 1001 })).toThrow("每条路线最多站数不能超过 1000");
  });
});

describe("routes by bearing", () => {
  test("district by first appearance, then bearing clockwise from 东, ties in input order", () => {
    const stops = [
      { index: 0, district: "浦东", bearing: "北" },
      { index: 1, district: "闵行", bearing: "东" },
      { index: 2, district: "浦东", bearing: "东" },
      { index: 3, district: "浦东", bearing: "" },
      { index: 4, district: "浦东", bearing: "东" },
      { index: 5, district: "浦东", bearing: "南" },
    ];
    // 东, 南 and 北 are not neighbours, and a blank bearing neighbours nothing: each its own route
    expect(routesByBearing(stops, 20)).toEqual([[2, 4], [5], [0], [3], [1]]);
    expect(routesByBearing(stops, 1)).toEqual([[2], [4], [5], [0], [3], [1]]);
  });

  test("neighbouring bearings share a route while it has room; 中 neighbours every bearing; 东北 and 东 are neighbours", () => {
    const of = (bearings: string[]) => bearings.map((bearing, index) => ({ index, bearing }));
    expect(routesByBearing(of(["东", "东南", "南", "中"]), 20)).toEqual([[0, 1], [2, 3]]);
    expect(routesByBearing(of(["东", "东南", "东南"]), 2)).toEqual([[0], [1, 2]]);
    expect(routesByBearing(of(["东北", "北", "中"]), 20)).toEqual([[1, 0, 2]]);
  });

  test("no route without coordinates mixes two bearings that are not neighbours", () => {
    const words = ["东", "东南", "南", "西南", "西", "西北", "北", "东北", "中", "", "上"];
    const ring = ["东", "东南", "南", "西南", "西", "西北", "北", "东北"];
    const neighbours = (a: string, b: string) => {
      if (a === b) return true;
      if (a === "中" || b === "中") return ring.includes(a) || ring.includes(b) ? a !== "" && b !== "" && a !== "上" && b !== "上" : false;
      const [i, j] = [ring.indexOf(a), ring.indexOf(b)];
      return i >= 0 && j >= 0 && (Math.abs(i - j) === 1 || Math.abs(i - j) === 7);
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("甲", "乙"), fc.constantFrom(...words)), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (rows, maxStops) => {
        const stops = rows.map(([district, bearing], index) => ({ index, district, bearing }));
        const routes = routesByBearing(stops, maxStops);
        expect(routes.flat().sort((a, b) => a - b)).toEqual(stops.map((s) => s.index));
        for (const r of routes) {
          expect(r.length).toBeLessThanOrEqual(maxStops);
          expect(new Set(r.map((i) => stops[i].district)).size).toBe(1);
          for (const a of r) for (const b of r) expect(neighbours(stops[a].bearing, stops[b].bearing)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("bearing words in Chinese and English", () => {
    expect(["东", "东南", "南", "西南", "西", "西北", "北", "东北", "中"].map(bearingRank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(["E", "se", "东方", "北面", "Centre"].map(bearingRank)).toEqual([0, 1, 0, 6, 8]);
    expect(bearingRank("上")).toBe(-1);
  });
});
