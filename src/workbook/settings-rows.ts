import { BILLING_BASES, DEFAULT_SETTINGS, type BillingBasis, type DateOrder, type Settings } from "../domain/settings";
import { GRADES, type Grade } from "./column";
import { parseDateText } from "./codec/coerce";
import { parseNumberText } from "./codec/coerce";
import { dateFromSerial, isoDate, utcDate } from "../domain/time";
import { EVENT_SHEETS, SETTING_CATEGORIES as CAT, settingsSheet, type SettingRow } from "./index";
import type { Problem } from "./problems";

const CADENCE_NOTES: Record<Grade, string> = { A: "日志：1个月内成交", B: "周志：3个月内成交", C: "半月志：6个月内成交", D: "月志：潜在需求或6个月以上", E: "年志：无需求" };
const AUDIT_ITEMS = {
  openComplaintDays: ["投诉未结天数", "未结投诉超过此天数即报"],
  callbackDays: ["结案回访天数", "结案后此天数内应回访"],
  salesDropPct: ["销量下滑(%)", "近3个月比前3个月下降此比例即预警"],
  categoryShiftPts: ["品类变动(百分点)", "某品类占比变动此百分点即预警"],
  spikeFactor: ["异常倍数", "单月销量达12个月中位数的此倍数即预警（可能串货）"],
  steadyOrderMonths: ["连续订货月数", "近此数个完整月每月都有订单的客户，等级应不低于B（0为不检查）"],
  sampleRepeatDays: ["样品重复发放天数", "同一物品在此天数内再次发给同一客户即报（0为不检查）"],
  promiseDefaultDays: ["承诺默认期限(天)", "未填承诺期限的承诺按跟进日后此天数到期"],
  invoiceReceiptDays: ["发票签收天数", "开票后超过此天数仍未签收即报（0为不检查）"],
  returnOpenDays: ["退换货办结天数", "登记后超过此天数仍未退款、换货或拒绝即报（0为不检查）"],
  abcManagerVisitMonths: ["A类主管拜访(月)", "A类客户每隔此月数应有一次主管拜访（0为不检查）"],
  abcVisitMonths: ["B类拜访(月)", "B类客户每隔此月数应有一次拜访（0为不检查）"],
  abcLetterMonths: ["B类信函问卷(月)", "B类客户每隔此月数应有一次信函或问卷（信息来源：传真、邮件；0为不检查）"],
} as const;
const RECEIVABLES_ITEMS = {
  basis: ["应收确认", "发货：按往来帐的发货记应收；发票：按发票的开票日期记应收。两者都减去回款和已退款的退货（退换方式 退货、退换状态 已退款）"],
  overdueLimitDays: ["逾期上限(天)", "应收逾期超过此天数即列入审计"],
  defaultTermDays: ["默认账期(天)", "付款条件为空或无法识别时，应收在此天数后到期"],
} as const;

/** 设置's 考核权重 items: the weight key, its 项目 as 设置 names it, and the note beside it. */
export const APPRAISAL_ITEMS = {
  plans: ["方案完成", "工作方案对目标的平均完成率（封顶100%）的权重"],
  followUps: ["跟进准时", "期间内到期的跟进准时完成的比例的权重"],
  closings: ["投诉按时结案", "期间内受理的投诉在时限内结案的比例的权重"],
  feedback: ["反馈及时", "期间内发生的事件按时反馈的比例的权重"],
  sales: ["销售额", "销售额与同部门最高者之比的权重"],
  collections: ["回款", "回款与同期销售额之比（封顶100%）的权重"],
  perFinding: ["每条审计发现扣分", "期间内每条审计发现从总分中扣除的分数"],
} as const;

const FUTURE_DAYS_ITEM = "未来日期上限(天)";

const days = (item: string, month: number, ...dates: number[]): [string, Date][] => dates.map((d) => [item, utcDate(2027, month, d)]);
/**
 * The default 节假日 and 调休上班 rows: the usual pattern of the coming year's public holidays
 * (weekdays off, and the weekend days worked to make up for them), labelled in 设置 as defaults
 * to check against the official notice.
 */
