import type { ReportBlock, ReportCell, ReportSheet } from "../io/port";
import { GENERATED_SHEETS } from "../workbook/generated-sheets";
import type { Lang } from "../i18n/lang";
import { customersSheet, sheetByKey, staffSheet } from "../workbook";
import { locateCell } from "./cell-link";
import type { ColumnLetters as ReadLetters } from "./read-log";
import { columnOf, columnsOf } from "../workbook/sheet";
import { PERCENT_FORMAT as RATE_FORMAT } from "../workbook/column";
import { isoDate } from "../domain/time";
import {
  FAMILY_NAMES,
  RULE_FAMILIES,
  RULE_IDS,
  RULES,
  SEVERITY_EN,
  type AuditResult,
  type Finding,
  type RuleFamily,
  type RuleId,
  type Scorecard,
  type Severity,
} from "../domain/audit";

/** The generated sheet the audit writes (replaced each run). */
export const AUDIT_SHEET = GENERATED_SHEETS.audit;

/** Column letters per sheet key, as readLog returns them (Log.letters); undefined for records built in code. */
export type ColumnLetters = ReadLetters | undefined;

/** A finding as people read it: names instead of ids, and the cell as 投诉!F12. */
export interface FindingView {
  severity: Severity;
  severityLabel: string;
  rule: RuleId;
  ruleName: string;
  family: RuleFamily;
  customer: string;
  rep: string;
  message: string;
  /** The log sheet's name (投诉) and the cell (F12). */
  sheet: string;
  cell: string;
  daysLate?: number;
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return lang === "en" ? SEVERITY_EN[severity] : severity;
}

export function findingView(f: Finding, letters: ColumnLetters, lang: Lang = "zh"): FindingView {
  const at = locateCell(f.ref, letters);
  return {
    severity: f.severity,
    severityLabel: severityLabel(f.severity, lang),
    rule: f.rule,
    ruleName: RULES[f.rule][lang],
    family: RULES[f.rule].family,
    customer: f.customer,
    rep: f.rep,
    message: f.message[lang],
    sheet: at.sheet,
    cell: at.cell,
    daysLate: f.daysLate,
  };
}

/** The 客户编码 a finding names and the 员工 columns a scorecard opens with: headers from the specs. */
const CODE = columnOf(customersSheet, "code");
const STAFF = { zh: columnsOf(staffSheet, ["id", "name"]).headers, en: columnsOf(staffSheet, ["id", "name"], true).headers };

const TEXT = {
  zh: {
    title: "客户日志审计",
    findings: "审计发现",
    findingHeaders: ["严重程度", "规则", CODE.header, "客服", "说明", "位置", "超期天数"],
    scorecard: "客服评分",
    scoreHeaders: [...STAFF.zh, "负责客户", "跟进按时率", "评估的跟进间隔", "投诉及时反馈率", "评估的投诉", "发现", "高", "中", "低"],
    chart: "各客服跟进按时率",
    chartHeaders: ["客服", "跟进按时率"],
    byRule: "按规则统计",
    byRuleHeaders: ["规则", "类别", "发现"],
    workbooks: "工作簿",
    workbookHeaders: ["工作簿", "状态", "发现", "高", "无法识别的单元格"],
    workbook: "工作簿",
    audited: "已审计",
    unreadable: "无法读取",
    none: "没有发现问题。",
    subtitle: (day: string, n: number, sev: Record<Severity, number>, problems: number) =>
      `审计日期 ${day} · 发现 ${n} 条（高 ${sev.高} · 中 ${sev.中} · 低 ${sev.低}）· 无法识别的单元格 ${problems} 个（这些行未参与审计，运行 kehu check 查看）`,
    consolidated: (day: string, files: number, failed: number, n: number) => `审计日期 ${day} · ${files} 个工作簿${failed ? `（${failed} 个无法读取）` : ""} · 发现 ${n} 条`,
  },
  en: {
    title: "Customer log audit",
    findings: "Findings",
    findingHeaders: ["Severity", "Rule", CODE.headerEn, "Rep", "What is wrong", "Cell", "Days late"],
    scorecard: "Scorecard by rep",
    scoreHeaders: [...STAFF.en, "Customers", "Follow-ups on time", "Intervals judged", "Complaints in limit", "Complaints judged", "Findings", "High", "Medium", "Low"],
    chart: "Follow-ups on time by rep",
    chartHeaders: ["Rep", "On time"],
    byRule: "Findings by rule",
    byRuleHeaders: ["Rule", "Family", "Findings"],
    workbooks: "Workbooks",
    workbookHeaders: ["Workbook", "Status", "Findings", "High", "Unreadable cells"],
    workbook: "Workbook",
    audited: "audited",
    unreadable: "unreadable",
    none: "No findings.",
    subtitle: (day: string, n: number, sev: Record<Severity, number>, problems: number) =>
      `Audited as of ${day} · ${n} findings (high ${sev.高} · medium ${sev.中} · low ${sev.低}) · ${problems} unreadable cells (those rows were not audited; run kehu check)`,
    consolidated: (day: string, files: number, failed: number, n: number) => `Audited as of ${day} · ${files} workbooks${failed ? ` (${failed} unreadable)` : ""} · ${n} findings`,
  },
};

