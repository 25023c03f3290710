import { logEvent } from "../../src/app/log-event";
import { readLog } from "../../src/app/read-log";
import { setupWorkbook } from "../../src/app/setup";
import { seededRandom } from "../../src/domain/ids";
import { utcDate } from "../../src/domain/time";
import { OfficeWorkbook } from "../../src/io/office/office-workbook";
import { excelRun } from "../../src/io/office/run";
import { REQUEST_LIMIT } from "../../src/io/office/payload";
import { customersSheet, followUpsSheet, SHEETS } from "../../src/workbook";
import type { Cell } from "../../src/io/port";
import { createExcelFake, type ExcelFake } from "../support/excel-fake";

const NOW = utcDate(2026, 11, 23, 9, 30);
const followUp = (i: number, description = `第${i}次回访`) => ({ customer: `C${i % 50}`, rep: "S001", occurredAt: utcDate(2026, 11, 1 + (i % 20), 9), description, gradeAfter: "B", status: "已完成" });

async function ready(limits?: Parameters<typeof createExcelFake>[0]): Promise<{ fake: ExcelFake; port: OfficeWorkbook }> {
  const fake = createExcelFake(limits);
  const port = new OfficeWorkbook(fake.run);
  await setupWorkbook(port);
  fake.stats.reset();
  return { fake, port };
}

function row(headers: readonly string[], values: Record<string, Cell>): Cell[] {
  return headers.map((h) => values[h] ?? null);
}

