import { generateDemoLog } from "../../src/demo";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { writeAbcReport } from "../../src/app/abc-report";
import { auditWorkbook } from "../../src/app/audit";
import { writeHandover } from "../../src/app/handover";
import { runPlans } from "../../src/app/plans";
import { runReceivables } from "../../src/app/receivables";
import { runReport } from "../../src/app/report";
import { runRoutes } from "../../src/app/routes";
import { STATEMENT_HEADERS } from "../../src/app/statement";
import type { ReportBlock, ReportSheet } from "../../src/io/port";
import { XlsxWorkbook } from "../../src/io/xlsx/xlsx-workbook";
import { customersSheet, followUpsSheet, plansSheet, staffSheet, transactionsSheet, type SheetSpec } from "../../src/workbook";
import * as formats from "../../src/workbook/column";
import { utcDate } from "../../src/domain/time";

/**
 * The generated sheets show the log's columns under the headers and number formats their sheet
 * specs declare (src/workbook/sheets/), not under copies: rename a spec header or change a
 * format, and a view that kept the old literal fails here.
 */
const today = utcDate(2026, 11, 23);
let reports: ReportSheet[];

beforeAll(async () => {
  const demo = generateDemoLog({ customers: 40, seed: 9, today });
  const book = XlsxWorkbook.create();
  await setupWorkbook(book);
  await appendRecords(book, demo.records);
  reports = [];
  const write = book.writeReport.bind(book);
  book.writeReport = async (report: ReportSheet) => {
    reports.push(report);
    return write(report);
  };
  await runRoutes(book, { today, write: true });
  await writeAbcReport(book, { today });
  await runReceivables(book, { asOf: today, write: true });
  await runPlans(book, { today, write: true });
  await runReport(book, { kind: "monthly", date: today, write: true });
  await auditWorkbook(book, today);
  const rep = String((demo.records.customers[0] as { rep: string }).rep);
  await writeHandover(book, { rep }, today);
}, 120_000);

function blocksOf(sheet: string): readonly ReportBlock[] {
  const report = reports.find((r) => r.sheet === sheet || r.sheet.startsWith(sheet));
  if (!report) throw new Error(`no ${sheet} report written (got ${reports.map((r) => r.sheet).join(", ")})`);
  return report.blocks;
}

/** Each key's spec header stands in the block, with the spec's number format below it (text columns: none). */
function expectSpecColumns(block: ReportBlock, spec: SheetSpec, keys: readonly string[]): void {
  for (const key of keys) {
    const column = spec.columns.find((c) => c.key === key)!;
    const at = block.headers.indexOf(column.header);
    expect({ block: block.title, header: column.header, found: at >= 0 }).toEqual({ block: block.title, header: column.header, found: true });
    const format = column.numberFormat === formats.TEXT_FORMAT ? undefined : column.numberFormat;
    expect({ block: block.title, header: column.header, format: block.numberFormats?.[at] }).toEqual({ block: block.title, header: column.header, format });
  }
}

test("路序's stops carry 客户档案's headers and coordinate format", () => {
  const stops = blocksOf("路序")[1];
  expectSpecColumns(stops, customersSheet, ["code", "name", "area", "district", "bearing", "address", "phone", "rep", "lat", "lng"]);
  expect(stops.rows.length).toBeGreaterThan(0);
});

test("ABC分析 lists customers under 客户档案's headers, sales in 往来帐's money format", () => {
  const [, customers] = blocksOf("ABC分析");
  expectSpecColumns(customers, customersSheet, ["code", "name", "rep", "abc"]);
  expect(customers.numberFormats).toContain(transactionsSheet.columns.find((c) => c.key === "amount")!.numberFormat);
});

test("应收账款 opens with 客户档案's credit columns and 往来帐's 单号", () => {
  const [, byRep, accounts, open, collected] = blocksOf("应收账款");
  expect(byRep.headers[0]).toBe(customersSheet.columns.find((c) => c.key === "rep")!.header);
  expectSpecColumns(accounts, customersSheet, ["code", "name", "rep", "paymentTerms", "billingDay", "creditLimit"]);
  for (const block of [open, collected]) {
    expectSpecColumns(block, customersSheet, ["code", "name"]);
    expect(block.headers).toContain(transactionsSheet.columns.find((c) => c.key === "docNo")!.header);
  }
  expect(STATEMENT_HEADERS).toContain(transactionsSheet.columns.find((c) => c.key === "docNo")!.header);
});

test("方案跟踪 shows 工作方案's columns as the spec declares them", () => {
  expectSpecColumns(blocksOf("方案跟踪")[0], plansSheet, ["id", "rep", "department", "planType", "method", "start", "end", "target", "minimum", "plannedCost"]);
});

test("月报's due customers and open items name 客户档案's and the event sheets' headers", () => {
  const blocks = blocksOf("月报");
  const due = blocks.find((b) => b.title?.startsWith("到期未跟进"))!;
  expectSpecColumns(due, customersSheet, ["code", "name", "rep"]);
  expect(due.headers).toContain(customersSheet.columns.find((c) => c.key === "lastFollowUp")!.header);
  const open = blocks.find((b) => b.title?.startsWith("未结事项"))!;
  expect(open.headers).toEqual(expect.arrayContaining([customersSheet.columns[0].header, followUpsSheet.columns.find((c) => c.key === "description")!.header]));
});

test("审计 names the customer and the rep by the specs' headers", () => {
  const blocks = blocksOf("审计");
  const headers = blocks.flatMap((b) => b.headers);
  expect(headers).toContain(customersSheet.columns.find((c) => c.key === "code")!.header);
  expect(headers).toEqual(expect.arrayContaining(staffSheet.columns.filter((c) => c.key === "id" || c.key === "name").map((c) => c.header)));
});

test("交接 shows 跟进记录's and 客户档案's headers, dates in the spec's date format", () => {
  const blocks = blocksOf("交接");
  const recent = blocks.find((b) => b.title?.endsWith("最近20条记录"))!;
  expectSpecColumns(recent, followUpsSheet, ["serviceType", "description", "status"]);
  const profileItems = blocks[0].rows.map((r) => r[0]);
  expect(profileItems).toEqual(expect.arrayContaining(customersSheet.columns.filter((c) => c.key === "lastFollowUp" || c.key === "nextDue").map((c) => c.header)));
  expect(blocks.flatMap((b) => b.numberFormats ?? [])).toContain(formats.DATE_FORMAT);
});

test("every number format of every generated sheet is one workbook/column.ts declares", () => {
  const declared = new Set<unknown>(Object.values(formats).filter((v) => typeof v === "string"));
  const used = new Set(reports.flatMap((r) => r.blocks.flatMap((b) => b.numberFormats ?? [])).filter((f): f is string => f !== undefined));
  expect(used.size).toBeGreaterThan(4);
  expect([...used].filter((f) => !declared.has(f))).toEqual([]);
});