export const DEFAULT_HOLIDAYS_2027 = {
  off: [
    ...days("元旦", 1, 1),
    ...days("春节", 2, 5, 8, 9, 10, 11),
    ...days("清明节", 4, 5),
    ...days("劳动节", 5, 3, 4, 5),
    ...days("端午节", 6, 9),
    ...days("中秋节", 9, 15),
    ...days("国庆节", 10, 1, 4, 5, 6, 7),
  ],
  worked: [...days("春节调休", 1, 31), ...days("春节调休", 2, 20), ...days("劳动节调休", 4, 25), ...days("劳动节调休", 5, 8), ...days("国庆节调休", 9, 26), ...days("国庆节调休", 10, 9)],
};
const MAX_SPAN_ITEM = "路线最大跨度(km)";
/** 设置 rows of category 公司: item → field (a new 设置 lists 名称, 地址 and 电话, blank). */
const COMPANY_ITEMS: Record<string, keyof NonNullable<Settings["company"]>> = { 名称: "name", 公司名称: "name", 地址: "address", 电话: "phone" };
const COMPANY_ROWS = [
  ["名称", "贵公司名称，印在对账单抬头（留空则不印）"],
  ["地址", "印在对账单抬头（可留空）"],
  ["电话", "印在对账单抬头（可留空）"],
] as const;

/** The rows a new 设置 sheet starts with: every default, so people see what they can change. */
export function defaultSettingRows(): SettingRow[] {
  const d = DEFAULT_SETTINGS;
  const rows: SettingRow[] = GRADES.map((g) => ({ category: CAT.cadence, item: g, value: d.cadenceDays[g], note: CADENCE_NOTES[g] }));
  // new workbooks count working days (an A customer is due each working day, not each calendar day)
  rows.push({ category: CAT.shiftHolidays, item: "到期日遇周末或节假日顺延", value: "是", note: "是：顺延到下一个工作日（节假日与调休上班见下方）" });
  for (const sheet of EVENT_SHEETS) {
    rows.push({ category: CAT.feedbackHours, item: sheet.name, value: d.feedbackHours[sheet.key], note: "发生后此小时数内应反馈" });
  }
  rows.push({ category: CAT.abc, item: "A", value: d.abcCuts.a, note: "累计销售额占比达此值以内为A类" });
  rows.push({ category: CAT.abc, item: "B", value: d.abcCuts.b, note: "累计销售额占比达此值以内为B类，其余C类" });
  for (const g of GRADES) rows.push({ category: CAT.sampleQuota, item: g, value: d.sampleQuota[g], note: "每客户每月样品物料价值上限" });
  for (const [key, [item, note]] of Object.entries(AUDIT_ITEMS)) {
    rows.push({ category: CAT.audit, item, value: d.audit[key as keyof Settings["audit"]], note });
  }
  for (const [key, [item, note]] of Object.entries(RECEIVABLES_ITEMS)) {
    rows.push({ category: CAT.receivables, item, value: d.receivables[key as keyof Settings["receivables"]], note });
  }
  for (const [key, [item, note]] of Object.entries(APPRAISAL_ITEMS)) {
    rows.push({ category: CAT.appraisal, item, value: d.appraisal[key as keyof Settings["appraisal"]], note });
  }
  rows.push({ category: CAT.entry, item: FUTURE_DAYS_ITEM, value: d.entry.futureDays, note: "发生时间最多可晚于今天此天数，超过即拒绝登记" });
  rows.push({ category: CAT.routes, item: MAX_SPAN_ITEM, value: d.routes.maxSpanKm, note: "同一路线任意两站的距离不超过此公里数，超过即拆成两条" });
  // blank until the company fills them in: the 对账单 prints them as its header
  for (const [item, note] of COMPANY_ROWS) rows.push({ category: CAT.company, item, note });
  const note = "默认：2027年的常见安排，请对照国务院办公厅当年的放假通知核对增删";
  for (const [item, date] of DEFAULT_HOLIDAYS_2027.off) rows.push({ category: CAT.holiday, item, value: isoDate(date), note });
  for (const [item, date] of DEFAULT_HOLIDAYS_2027.worked) rows.push({ category: CAT.workday, item, value: isoDate(date), note });
  return rows;
}

function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string") return parseNumberText(value.replace(/%$/, ""));
  return undefined;
}

function asDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === "number") return dateFromSerial(Math.floor(value));
  if (typeof value === "string") return parseDateText(value);
  return undefined;
}

/**
 * An ABC cut as people type it: a share (0.8), a percentage (80%, or the cell formatted as one),
 * or a plain 80 meaning 80%. Undefined when it is none of these or not above 0 and at most 100%.
 */
export function abcCut(value: unknown): number | undefined {
  const percent = typeof value === "string" && /[%％]\s*$/.test(value.normalize("NFKC").trim());
  const n = typeof value === "string" ? parseNumberText(value.normalize("NFKC").trim().replace(/%\s*$/, "")) : typeof value === "number" ? value : undefined;
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const share = percent || n > 1 ? n / 100 : n;
  return share > 0 && share <= 1 ? share : undefined;
}

