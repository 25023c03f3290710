/**
 * 路序 on the demo: the longest span of a route (farthest two stops) and how many routes pass
 * 设置's span limit (must be 0), against routes cut by area alone with no span limit and the
 * area's centre as the start (how routes were planned before), in the same run.
 */
import { computeRoutes } from "../src/app/routes";
import { planRoutes, spanKm, type LatLng } from "../src/domain/routes";
import { demoLog } from "./demo-log";
import { againstBaseline, timed } from "./timing";

type Print = (line: string) => void;

export async function run(print: Print): Promise<void> {
  for (const customers of [300, 2000]) {
    const { log } = demoLog(customers);
    const limit = log.settings.routes.maxSpanKm;
    const plan = computeRoutes(log);
    const records = log.customers.map((c) => c.record);
    const areaOnly = planRoutes(records.map((c) => ({ area: c.area, lat: c.lat, lng: c.lng })), { maxSpanKm: Infinity });
    const spans = plan.routes.map((r) => r.spanKm ?? 0);
    const baseSpans = areaOnly.routes.map((r) => spanKm(r.stops.map((i) => records[i] as LatLng)));
    const km = (xs: { lengthKm?: number }[]) => xs.reduce((s, r) => s + (r.lengthKm ?? 0), 0);
    print(`routes longest span n=${customers}: ${Math.max(...spans).toFixed(1)} km (limit ${limit} km; by area alone ${Math.max(...baseSpans).toFixed(1)} km)`);
    print(`routes over the span limit n=${plan.routes.length}: ${spans.filter((s) => s > limit).length} (by area alone ${baseSpans.filter((s) => s > limit).length} of ${areaOnly.routes.length})`);
    print(`routes total length n=${customers}: ${km(plan.routes).toFixed(0)} km in ${plan.routes.length} routes (by area alone ${km(areaOnly.routes).toFixed(0)} km in ${areaOnly.routes.length}, ×${(km(plan.routes) / km(areaOnly.routes)).toFixed(2)})`);
    const t = timed(() => computeRoutes(log), 3);
    const base = timed(() => planRoutes(records.map((c) => ({ area: c.area, lat: c.lat, lng: c.lng })), { maxSpanKm: Infinity }), 3);
    print(`routes plan n=${customers}: ${againstBaseline(t, base, "by area alone")}`);
  }
}
