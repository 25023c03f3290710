import { setupWorkbook } from "../../app/setup";
import { formatProblem } from "../../workbook/problems";
import { EVENT_SHEETS, SHEETS } from "../../workbook";
import type { LayoutChange } from "../../io/port";
import type { Panel, PaneContext } from "../context";
import { dueList } from "../../app/due";
import { planTypeLabel, plansInProgress } from "../../app/plans";
import type { PlanTracking } from "../../domain/plans/tracking";
import { isoDate } from "../../domain/time";
import { h, replace } from "../ui/dom";
import { workbookStatus } from "../workbook-status";

/** 首页: sets the workbook up (or upgrades it) in one click; once ready, a summary of the log. */
export const homePanel: Panel = async (ctx) => {
  const { t } = ctx;
  const headers = await ctx.host.port.readHeaders(SHEETS.map((s) => s.name));
  const status = workbookStatus(SHEETS, headers);
  const result = h("div", { "aria-live": "polite" });
  const root = h("div", { class: "kh-home", "data-state": status.state }, result);
  const card = h("div", { class: "kh-card" }, h("h2", {}, t("appTitle")));
  if (status.state !== "ready") {
    const missing = [...status.missingSheets, ...Object.entries(status.missingColumns).map(([sheet, cols]) => `${sheet}（${cols.join("、")}）`)];
    const button = h("button", { class: "kh-btn primary", type: "button", id: "kh-setup" }, status.state === "none" ? t("homeSetUp") : t("homeUpgrade"));
    button.addEventListener("click", () => {
      button.disabled = true;
      replace(result, h("div", { class: "kh-msg info" }, t("working")));
      setupWorkbook(ctx.host.port)
        .then((changes) => {
          replace(result, h("div", { class: "kh-msg ok kh-setup-result" }, describeChanges(ctx, changes)));
          return homePanel(ctx, {}).then((fresh) => root.replaceChildren(result, fresh));
        })
        .catch((e: unknown) => {
          button.disabled = false;
          replace(result, h("div", { class: "kh-msg bad" }, t("error"), e instanceof Error ? e.message : String(e)));
        });
    });
    card.append(
      h("p", {}, status.state === "none" ? t("homeNotSetUp") : t("homeNeedsUpgrade")),
      status.state === "partial" ? h("p", { class: "kh-help" }, t("homeMissing"), missing.join("；")) : "",
      button,
    );
    root.append(card);
    return root;
  }
  const log = await ctx.readLog();
  await ctx.host.autoShow?.enableUnlessDeclined();
  const events = EVENT_SHEETS.reduce((n, s) => n + (log[s.key as keyof typeof log] as unknown[]).length, 0);
  const due = dueList(log, ctx.host.now()).length;
  const empty = log.customers.length === 0;
  const addCustomer = h("button", { class: empty ? "kh-btn primary" : "kh-btn", type: "button", id: "kh-new-customer", onclick: () => ctx.show("newCustomer") }, empty ? t("homeAddFirst") : t("panelNewCustomer"));
  card.append(
    h("p", { class: "kh-msg ok" }, t("homeReady")),
    h("p", {}, t("homeSummary", { customers: log.customers.length, events, due })),
    empty ? h("p", { class: "kh-first-customer" }, t("homeFirstCustomer")) : "",
    log.problems.length ? h("p", { class: "kh-msg bad" }, t("homeProblems", { n: log.problems.length, first: formatProblem(log.problems[0], ctx.lang) })) : "",
    empty
      ? h("div", { class: "kh-row" }, addCustomer)
      : h("div", { class: "kh-row" }, h("button", { class: "kh-btn primary", type: "button", onclick: () => ctx.show("due") }, t("panelDue")), h("button", { class: "kh-btn", type: "button", onclick: () => ctx.show("register") }, t("panelRegister")), addCustomer),
    autoShowToggle(ctx) ?? "",
  );
  root.append(card);
  if (!empty) root.append(plansCard(ctx, plansInProgress(log, ctx.host.now(), ctx.state.rep)));
  return root;
};

/** The plans running today for the rep 今日跟进 is filtered to (or everyone's), with their figures so far (app/plans.ts). */
function plansCard(ctx: PaneContext, plans: readonly PlanTracking[]): HTMLElement {
  const { t } = ctx;
  const who = ctx.state.rep || t("homePlansAllReps");
  return h(
    "section",
    { class: "kh-card kh-plans", "aria-label": `${t("homePlans")} ${who}` },
    h("h2", {}, t("homePlans"), " ", h("span", { class: "kh-muted" }, who)),
    plans.length === 0
      ? h("p", { class: "kh-muted kh-plans-none" }, t("homePlansNone"))
      : h("ul", { class: "kh-list" }, plans.map((p) => planItem(ctx, p))),
  );
}

function planItem(ctx: PaneContext, p: PlanTracking): HTMLElement {
  const { t } = ctx;
  const pct = Math.round(p.targetRate * 100);
  const owner = p.plan.rep ? "" : t("homePlanDepartment", { department: p.plan.department ?? "" });
  return h(
    "li",
    { class: p.reached < p.plan.minimum ? "kh-plan short" : "kh-plan", "data-plan": p.plan.id },
    h("div", { class: "kh-plan-head" }, h("strong", {}, p.plan.id), h("span", { class: "kh-muted" }, [planTypeLabel(p.plan, ctx.lang), owner, t("homePlanEnds", { end: isoDate(p.plan.end) })].filter(Boolean).join(" · "))),
    h("div", { class: "kh-plan-figures" }, t("homePlanFigures", { reached: p.reached, target: p.plan.target, minimum: p.plan.minimum }), " · ", t("homePlanCompletion", { pct })),
    h("div", { class: "kh-plan-track", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": String(Math.min(100, pct)) }, h("span", { style: `width:${Math.min(100, pct)}%` })),
  );
}

/** The switch that makes the task pane open with this workbook (stored in the workbook). */
function autoShowToggle(ctx: PaneContext): HTMLElement | null {
  const autoShow = ctx.host.autoShow;
  if (!autoShow) return null;
  const box = h("input", { type: "checkbox", id: "kh-autoshow", checked: autoShow.enabled() });
  box.style.width = "auto";
  // A failed settings save (saveAsync) is said, and the box shows what the workbook really keeps.
  box.addEventListener("change", () => {
    autoShow.set(box.checked).catch((e: unknown) => {
      box.checked = autoShow.enabled();
      ctx.status.show("bad", [ctx.t("homeAutoShowFailed", { message: e instanceof Error ? e.message : String(e) })]);
    });
  });
  return h("div", { class: "kh-row kh-help", style: "margin-top:12px" }, h("label", { for: "kh-autoshow", style: "display:flex;gap:6px;align-items:center" }, box, ctx.t("homeAutoShow")));
}

function describeChanges(ctx: PaneContext, changes: readonly LayoutChange[]): string {
  const { t } = ctx;
  if (changes.length === 0) return t("homeNothingChanged");
  const [sep, colon] = ctx.lang === "en" ? [", ", ": "] : ["、", "："];
  const created = changes.filter((c) => c.createdSheet).map((c) => c.sheet);
  const parts = created.length ? [`${t("homeCreatedSheet")}${colon}${created.join(sep)}`] : [];
  for (const c of changes) if (!c.createdSheet && c.addedColumns.length) parts.push(`${c.sheet} ${t("homeAddedColumns")}${colon}${c.addedColumns.join(sep)}`);
  return t("homeDone") + parts.join("；");
}
