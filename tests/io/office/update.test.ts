import { setupWorkbook } from "../../../src/app/setup";
import { OfficeWorkbook } from "../../../src/io/office/office-workbook";
import type { Cell, CellUpdate } from "../../../src/io/port";
import { customersSheet } from "../../../src/workbook";
import { rowKey } from "../../../src/workbook/sheet";
import { createExcelFake, type ExcelFake } from "../../support/excel-fake";

const GRADE = customersSheet.columns.find((c) => c.key === "grade")!.header;

/** 客户档案 with customers C1…Cn (grade A) on rows 2…n+1. */
async function ready(n: number): Promise<{ fake: ExcelFake; port: OfficeWorkbook }> {
  const fake = createExcelFake();
  const port = new OfficeWorkbook(fake.run);
  await setupWorkbook(port);
  const headers = (await port.readHeaders([customersSheet.name]))[customersSheet.name] as string[];
  const rows = Array.from({ length: n }, (_, i): Cell[] => headers.map((h) => (h === "客户编码" ? `C${i + 1}` : h === GRADE ? "A" : h === "客户名称" ? `客户${i + 1}` : null)));
  await port.appendRows(customersSheet.name, rows, headers);
  fake.stats.reset();
  return { fake, port };
}

const grade = (code: string, row: number, value: string): CellUpdate => ({ row, key: rowKey(customersSheet, code), header: GRADE, value });

/** Code → grade as the sheet holds them now. */
async function grades(port: OfficeWorkbook): Promise<Record<string, Cell>> {
  const t = (await port.readTables([customersSheet.name]))[customersSheet.name]!;
  const [code, g] = [t.headers.indexOf("客户编码"), t.headers.indexOf(GRADE)];
  return Object.fromEntries(t.rows.map((r) => [String(r[code]), r[g]]));
}

describe("keyed updates while a co-author edits the table", () => {
  test("the usual case costs two round trips: the table's columns, then the checked write", async () => {
    const { fake, port } = await ready(5);
    await port.updateCells(customersSheet.name, [grade("C2", 3, "B"), grade("C4", 5, "C")]);
    expect(fake.stats.syncs).toBe(2);
    expect(await grades(port)).toMatchObject({ C1: "A", C2: "B", C3: "A", C4: "C", C5: "A" });
  });

  test("a co-author sorted the table after our read: each value still lands on its customer", async () => {
    const { fake, port } = await ready(5);
    fake.coauthor(customersSheet.table).sort("客户编码", true);
    await port.updateCells(customersSheet.name, [grade("C2", 3, "B"), grade("C4", 5, "C")]);
    expect(await grades(port)).toEqual({ C1: "A", C2: "B", C3: "A", C4: "C", C5: "A" });
  });

  test("rows inserted between finding the columns and writing: the write is undone where it missed and redone by key", async () => {
    const { fake, port } = await ready(5);
    // Lands between our first request (the table's columns) and the second (the write).
    fake.at(2, () => fake.coauthor(customersSheet.table).insertRows(0, [["C-NEW", "新客户"]]));
    await port.updateCells(customersSheet.name, [grade("C2", 3, "B")]);
    expect(await grades(port)).toMatchObject({ "C-NEW": "", C1: "A", C2: "B", C3: "A" });
    // The cell first written by mistake (C1's, on row 3 after the insert) holds its old value.
    expect(fake.values(customersSheet.name, "A3")).toEqual([["C1"]]);
  });

  test("a customer a co-author deleted is refused, and nothing of the batch is written", async () => {
    const { fake, port } = await ready(5);
    fake.coauthor(customersSheet.table).deleteRows(1, 1);
    await expect(port.updateCells(customersSheet.name, [grade("C1", 2, "D"), grade("C2", 3, "B")])).rejects.toThrow(/客户档案: no row holds 客户编码 “C2”/);
    expect(await grades(port)).toEqual({ C1: "A", C3: "A", C4: "A", C5: "A" });
  });

  test("a co-author who keeps moving rows makes the update give up with everything as it was", async () => {
    const { fake, port } = await ready(5);
    // Requests per try: the table (and, after a miss, its keys), the write, the undo. The sort lands just before each write.
    [2, 6, 10].forEach((n, i) => fake.at(n, () => fake.coauthor(customersSheet.table).sort("客户编码", i % 2 === 0)));
    await expect(port.updateCells(customersSheet.name, [grade("C2", 3, "B")])).rejects.toThrow(/kept moving/);
    expect(Object.values(await grades(port))).toEqual(["A", "A", "A", "A", "A"]);
  });
});
