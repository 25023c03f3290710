/**
 * The 分析 panel's reports: 日清表 / 周报 / 月报 written as a report sheet (its chart added by the
 * workbook adapter, io/office/report.ts) with the key figures against the period before shown
 * here, TopN for a chosen period with its 同比/环比 base, and the 应收账款 sheet as of a day with its
 * aging chart and the balance per rep shown here (app/report.ts, app/top.ts, app/receivables.ts).
 */
import { FIGURE_LABELS, REPORT_KINDS, runReport, type ReportKind } from "../../app/report";
import { RECEIVABLES_SHEET, runReceivables } from "../../app/receivables";
import { fromCents, isOwing, totalsByRep } from "../../domain/receivables";
import { defaultTopPeriod, periodFromFlags, runTop, type TopRun } from "../../app/top";
import { compareFigures, growthText, ratioGrowthText, type Comparison, type ComparisonBasis } from "../../domain/comparison";
import { periodLabel } from "../../domain/periods";
import { ACTIVITY_FIGURES, isMoneyFigure } from "../../domain/report-figures";
import { isMoneyMeasure, TOP_MEASURES, TOP_SUBJECTS, type TopMeasure, type TopSubject } from "../../domain/top";
import type { UiKey } from "../../i18n/taskpane-strings";
import { parseDateText } from "../../workbook/codec/coerce";
import type { PaneContext } from "../context";
import { dateInputValue } from "../form/defaults";
import { dateInput } from "../ui/date-input";
import { h } from "../ui/dom";
import { moneyText } from "../../i18n/money";
import { runButton } from "../ui/run-button";

const KIND_LABEL: Record<ReportKind, UiKey> = { daily: "reportDaily", weekly: "reportWeekly", monthly: "reportMonthly" };
const MEASURE_LABEL: Record<TopMeasure, UiKey> = { sales: "measureSales", payments: "measurePayments", balance: "measureBalance", complaints: "measureComplaints", "follow-ups": "measureFollowUps" };
const SUBJECT_LABEL: Record<TopSubject, UiKey> = { customers: "subjectCustomers", categories: "subjectCategories", reps: "subjectReps" };
const COMPARE_LABEL: Record<ComparisonBasis | "", UiKey> = { "": "compareNone", yoy: "compareYoy", pop: "comparePop" };

function field(id: string, label: string, input: HTMLElement): HTMLElement {
  return h("div", { class: "kh-field" }, h("label", { for: id }, label), input);
}

function select<T extends string>(ctx: PaneContext, id: string, values: readonly T[], labels: Record<T, UiKey>, value?: T): HTMLSelectElement {
  return h("select", { id }, values.map((v) => h("option", { value: v, selected: v === value ? "selected" : undefined }, ctx.t(labels[v]))));
}

export function reportCard(ctx: PaneContext): HTMLElement {
  const { t, lang } = ctx;
  const kind = select(ctx, "kh-report-kind", REPORT_KINDS, KIND_LABEL, "monthly");
  const date = dateInput({ id: "kh-report-date" }, "date", dateInputValue(ctx.host.now()));
  const rep = h("input", { type: "text", id: "kh-report-rep", autocomplete: "off" });
  const result = h("div", { class: "kh-report-result", "aria-live": "polite" });
  const run = runButton(ctx, t("analysisRunReport"), "kh-run-report", result, async () => {
    const report = await runReport(ctx.host.port, { kind: kind.value as ReportKind, date: parseDateText(date.value) ?? ctx.host.now(), rep: rep.value.trim() || undefined, write: true });
    const now = report.figures.total;
    const before = report.previous.total;
    const show = (k: (typeof ACTIVITY_FIGURES)[number], x: number) => (isMoneyFigure(k) ? moneyText(x, lang) : String(x));
    return h(
      "div",
      {},
      h("div", { class: "kh-msg ok" }, t("analysisDoneReport", { sheet: report.sheet })),
      h(
        "table",
        { class: "kh-table kh-report-figures" },
        h("thead", {}, h("tr", {}, [t("analysisReportFigure"), t("analysisThisPeriod"), t("analysisLastPeriod"), t("analysisGrowth")].map((x) => h("th", {}, x)))),
        h(
          "tbody",
          {},
          ACTIVITY_FIGURES.map((k) => h("tr", { "data-figure": k }, h("td", {}, FIGURE_LABELS[k][lang === "en" ? "en" : "zh"]), h("td", {}, show(k, now[k])), h("td", {}, show(k, before[k])), growthCell(compareFigures(now[k], before[k]), lang))),
        ),
      ),
    );
  });
  return h(
    "div",
    { class: "kh-card" },
    h("h2", {}, t("analysisReports")),
    h("p", { class: "kh-help" }, t("analysisReportsHelp")),
    h("div", { class: "kh-row" }, field("kh-report-kind", t("analysisReportKind"), kind), field("kh-report-date", t("analysisDate"), date)),
    field("kh-report-rep", t("analysisRep"), rep),
    run,
    result,
  );
}

