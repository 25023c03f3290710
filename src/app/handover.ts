import type { ReportBlock, ReportCell, ReportSheet, WorkbookPort } from "../io/port";
import { GENERATED_SHEETS } from "../workbook/generated-sheets";
import type { Lang } from "../i18n/lang";
import { customersSheet, followUpsSheet, sheetByKey } from "../workbook";
import { DATE_FORMAT as DATE, MONEY_FORMAT as MONEY, type AnyColumn } from "../workbook/column";
import { encodeRecord } from "../workbook/codec/record";
import { validateRecord } from "../workbook/codec/validate";
import type { Problem } from "../workbook/problems";
import { columnOf, columnsOf, rowKey } from "../workbook/sheet";
import { newId } from "../domain/ids";
import { DONE_STATUS, HANDOVER_SERVICE_TYPE, OTHER_SOURCE } from "../domain/vocabulary";
import { isoDate, daySerial } from "../domain/time";
import { buildDossiers, customersOfRep, type Dossier } from "../domain/handover";
import { periodLabel } from "../domain/periods";
import type { LogSheetKey } from "../domain/log";
import { readLog, type LogRead } from "./read-log";
import type { FollowUp, Log } from "../domain/log";
import { findStaff, sameStaffId } from "../domain/staff-roster";
import { byCustomer, gradeAt } from "../domain/customer-status";
import { ambiguousCustomers, datedBeforeLatestEvent } from "./customer-guard";
import type { ColumnLetters } from "./audit-report";
import { cellLink } from "./cell-link";
import { handoverRepProblem, staffMembers } from "./entry";

/** The generated sheet the handover writes (replaced each run). */
export const HANDOVER_SHEET = GENERATED_SHEETS.handover;

const T = {
  zh: {
    title: "客户交接资料",
    subtitle: (day: string, n: number, rep?: string) => `生成日期 ${day} · ${n} 位客户${rep ? ` · 负责客服 ${rep}` : ""} · 全部内容来自本工作簿`,
    profile: "基本资料",
    item: "项目",
    value: "内容",
    abcStored: "ABC类（档案）",
    abcComputed: (period: string) => `ABC类（${period}订单）`,
    abcHistory: "ABC类变化（每季度初，按此前12个月订单）",
    overdue: "超期天数",
    grades: "等级历史",
    gradeHeaders: ["日期", "等级", "客服", "位置"],
    reps: "负责客服变更",
    repHeaders: ["客服", "从", "至", "方式"],
    handedOver: "交接",
    firstRep: "—",
    open: "未结事项",
    openHeaders: ["类别", "日期", "内容", "状态", "位置"],
    kinds: { complaint: "投诉", return: "退换货", invoice: "发票", promise: "承诺", sample: "样品物料", event: "事件" },
    sales: (period: string) => `${period}订单（按月、按品类）`,
    month: "月份",
    total: "合计",
    uncategorised: "未分类",
    recent: "最近20条记录",
    /** Around 服务类型, 事件描述 and 处理状态, which take 跟进记录's headers. */
    recentHeaders: [["日期", "工作表"], ["客服", "位置"]],
    none: "无",
  },
  en: {
    title: "Customer handover dossier",
    subtitle: (day: string, n: number, rep?: string) => `Made on ${day} · ${n} customers${rep ? ` · rep ${rep}` : ""} · everything comes from this workbook`,
    profile: "Profile",
    item: "Field",
    value: "Value",
    abcStored: "ABC class (archive)",
    abcComputed: (period: string) => `ABC class (orders of ${period})`,
    abcHistory: "ABC class over time (each quarter, by the 12 months before)",
    overdue: "Days overdue",
    grades: "Grade history",
    gradeHeaders: ["Date", "Grade", "Rep", "Cell"],
    reps: "Reps over time",
    repHeaders: ["Rep", "From", "To", "How"],
    handedOver: "handover",
    firstRep: "—",
    open: "Open items",
    openHeaders: ["Kind", "Date", "What", "State", "Cell"],
    kinds: { complaint: "Complaint", return: "Return", invoice: "Invoice", promise: "Promise", sample: "Sample", event: "Event" },
    sales: (period: string) => `Orders of ${period} by month and category`,
    month: "Month",
    total: "Total",
    uncategorised: "uncategorised",
    recent: "Last 20 events",
    recentHeaders: [["Date", "Sheet"], ["Rep", "Cell"]],
    none: "none",
  },
};

