import { routesByBearing, bearingRank } from "../domain/routes/by-bearing";
import { areaLabel, routeCode, routeDigits } from "../domain/routes/codes";
import { isValidLatLng, type LatLng } from "../domain/routes/geo";
import { checkMaxStops, DEFAULT_MAX_STOPS, planRoutes, type RouteCustomer } from "../domain/routes/plan";
import { alignVectors, at, cellError, FunctionInputError, isBlankCell, isOmitted, optionalNumber, readNumber, vectorOf, type OutCell } from "./matrix";

function readMaxStops(arg: unknown): number {
  const maxStops = optionalNumber(arg, DEFAULT_MAX_STOPS, "每条路线最多站数");
  const problem = checkMaxStops(maxStops);
  if (problem) throw new FunctionInputError(problem);
  return maxStops;
}

function readDepot(lat: unknown, lng: unknown): LatLng | undefined {
  if (isOmitted(lat) && isOmitted(lng)) return undefined;
  if (isOmitted(lat) || isOmitted(lng)) throw new FunctionInputError("出发点须同时给出纬度和经度");
  const depot = { lat: optionalNumber(lat, NaN, "出发点纬度"), lng: optionalNumber(lng, NaN, "出发点经度") };
  if (!isValidLatLng(depot.lat, depot.lng)) throw new FunctionInputError("出发点坐标超出范围（纬度 −90…90，经度 −180…180）");
  return depot;
}

function readCoordinate(cell: unknown, what: string, limit: number): { ok: true; value?: number } | { ok: false; message: string } {
  if (isBlankCell(cell)) return { ok: true };
  const r = readNumber(cell);
  if (!r.ok) return { ok: false, message: `${what}${r.message}` };
  if (Math.abs(r.value) > limit) return { ok: false, message: `${what}超出范围（±${limit}）` };
  return { ok: true, value: r.value };
}

type Row = [OutCell, OutCell];

/** KH.ROUTE: areas, latitudes and longitudes (row by row) → [route code, stop number] per row. */
export function routeMatrix(areas: unknown, latitudes: unknown, longitudes: unknown, maxStops?: unknown, depotLat?: unknown, depotLng?: unknown, kicks?: number): Row[] {
  const limit = readMaxStops(maxStops);
  const depot = readDepot(depotLat, depotLng);
  const a = vectorOf(areas, "区域");
  const la = vectorOf(latitudes, "纬度");
  const ln = vectorOf(longitudes, "经度");
  const n = alignVectors([a, la, ln], ["区域", "纬度", "经度"]);
  const out: Row[] = new Array(n);
  const customers: RouteCustomer[] = [];
  const rowOf: number[] = [];
  for (let i = 0; i < n; i++) {
    const areaCell = at(a, i);
    const lat = readCoordinate(at(la, i), "纬度", 90);
    const lng = readCoordinate(at(ln, i), "经度", 180);
    if (!lat.ok || !lng.ok) {
      const e = cellError(!lat.ok ? lat.message : (lng as { message: string }).message);
      out[i] = [e, e];
      continue;
    }
    if ((lat.value === undefined) !== (lng.value === undefined)) {
      const e = cellError("纬度和经度须同时填写");
      out[i] = [e, e];
      continue;
    }
    if (isBlankCell(areaCell) && lat.value === undefined) {
      out[i] = ["", ""];
      continue;
    }
    customers.push({ area: isBlankCell(areaCell) ? undefined : String(areaCell), lat: lat.value, lng: lng.value });
    rowOf.push(i);
  }
  const plan = planRoutes(customers, { maxStops: limit, depot, kicks });
  plan.assignments.forEach((s, k) => (out[rowOf[k]] = [s.route, s.stop]));
  return n === 0 ? [["", ""]] : out;
}

/** KH.ROUTEBYBEARING: areas, districts and bearing words → [route code, stop number] per row. */
export function routeByBearingMatrix(areas: unknown, districts: unknown, bearings: unknown, maxStops?: unknown): Row[] {
  const limit = readMaxStops(maxStops);
  const a = vectorOf(areas, "区域");
  const d = isOmitted(districts) ? { cells: [""], orientation: "column" as const } : vectorOf(districts, "片区");
  const b = isOmitted(bearings) ? { cells: [""], orientation: "column" as const } : vectorOf(bearings, "方位");
  const n = alignVectors([a, d, b], ["区域", "片区", "方位"]);
  const out: Row[] = new Array(n);
  const byArea = new Map<string, { index: number; district?: string; bearing?: string }[]>();
  for (let i = 0; i < n; i++) {
    const areaCell = at(a, i);
    const districtCell = at(d, i);
    const bearingCell = at(b, i);
    if (isBlankCell(areaCell) && isBlankCell(districtCell) && isBlankCell(bearingCell)) {
      out[i] = ["", ""];
      continue;
    }
    const bearing = isBlankCell(bearingCell) ? undefined : String(bearingCell);
    if (bearing !== undefined && bearingRank(bearing) < 0) {
      const e = cellError(`方位“${bearing}”无效，应为 东、东南、南、西南、西、西北、北、东北 或 中`);
      out[i] = [e, e];
      continue;
    }
    const area = areaLabel(isBlankCell(areaCell) ? undefined : String(areaCell));
    const list = byArea.get(area) ?? [];
    list.push({ index: i, district: isBlankCell(districtCell) ? undefined : String(districtCell), bearing });
    byArea.set(area, list);
  }
  for (const [area, stops] of byArea) {
    const routes = routesByBearing(stops, limit);
    const digits = routeDigits(routes.length);
    routes.forEach((route, k) => {
      const code = routeCode(area, k + 1, digits);
      route.forEach((row, s) => (out[row] = [code, s + 1]));
    });
  }
  return n === 0 ? [["", ""]] : out;
}
