/**
 * 对账单 for one customer between two days (domain/receivables/statement.ts), laid out to print
 * and send: the company's name, address and phone from 设置 (公司 rows) when present, the customer,
 * the period and its terms, the opening balance, each movement with the balance after it, the
 * period's totals, the closing balance, and lines for both sides to sign.
 */
import type { Cell } from "../io/port";
import { STATEMENT_SHEET_TITLE } from "../workbook/generated-sheets";
import type { PrintableSheet } from "../io/xlsx/printable";
import { dateOfDay } from "../domain/cadence";
import type { Customer } from "../domain/log";
import { customerStatement, fromCents, type Movement, type Statement } from "../domain/receivables";
import type { CompanyDetails } from "../domain/settings";
import { isoDate, serialFromDate } from "../domain/time";
import type { ReportSheet, WorkbookPort } from "../io/port";
import { SPEC_BY_KEY, transactionsSheet } from "../workbook";
import { DATE_FORMAT as DATE, MONEY_FORMAT as MONEY } from "../workbook/column";
import { columnOf } from "../workbook/sheet";
import { ArchiveCodes } from "../workbook/event-codes";
import { readLog } from "./read-log";
import { generatedSheetName } from "./report";
import { moneyText } from "../i18n/money";

export const STATEMENT_HEADERS: readonly string[] = ["日期", columnOf(transactionsSheet, "docNo").header, "摘要", "借方（应收）", "贷方（已收）", "余额"];

const KIND_ZH: Record<Movement["kind"], string> = { bill: "应收", payment: "回款", return: "退货退款" };

function summary(m: Movement): string {
  const what = m.ref.sheet === "invoices" ? "发票" : m.kind === "bill" ? "发货" : KIND_ZH[m.kind];
  const reversed = (m.kind === "bill") !== m.debit ? "（冲销）" : "";
  return m.description?.trim() ? `${what}${reversed}：${m.description.trim()}` : `${what}${reversed}`;
}

/** The table of the statement: opening balance, each movement, the totals, the closing balance. */
export function statementRows(s: Statement): Cell[][] {
  const day = (d: number) => serialFromDate(dateOfDay(d));
  const rows: Cell[][] = [[day(s.fromDay), null, "期初余额", null, null, fromCents(s.openingCents)]];
  for (const { movement: m, balanceCents } of s.lines) {
    rows.push([day(m.day), m.docNo ?? `${SPEC_BY_KEY[m.ref.sheet].name}第${m.ref.row}行`, summary(m), m.debit ? fromCents(m.cents) : null, m.debit ? null : fromCents(m.cents), fromCents(balanceCents)]);
  }
  rows.push([null, null, "本期合计", fromCents(s.debitCents), fromCents(s.creditCents), null]);
  rows.push([day(s.toDay), null, "期末余额", null, null, fromCents(s.closingCents)]);
  return rows;
}

export function statementSheet(s: Statement, customer: Customer, company: CompanyDetails | undefined): PrintableSheet {
  const contact = [company?.address && `地址：${company.address}`, company?.phone && `电话：${company.phone}`].filter(Boolean).join("    ");
  const from = isoDate(dateOfDay(s.fromDay));
  const to = isoDate(dateOfDay(s.toDay));
  return {
    sheet: STATEMENT_SHEET_TITLE,
    head: [...(company?.name ? [company.name] : []), ...(contact ? [contact] : [])],
    title: STATEMENT_SHEET_TITLE,
    intro: [`客户：${customer.name}（${customer.code}）`, `对账期间：${from} 至 ${to}${customer.paymentTerms ? `    付款条件：${customer.paymentTerms}` : ""}`],
    table: { headers: STATEMENT_HEADERS, rows: statementRows(s), numberFormats: [DATE, undefined, undefined, MONEY, MONEY, MONEY] },
    foot: [
      `截至 ${to}，贵方应付我方 ${moneyText(fromCents(s.closingCents))}。如有不符，请于收到本对账单后 7 日内告知。`,
      "",
      "客户确认（盖章）：____________________    日期：____________",
      "",
      "我方经办人：____________________    日期：____________",
    ],
  };
}

export interface StatementRun {
  statement: Statement;
  customer?: Customer;
  doc?: PrintableSheet;
  /** When 客户档案 does not list the code: its closest code, if one is close (a slip of the keyboard). */
  closest?: string;
}

/**
 * Reads what a statement needs; `customer` undefined when 客户档案 does not list the code. The
 * code is matched as every event sheet's is (workbook/event-codes.ts: kh0001, ＫＨ０００１ and
 * " KH0001 " are KH0001).
 */
export async function runStatement(port: WorkbookPort, options: { customer: string; from: Date; to: Date }): Promise<StatementRun> {
  const log = await readLog(port, { sheets: ["customers", "transactions", "invoices", "returns"] });
  const archive = new ArchiveCodes(log.customers);
  const code = archive.spelling(options.customer) ?? options.customer.trim();
  const customer = log.customers.find(({ record }) => record.code === code)?.record;
  const statement = customerStatement(log, code, options.from, options.to);
  if (!customer) return { statement, closest: archive.suggest(options.customer) };
  return { statement, customer, doc: statementSheet(statement, customer, log.settings.company) };
}

/** The statement as a generated sheet of the open workbook (对账单 K001): the same lines and table as the printable file. */
export function statementReport(doc: PrintableSheet, code: string): ReportSheet {
  return {
    sheet: generatedSheetName(`${doc.sheet} ${code}`),
    title: [...doc.head.slice(0, 1), doc.title].join(" · "),
    subtitle: [...doc.head.slice(1), ...doc.intro].join("；"),
    blocks: [
      { headers: doc.table.headers, rows: doc.table.rows, numberFormats: doc.table.numberFormats },
      { headers: ["确认"], rows: doc.foot.filter((line) => line.trim() !== "").map((line) => [line]) },
    ],
  };
}

/** The 客户 panel's 对账单: written as a generated sheet through the port; nothing written for a code 客户档案 lacks. */
export async function writeStatementSheet(port: WorkbookPort, options: { customer: string; from: Date; to: Date }): Promise<StatementRun & { sheet?: string }> {
  const run = await runStatement(port, options);
  if (!run.doc) return run;
  const report = statementReport(run.doc, run.customer!.code);
  await port.writeReport(report);
  return { ...run, sheet: report.sheet };
}
