import { defaultAbcPeriod, type AbcRun } from "../../app/abc";
import { ABC_SHEET, writeAbcReport } from "../../app/abc-report";
import { ROUTES_SHEET, runRoutes } from "../../app/routes";
import { DEFAULT_MAX_STOPS, parseLatLng } from "../../domain/routes";
import { parseDateText } from "../../workbook/codec/coerce";
import { formatProblem, type Problem } from "../../workbook/problems";
import type { Panel, PaneContext } from "../context";
import { dateInputValue } from "../form/defaults";
import { dateInput } from "../ui/date-input";
import { h } from "../ui/dom";
import { runButton } from "../ui/run-button";
import { receivablesCard, reportCard, topCard } from "./analysis-reports";

/** 分析: ABC over a period of 往来帐 (class written into 客户档案, summary and chart on a sheet), the 日清表/周报/月报, TopN, and 路序. */
export const analysisPanel: Panel = async (ctx) => h("div", {}, abcCard(ctx), reportCard(ctx), receivablesCard(ctx), topCard(ctx), routesCard(ctx));

function abcCard(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const period = defaultAbcPeriod(ctx.host.now());
  const from = dateInput({ id: "kh-abc-from" }, "date", dateInputValue(period.from));
  const to = dateInput({ id: "kh-abc-to" }, "date", dateInputValue(period.to));
  const result = h("div", { class: "kh-abc-result", "aria-live": "polite" });
  const run = runButton(ctx, t("analysisRunAbc"), "kh-run-abc", result, async () => {
    const abc = await writeAbcReport(ctx.host.port, { today: ctx.host.now(), from: parseDateText(from.value), to: parseDateText(to.value) });
    if (abc.refused.length > 0) return refusal(ctx, abc.refused);
    return abcSummary(ctx, abc);
  });
  return h(
    "div",
    { class: "kh-card" },
    h("h2", {}, t("analysisAbc")),
    h("p", { class: "kh-help" }, t("analysisAbcHelp")),
    h("div", { class: "kh-row" }, h("div", { class: "kh-field" }, h("label", { for: "kh-abc-from" }, t("analysisFrom")), from), h("div", { class: "kh-field" }, h("label", { for: "kh-abc-to" }, t("analysisTo")), to)),
    run,
    result,
  );
}

/** Nothing written: each reason on its own line, naming its cell (a customer code on two rows). */
function refusal(ctx: PaneContext, problems: readonly Problem[]): HTMLElement {
  return h("div", {}, problems.map((p) => h("div", { class: "kh-msg bad" }, formatProblem(p, ctx.lang))));
}

function abcSummary(ctx: PaneContext, abc: AbcRun): HTMLElement {
  const { t } = ctx;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return h(
    "div",
    {},
    h("div", { class: "kh-msg ok" }, t("analysisDoneAbc", { n: abc.summary.customers, written: abc.written, sheet: ABC_SHEET })),
    h(
      "table",
      { class: "kh-table kh-abc-summary" },
      h("thead", {}, h("tr", {}, [t("analysisClass"), t("analysisCustomers"), t("analysisShare"), t("analysisIdeal"), t("analysisSales")].map((x) => h("th", {}, x)))),
      h(
        "tbody",
        {},
        abc.summary.rows.map((r) =>
          h(
            "tr",
            { "data-class": r.abcClass },
            h("td", {}, r.abcClass),
            h("td", {}, r.customers),
            h("td", {}, h("span", { class: "kh-bar", style: `width:${Math.round(r.customerShare * 60)}px` }), " ", pct(r.customerShare)),
            h("td", {}, pct(r.idealShare)),
            h("td", {}, pct(r.salesShare)),
          ),
        ),
      ),
    ),
  );
}

function routesCard(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const maxStops = h("input", { type: "number", id: "kh-max-stops", min: 2, step: 1, value: DEFAULT_MAX_STOPS });
  const start = h("input", { type: "text", id: "kh-route-start", placeholder: "31.23,121.47", inputmode: "decimal" });
  const result = h("div", { class: "kh-routes-result", "aria-live": "polite" });
  const run = runButton(ctx, t("analysisRunRoutes"), "kh-run-routes", result, async () => {
    const stops = Number(maxStops.value);
    const depot = start.value.trim() === "" ? undefined : parseLatLng(start.value);
    if (start.value.trim() !== "" && !depot) return h("div", { class: "kh-msg bad" }, t("analysisStartBad"));
    const routes = await runRoutes(ctx.host.port, { today: ctx.host.now(), maxStops: Number.isInteger(stops) && stops >= 2 ? stops : undefined, depot, write: true });
    if (routes.refused.length > 0) return refusal(ctx, routes.refused);
    return h(
      "div",
      {},
      h("div", { class: "kh-msg ok" }, t("analysisDoneRoutes", { n: routes.routes.length, stops: routes.stops.length, sheet: ROUTES_SHEET })),
      h("ul", { class: "kh-list" }, routes.routes.slice(0, 12).map((r) => h("li", { class: "kh-event" }, h("strong", {}, r.route), ` · ${r.stops} · ${r.lengthKm !== undefined ? `${r.lengthKm.toFixed(1)} km` : r.area}`))),
    );
  });
  return h(
    "div",
    { class: "kh-card" },
    h("h2", {}, t("analysisRoutes")),
    h("p", { class: "kh-help" }, t("analysisRoutesHelp")),
    h("div", { class: "kh-field" }, h("label", { for: "kh-max-stops" }, t("analysisMaxStops")), maxStops),
    h("div", { class: "kh-field" }, h("label", { for: "kh-route-start" }, t("analysisStart")), start),
    run,
    result,
  );
}