/** What 设置 turned off (反馈时限 0), said in the report's header: " · 反馈时限为 0，不检查反馈：投诉、发票". */
export function notCheckedNote(sheetKeys: readonly string[] | undefined, lang: Lang): string {
  if (!sheetKeys || sheetKeys.length === 0) return "";
  const names = sheetKeys.map((k) => (lang === "en" ? sheetByKey(k)?.nameEn : sheetByKey(k)?.name) ?? k);
  return lang === "en" ? ` · feedback time not checked (limit 0 in Settings): ${names.join(", ")}` : ` · 反馈时限为 0，不检查反馈：${names.join("、")}`;
}

export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const out: Record<Severity, number> = { 高: 0, 中: 0, 低: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

function scoreRow(c: Scorecard): ReportCell[] {
  return [
    c.rep,
    c.name ?? null,
    c.customers,
    c.onTimeRate ?? null,
    c.followUpGaps,
    c.complaintRate ?? null,
    c.complaintsJudged,
    c.findings,
    c.bySeverity.高,
    c.bySeverity.中,
    c.bySeverity.低,
    ...RULE_FAMILIES.map((f) => c.byFamily[f]),
  ];
}

function scoreBlocks(cards: readonly { card: Scorecard; workbook?: string }[], lang: Lang): ReportBlock[] {
  const t = TEXT[lang];
  const withBook = cards.some((c) => c.workbook !== undefined);
  const prefix = withBook ? [t.workbook] : [];
  const familyHeaders = RULE_FAMILIES.map((f) => FAMILY_NAMES[f][lang]);
  const rates = [RATE_FORMAT];
  const scorecard: ReportBlock = {
    title: t.scorecard,
    headers: [...prefix, ...t.scoreHeaders, ...familyHeaders],
    rows: cards.map(({ card, workbook }) => [...(withBook ? [workbook ?? ""] : []), ...scoreRow(card)]),
    numberFormats: [...prefix.map(() => undefined), undefined, undefined, undefined, ...rates, undefined, ...rates],
  };
  const judged = cards.filter(({ card }) => card.onTimeRate !== undefined);
  const chart: ReportBlock = {
    title: t.chart,
    headers: t.chartHeaders,
    rows: judged.map(({ card, workbook }) => [withBook ? `${card.rep} (${workbook})` : card.name ? `${card.rep} ${card.name}` : card.rep, card.onTimeRate!]),
    numberFormats: [undefined, RATE_FORMAT],
    chart: { title: t.chart, categoryColumn: 0, valueColumns: [1] },
  };
  return judged.length > 0 ? [scorecard, chart] : [scorecard];
}

function byRuleBlock(findings: readonly Finding[], lang: Lang): ReportBlock {
  const counts = new Map<RuleId, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return {
    title: TEXT[lang].byRule,
    headers: TEXT[lang].byRuleHeaders,
    rows: RULE_IDS.filter((r) => counts.has(r)).map((r) => [RULES[r][lang], FAMILY_NAMES[RULES[r].family][lang], counts.get(r)!]),
  };
}

/**
 * The 审计 sheet of one workbook: the scorecard, the on-time chart, counts by rule and every
 * finding with a link to its cell. User text (codes, promises quoted in messages) is written as
 * plain strings, which the adapters keep as text.
 */
export function auditReportSheet(result: AuditResult, letters: ColumnLetters, problems: number, lang: Lang = "zh"): ReportSheet {
  const t = TEXT[lang];
  const views = result.findings.map((f) => findingView(f, letters, lang));
  const findings: ReportBlock = {
    title: t.findings,
    headers: t.findingHeaders,
    rows:
      views.length > 0
        ? views.map((v) => [v.severityLabel, v.ruleName, v.customer, v.rep, v.message, { text: `${v.sheet}!${v.cell}`, link: { sheet: v.sheet, cell: v.cell } }, v.daysLate ?? null])
        : [[t.none, null, null, null, null, null, null]],
  };
  return {
    sheet: AUDIT_SHEET,
    title: t.title,
    subtitle: t.subtitle(isoDate(result.today), views.length, countBySeverity(result.findings), problems) + notCheckedNote(result.feedbackNotChecked, lang),
    blocks: [...scoreBlocks(result.scorecards.map((card) => ({ card })), lang), byRuleBlock(result.findings, lang), findings],
  };
}

/** One workbook of a batch audit: audited, or the reason it could not be read. */
export type AuditedWorkbook =
  | { file: string; ok: true; result: AuditResult; letters: ColumnLetters; problems: number }
  | { file: string; ok: false; error: string };

/**
 * The consolidated report of a supervisor's folder: one line per workbook (unreadable ones
 * say why), the scorecards side by side, and every finding with its workbook. The cells are
 * in other files, so the location is text (工作簿 + 投诉!F12) rather than a link.
 */
export function consolidatedReportSheet(books: readonly AuditedWorkbook[], today: Date, lang: Lang = "zh"): ReportSheet {
  const t = TEXT[lang];
  const audited = books.filter((b): b is Extract<AuditedWorkbook, { ok: true }> => b.ok);
  const all = audited.flatMap((b) => b.result.findings);
  const workbooks: ReportBlock = {
    title: t.workbooks,
    headers: t.workbookHeaders,
    rows: books.map((b) =>
      b.ok ? [b.file, t.audited, b.result.findings.length, countBySeverity(b.result.findings).高, b.problems] : [b.file, `${t.unreadable}：${b.error}`, null, null, null],
    ),
  };
  const cards = audited.flatMap((b) => b.result.scorecards.map((card) => ({ card, workbook: b.file })));
  const rows: ReportCell[][] = [];
  for (const b of audited) {
    for (const f of b.result.findings) {
      const v = findingView(f, b.letters, lang);
      rows.push([b.file, v.severityLabel, v.ruleName, v.customer, v.rep, v.message, `${v.sheet}!${v.cell}`, v.daysLate ?? null]);
    }
  }
  const findings: ReportBlock = {
    title: t.findings,
    headers: [t.workbook, ...t.findingHeaders],
    rows: rows.length > 0 ? rows : [[t.none, null, null, null, null, null, null, null]],
  };
  return {
    sheet: AUDIT_SHEET,
    title: t.title,
    subtitle: t.consolidated(isoDate(today), books.length, books.length - audited.length, all.length),
    blocks: [workbooks, ...scoreBlocks(cards, lang), byRuleBlock(all, lang), findings],
  };
}