function day(date: Date | undefined): ReportCell {
  return date ? daySerial(date) : null;
}

function link(sheet: LogSheetKey, column: string, row: number, letters: ColumnLetters): ReportCell {
  return cellLink({ sheet, column, row }, letters);
}

/** A 客户档案 value as a report cell: dates as dates, the rest as they are (text stays text). */
function profileValue(value: unknown): ReportCell {
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number" || typeof value === "string") return value;
  return null;
}

function dossierBlocks(d: Dossier, letters: ColumnLetters, lang: Lang): ReportBlock[] {
  const t = T[lang];
  const en = lang === "en";
  const header = (key: "lastFollowUp" | "nextDue") => (en ? columnOf(customersSheet, key).headerEn : columnOf(customersSheet, key).header);
  const c = d.customer.record;
  const head = `${c.code} ${c.name}`;
  const columns: readonly AnyColumn[] = customersSheet.columns;
  const profile: ReportCell[][] = columns
    .filter((col) => col.key !== "nextDue" && col.key !== "lastFollowUp" && (c as Record<string, unknown>)[col.key] !== undefined)
    .map((col) => [lang === "en" ? col.headerEn : col.header, profileValue((c as Record<string, unknown>)[col.key])]);
  profile.push([t.abcStored, d.abc.stored ?? null], [t.abcComputed(periodLabel(d.sales.period, lang)), d.abc.computed ?? null]);
  profile.push([t.abcHistory, d.abc.history.map((h) => `${h.month} ${h.abc ?? "—"}`).join(" → ")]);
  profile.push([header("lastFollowUp"), d.lastFollowUp ? `${isoDate(d.lastFollowUp.at)} ${d.lastFollowUp.rep} ${d.lastFollowUp.grade}${d.lastFollowUp.result ? ` ${d.lastFollowUp.result}` : ""}` : t.none]);
  profile.push([header("nextDue"), d.nextDue ? isoDate(d.nextDue) : t.none], [t.overdue, d.daysOverdue]);

  const sheetName = (key: string) => {
    const spec = sheetByKey(key)!;
    return lang === "en" ? spec.nameEn : spec.name;
  };
  const cats = d.sales.categories.map((x) => x || t.uncategorised);
  return [
    { title: `${head} · ${t.profile}`, headers: [t.item, t.value], rows: profile },
    {
      title: `${head} · ${t.grades}`,
      headers: t.gradeHeaders,
      rows: d.gradeHistory.map((g) => [day(g.at), g.grade, g.rep, link("followUps", "gradeAfter", g.row, letters)]),
      numberFormats: [DATE],
    },
    {
      title: `${head} · ${t.reps}`,
      headers: t.repHeaders,
      rows: d.reps.map((p) => [p.rep, day(p.from), day(p.to), p.handedOver ? t.handedOver : t.firstRep]),
      numberFormats: [undefined, DATE, DATE],
    },
    {
      title: `${head} · ${t.open}`,
      headers: t.openHeaders,
      rows: d.open.map((o) => [t.kinds[o.kind], day(o.at), o.text, o.state, link(o.sheet, o.kind === "promise" ? "promise" : "status", o.row, letters)]),
      numberFormats: [undefined, DATE],
    },
    {
      title: `${head} · ${t.sales(periodLabel(d.sales.period, lang))}`,
      headers: [t.month, ...cats, t.total],
      rows: d.sales.months.map((m, i) => [m, ...d.sales.amounts[i], d.sales.monthTotals[i]]),
      numberFormats: [undefined, ...cats.map(() => MONEY), MONEY],
      chart: cats.length > 0 ? { title: `${head} ${t.sales(periodLabel(d.sales.period, lang))}`, categoryColumn: 0, valueColumns: cats.map((_, i) => i + 1) } : undefined,
    },
    {
      title: `${head} · ${t.recent}`,
      headers: [...t.recentHeaders[0], ...columnsOf(followUpsSheet, ["serviceType", "description", "status"], en).headers, ...t.recentHeaders[1]],
      rows: d.recent.map((e) => [day(e.at), sheetName(e.sheet), e.serviceType ?? null, e.description, e.status, e.rep, link(e.sheet, "occurredAt", e.row, letters)]),
      numberFormats: [DATE],
    },
  ];
}

