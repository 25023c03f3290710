/**
 * 日清表, 周报 and 月报: a rep's (or everyone's) figures for a day, week or month
 * (domain/report-figures.ts), each against the period before (环比, domain/comparison.ts), with
 * the figures per rep, the customers due, the open items, and a 总结 / 下期计划 area the rep fills
 * in. The sheet is generated (replaced whole); what the rep wrote beside 总结 and 下期计划 is read
 * back first and written again, so regenerating keeps it. Each period (and rep) has its own sheet.
 */
import type { Cell, ReportCell, ReportSheet, WorkbookPort } from "../io/port";
import { REPORT_SHEET_TITLES } from "../workbook/generated-sheets";
import { compareFigures, growthText, ratioText } from "../domain/comparison";
import { dayOf, monthOf, periodLabel, weekOf, type Period } from "../domain/periods";
import { ACTIVITY_FIGURES, isMoneyFigure, periodReport, type ActivityFigures, type ReportDetails, type ReportFigures, type OpenItem } from "../domain/report-figures";
import type { CustomerStatus } from "../domain/customer-status";
import { isoDate, serialFromDate } from "../domain/time";
import { SPEC_BY_KEY, customersSheet, followUpsSheet } from "../workbook";
import { DATE_FORMAT as DATE, INTEGER_FORMAT, MONEY_FORMAT as MONEY } from "../workbook/column";
import { columnOf, columnsOf } from "../workbook/sheet";
import { readLogColumns, type ColumnLetters, type LogRead } from "./read-log";
import { knownRepId } from "../domain/staff-roster";
import type { Rowed, Staff } from "../domain/log";
import { cellLink } from "./cell-link";

