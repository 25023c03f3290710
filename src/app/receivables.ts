/**
 * 应收账款: every customer's balance and aging as of a day (domain/receivables), written as the
 * generated 应收账款 sheet: the aging table per responsible rep and per customer (each code links to its 客户档案 row),
 * then 应收未收 (every open bill, linked to its 往来帐 or 发票 row) and 应收已收 (bills collected in
 * full during the last 90 days, with the days it took).
 */
import type { Lang } from "../i18n/lang";
import { GENERATED_SHEETS } from "../workbook/generated-sheets";
import type { ReportCell, ReportSheet, WorkbookPort } from "../io/port";
import { dateOfDay } from "../domain/cadence";
import { AGING_BUCKETS, computeReceivables, controlTables, fromCents, isOwing, totalsByRep, totalsOf, type ControlRow, type CustomerAccount, type MovementRef, type PaymentTerms, type Receivables, type ReceivablesTotals } from "../domain/receivables";
import { isoDate, serialFromDate } from "../domain/time";
import { SPEC_BY_KEY, customersSheet, transactionsSheet } from "../workbook";
import { DATE_FORMAT as DATE, INTEGER_FORMAT, MONEY_FORMAT as MONEY } from "../workbook/column";
import { columnOf, columnsOf } from "../workbook/sheet";
import { readLog, type ColumnLetters } from "./read-log";
import { cellLink } from "./cell-link";
import { moneyText } from "../i18n/money";

export const RECEIVABLES_SHEET = GENERATED_SHEETS.receivables;
/** 应收已收 on the sheet: bills whose last cent came in this many days before the as-of day. */
export const COLLECTED_WINDOW_DAYS = 90;

/** The 客户档案 columns the aging table opens with, and the two each bill row opens with. */
const ACCOUNT_COLUMNS = ["code", "name", "rep", "paymentTerms", "billingDay", "creditLimit"] as const;
const BILL_CUSTOMER_COLUMNS = ["code", "name"] as const;

/** Payment terms as a person writes them: 月结30天 (or "monthly, 30 days" in English). */
export function termsText(terms: PaymentTerms, lang: Lang = "zh"): string {
  const en = lang === "en";
  switch (terms.kind) {
    case "net":
      return terms.days === 0 ? (en ? "cash" : "即付") : en ? `${terms.days} days` : `${terms.days}天`;
    case "monthly":
      return en ? `monthly, ${terms.days} days` : `月结${terms.days}天`;
    case "nextMonthDay":
      return terms.day >= 31 ? (en ? "end of next month" : "次月底") : en ? `day ${terms.day} of next month` : `次月${terms.day}日`;
  }
}

const yuan = (cents: number) => fromCents(cents);
/** A day number as an Excel date serial (the sheet's cells hold serials, formatted as dates). */
const day = (d: number | undefined) => (d === undefined ? null : serialFromDate(dateOfDay(d)));

function codeLink(a: CustomerAccount, letters: ColumnLetters | undefined): ReportCell {
  return a.row === undefined ? a.customer : cellLink({ sheet: "customers", column: "code", row: a.row }, letters, a.customer);
}

function billLink(ref: MovementRef, text: string, letters: ColumnLetters | undefined): ReportCell {
  return cellLink(ref, letters, text);
}

function docText(row: ControlRow): string {
  return row.item.bill.docNo ?? `${SPEC_BY_KEY[row.item.bill.ref.sheet].name}第${row.item.bill.ref.row}行`;
}

export function totalsRow(t: ReceivablesTotals): (number | string)[] {
  return ["合计", yuan(t.balanceCents), yuan(t.overdueCents), ...t.agingCents.map(yuan)];
}