/**
 * 设置 values the rules cannot use, each a problem on its 值 cell (a value left unread would
 * silently keep its default): an ABC cut out of range or not below B's, a negative limit or 审计 value,
 * an 应收确认 that is neither 发货 nor 发票.
 */
export function settingProblems(rows: readonly { row: number; record: SettingRow }[], valueLetter: string): Problem[] {
  const problems: Problem[] = [];
  const valueHeader = settingsSheet.columns.find((c) => c.key === "value")!.header;
  const problem = (row: number, value: unknown, zh: string, en: string): Problem => ({ sheet: settingsSheet.name, cell: `${valueLetter}${row}`, row, header: valueHeader, code: "rule", value: String(value ?? ""), detail: zh, detailEn: en });
  const cuts: Partial<Record<"A" | "B", { row: number; cut: number }>> = {};
  for (const { row, record: r } of rows) {
    const category = r.category.trim();
    const item = r.item.trim();
    if (r.value === undefined || r.value === "") continue;
    if (category === CAT.abc && (item.toUpperCase() === "A" || item.toUpperCase() === "B")) {
      const cut = abcCut(r.value);
      if (cut === undefined) problems.push(problem(row, r.value, `ABC阈值 ${item}：“${String(r.value)}”应为 0 到 1 之间的比例（如 0.7）或百分数（如 70 或 70%）`, `ABC cut ${item}: "${String(r.value)}" must be a share between 0 and 1 (e.g. 0.7) or a percentage (e.g. 70 or 70%)`));
      else cuts[item.toUpperCase() as "A" | "B"] = { row, cut };
    }
    // an 审计 limit is a count of days, months or a percentage: never below 0 (0 turns a check off)
    const auditItem = category === CAT.audit && Object.values(AUDIT_ITEMS).some(([label]) => label === item);
    const count = auditItem ? asNumber(r.value) : undefined;
    if (auditItem && (count === undefined || count < 0)) {
      problems.push(problem(row, r.value, `${category} ${item}：“${String(r.value)}”应为 0 或更大的数（0 表示不检查）`, `${category} ${item}: "${String(r.value)}" must be a number, 0 or more (0: not checked)`));
    }
    // 应收账款: the basis is one of its words; its day counts are never below 0
    if (category === CAT.receivables && item === RECEIVABLES_ITEMS.basis[0] && !(BILLING_BASES as readonly string[]).includes(String(r.value).trim())) {
      const words = BILLING_BASES.join(" 或 ");
      problems.push(problem(row, r.value, `${category} ${item}：“${String(r.value)}”应为 ${words}`, `${category} ${item}: "${String(r.value)}" must be ${BILLING_BASES.join(" or ")}`));
    }
    const receivableDays = category === CAT.receivables && (item === RECEIVABLES_ITEMS.overdueLimitDays[0] || item === RECEIVABLES_ITEMS.defaultTermDays[0]);
    const days = receivableDays ? asNumber(r.value) : undefined;
    if (receivableDays && (days === undefined || days < 0)) {
      problems.push(problem(row, r.value, `${category} ${item}：“${String(r.value)}”应为 0 或更大的天数`, `${category} ${item}: "${String(r.value)}" must be a number of days, 0 or more`));
    }
    const limited = category === CAT.feedbackHours || category === CAT.routes;
    const n = limited ? asNumber(r.value) : undefined;
    if (limited && (n === undefined || n < 0 || (category === CAT.routes && n === 0))) {
      const zh = category === CAT.routes ? "应为大于 0 的公里数" : "应为 0 或更大的小时数（0 表示不检查）";
      const en = category === CAT.routes ? "must be a number of km above 0" : "must be a number of hours, 0 or more (0: not checked)";
      problems.push(problem(row, r.value, `${category} ${item}：“${String(r.value)}”${zh}`, `${category} ${item}: "${String(r.value)}" ${en}`));
    }
  }
  if (cuts.A && cuts.B && cuts.A.cut >= cuts.B.cut) {
    problems.push(problem(cuts.B.row, cuts.B.cut, `ABC阈值 B（${cuts.B.cut}）应大于 A（${cuts.A.cut}，第 ${cuts.A.row} 行）`, `ABC cut B (${cuts.B.cut}) must be above A (${cuts.A.cut}, row ${cuts.A.row})`));
  }
  return problems;
}

