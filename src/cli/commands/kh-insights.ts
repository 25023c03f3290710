import { computeAbc, defaultAbcPeriod } from "../../app/abc";
import { dueList } from "../../app/due";
import type { Log } from "../../domain/log";
import { computeRoutes } from "../../app/routes";
import { isoDate } from "../../domain/time";
import { GRADES } from "../../workbook/column";
import type { Lang } from "../../i18n/lang";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Due list, ABC summary and routes of a log in a few lines (for `kehu demo`), and the same as JSON. */
export function khInsights(log: Log, today: Date, lang: Lang = "zh"): { lines: string[]; json: Record<string, unknown> } {
  const due = dueList(log, today);
  const byGrade = GRADES.map((g) => [g, due.filter((i) => i.grade === g).length] as const).filter(([, n]) => n > 0);
  const worst = due.reduce<(typeof due)[number] | undefined>((w, i) => (i.due && (!w || i.daysOverdue > w.daysOverdue) ? i : w), undefined);
  const abc = computeAbc(log, defaultAbcPeriod(today));
  const changed = abc.customers.filter((c) => c.stored !== c.abc).length;
  const routes = computeRoutes(log);
  const km = routes.routes.reduce((s, r) => s + (r.lengthKm ?? 0), 0);
  const span = Math.max(0, ...routes.routes.map((r) => r.spanKm ?? 0));
  const grades = byGrade.map(([g, n]) => `${g} ${n}`).join(" · ");
  const overdue = worst && worst.daysOverdue > 0 ? worst : undefined;
  const lines = lang === "en" ? [
    `Due today (${isoDate(today)}): ${due.length} customers due or overdue (${grades})${overdue ? `; most overdue ${overdue.code}, ${overdue.daysOverdue} days` : ""}`,
    `ABC (orders ${isoDate(abc.period.from)} to ${isoDate(abc.period.to)}): ${abc.summary.rows
      .map((r) => `${r.abcClass} ${r.customers} customers ${pct(r.customerShare)} (ideal ${pct(r.idealShare)}), sales ${pct(r.salesShare)}`)
      .join("; ")}${changed > 0 ? `; ${changed} customers' stored ABC class differs` : ""}`,
    `Routes: ${routes.routes.length} routes of at most ${routes.maxStops} stops, stops at most ${routes.maxSpanKm} km apart (largest ${span.toFixed(0)} km), ${routes.stops.length} customers, ${km.toFixed(0)} km in all`,
  ] : [
    `今日跟进（${isoDate(today)}）：${due.length} 位到期或逾期（${byGrade.map(([g, n]) => `${g} ${n}`).join(" · ")}）${worst && worst.daysOverdue > 0 ? `，逾期最久 ${worst.code} ${worst.daysOverdue} 天` : ""}`,
    `ABC（${isoDate(abc.period.from)} 至 ${isoDate(abc.period.to)} 订单额）：${abc.summary.rows
      .map((r) => `${r.abcClass} ${r.customers} 位 ${pct(r.customerShare)}（理想 ${pct(r.idealShare)}），销售 ${pct(r.salesShare)}`)
      .join("；")}${changed > 0 ? `；${changed} 位 ABC类 与档案不同` : ""}`,
    `路序：${routes.routes.length} 条路线，每条最多 ${routes.maxStops} 站、两站相距不超过 ${routes.maxSpanKm} km（最大 ${span.toFixed(0)} km），共 ${routes.stops.length} 位客户，总里程 ${km.toFixed(0)} km`,
  ];
  return {
    lines,
    json: {
      due: { count: due.length, byGrade: Object.fromEntries(byGrade), mostOverdue: worst ? { code: worst.code, days: worst.daysOverdue } : null },
      abc: { period: { from: isoDate(abc.period.from), to: isoDate(abc.period.to) }, summary: abc.summary.rows, changed },
      routes: { count: routes.routes.length, maxStops: routes.maxStops, maxSpanKm: routes.maxSpanKm, longestSpanKm: Math.round(span), customers: routes.stops.length, km: Math.round(km) },
    },
  };
}