/** The generated 应收账款 sheet. */
export function receivablesReport(r: Receivables, letters: ColumnLetters | undefined, rep?: string): ReportSheet {
  const tables = controlTables(r);
  const totals = totalsOf(r.accounts);
  const since = r.asOfDay - COLLECTED_WINDOW_DAYS;
  const collected = tables.collected.filter((row) => row.item.closedDay! > since).sort((a, b) => b.item.closedDay! - a.item.closedDay! || a.item.bill.at - b.item.bill.at);
  const accounts = r.accounts.filter((a) => a.billedCents > 0 || a.creditedCents > 0).sort((a, b) => b.overdueCents - a.overdueCents || b.balanceCents - a.balanceCents);
  const bucketHeaders = AGING_BUCKETS.map((b) => b.zh);
  const account = columnsOf(customersSheet, ACCOUNT_COLUMNS);
  const bill = columnsOf(customersSheet, BILL_CUSTOMER_COLUMNS);
  const [docNo, amount] = columnsOf(transactionsSheet, ["docNo", "amount"]).headers;
  // The columns 应收未收 and 应收已收 share: customer, bill and its amount.
  const billCells = (row: ControlRow): ReportCell[] => [
    codeLink(row.account, letters),
    row.account.name ?? null,
    billLink(row.item.bill.ref, docText(row), letters),
    day(row.item.bill.day),
    day(row.item.dueDay),
    yuan(row.item.bill.cents),
  ];
  return {
    sheet: RECEIVABLES_SHEET,
    title: RECEIVABLES_SHEET,
    subtitle: `截至 ${isoDate(dateOfDay(r.asOfDay))}${rep ? `，客服 ${rep}` : ""}：${accounts.filter(isOwing).length} 位客户欠款 ${moneyText(yuan(totals.balanceCents))}，其中逾期 ${moneyText(yuan(totals.overdueCents))}`,
    blocks: [
      {
        title: "账龄汇总",
        headers: ["", "应收余额", "逾期金额", ...bucketHeaders],
        rows: [totalsRow(totals)],
        numberFormats: [undefined, MONEY, MONEY, ...bucketHeaders.map(() => MONEY)],
        chart: { title: "账龄分布", categoryColumn: 0, valueColumns: bucketHeaders.map((_, i) => 3 + i) },
      },
      {
        title: "账龄分析（按客服）",
        headers: [columnOf(customersSheet, "rep").header, "欠款客户数", "应收余额", "逾期金额", ...bucketHeaders, "最长逾期(天)"],
        rows: [...totalsByRep(accounts)].map(([rep, t]): ReportCell[] => [rep, t.customers, yuan(t.balanceCents), yuan(t.overdueCents), ...t.agingCents.map(yuan), t.maxDaysOverdue]),
        numberFormats: [undefined, INTEGER_FORMAT, MONEY, MONEY, ...bucketHeaders.map(() => MONEY), INTEGER_FORMAT],
      },
      {
        title: "账龄分析（按客户）",
        headers: [...account.headers, "应收余额", "逾期金额", ...bucketHeaders, "最长逾期(天)", "最早未收到期日"],
        rows: accounts.map((a): ReportCell[] => [
          codeLink(a, letters),
          a.name ?? null,
          a.rep,
          (a.paymentTerms ?? termsText(a.terms)),
          a.billingDay ?? null,
          a.creditLimitCents === undefined ? null : yuan(a.creditLimitCents),
          yuan(a.balanceCents),
          yuan(a.overdueCents),
          ...a.agingCents.map(yuan),
          a.maxDaysOverdue,
          day(a.open[0]?.dueDay),
        ]),
        numberFormats: [...account.numberFormats, MONEY, MONEY, ...bucketHeaders.map(() => MONEY), INTEGER_FORMAT, DATE],
      },
      {
        title: "应收未收",
        headers: [...bill.headers, docNo, "记账日期", "到期日", amount, "已收", "未收", "逾期天数", "账龄"],
        rows: tables.open.map((row): ReportCell[] => [
          ...billCells(row),
          yuan(row.item.collectedCents),
          yuan(row.item.openCents),
          row.daysOverdue,
          AGING_BUCKETS[row.bucket].zh,
        ]),
        numberFormats: [...bill.numberFormats, undefined, DATE, DATE, MONEY, MONEY, MONEY, INTEGER_FORMAT],
      },
      {
        title: `应收已收（近${COLLECTED_WINDOW_DAYS}天收清）`,
        headers: [...bill.headers, docNo, "记账日期", "到期日", amount, "收清日期", "回款天数", "逾期天数"],
        rows: collected.map((row): ReportCell[] => [
          ...billCells(row),
          day(row.item.closedDay),
          row.collectionDays ?? null,
          row.daysLate ?? null,
        ]),
        numberFormats: [...bill.numberFormats, undefined, DATE, DATE, MONEY, DATE, INTEGER_FORMAT, INTEGER_FORMAT],
      },
    ],
  };
}

export interface ReceivablesRun {
  receivables: Receivables;
  totals: ReceivablesTotals;
  written: boolean;
  problems: number;
}

/** Reads what receivables need (客户档案, 往来帐, 发票, 退换货, 设置), computes, and writes the sheet when asked. */
export async function runReceivables(port: WorkbookPort, options: { asOf: Date; rep?: string; write?: boolean }): Promise<ReceivablesRun> {
  const log = await readLog(port, { sheets: ["customers", "transactions", "invoices", "returns"] });
  const receivables = computeReceivables(log, options.asOf, { rep: options.rep });
  if (options.write) await port.writeReport(receivablesReport(receivables, log.letters, options.rep));
  return { receivables, totals: totalsOf(receivables.accounts), written: options.write === true, problems: log.problems.length };
}