/** The 交接 sheet: one dossier (six blocks) per customer. */
export function handoverReportSheet(dossiers: readonly Dossier[], letters: ColumnLetters, today: Date, lang: Lang = "zh", rep?: string): ReportSheet {
  return {
    sheet: HANDOVER_SHEET,
    title: T[lang].title,
    subtitle: T[lang].subtitle(isoDate(today), dossiers.length, rep),
    blocks: dossiers.flatMap((d) => dossierBlocks(d, letters, lang)),
  };
}

/** Which customers: all of a rep's (客户档案 负责客服), or the codes given. */
export type HandoverSelection = { rep: string } | { customers: readonly string[] };

export function selectCustomers(log: Pick<Log, "customers">, selection: HandoverSelection): string[] {
  if ("rep" in selection) return customersOfRep(log, selection.rep);
  const known = new Set(log.customers.map((c) => c.record.code));
  return selection.customers.filter((c) => known.has(c));
}

/** Builds the dossiers of the selection and replaces the 交接 sheet; reads the log unless given it. */
export async function writeHandover(
  port: WorkbookPort,
  selection: HandoverSelection,
  today: Date,
  lang: Lang = "zh",
  /** The rep named in the subtitle (defaults to the selected rep). */
  rep: string | undefined = "rep" in selection ? selection.rep : undefined,
  /** The log as the port holds it now, when the caller has just read it. */
  read?: LogRead,
): Promise<{ dossiers: Dossier[]; log: Log }> {
  const log = read ?? (await readLog(port));
  const dossiers = buildDossiers(log, selectCustomers(log, selection), today);
  await port.writeReport(handoverReportSheet(dossiers, log.letters, today, lang, rep));
  return { dossiers, log };
}

export interface Reassignment {
  customer: string;
  from: string;
  to: string;
  /** Excel row of the 交接 row appended to 跟进记录. */
  followUpRow: number;
}

export type ReassignResult =
  | {
      ok: true;
      moved: Reassignment[];
      unchanged: string[];
      unknown: string[];
      /** The log as the workbook now holds it: the new 负责客服 and the appended 交接 rows. */
      log: LogRead;
    }
  | { ok: false; problems: Problem[] };

/**
 * Gives customers to a new rep: each gets a 跟进记录 row of 服务类型 交接 by the new rep (so the
 * history shows who had the customer when) and 客户档案's 负责客服 changes. The rows are appended
 * first, so a failure half-way leaves a visible handover row rather than a silent change.
 * Costs one log read (none when given the log), one header read, one append and one update,
 * whatever the count.
 */