describe("OfficeWorkbook on the strict fake", () => {
  test("set-up costs three round trips; logging three (headers, the table as it is, the write); reading the whole log one", async () => {
    const fake = createExcelFake();
    const port = new OfficeWorkbook(fake.run);
    await setupWorkbook(port);
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    await logEvent(port, "followUps", followUp(1), NOW, seededRandom(1));
    fake.stats.reset();
    await logEvent(port, "followUps", followUp(2), NOW, seededRandom(2));
    expect(fake.stats.syncs).toBe(3);
    fake.stats.reset();
    const log = await readLog(port);
    expect(log.followUps).toHaveLength(2);
    expect(fake.stats.syncs).toBe(1);
    fake.stats.reset();
    await setupWorkbook(port);
    expect(fake.stats.syncs).toBe(3);
  });

  test("the first append fills a new table's blank row instead of leaving it above the data", async () => {
    const { fake, port } = await ready();
    const result = await logEvent(port, "followUps", followUp(1), NOW, seededRandom(1));
    expect(result).toMatchObject({ ok: true, row: 2 });
    expect(fake.table(followUpsSheet.table).rect.rows).toBe(2);
    const second = await logEvent(port, "followUps", followUp(2), NOW, seededRandom(2));
    expect(second).toMatchObject({ ok: true, row: 3 });
    expect(fake.table(followUpsSheet.table).rect.rows).toBe(3);
  });

  test("text Excel would take for a formula, number or date is written as text (and the fake would have converted it)", async () => {
    const { fake, port } = await ready();
    const headers = (await port.readHeaders([customersSheet.name]))[customersSheet.name] as string[];
    // Straight through the API, a user column (General format) turns the same texts into a formula and a number.
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["=1+1", "0075"]];
      await ctx.sync();
    });
    expect(fake.formula("Sheet1", "A1")).toBe("=1+1");
    expect(fake.values("Sheet1", "A1:B1")).toEqual([[2, 75]]);
    const texts = ["=1+1", "0075", "-3", "TRUE", "Mar-5", "'x"];
    await port.appendRows(customersSheet.name, texts.map((t, i) => row(headers, { 客户编码: `C${i}`, 客户名称: t, 客户等级: "A", 负责客服: "S1" })));
    const name = headers.indexOf("客户名称");
    const table = (await port.readTables([customersSheet.name]))[customersSheet.name]!;
    expect(table.rows.map((r) => r[name])).toEqual(texts);
    expect(fake.formula(customersSheet.name, "B2")).toBeUndefined();
  });

  test("set-up lays formats and drop-downs over whole columns, freezes the header, marks overdue rows, and a second run leaves the workbook identical", async () => {
    const { fake, port } = await ready();
    const ws = fake.sheet(customersSheet.name);
    const grade = customersSheet.columns.findIndex((c) => c.key === "grade");
    const due = customersSheet.columns.findIndex((c) => c.key === "nextDue");
    expect(ws.validationAt(1, grade)).toEqual({ list: { inCellDropDown: true, source: "A,B,C,D,E" } });
    expect(ws.validationAt(500000, grade)).toEqual({ list: { inCellDropDown: true, source: "A,B,C,D,E" } });
    expect(ws.formats.get(500000, due)).toBe(customersSheet.columns[due].numberFormat);
    expect(ws.frozenRows).toBe(1);
    expect(ws.conditionalFormats).toHaveLength(1);
    expect(ws.conditionalFormats[0].formula).toMatch(/<TODAY\(\)/);
    expect(ws.tabColor).toMatch(/^#[0-9A-F]{6}$/);
    const before = JSON.stringify(fake.model.sheets.map((s) => s.snapshot()));
    expect(await setupWorkbook(port)).toEqual([]);
    expect(JSON.stringify(fake.model.sheets.map((s) => s.snapshot()))).toBe(before);
  });

  test("a big append is split so that no request passes 4 MB, and every row lands in order", async () => {
    const { fake, port } = await ready();
    const headers = (await port.readHeaders([followUpsSheet.name]))[followUpsSheet.name] as string[];
    const long = "客户反馈包装破损，需要换货并安排回访。".repeat(10);
    const rows = Array.from({ length: 12000 }, (_, i) => row(headers, { 事件编号: `GJ${i}`, 客户编码: "C1", 客服工号: "S1", 发生时间: 46000 + i / 100, 事件描述: `${i} ${long}`, 跟进后等级: "B", 处理状态: "已完成" }));
    fake.stats.reset();
    const result = await port.appendRows(followUpsSheet.name, rows);
    expect(result).toEqual({ firstRow: 2, count: 12000 });
    expect(fake.stats.syncs).toBeGreaterThan(2);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT);
    const table = (await port.readTables([followUpsSheet.name]))[followUpsSheet.name]!;
    expect(table.rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
  });

  test("the fake refuses a request over 5 MB, as Excel on the web does", async () => {
    const fake = createExcelFake();
    const big = Array.from({ length: 60000 }, (_, i) => [`第${i}行：${"很长的文字".repeat(6)}`]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${big.length}`).values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.values("Sheet1", "A1")).toEqual([[""]]);
  });

  test("a log too big for one response is read in slices (Excel on the web), in one round trip on the desktop", async () => {
    for (const responseBytes of [5 * 1024 * 1024, Infinity]) {
      const { fake, port } = await ready({ responseBytes });
      const headers = (await port.readHeaders([followUpsSheet.name]))[followUpsSheet.name] as string[];
      const rows = Array.from({ length: 20000 }, (_, i) => row(headers, { 事件编号: `GJ${i}`, 客户编码: "C1", 客服工号: "S1", 发生时间: 46000, 事件描述: `${i} ${"需要换货并安排回访".repeat(8)}`, 跟进后等级: "B", 处理状态: "已完成" }));
      await port.appendRows(followUpsSheet.name, rows);
      fake.stats.reset();
      const log = await readLog(port);
      expect(log.followUps).toHaveLength(20000);
      expect(log.followUps[19999].row).toBe(20001);
      if (responseBytes === Infinity) expect(fake.stats.syncs).toBe(1);
      else {
        // The first, optimistic read is refused; every slice after it fits.
        const refused = fake.stats.records.filter((r) => r.responseBytes > responseBytes);
        expect(refused).toEqual([fake.stats.records[0]]);
        expect(fake.stats.syncs).toBeGreaterThan(3);
      }
    }
  });

  test("each call reads afresh: a row a co-author added in between is not overwritten", async () => {
    const { fake, port } = await ready();
    await logEvent(port, "followUps", followUp(1), NOW, seededRandom(1));
    const t = fake.table(followUpsSheet.table);
    fake.put(followUpsSheet.name, `A${t.rect.row + t.rect.rows + 1}`, [["GJ-COAUTHOR", "C7"]]);
    t.rect = { ...t.rect, rows: t.rect.rows + 1 };
    const mine = await logEvent(port, "followUps", followUp(2), NOW, seededRandom(2));
    expect(mine).toMatchObject({ ok: true, row: 4 });
    expect(fake.values(followUpsSheet.name, "A3:B3")).toEqual([["GJ-COAUTHOR", "C7"]]);
  });

  test("a missing sheet reads as undefined (one more round trip), and every sheet can be asked at once", async () => {
    const { fake, port } = await ready();
    const tables = await port.readTables([...SHEETS.map((s) => s.name), "不存在"]);
    expect(tables["不存在"]).toBeUndefined();
    expect(Object.values(tables).filter(Boolean)).toHaveLength(SHEETS.length);
    expect(fake.stats.syncs).toBe(3);
  });

  test("writeReport puts the new sheet where the old one was, with links, number formats, a chart, and text kept text", async () => {
    const { fake, port } = await ready();
    const block = { title: "按月", headers: ["月份", "次数", "日期"], rows: [["2026-10", 3, 46000], ["=1+1", 5, 46031], [{ text: "投诉!F2", link: { sheet: "投诉", cell: "F2" } }, 0, null]] as Cell[][], numberFormats: [undefined, "0", "yyyy-mm-dd"], chart: { title: "次数", categoryColumn: 0, valueColumns: [1] } };
    await port.writeReport({ sheet: "交接", title: "交接 一", blocks: [block] });
    const position = fake.sheet("交接").position;
    await port.writeReport({ sheet: "交接", title: "交接 二", blocks: [block] });
    const ws = fake.sheet("交接");
    expect(ws.position).toBe(position);
    expect(fake.values("交接", "A1")).toEqual([["交接 二"]]);
    expect(fake.values("交接", "A5:C5")).toEqual([["2026-10", 3, 46000]]);
    expect(fake.values("交接", "A6")).toEqual([["=1+1"]]);
    expect(fake.formula("交接", "A6")).toBeUndefined();
    expect(fake.numberFormat("交接", "C5")).toBe("yyyy-mm-dd");
    expect(ws.hyperlinks.get(6 * 16384)).toEqual({ documentReference: "'投诉'!F2", textToDisplay: "投诉!F2" });
    expect(ws.charts).toHaveLength(1);
    expect(ws.charts[0]).toMatchObject({ type: "ColumnClustered", title: "次数", source: { row: 3, column: 0, rows: 4, columns: 2 } });
    expect(fake.stats.maxRequestBytes).toBeLessThan(REQUEST_LIMIT);
  });

  test("a report can replace even the only sheet of a workbook", async () => {
    const fake = createExcelFake();
    const port = new OfficeWorkbook(fake.run);
    await port.writeReport({ sheet: "Sheet1", title: "只有一张表", blocks: [] });
    expect(await port.sheetNames()).toEqual(["Sheet1"]);
    expect(fake.values("Sheet1", "A1")).toEqual([["只有一张表"]]);
  });

  test("the add-in's Excel.run waits for cell edits (delayForCellEdit)", async () => {
    const fake = createExcelFake();
    const run = jest.fn((options: Excel.RunOptions, batch: (ctx: Excel.RequestContext) => Promise<unknown>) => fake.runWith(options, batch));
    (globalThis as unknown as { Excel: unknown }).Excel = { run };
    try {
      expect(await new OfficeWorkbook(excelRun).sheetNames()).toEqual(["Sheet1"]);
      expect(run).toHaveBeenCalledWith({ delayForCellEdit: true }, expect.any(Function));
    } finally {
      delete (globalThis as unknown as { Excel?: unknown }).Excel;
    }
  });
});
