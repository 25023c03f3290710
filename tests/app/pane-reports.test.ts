/**
 * What the 分析 and 客户 panels write, driven over the strict Excel fake through the Office adapter:
 * each report sheet gets its chart (the fake records it), TopN ranks as the domain does, and the
 * 对账单 sheet holds the statement's figures.
 */
import { createExcelFake } from "../support/excel-fake";
import { OfficeWorkbook } from "../../src/io/office/office-workbook";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { readLog } from "../../src/app/read-log";
import { runReport } from "../../src/app/report";
import { runReceivables } from "../../src/app/receivables";
import { runTop } from "../../src/app/top";
import { writeStatementSheet } from "../../src/app/statement";
import { customerSummary } from "../../src/app/customer-view";
import { generateDemoLog } from "../../src/demo";
import { monthOf, previousPeriod } from "../../src/domain/periods";
import { computeReceivables, customerStatement, fromCents } from "../../src/domain/receivables";
import { topN } from "../../src/domain/top";
import { utcDate } from "../../src/domain/time";

const TODAY = utcDate(2026, 11, 23);

async function demoWorkbook() {
  const fake = createExcelFake();
  const port = new OfficeWorkbook(fake.run);
  await setupWorkbook(port);
  const demo = generateDemoLog({ customers: 40, seed: 3, today: utcDate(2026, 11, 23, 10) });
  await appendRecords(port, demo.records);
  return { fake, port };
}

/** The sheet's cells as text rows (for finding a label and the value beside it). */
function cells(fake: ReturnType<typeof createExcelFake>, sheet: string): unknown[][] {
  const ws = fake.sheet(sheet);
  const used = ws.usedRect()!;
  return Array.from({ length: used.rows }, (_, r) => Array.from({ length: used.columns }, (_, c) => ws.value(used.row + r, used.column + c)));
}

describe("the pane's reports over the Excel fake", () => {
  let book: Awaited<ReturnType<typeof demoWorkbook>>;
  beforeAll(async () => {
    book = await demoWorkbook();
  }, 60_000);

  it("a monthly report and the 应收账款 sheet each get their chart over their own block", async () => {
    const report = await runReport(book.port, { kind: "monthly", date: utcDate(2026, 10, 15), write: true });
    const ws = book.fake.sheet(report.sheet);
    expect(ws.charts).toHaveLength(1);
    const chart = ws.charts[0];
    expect(chart).toMatchObject({ type: "ColumnClustered", title: "月报：本期与上期" });
    // the chart's source: the first block's header and its rows of counts, 指标 to 上期
    const rows = cells(book.fake, report.sheet);
    const header = rows.findIndex((r) => r[0] === "指标");
    expect(chart.source).toMatchObject({ row: header + ws.usedRect()!.row, column: 0, columns: 3 });
    expect(ws.value(chart.source.row + chart.source.rows - 1, 0)).toBe("未结事项");
    // what the rep types beside 总结 and 下期计划 in Excel survives the pane making the report again (text, even when it looks like a formula)
    const at = (label: string) => cells(book.fake, report.sheet).findIndex((r) => r[0] === label) + ws.usedRect()!.row;
    ws.write(at("总结"), 1, "'=回款偏慢，下周催款");
    ws.write(at("下期计划"), 1, "拜访前十位欠款客户");
    const again = await runReport(book.port, { kind: "monthly", date: utcDate(2026, 10, 15), write: true });
    const wsAgain = book.fake.sheet(again.sheet);
    expect(again.keptNotes).toBe(2);
    expect([wsAgain.value(at("总结"), 1), wsAgain.formula(at("总结"), 1), wsAgain.value(at("下期计划"), 1)]).toEqual(["=回款偏慢，下周催款", undefined, "拜访前十位欠款客户"]);
    expect(wsAgain.charts).toHaveLength(1);
    const receivables = await runReceivables(book.port, { asOf: TODAY, write: true });
    expect(receivables.receivables.accounts.length).toBeGreaterThan(0);
    expect(book.fake.sheet("应收账款").charts.map((c) => c.title)).toEqual(["账龄分布"]);
  }, 60_000);

  it("TopN through the port ranks as the domain does over the log it reads", async () => {
    const period = previousPeriod(monthOf(TODAY));
    const log = await readLog(book.port);
    for (const ask of [{ by: "sales", of: "customers", compare: "yoy" }, { by: "balance", of: "reps", compare: "pop" }] as const) {
      const run = await runTop(book.port, { ...ask, n: 5, period });
      expect(run.entries).toEqual(topN(log, { ...ask, n: 5, period }).entries);
      expect(run.entries.length).toBeGreaterThan(0);
    }
  }, 60_000);

  it("the 客户 panel's figures and its 对账单 sheet agree with the receivables rule", async () => {
    const log = await readLog(book.port);
    const owing = computeReceivables(log, TODAY).accounts.sort((a, b) => b.openCents - a.openCents)[0];
    expect(owing.open.length).toBeGreaterThan(0);
    const summary = customerSummary(log, owing.customer, TODAY)!;
    expect([summary.account?.balanceCents, summary.account?.overdueCents, summary.oldestOpen?.item.bill.ref.row]).toEqual([owing.balanceCents, owing.overdueCents, owing.open[0].bill.ref.row]);
    const from = utcDate(2026, 8, 1);
    const written = await writeStatementSheet(book.port, { customer: owing.customer, from, to: TODAY });
    expect(written.sheet).toBe(`对账单 ${owing.customer}`);
    const rows = cells(book.fake, written.sheet!);
    const expected = customerStatement(log, owing.customer, from, TODAY);
    const valueBeside = (label: string) => rows.find((r) => r[2] === label)?.[5];
    expect(valueBeside("期初余额")).toBe(fromCents(expected.openingCents));
    expect(valueBeside("期末余额")).toBe(fromCents(expected.closingCents));
    expect(rows.filter((r) => typeof r[5] === "number").length).toBe(expected.lines.length + 2);
    expect(rows.some((r) => String(r[0]).startsWith("客户确认"))).toBe(true);
    // a code 客户档案 lacks: nothing written
    expect((await writeStatementSheet(book.port, { customer: "NOPE", from, to: TODAY })).sheet).toBeUndefined();
  }, 60_000);
});
