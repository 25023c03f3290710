import { logEvent } from "../../../src/app/log-event";
import { readLog } from "../../../src/app/read-log";
import { setupWorkbook } from "../../../src/app/setup";
import { seededRandom } from "../../../src/domain/ids";
import { utcDate } from "../../../src/domain/time";
import { OfficeWorkbook } from "../../../src/io/office/office-workbook";
import type { Cell } from "../../../src/io/port";
import { customersSheet, followUpsSheet, SHEETS } from "../../../src/workbook";
import { createExcelFake, type ExcelFake, type FakeLimits } from "../../support/excel-fake";

const NOW = utcDate(2026, 11, 23, 9, 30);

async function withCustomers(n: number, limits: Partial<FakeLimits> = {}): Promise<{ fake: ExcelFake; port: OfficeWorkbook }> {
  const fake = createExcelFake(limits);
  const port = new OfficeWorkbook(fake.run);
  await setupWorkbook(port);
  const headers = (await port.readHeaders([customersSheet.name]))[customersSheet.name] as string[];
  const rows = Array.from({ length: n }, (_, i): Cell[] => headers.map((h) => (h === "客户编码" ? `C${i}` : h === "客户名称" ? `客户${i} ${"很长的名字".repeat(4)}` : h === "客户等级" ? "B" : h === "负责客服" ? "S001" : null)));
  fake.put(customersSheet.name, "A2", rows);
  const t = fake.table(customersSheet.table);
  t.rect = { ...t.rect, rows: n + 1 };
  fake.stats.reset();
  return { fake, port };
}

describe("reading tables as Excel answers", () => {
  test("a host that answers a too-large response with GeneralException still gets the log, in slices", async () => {
    const { port } = await withCustomers(30000, { responseTooLarge: "GeneralException" });
    const log = await readLog(port);
    expect(log.customers).toHaveLength(30000);
    expect(log.customers[29999].record.code).toBe("C29999");
  });

  test("a table past the cells one read may return (RangeExceedsLimit) is read in slices", async () => {
    const { fake, port } = await withCustomers(3000, { responseBytes: Infinity, rangeCells: 40000 });
    const table = (await port.readTables([customersSheet.name]))[customersSheet.name]!;
    expect(table.rows).toHaveLength(3000);
    expect(fake.stats.syncs).toBeGreaterThan(2);
  });

  test("an error that is not about size is not hidden by retries", async () => {
    const { fake, port } = await withCustomers(10);
    fake.limits.rangeCells = 1;
    await expect(port.readTables([customersSheet.name])).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    expect(fake.stats.syncs).toBeLessThan(40);
  });
});

describe("tables found by their KH_* names", () => {
  test("a renamed 客户档案 is still read and written, and set-up makes no empty duplicate", async () => {
    const { fake, port } = await withCustomers(3);
    fake.sheet(customersSheet.name).name = "客户档案（旧）";
    const tables = await port.readTables([customersSheet.name]);
    expect(tables[customersSheet.name]!.rows.map((r) => r[0])).toEqual(["C0", "C1", "C2"]);
    expect(await setupWorkbook(port)).toEqual([]);
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "客户档案（旧）", ...SHEETS.slice(1).map((s) => s.name)]);
    const logged = await logEvent(port, "customers", { code: "C9", name: "新客户", grade: "A", rep: "S001" }, NOW, seededRandom(1));
    expect(logged).toMatchObject({ ok: true, row: 5 });
    expect(fake.values("客户档案（旧）", "A5")).toEqual([["C9"]]);
  });

  test("a table a user put on the sheet first does not take the log's place", async () => {
    const fake = createExcelFake();
    const port = new OfficeWorkbook(fake.run);
    await setupWorkbook(port);
    fake.put(followUpsSheet.name, "AA1", [["我的表", "数"], ["x", 1]]);
    const mine = fake.addTable(followUpsSheet.name, "AA1:AB2", "MyNotes");
    fake.model.tables = [mine, ...fake.model.tables.filter((t) => t !== mine)];
    const logged = await logEvent(port, "followUps", { customer: "C1", rep: "S001", occurredAt: NOW, description: "回访", gradeAfter: "B", status: "已完成" }, NOW, seededRandom(2));
    expect(logged).toMatchObject({ ok: true, row: 2 });
    const log = await readLog(port);
    expect(log.followUps.map((f) => f.record.description)).toEqual(["回访"]);
    expect(fake.values(followUpsSheet.name, "AA2:AB2")).toEqual([["x", 1]]);
  });
});