/** 月/日/年 (or M/D/Y, month-first) and 日/月/年 (D/M/Y, day-first), as 设置's 日期顺序 row says. */
function dateOrderOf(value: unknown): DateOrder | undefined {
  const t = String(value ?? "").normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  if (/^(月\/?日\/?年|m\/?d\/?y+|month-?first|月在前)$/.test(t)) return "mdy";
  if (/^(日\/?月\/?年|d\/?m\/?y+|day-?first|日在前)$/.test(t)) return "dmy";
  return undefined;
}

/** The 日期顺序 a 设置 table declares, read before any other sheet (dates elsewhere depend on it). */
export function dateOrderFromRows(rows: readonly SettingRow[]): DateOrder | undefined {
  let order: DateOrder | undefined;
  for (const r of rows) if (r.category.trim() === CAT.dateOrder) order = dateOrderOf(r.value) ?? order;
  return order;
}

/** 设置's rows to Settings; anything missing or unreadable keeps its default. */
export function settingsFromRows(rows: readonly SettingRow[]): Settings {
  const s: Settings = structuredClone(DEFAULT_SETTINGS);
  const sheetKeyByName = new Map(EVENT_SHEETS.map((e) => [e.name, e.key] as const));
  for (const { category, item, value } of rows) {
    const n = asNumber(value);
    const grade = item.trim().toUpperCase() as Grade;
    switch (category.trim()) {
      case CAT.cadence:
        if (GRADES.includes(grade) && n !== undefined && n > 0) s.cadenceDays[grade] = n;
        break;
      case CAT.sampleQuota:
        if (GRADES.includes(grade) && n !== undefined && n >= 0) s.sampleQuota[grade] = n;
        break;
      case CAT.shiftHolidays:
        s.shiftHolidays = value === true || (typeof value === "string" && /^(是|y|yes|true|1)$/i.test(value.trim()));
        break;
      case CAT.feedbackHours: {
        // 0: not checked (the audit's header says so)
        const key = sheetKeyByName.get(item.trim()) ?? item.trim();
        if (n !== undefined && n >= 0) s.feedbackHours[key] = n;
        break;
      }
      case CAT.abc: {
        const cut = abcCut(value);
        if (cut !== undefined) {
          if (grade === "A") s.abcCuts.a = cut;
          if (grade === "B") s.abcCuts.b = cut;
        }
        break;
      }
      case CAT.audit: {
        const entry = Object.entries(AUDIT_ITEMS).find(([, [label]]) => label === item.trim());
        // below 0 keeps the default (settingProblems names the cell)
        if (entry && n !== undefined && n >= 0) s.audit[entry[0] as keyof Settings["audit"]] = n;
        break;
      }
      case CAT.receivables: {
        const label = item.trim();
        if (label === RECEIVABLES_ITEMS.basis[0]) {
          const basis = typeof value === "string" ? value.trim() : "";
          if ((BILLING_BASES as readonly string[]).includes(basis)) s.receivables.basis = basis as BillingBasis;
        } else if (label === RECEIVABLES_ITEMS.overdueLimitDays[0] && n !== undefined && n >= 0) s.receivables.overdueLimitDays = n;
        else if (label === RECEIVABLES_ITEMS.defaultTermDays[0] && n !== undefined && n >= 0) s.receivables.defaultTermDays = n;
        break;
      }
      case CAT.appraisal: {
        const entry = Object.entries(APPRAISAL_ITEMS).find(([, [label]]) => label === item.trim());
        if (entry && n !== undefined && n >= 0) s.appraisal[entry[0] as keyof Settings["appraisal"]] = n;
        break;
      }
      case CAT.entry:
        if (item.trim() === FUTURE_DAYS_ITEM && n !== undefined && n >= 0) s.entry.futureDays = n;
        break;
      case CAT.routes:
        if (item.trim() === MAX_SPAN_ITEM && n !== undefined && n > 0) s.routes.maxSpanKm = n;
        break;
      case CAT.dateOrder: {
        const order = dateOrderOf(value);
        if (order) s.dateOrder = order;
        break;
      }
      case CAT.company: {
        const field = COMPANY_ITEMS[item.trim()];
        const text = value === undefined || value === null ? "" : String(value).trim();
        if (field && text) s.company = { ...s.company, [field]: text };
        break;
      }
      case CAT.holiday: {
        const date = asDate(value);
        if (date) s.holidays.push(date);
        break;
      }
      case CAT.workday: {
        const date = asDate(value);
        if (date) s.workdays.push(date);
        break;
      }
    }
  }
  return s;
}