/** 应收账款 as of a day, for a rep or everyone: the sheet (with its aging chart) and each rep's balance here. */
export function receivablesCard(ctx: PaneContext): HTMLElement {
  const { t, lang } = ctx;
  const asOf = dateInput({ id: "kh-receivables-date" }, "date", dateInputValue(ctx.host.now()));
  const rep = h("input", { type: "text", id: "kh-receivables-rep", autocomplete: "off" });
  const result = h("div", { class: "kh-receivables-result", "aria-live": "polite" });
  const money = (cents: number) => moneyText(fromCents(cents), lang);
  const run = runButton(ctx, t("analysisRunReceivables"), "kh-run-receivables", result, async () => {
    const done = await runReceivables(ctx.host.port, { asOf: parseDateText(asOf.value) ?? ctx.host.now(), rep: rep.value.trim() || undefined, write: true });
    const accounts = done.receivables.accounts;
    return h(
      "div",
      {},
      h("div", { class: "kh-msg ok" }, t("analysisDoneReceivables", { sheet: RECEIVABLES_SHEET, customers: accounts.filter(isOwing).length, balance: money(done.totals.balanceCents), overdue: money(done.totals.overdueCents) })),
      h(
        "table",
        { class: "kh-table kh-receivables-reps" },
        h("thead", {}, h("tr", {}, [t("dueRepFilter"), t("analysisBalance"), t("analysisOverdue")].map((x) => h("th", {}, x)))),
        h("tbody", {}, [...totalsByRep(accounts)].map(([r, x]) => h("tr", { "data-rep": r }, h("td", {}, r), h("td", {}, money(x.balanceCents)), h("td", {}, money(x.overdueCents))))),
      ),
    );
  });
  return h(
    "div",
    { class: "kh-card" },
    h("h2", {}, t("analysisReceivables")),
    h("p", { class: "kh-help" }, t("analysisReceivablesHelp")),
    h("div", { class: "kh-row" }, field("kh-receivables-date", t("analysisAsOf"), asOf), field("kh-receivables-rep", t("analysisRep"), rep)),
    run,
    result,
  );
}

export function topCard(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const period = defaultTopPeriod(ctx.host.now());
  const by = select(ctx, "kh-top-by", TOP_MEASURES, MEASURE_LABEL, "sales");
  const of = select(ctx, "kh-top-of", TOP_SUBJECTS, SUBJECT_LABEL, "customers");
  const n = h("input", { type: "number", id: "kh-top-n", min: 1, step: 1, value: 10 });
  const from = dateInput({ id: "kh-top-from" }, "date", dateInputValue(period.from));
  const to = dateInput({ id: "kh-top-to" }, "date", dateInputValue(period.to));
  const compare = select<ComparisonBasis | "">(ctx, "kh-top-compare", ["", "yoy", "pop"], COMPARE_LABEL, "");
  const result = h("div", { class: "kh-top-result", "aria-live": "polite" });
  const run = runButton(ctx, t("analysisRunTop"), "kh-run-top", result, async () => {
    const measure = by.value as TopMeasure;
    const subject = of.value as TopSubject;
    const start = parseDateText(from.value);
    const end = parseDateText(to.value);
    if (start && end && start > end) return h("div", { class: "kh-msg bad" }, t("analysisTopBadDates"));
    const count = Number(n.value);
    const top = await runTop(ctx.host.port, { by: measure, of: subject, n: Number.isInteger(count) && count >= 1 ? count : 10, period: periodFromFlags(ctx.host.now(), start, end), compare: (compare.value || undefined) as ComparisonBasis | undefined });
    return topResult(ctx, top);
  });
  return h(
    "div",
    { class: "kh-card" },
    h("h2", {}, t("analysisTop")),
    h("p", { class: "kh-help" }, t("analysisTopHelp")),
    h("div", { class: "kh-row" }, field("kh-top-by", t("analysisTopBy"), by), field("kh-top-of", t("analysisTopOf"), of), field("kh-top-n", t("analysisTopN"), n)),
    h("div", { class: "kh-row" }, field("kh-top-from", t("analysisFrom"), from), field("kh-top-to", t("analysisTo"), to)),
    field("kh-top-compare", t("analysisCompare"), compare),
    run,
    result,
  );
}

/** The growth rate, with the change and the ratio on hover (the written sheet has them in columns). */
function growthCell(c: Comparison, lang: string): HTMLElement {
  const l = lang === "en" ? "en" : "zh";
  const change = Number(c.change.toFixed(2));
  return h("td", { title: l === "en" ? `change ${change}; ${ratioGrowthText(c, l)}` : `变化 ${change}；${ratioGrowthText(c, l)}` }, growthText(c, l));
}

function topResult(ctx: PaneContext, top: TopRun): HTMLElement {
  const { t, lang } = ctx;
  const fmt = (x: number) => (isMoneyMeasure(top.by) ? moneyText(x, lang) : String(x));
  const label = periodLabel(top.period, lang);
  return h(
    "div",
    {},
    h("div", { class: "kh-msg ok" }, t("analysisTopSummary", { period: label, ranked: top.ranked, total: fmt(top.total) })),
    top.base ? h("div", { class: "kh-muted kh-top-base" }, t("analysisTopBase", { period: periodLabel(top.base.period, lang), total: fmt(top.base.total), growth: growthText(top.base.comparison, lang) })) : null,
    top.entries.length === 0
      ? h("p", { class: "kh-muted" }, t("analysisTopEmpty"))
      : h(
          "table",
          { class: "kh-table kh-top-table" },
          h("thead", {}, h("tr", {}, [t("analysisRank"), t("analysisSubject"), t("analysisValue"), t("analysisShareOf"), ...(top.base ? [t("analysisGrowth")] : [])].map((x) => h("th", {}, x)))),
          h(
            "tbody",
            {},
            top.entries.map((e) =>
              h(
                "tr",
                { "data-key": e.key },
                h("td", {}, e.rank),
                h("td", {}, top.of === "categories" && e.key === "" ? t("uncategorized") : `${e.key}${e.name ? ` ${e.name}` : ""}`),
                h("td", {}, fmt(e.value)),
                h("td", {}, `${(e.share * 100).toFixed(1)}%`),
                e.comparison ? growthCell(e.comparison, lang) : null,
              ),
            ),
          ),
        ),
  );
}
