import { auditWorkbook, type AuditSummary } from "../../app/audit";
import type { FindingView } from "../../app/audit-report";
import type { Panel, PaneContext } from "../context";
import { h } from "../ui/dom";
import { runButton } from "../ui/run-button";

const SHOWN = 30;

/** 审计: runs every audit rule, writes the 审计 sheet, and lists the findings that matter most. */
export const auditPanel: Panel = async (ctx) => {
  const { t } = ctx;
  const result = h("div", { class: "kh-audit-result", "aria-live": "polite" });
  const run = runButton(ctx, t("auditRun"), "kh-run-audit", result, async () => summaryView(ctx, await auditWorkbook(ctx.host.port, ctx.host.now(), ctx.lang)));
  return h("div", {}, h("div", { class: "kh-card" }, h("h2", {}, t("panelAudit")), h("p", { class: "kh-help" }, t("auditHelp")), run), result);
};

function summaryView(ctx: PaneContext, s: AuditSummary): HTMLElement {
  const { t } = ctx;
  const rank = { 高: 0, 中: 1, 低: 2 } as const;
  const top = [...s.findings].sort((a, b) => rank[a.severity] - rank[b.severity] || (b.daysLate ?? 0) - (a.daysLate ?? 0)).slice(0, SHOWN);
  return h(
    "div",
    { class: "kh-card" },
    h("div", { class: "kh-msg ok" }, t("auditDone", { n: s.findings.length })),
    h("p", {}, t("auditSeverity", { high: s.bySeverity["高"] ?? 0, medium: s.bySeverity["中"] ?? 0, low: s.bySeverity["低"] ?? 0 })),
    s.onTimeRate !== undefined ? h("p", {}, t("auditOnTime", { rate: `${Math.round(s.onTimeRate * 100)}%`, reps: s.reps })) : null,
    s.problems ? h("p", { class: "kh-msg bad" }, t("auditProblems", { n: s.problems })) : null,
    top.length ? h("h3", {}, t("auditTop")) : null,
    h("ul", { class: "kh-list kh-findings" }, top.map((f) => findingItem(ctx, f))),
    s.findings.length > SHOWN ? h("p", { class: "kh-muted" }, t("auditMore", { n: s.findings.length - SHOWN })) : null,
  );
}

function findingItem(ctx: PaneContext, f: FindingView): HTMLElement {
  const go = () => void ctx.host.selectRange(f.sheet, f.cell);
  return h(
    "li",
    { class: "kh-finding", "data-rule": f.rule },
    h(
      "button",
      { class: "kh-pick", type: "button", onclick: go },
      h("span", {}, h("span", { class: f.severity === "高" ? "kh-badge late" : "kh-badge" }, f.severityLabel), " ", f.message),
      h("span", { class: "kh-code" }, `${f.sheet}!${f.cell}`),
    ),
  );
}
