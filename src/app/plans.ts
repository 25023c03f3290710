/**
 * 方案跟踪: the tracking of 工作方案 (domain/plans/tracking.ts) as a table for the command line and
 * as the generated 方案跟踪 sheet, with the legend of what each plan type counts
 * (domain/plans/measures.ts) so the figures can be checked by hand.
 */
import type { ReportCell, ReportSheet, WorkbookPort } from "../io/port";
import { GENERATED_SHEETS } from "../workbook/generated-sheets";
import { plansSheet, SPEC_BY_KEY } from "../workbook";
import { INTEGER_FORMAT, PERCENT_FORMAT, type AnyColumn } from "../workbook/column";
import { columnsOf } from "../workbook/sheet";
import { overlaps, type Period } from "../domain/periods";
import { PLAN_MEASURES, METHOD_SOURCES, type RowSelector } from "../domain/plans/measures";
import { trackPlans, type PlanLog, type PlanState, type PlanTracking } from "../domain/plans/tracking";
import { startOfDay, isoDate, daySerial } from "../domain/time";
import { INFO_SOURCES, PLAN_TYPES, PLAN_TYPES_EN, PLAN_METHODS, PLAN_METHODS_EN } from "../domain/vocabulary";
import type { Lang } from "../i18n/lang";
import type { LogSheetKey } from "../domain/log";
import { sameStaffId } from "../domain/staff-roster";
import { readLog } from "./read-log";
import { letterOf } from "./cell-link";

export const PLAN_TRACKING_SHEET = GENERATED_SHEETS.planTracking;

export const PLAN_STATE_NAMES: Record<PlanState, { zh: string; en: string }> = {
  cancelled: { zh: "已取消", en: "Cancelled" },
  notStarted: { zh: "未开始", en: "Not started" },
  inProgress: { zh: "进行中", en: "In progress" },
  met: { zh: "已达标", en: "Met" },
  belowTarget: { zh: "未达目标", en: "Below target" },
  belowMinimum: { zh: "低于最低", en: "Below minimum" },
};

export interface PlanFilter {
  rep?: string;
  period?: Period;
}

/** Plans of the rep (their own, of the department they are in, read from 员工, or those they answer for as its head) that share a day with the period. */
export function selectPlans(tracked: readonly PlanTracking[], filter: PlanFilter): PlanTracking[] {
  return tracked.filter((t) => {
    if (filter.rep && !isPlanOf(t, filter.rep)) return false;
    return !filter.period || overlaps(filter.period, { from: startOfDay(t.plan.start), to: startOfDay(t.plan.end) });
  });
}

const translate = <T extends string>(value: T | undefined, zh: readonly T[], en: readonly string[], lang: Lang) => (value === undefined ? "" : lang === "en" ? en[zh.indexOf(value)] ?? value : value);

/** A plan's type and, for a visit plan, its 方式: 客户访问·电话 / Customer visits · Phone. */
export function planTypeLabel(plan: Pick<PlanTracking["plan"], "planType" | "method">, lang: Lang = "zh"): string {
  const type = translate(plan.planType, PLAN_TYPES, PLAN_TYPES_EN, lang);
  return plan.method ? `${type}${lang === "en" ? " · " : "·"}${translate(plan.method, PLAN_METHODS, PLAN_METHODS_EN, lang)}` : type;
}

/** The rows that count, as the legend says them: 跟进记录（服务类型：售后、咨询、回访）. */
export function describeSelectors(selectors: readonly RowSelector[], lang: Lang = "zh"): string {
  if (selectors.length === 0) return lang === "en" ? "none" : "无";
  return selectors
    .map((s) => {
      const spec = SPEC_BY_KEY[s.sheet];
      const name = lang === "en" ? spec.nameEn : spec.name;
      if (s.contactsOnly) return lang === "en" ? `${name} (handovers excluded)` : `${name}（不含交接）`;
      if (!s.field || !s.values) return name;
      const column = (spec.columns as readonly AnyColumn[]).find((c) => c.key === s.field)!;
      const values = lang === "en" ? s.values.map((v) => column.listEn?.[column.list?.indexOf(v) ?? -1] ?? v) : s.values;
      return lang === "en" ? `${name} (${column.headerEn}: ${values.join(", ")})` : `${name}（${column.header}：${values.join("、")}）`;
    })
    .join(lang === "en" ? "; " : "；");
}

/** One line per plan type and per visit method: what is counted. */
export function planLegend(lang: Lang = "zh"): { type: string; reach: string; cost: string }[] {
  const rows = PLAN_TYPES.map((type) => ({ type: translate(type, PLAN_TYPES, PLAN_TYPES_EN, lang), reach: describeSelectors(PLAN_MEASURES[type].reach, lang), cost: describeSelectors(PLAN_MEASURES[type].cost, lang) }));
  const sourceEn = (s: string) => SPEC_BY_KEY.followUps.columns.find((c) => c.key === "source")?.listEn?.[INFO_SOURCES.indexOf(s as (typeof INFO_SOURCES)[number])] ?? s;
  const sources = PLAN_METHODS.map((m) => `${translate(m, PLAN_METHODS, PLAN_METHODS_EN, lang)} = ${METHOD_SOURCES[m].map((s) => (lang === "en" ? sourceEn(s) : s)).join(lang === "en" ? "/" : "、")}`).join(lang === "en" ? "; " : "；");
  rows.push({ type: lang === "en" ? "Visit method" : "访问方式", reach: lang === "en" ? `only follow-ups whose source is: ${sources}` : `只计信息来源为：${sources}`, cost: "" });
  return rows;
}