export async function reassignCustomers(
  port: WorkbookPort,
  codes: readonly string[],
  typed: string,
  now: Date,
  random: () => number,
  /** The log as the port holds it now, when the caller has just read it. */
  read?: LogRead,
): Promise<ReassignResult> {
  const log = read ?? (await readLog(port));
  // a code on two rows (which row moves?), or a date before the customer's latest record: nothing is written
  const guarded = [...ambiguousCustomers(log, codes), ...datedBeforeLatestEvent(log, codes, now)];
  if (guarded.length > 0) return { ok: false, problems: guarded };
  const refused = handoverRepProblem(typed, staffMembers(log.staff, now));
  if (refused) return { ok: false, problems: [refused] };
  // the 工号 as 员工 spells it ("e002" typed is E002)
  const member = findStaff(log.staff.map((s) => s.record), typed);
  const to = member?.id ?? typed.trim();
  const byCode = new Map(log.customers.map((c) => [c.record.code, c] as const));
  const followUps = byCustomer(log.followUps);
  const department = member?.department;
  const moving = codes.map((code) => byCode.get(code)).filter((c): c is NonNullable<typeof c> => c !== undefined && !sameStaffId(c.record.rep, to));
  const unchanged = codes.filter((code) => { const rep = byCode.get(code)?.record.rep; return rep !== undefined && sameStaffId(rep, to); });
  const unknown = codes.filter((code) => !byCode.has(code));
  if (moving.length === 0) return { ok: true, moved: [], unchanged, unknown, log };

  const headers = (await port.readHeaders([followUpsSheet.name]))[followUpsSheet.name];
  if (!headers) return { ok: false, problems: [{ sheet: followUpsSheet.name, cell: "", row: 0, header: "", code: "missingSheet" }] };
  const rows = [];
  const records: FollowUp[] = [];
  for (const c of moving) {
    const from = c.record.rep;
    // the grade in force (the last contact's 跟进后等级), not a 客户档案 grade left stale
    const grade = gradeAt(c.record, followUps.get(c.record.code) ?? [], now) ?? c.record.grade;
    const checked = validateRecord(followUpsSheet, {
      id: newId(followUpsSheet.idPrefix!, now, random),
      customer: c.record.code,
      rep: to,
      department,
      occurredAt: now,
      source: OTHER_SOURCE,
      serviceType: HANDOVER_SERVICE_TYPE,
      description: `客户由 ${from} 交接给 ${to}`,
      result: `交接时等级 ${grade}`,
      gradeAfter: grade,
      resolution: "已在客户档案中更换负责客服，历史记录随工作簿移交",
      summary: `${from} → ${to}`,
      status: DONE_STATUS,
      feedbackAt: now,
    });
    if (!checked.ok) return checked;
    records.push(checked.record as unknown as FollowUp);
    rows.push(encodeRecord(followUpsSheet, checked.record as Record<string, unknown>, headers));
  }
  const appended = await port.appendRows(followUpsSheet.name, rows, headers);
  const repHeader = customersSheet.columns.find((c) => c.key === "rep")!.header;
  await port.updateCells(
    customersSheet.name,
    moving.map((c) => ({ row: c.row, key: rowKey(customersSheet, c.record.code), header: repHeader, value: to })),
  );
  const movedCodes = new Set(moving.map((c) => c.record.code));
  const after: LogRead = {
    ...log,
    customers: log.customers.map((c) => (movedCodes.has(c.record.code) ? { row: c.row, record: { ...c.record, rep: to } } : c)),
    followUps: [...log.followUps, ...records.map((record, i) => ({ row: appended.firstRow + i, record }))],
  };
  return {
    ok: true,
    moved: moving.map((c, i) => ({ customer: c.record.code, from: c.record.rep, to, followUpRow: appended.firstRow + i })),
    unchanged,
    unknown,
    log: after,
  };
}

export interface HandoverOutcome {
  sheet: string;
  dossiers: Dossier[];
  moved: Reassignment[];
  /** Codes that had the new rep already, or are not in 客户档案. */
  unchanged: string[];
  unknown: string[];
}

/**
 * The task pane's and the command line's 交接 action: with `to`, the selected customers move to
 * the new rep first (a 交接 row each, then 负责客服), then the 交接 sheet is written from the
 * updated log, so the dossiers show the handover. Problems (e.g. no 跟进记录 sheet) come back
 * instead of a partial write. The log is read once: the dossiers are built from it as the
 * reassignment left it, not from a second read.
 */
export async function handOver(
  port: WorkbookPort,
  selection: HandoverSelection,
  today: Date,
  options: { lang?: Lang; to?: string; now?: Date; random?: () => number; /** the rep the 交接 sheet's subtitle names (default: the selected rep) */ rep?: string } = {},
): Promise<{ ok: true; outcome: HandoverOutcome } | { ok: false; problems: Problem[] }> {
  const lang = options.lang ?? "zh";
  let log: LogRead = await readLog(port);
  const codes = selectCustomers(log, selection);
  // refuse before writing anything: a code on two rows (reassignCustomers also refuses a date before the customer's latest record)
  const refused = ambiguousCustomers(log, codes);
  if (refused.length > 0) return { ok: false, problems: refused };
  const unknown = "customers" in selection ? selection.customers.filter((c) => !codes.includes(c)) : [];
  let moved: Reassignment[] = [];
  let unchanged: string[] = [];
  if (options.to && codes.length > 0) {
    const result = await reassignCustomers(port, codes, options.to, options.now ?? today, options.random ?? Math.random, log);
    if (!result.ok) return result;
    moved = result.moved;
    unchanged = result.unchanged;
    log = result.log;
  }
  const { dossiers } = await writeHandover(port, { customers: codes }, today, lang, options.rep ?? ("rep" in selection ? selection.rep : undefined), log);
  return { ok: true, outcome: { sheet: HANDOVER_SHEET, dossiers, moved, unchanged, unknown } };
}
