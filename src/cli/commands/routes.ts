import { DEPOT_FROM, runRoutes } from "../../app/routes";
import { checkMaxStops, DEFAULT_MAX_STOPS, parseLatLng } from "../../domain/routes";
import { intFlag, OPT } from "../args";
import { EXIT, langOf, localError, usageError, type Command } from "../command";
import { fileArgument, openForCommand, saveBack, READ_LIMIT_OPTIONS } from "../open-workbook";
import { RequireLog } from "../require-log";
import { formatProblem } from "../../workbook/problems";
import { customersSheet } from "../../workbook";
import type { Lang } from "../../i18n/lang";

const usage = "kehu routes <file.xlsx> [--max-stops N] [--from LAT,LNG] [--write] [--json] [--lang en]";

const DEPOT_FROM_EN: Record<keyof typeof DEPOT_FROM, string> = { given: "the given start", base: "the rep's base", centroid: "the area's centre" };

const T = {
  zh: {
    head: (customers: number, routes: number, located: number, maxStops: number, spanKm: number) =>
      `路序：${customers} 位客户，${routes} 条路线（${located} 条按坐标，${routes - located} 条按片区方位），每条最多 ${maxStops} 站，任意两站相距不超过 ${spanKm} km`,
    km: (length: string, span: string, from: keyof typeof DEPOT_FROM) => `  ${length} km（跨度 ${span} km，从${DEPOT_FROM[from]}出发）`,
    noRep: "（无客服）",
    stops: (n: number) => `${n} 站`,
    colon: "：",
    written: (file: string) => `已写入 ${file} 的“路序”工作表`,
  },
  en: {
    head: (customers: number, routes: number, located: number, maxStops: number, spanKm: number) =>
      `Routes: ${customers} customers, ${routes} routes (${located} by coordinates, ${routes - located} by district and bearing), at most ${maxStops} stops each, no two stops more than ${spanKm} km apart`,
    km: (length: string, span: string, from: keyof typeof DEPOT_FROM) => `  ${length} km (span ${span} km, from ${DEPOT_FROM_EN[from]})`,
    noRep: "(no rep)",
    stops: (n: number) => `${n} stop${n === 1 ? "" : "s"}`,
    colon: ": ",
    written: (file: string) => `Wrote the 路序 (routes) sheet of ${file}`,
  },
};

export const routesCommand: Command = {
  name: "routes",
  summary: "路序：按负责客服、再按区域把客户分成路线（有坐标按方位扫描并排出最短回路，任意两站相距不超过设置的路线最大跨度；无坐标按片区和相邻方位），每条最多 N 站，从客服驻地出发（--from 指定出发点）；--write 写入“路序”工作表",
  summaryEn: "Routes: customers into routes by rep, then by area (with coordinates a sweep and the shortest tour, no two stops farther apart than 设置's limit; else by district and bearing); --write writes the 路序 sheet",
  usage,
  options: { "max-stops": { type: "string", value: "N" }, from: { type: "string", value: "LAT,LNG" }, write: OPT.write, today: OPT.today, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: 1 },
  async run(ctx) {
    const file = fileArgument(ctx, usage);
    const maxStops = intFlag(ctx.flags, "max-stops", DEFAULT_MAX_STOPS);
    const tooMany = checkMaxStops(maxStops, langOf(ctx.flags));
    if (tooMany) throw localError(ctx.flags, { zh: `--max-stops：${tooMany}`, en: `--max-stops: ${tooMany}` });
    const from = ctx.flags.from;
    const depot = typeof from === "string" ? parseLatLng(from) : undefined;
    if (from !== undefined && !depot) {
      throw usageError(
        ctx.flags,
        { zh: `--from 须为“纬度,经度”，如 31.23,121.47（纬度 −90…90，经度 −180…180），收到“${String(from)}”`, en: `--from is "latitude,longitude", e.g. 31.23,121.47 (latitude −90…90, longitude −180…180), got "${String(from)}"` },
        { zh: usage, en: usage },
      );
    }
    const write = ctx.flags.write === true;
    const book = await openForCommand(file, write, ctx.flags);
    const run = await runRoutes(new RequireLog(book, file, { sheets: [customersSheet] }, langOf(ctx.flags)), { today: ctx.today, maxStops, depot, write });
    if (run.refused.length > 0) {
      for (const problem of run.refused) ctx.err(formatProblem(problem, ctx.flags.lang === "en" ? "en" : "zh"));
      return EXIT.problems;
    }
    if (run.written) await saveBack(book);
    if (ctx.json) {
      ctx.out(
        JSON.stringify({
          file,
          maxStops,
          maxSpanKm: run.maxSpanKm,
          routes: run.routes,
          stops: run.stops.map((s) => ({ stopCode: s.stopCode, route: s.route, stop: s.stop, code: s.code, name: s.name, area: s.area })),
          written: run.written,
          problems: run.problems,
        }),
      );
      return EXIT.ok;
    }
    const lang: Lang = ctx.flags.lang === "en" ? "en" : "zh";
    const t = T[lang];
    const located = run.routes.filter((r) => r.lengthKm !== undefined).length;
    ctx.out(t.head(run.stops.length, run.routes.length, located, maxStops, run.maxSpanKm));
    for (const r of run.routes) {
      const stops = run.stops.filter((s) => s.route === r.route).map((s) => s.code);
      const km = r.lengthKm === undefined ? "" : t.km(r.lengthKm.toFixed(1), r.spanKm!.toFixed(1), r.depotFrom!);
      ctx.out(`${r.route}  ${r.rep || t.noRep}  ${t.stops(r.stops)}${km}${t.colon}${stops.join(" → ")}`);
    }
    if (write) ctx.out(t.written(file));
    return EXIT.ok;
  },
};