export interface PlansRun {
  today: Date;
  plans: PlanTracking[];
  written: boolean;
  problems: number;
}

const excelDay = daySerial;
const pct = (x: number) => Math.round(x * 1000) / 1000;

/** The 方案跟踪 sheet: one row per plan (its 编号 links to the 工作方案 row), then the legend. */
/** The 工作方案 columns a tracked plan opens with (headers and formats from the spec). */
const PLAN_COLUMNS = ["id", "rep", "department", "planType", "method", "start", "end", "target", "minimum"] as const;

export function plansReport(plans: readonly PlanTracking[], today: Date, idColumn = "A", lang: Lang = "zh"): ReportSheet {
  const en = lang === "en";
  const plan = columnsOf(plansSheet, PLAN_COLUMNS, en);
  const plannedCost = columnsOf(plansSheet, ["plannedCost"], en);
  return {
    sheet: PLAN_TRACKING_SHEET,
    title: en ? "Work plan tracking" : PLAN_TRACKING_SHEET,
    subtitle: en ? `Made ${isoDate(today)} from the log: ${plans.length} plans` : `${isoDate(today)} 按日志生成：${plans.length} 个方案`,
    blocks: [
      {
        title: en ? "Plans" : "方案",
        headers: [
          ...plan.headers,
          ...(en ? ["Reached", "Succeeded", "vs target", "vs minimum"] : ["实际对象数", "成功对象数", "目标完成率", "最低完成率"]),
          plannedCost.headers[0],
          ...(en ? ["Actual cost", "Tracking"] : ["实际成本", "跟踪状态"]),
        ],
        rows: plans.map((t): ReportCell[] => [
          { text: t.plan.id, link: { sheet: plansSheet.name, cell: `${idColumn}${t.row}` } },
          t.plan.rep ?? null,
          t.plan.department ?? null,
          translate(t.plan.planType, PLAN_TYPES, PLAN_TYPES_EN, lang),
          translate(t.plan.method, PLAN_METHODS, PLAN_METHODS_EN, lang) || null,
          excelDay(t.plan.start),
          excelDay(t.plan.end),
          t.plan.target,
          t.plan.minimum,
          t.reached,
          t.succeeded,
          pct(t.targetRate),
          pct(t.minimumRate),
          t.plan.plannedCost ?? null,
          Math.round(t.cost * 100) / 100,
          PLAN_STATE_NAMES[t.state][lang],
        ]),
        numberFormats: [...plan.numberFormats, INTEGER_FORMAT, INTEGER_FORMAT, PERCENT_FORMAT, PERCENT_FORMAT, plannedCost.numberFormats[0], plannedCost.numberFormats[0], undefined],
      },
      {
        title: en ? "What counts" : "计数口径",
        headers: en ? ["Plan type", "Customers reached by", "Cost from"] : ["方案类型", "实际对象来自", "实际成本来自"],
        rows: planLegend(lang).map((l) => [l.type, l.reach, l.cost]),
      },
    ],
  };
}

/** The sheets tracking reads: 员工, 部门, 工作方案 and every sheet a plan type counts (plans/measures.ts). */
export const PLAN_SHEETS: readonly LogSheetKey[] = ["staff", "departments", "plans", ...new Set(Object.values(PLAN_MEASURES).flatMap((m) => [...m.reach, ...m.cost].map((s) => s.sheet)))];

/**
 * Plans running on `today` (started, not ended, neither drafts nor cancelled) of a rep — their
 * own, their department's and those they answer for — or of everyone when no rep is given; the
 * 首页 panel lists them with their figures so far.
 */
export function plansInProgress(log: PlanLog, today: Date, rep?: string): PlanTracking[] {
  return trackPlans(log, today).filter((t) => {
    if (t.ended || t.state === "cancelled" || t.state === "notStarted" || t.plan.status === "草拟") return false;
    return !rep || isPlanOf(t, rep);
  });
}

/** Whether a plan is the rep's: its rows are theirs (own plan, or their department's) or they answer for it (工号 in any case). */
function isPlanOf(t: PlanTracking, rep: string): boolean {
  return (t.owner !== undefined && sameStaffId(t.owner, rep)) || t.reps.some((r) => sameStaffId(r, rep));
}

/** Tracks the plans of the log on `today`, filtered, and writes 方案跟踪 when asked. */
export async function runPlans(port: WorkbookPort, options: PlanFilter & { today: Date; write?: boolean; lang?: Lang }): Promise<PlansRun> {
  const log = await readLog(port, { sheets: PLAN_SHEETS });
  const plans = selectPlans(trackPlans(log as unknown as PlanLog, options.today), options);
  if (options.write) await port.writeReport(plansReport(plans, options.today, letterOf("plans", "id", log.letters), options.lang));
  return { today: options.today, plans, written: options.write === true, problems: log.problems.length };
}
