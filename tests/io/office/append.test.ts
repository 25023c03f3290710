import { logEvent } from "../../../src/app/log-event";
import { readLog } from "../../../src/app/read-log";
import { setupWorkbook } from "../../../src/app/setup";
import { seededRandom } from "../../../src/domain/ids";
import { utcDate } from "../../../src/domain/time";
import { OfficeWorkbook } from "../../../src/io/office/office-workbook";
import type { Cell } from "../../../src/io/port";
import { followUpsSheet } from "../../../src/workbook";
import { createExcelFake, type ExcelFake } from "../../support/excel-fake";

const NOW = utcDate(2026, 11, 23, 9, 30);
const followUp = (i: number) => ({ customer: `C${i}`, rep: "S001", occurredAt: utcDate(2026, 11, 1 + (i % 20), 9), description: `第${i}次回访`, gradeAfter: "B", status: "已完成" });

async function ready(): Promise<{ fake: ExcelFake; port: OfficeWorkbook; headers: string[] }> {
  const fake = createExcelFake();
  const port = new OfficeWorkbook(fake.run);
  await setupWorkbook(port);
  const headers = (await port.readHeaders([followUpsSheet.name]))[followUpsSheet.name] as string[];
  fake.stats.reset();
  return { fake, port, headers };
}

const row = (headers: readonly string[], id: string, customer = "C1"): Cell[] => headers.map((h) => (h === "事件编号" ? id : h === "客户编码" ? customer : h === "事件描述" ? `描述 ${id}` : null));

describe("appending under a table in an Excel that grows tables by itself", () => {
  test("the fake grows a table over values written directly below it, and only there", async () => {
    const fake = createExcelFake();
    fake.put("Sheet1", "A1", [["编号", "名称"], ["1", "甲"]]);
    fake.addTable("Sheet1", "A1:B2", "T");
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A3:B4").values = [["2", "乙"], ["3", "丙"]];
      ws.getRange("A7:B7").values = [["9", "远"]];
      ws.getRange("D5").values = [["旁边"]];
      await ctx.sync();
    });
    expect(fake.table("T").rect).toMatchObject({ row: 0, rows: 4, columns: 2 });
  });

  test("three single-row logs land on rows 2, 3 and 4: no blank rows, no blank starter row", async () => {
    const { fake, port } = await ready();
    const rows: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await logEvent(port, "followUps", followUp(i), NOW, seededRandom(i));
      if (!r.ok) throw new Error("not logged");
      rows.push(r.row);
    }
    expect(rows).toEqual([2, 3, 4]);
    expect(fake.table(followUpsSheet.table).rect.rows).toBe(4);
    const log = await readLog(port);
    expect(log.followUps.map((f) => [f.row, f.record.customer])).toEqual([[2, "C1"], [3, "C2"], [4, "C3"]]);
    expect(log.problems.filter((p) => p.sheet === followUpsSheet.name)).toEqual([]);
  });

  test("a 12,000-row append makes a 12,001-row table whose rows are where the result says", async () => {
    const { fake, port, headers } = await ready();
    await port.appendRows(followUpsSheet.name, [row(headers, "GJ-first")], headers);
    const rows = Array.from({ length: 12000 }, (_, i) => row(headers, `GJ${i}`));
    const result = await port.appendRows(followUpsSheet.name, rows, headers);
    expect(result).toEqual({ firstRow: 3, count: 12000 });
    expect(fake.table(followUpsSheet.table).rect.rows).toBe(12002);
    expect(fake.values(followUpsSheet.name, `A${result.firstRow + 11999}`)).toEqual([["GJ11999"]]);
  });

  test("a user's rows below the table move down to make room; nothing is written over", async () => {
    const { fake, port, headers } = await ready();
    await port.appendRows(followUpsSheet.name, [row(headers, "GJ1")], headers);
    fake.put(followUpsSheet.name, "A4", [["我的小计", 42]]);
    fake.put(followUpsSheet.name, "Z3", [["右边的笔记"]]);
    const result = await port.appendRows(followUpsSheet.name, [row(headers, "GJ2"), row(headers, "GJ3")], headers);
    expect(result).toEqual({ firstRow: 3, count: 2 });
    expect(fake.values(followUpsSheet.name, "A2:A4")).toEqual([["GJ1"], ["GJ2"], ["GJ3"]]);
    expect(fake.values(followUpsSheet.name, "A6:B6")).toEqual([["我的小计", 42]]);
    // Only the table's columns shift: a note beside the table stays on its row.
    expect(fake.values(followUpsSheet.name, "Z3")).toEqual([["右边的笔记"]]);
    expect(fake.table(followUpsSheet.table).rect.rows).toBe(4);
  });

  test("a table showing its totals row is refused, and nothing is written", async () => {
    const { fake, port, headers } = await ready();
    await port.appendRows(followUpsSheet.name, [row(headers, "GJ1")], headers);
    const t = fake.table(followUpsSheet.table);
    t.showTotals = true;
    t.rect = { ...t.rect, rows: t.rect.rows + 1 };
    fake.put(followUpsSheet.name, "A3", [["汇总"]]);
    const before = JSON.stringify(fake.sheet(followUpsSheet.name).snapshot());
    await expect(port.appendRows(followUpsSheet.name, [row(headers, "GJ2")], headers)).rejects.toThrow(/跟进记录: .*totals row/);
    expect(JSON.stringify(fake.sheet(followUpsSheet.name).snapshot())).toBe(before);
  });

  test("a column a co-author inserted after the headers were read: the values still go under their headers", async () => {
    const { fake, port, headers } = await ready();
    fake.coauthor(followUpsSheet.table).insertColumn(1, "同事的列");
    await port.appendRows(followUpsSheet.name, [row(headers, "GJ1", "C9")], headers);
    const table = (await port.readTables([followUpsSheet.name]))[followUpsSheet.name]!;
    expect(table.rows[0][table.headers.indexOf("客户编码")]).toBe("C9");
    expect(table.rows[0][table.headers.indexOf("同事的列")]).toBe("");
  });

  test("text longer than a cell holds (32,767 characters) is refused naming the cell, and nothing is written", async () => {
    const { fake, port, headers } = await ready();
    const long = row(headers, "GJ1");
    long[headers.indexOf("事件描述")] = "很".repeat(40000);
    const before = JSON.stringify(fake.sheet(followUpsSheet.name).snapshot());
    await expect(port.appendRows(followUpsSheet.name, [row(headers, "GJ0"), long], headers)).rejects.toThrow(/跟进记录: row 3, column “事件描述”: a text of 40000 characters/);
    expect(JSON.stringify(fake.sheet(followUpsSheet.name).snapshot())).toBe(before);
    // Excel itself refuses such a write (the fake as well).
    await expect(fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(32768)]];
      await ctx.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