export const REPORT_KINDS = ["daily", "weekly", "monthly"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_TITLES: Record<ReportKind, string> = REPORT_SHEET_TITLES;

export const FIGURE_LABELS: Record<keyof ActivityFigures, { zh: string; en: string }> = {
  followUpsDone: { zh: "跟进次数", en: "Follow-ups done" },
  customersContacted: { zh: "跟进客户数", en: "Customers contacted" },
  followUpsDue: { zh: "到期未跟进客户", en: "Customers due" },
  followUpsOverdue: { zh: "其中已逾期", en: "of which overdue" },
  newCustomers: { zh: "新建客户", en: "New customers" },
  orders: { zh: "订单笔数", en: "Orders" },
  orderAmount: { zh: "订单金额", en: "Order amount" },
  payments: { zh: "回款笔数", en: "Payments" },
  paymentAmount: { zh: "回款金额", en: "Payment amount" },
  samples: { zh: "样品物料次数", en: "Samples issued" },
  sampleValue: { zh: "样品物料价值", en: "Sample value" },
  marketSupport: { zh: "市场支持次数", en: "Market support" },
  marketSupportCost: { zh: "市场支持费用", en: "Market support cost" },
  complaintsOpened: { zh: "新受理投诉", en: "Complaints opened" },
  complaintsClosed: { zh: "结案投诉", en: "Complaints closed" },
  complaintsClosedInTime: { zh: "其中按时结案", en: "of which in time" },
  openItems: { zh: "未结事项", en: "Open items" },
};

/** The rows of the area the rep writes in; the cell to the right of each label is kept. */
export const NOTE_LABELS = ["总结", "下期计划"] as const;

/** The 客户档案 columns the due block shows, with the grade in force and the due date between. */
const DUE_COLUMNS = ["code", "name", "rep"] as const;

export function reportPeriod(kind: ReportKind, date: Date): Period {
  return kind === "daily" ? dayOf(date) : kind === "weekly" ? weekOf(date) : monthOf(date);
}

/** A generated sheet's name from free text: at most 31 characters, none Excel forbids in a sheet name. */
export function generatedSheetName(text: string): string {
  return text.replace(/[[\]:*?/\\']/g, "_").slice(0, 31);
}

/** 月报 2026-11, 周报 2026-11-23, 日清表 2026-11-23, with the rep's 工号 after. */
export function reportSheetName(kind: ReportKind, period: Period, rep?: string): string {
  const when = kind === "monthly" ? isoDate(period.from).slice(0, 7) : isoDate(period.from);
  return generatedSheetName(`${REPORT_TITLES[kind]} ${when}${rep ? ` ${rep}` : ""}`);
}

/** What the rep wrote beside 总结 and 下期计划 on the sheet as it is (blank when the sheet is new). */
export async function readNotes(port: WorkbookPort, sheet: string): Promise<Map<string, Cell>> {
  const notes = new Map<string, Cell>();
  if (!(await port.sheetNames()).includes(sheet)) return notes;
  const table = (await port.readTables([sheet]))[sheet];
  if (!table) return notes;
  for (const row of [table.headers, ...table.rows]) {
    const label = typeof row[0] === "string" ? row[0].trim() : "";
    if ((NOTE_LABELS as readonly string[]).includes(label) && !notes.has(label)) notes.set(label, row[1] ?? null);
  }
  return notes;
}

function figureRows(keys: readonly (keyof ActivityFigures)[], current: ActivityFigures, previous: ActivityFigures): ReportCell[][] {
  return keys.map((k) => {
    const c = compareFigures(current[k], previous[k]);
    return [FIGURE_LABELS[k].zh, c.current, c.base, c.change, ratioText(c), growthText(c)];
  });
}

function dueRows(due: readonly CustomerStatus[], names: Map<string, string>, letters: ColumnLetters | undefined): ReportCell[][] {
  return due.map((s) => [
    s.row > 0 ? cellLink({ sheet: "customers", column: "code", row: s.row }, letters, s.code) : s.code,
    names.get(s.code) ?? null,
    s.rep,
    s.grade,
    s.lastContact ? serialFromDate(s.lastContact) : null,
    s.due ? serialFromDate(s.due) : "建档即到期",
    s.daysOverdue,
  ]);
}

/** The columns of an open event the 未结事项 block shows, as every event sheet declares them (event-common.ts). */
const OPEN_EVENT_COLUMNS = columnsOf(followUpsSheet, ["customer", "rep", "occurredAt"]);

const OPEN_KIND_ZH: Record<OpenItem["kind"], string> = { complaint: "投诉未结", return: "退换货未完", invoice: "发票未签收", promise: "承诺未兑现", sample: "样品未结", event: "事件未办结" };

function openRows(open: readonly OpenItem[], letters: ColumnLetters | undefined): ReportCell[][] {
  return open.map((o) => {
    const spec = SPEC_BY_KEY[o.sheet];
    return [cellLink({ sheet: o.sheet, column: spec.idColumn ?? "id", row: o.row }, letters, `${spec.name}第${o.row}行`), o.customer, o.rep, serialFromDate(o.occurredAt), OPEN_KIND_ZH[o.kind], o.description];
  });
}

export interface ReportInput {
  kind: ReportKind;
  figures: ReportFigures;
  previous: ReportFigures;
  details: ReportDetails;
  names: Map<string, string>;
  notes: Map<string, Cell>;
  letters?: ColumnLetters;
}

/** The generated report sheet. */
export function reportSheet(input: ReportInput): ReportSheet {
  const { kind, figures, previous, details, notes, letters } = input;
  const p = figures.period;
  const counts = ACTIVITY_FIGURES.filter((k) => !isMoneyFigure(k));
  const money = ACTIVITY_FIGURES.filter(isMoneyFigure);
  const headers = ["指标", "本期", "上期", "变化", "比率", "增长率"];
  const blocks: ReportSheet["blocks"][number][] = [
    {
      title: `本期与上期（环比，上期 ${periodLabel(previous.period)}）`,
      headers,
      rows: figureRows(counts, figures.total, previous.total),
      numberFormats: [undefined, INTEGER_FORMAT, INTEGER_FORMAT, INTEGER_FORMAT],
      chart: { title: `${REPORT_TITLES[kind]}：本期与上期`, categoryColumn: 0, valueColumns: [1, 2] },
    },
    { title: "金额", headers, rows: figureRows(money, figures.total, previous.total), numberFormats: [undefined, MONEY, MONEY, MONEY] },
  ];
  if (!figures.rep && figures.byRep.size > 0) {
    blocks.push({
      title: "按客服",
      headers: ["客服", ...ACTIVITY_FIGURES.map((k) => FIGURE_LABELS[k].zh)],
      rows: [...figures.byRep].map(([rep, f]) => [rep, ...ACTIVITY_FIGURES.map((k) => f[k])]),
      numberFormats: [undefined, ...ACTIVITY_FIGURES.map((k) => (isMoneyFigure(k) ? MONEY : INTEGER_FORMAT))],
    });
  }
  blocks.push(
    {
      title: `到期未跟进（截至 ${isoDate(p.to)}）`,
      headers: [...columnsOf(customersSheet, DUE_COLUMNS).headers, "等级", columnOf(customersSheet, "lastFollowUp").header, "应跟进日", "逾期天数"],
      rows: dueRows(details.due, input.names, letters),
      numberFormats: [...columnsOf(customersSheet, DUE_COLUMNS).numberFormats, undefined, DATE, DATE, INTEGER_FORMAT],
    },
    {
      title: `未结事项（${isoDate(p.to)} 前登记）`,
      headers: ["行", ...OPEN_EVENT_COLUMNS.headers, "未结", columnOf(followUpsSheet, "description").header],
      rows: openRows(details.open, letters),
      numberFormats: [undefined, ...OPEN_EVENT_COLUMNS.numberFormats],
    },
    {
      title: "总结与下期计划（由客服填写在右侧单元格，重新生成时保留）",
      headers: ["项目", "内容"],
      rows: NOTE_LABELS.map((label) => [label, notes.get(label) ?? null]),
    },
  );
  return {
    sheet: reportSheetName(kind, p, figures.rep),
    title: `${REPORT_TITLES[kind]} ${periodLabel(p)}${figures.rep ? ` · 客服 ${figures.rep}` : " · 全体客服"}`,
    subtitle: `${isoDate(p.from)} 至 ${isoDate(p.to)}；上期 ${isoDate(previous.period.from)} 至 ${isoDate(previous.period.to)}`,
    blocks,
  };
}

/** The sheets a report reads (with 设置). */
const REPORT_SHEETS = ["customers", "transactions", "samples", "invoices", "returns", "complaints", "marketSupport", "followUps"] as const;

export interface ReportRun {
  kind: ReportKind;
  figures: ReportFigures;
  previous: ReportFigures;
  details: ReportDetails;
  sheet: string;
  written: boolean;
  /** Notes found on the existing sheet and kept. */
  keptNotes: number;
  problems: number;
}

export async function runReport(port: WorkbookPort, options: { kind: ReportKind; date: Date; rep?: string; write?: boolean }): Promise<ReportRun> {
  // of 员工 only 工号: a rep asked for as "s02" gets the sheet 员工's "S02" gets, not a second one
  const log = (await readLogColumns(port, [...REPORT_SHEETS, "staff"], { staff: ["id"] })) as unknown as LogRead<(typeof REPORT_SHEETS)[number]> & { staff: Rowed<Pick<Staff, "id">>[] };
  const rep = options.rep === undefined ? undefined : knownRepId(options.rep, log.staff.map((s) => s.record), log.customers.map((c) => c.record.rep)) ?? options.rep.trim();
  const period = reportPeriod(options.kind, options.date);
  const { figures, previous, details } = periodReport(log, period, { rep });
  const sheet = reportSheetName(options.kind, period, rep);
  let keptNotes = 0;
  if (options.write) {
    const notes = await readNotes(port, sheet);
    keptNotes = [...notes.values()].filter((v) => v !== null && v !== "").length;
    const names = new Map(log.customers.map(({ record: c }) => [c.code, c.name]));
    await port.writeReport(reportSheet({ kind: options.kind, figures, previous, details, names, notes, letters: log.letters }));
  }
  return { kind: options.kind, figures, previous, details, sheet, written: options.write === true, keptNotes, problems: log.problems.length };
}
