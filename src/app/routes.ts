/**
 * 路序 for 客户档案: every customer gets a route code and a stop number (domain/routes), and the
 * plan is written as the generated 路序 sheet: a summary per route, then every stop in order.
 */
import type { ReportCell, ReportSheet, WorkbookPort } from "../io/port";
import { GENERATED_SHEETS } from "../workbook/generated-sheets";
import { customersSheet } from "../workbook";
import { columnOf, columnsOf } from "../workbook/sheet";
import { INTEGER_FORMAT, ONE_DECIMAL_FORMAT } from "../workbook/column";
import { isValidLatLng, planRoutes, DEFAULT_MAX_STOPS, type LatLng, type PlannedRoute, type RoutePlan } from "../domain/routes";
import { stopCode } from "../domain/routes/codes";
import { isoDate } from "../domain/time";
import { readLog } from "./read-log";
import { ambiguousCustomers } from "./customer-guard";
import type { Problem } from "../workbook/problems";
import type { Log } from "../domain/log";
import { letterOf } from "./cell-link";

export const ROUTES_SHEET = GENERATED_SHEETS.routes;

export interface RouteStopRow {
  /** 华东-R02-05 */
  stopCode: string;
  route: string;
  stop: number;
  area: string;
  code: string;
  name: string;
  rep: string;
  district?: string;
  bearing?: string;
  address?: string;
  phone?: string;
  lat?: number;
  lng?: number;
  /** 客户档案's Excel row. */
  row: number;
}

export interface RouteSummaryRow {
  route: string;
  area: string;
  /** 负责客服 of every stop on the route. */
  rep: string;
  stops: number;
  /** Closed tour from the depot, km; undefined for routes grouped by bearing word. */
  lengthKm?: number;
  /** The largest distance between two stops, km; undefined for routes grouped by bearing word. */
  spanKm?: number;
  depot?: LatLng;
  depotFrom?: PlannedRoute["depotFrom"];
}

export interface RoutesResult {
  maxStops: number;
  /** 设置's span limit the routes were cut to. */
  maxSpanKm: number;
  routes: RouteSummaryRow[];
  /** In route order, then stop order. */
  stops: RouteStopRow[];
  plan: RoutePlan;
}

/** Each rep's 驻地 from 员工, where both coordinates are filled in. */
export function repBases(staff: Log["staff"]): Map<string, LatLng> {
  const bases = new Map<string, LatLng>();
  for (const { record: s } of staff) if (s.baseLat !== undefined && s.baseLng !== undefined && isValidLatLng(s.baseLat, s.baseLng)) bases.set(s.id, { lat: s.baseLat, lng: s.baseLng });
  return bases;
}

/** Routes per rep, then area, cut to 设置's span limit; each starts at `depot`, else the rep's 驻地, else the area's centre. */
export function computeRoutes(log: Pick<Log, "customers" | "settings"> & Partial<Pick<Log, "staff">>, options: { maxStops?: number; depot?: LatLng } = {}): RoutesResult {
  const maxStops = options.maxStops ?? DEFAULT_MAX_STOPS;
  const maxSpanKm = log.settings.routes.maxSpanKm;
  const records = log.customers.map((c) => c.record);
  const plan = planRoutes(records, { maxStops, depot: options.depot, bases: repBases(log.staff ?? []), maxSpanKm });
  const stops: RouteStopRow[] = [];
  for (const r of plan.routes) {
    r.stops.forEach((i, k) => {
      const c = records[i];
      stops.push({
        stopCode: stopCode(r.route, k + 1),
        route: r.route,
        stop: k + 1,
        area: r.area,
        code: c.code,
        name: c.name,
        rep: c.rep,
        district: c.district,
        bearing: c.bearing,
        address: c.address,
        phone: c.phone,
        lat: c.lat,
        lng: c.lng,
        row: log.customers[i].row,
      });
    });
  }
  const routes = plan.routes.map((r) => ({ route: r.route, area: r.area, rep: r.rep, stops: r.stops.length, lengthKm: r.lengthKm, spanKm: r.spanKm, depot: r.depot, depotFrom: r.depotFrom }));
  return { maxStops, maxSpanKm, routes, stops, plan };
}

/** Where a route's start comes from, as the 路序 sheet says it. */
export const DEPOT_FROM = { given: "指定出发点", base: "客服驻地", centroid: "区域中心" } as const;

const round = (x: number | undefined, digits: number) => (x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** The 客户档案 columns each stop shows, in the 路序 sheet's order (headers and formats from the spec). */
const STOP_COLUMNS = ["code", "name", "area", "district", "bearing", "address", "phone", "rep", "lat", "lng"] as const;

/** The 路序 sheet: one block of routes, one of stops (each customer code links to its 客户档案 row). */
export function routesReport(result: RoutesResult, today: Date, codeColumn = "A"): ReportSheet {
  const customer = columnsOf(customersSheet, STOP_COLUMNS);
  const [area, rep, lat, lng] = (["area", "rep", "lat", "lng"] as const).map((k) => columnOf(customersSheet, k));
  const located = result.routes.filter((r) => r.lengthKm !== undefined).length;
  return {
    sheet: ROUTES_SHEET,
    title: ROUTES_SHEET,
    subtitle: `${isoDate(today)} 生成：${result.routes.length} 条路线（${located} 条按坐标扫描，${result.routes.length - located} 条按片区方位），每条最多 ${result.maxStops} 站、任意两站相距不超过 ${result.maxSpanKm} km，${result.stops.length} 个客户`,
    blocks: [
      {
        title: "路线",
        headers: ["路线", area.header, rep.header, "站数", "里程(km)", "跨度(km)", "出发点", `出发点${lat.header}`, `出发点${lng.header}`],
        rows: result.routes.map((r) => [r.route, r.area, r.rep, r.stops, round(r.lengthKm, 1), round(r.spanKm, 1), r.depotFrom ? DEPOT_FROM[r.depotFrom] : null, round(r.depot?.lat, 6), round(r.depot?.lng, 6)]),
        numberFormats: [undefined, undefined, undefined, INTEGER_FORMAT, ONE_DECIMAL_FORMAT, ONE_DECIMAL_FORMAT, undefined, lat.numberFormat, lng.numberFormat],
      },
      {
        title: "站序",
        headers: ["路序编号", "路线", "站序", ...customer.headers],
        rows: result.stops.map((s): ReportCell[] => [
          s.stopCode,
          s.route,
          s.stop,
          ...STOP_COLUMNS.map((k): ReportCell => (k === "code" ? { text: s.code, link: { sheet: customersSheet.name, cell: `${codeColumn}${s.row}` } } : s[k] ?? null)),
        ]),
        numberFormats: [undefined, undefined, INTEGER_FORMAT, ...customer.numberFormats],
      },
    ],
  };
}

export interface RoutesRun extends RoutesResult {
  written: boolean;
  problems: number;
  /** Why nothing was written: a customer code on two rows of 客户档案 (app/customer-guard.ts). */
  refused: Problem[];
}

export async function runRoutes(port: WorkbookPort, options: { today: Date; maxStops?: number; depot?: LatLng; write?: boolean }): Promise<RoutesRun> {
  const log = await readLog(port);
  const result = computeRoutes(log, options);
  const refused = options.write ? ambiguousCustomers(log, log.customers.map((c) => c.record.code)) : [];
  const write = options.write === true && refused.length === 0;
  if (write) await port.writeReport(routesReport(result, options.today, letterOf("customers", "code", log.letters)));
  return { ...result, written: write, problems: log.problems.length, refused };
}

