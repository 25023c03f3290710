import { createExcelFake, type ExcelFake } from "../support/excel-fake";

/** What the strict fake refuses as Excel does (tests/support/excel-fake/guards.ts cites the pages). */
async function attempt(fake: ExcelFake, f: (ctx: Excel.RequestContext) => void): Promise<unknown> {
  return fake.run(async (ctx) => {
    f(ctx);
    await ctx.sync();
  });
}

function withTable(): ExcelFake {
  const fake = createExcelFake();
  fake.put("Sheet1", "A1", [["编号", "名称"], ["1", "甲"], ["2", "乙"]]);
  fake.addTable("Sheet1", "A1:B3", "T");
  return fake;
}

describe("the strict fake refuses what Excel refuses", () => {
  test("table names are checked as Excel checks them: InvalidArgument for a bad name, ItemAlreadyExists for a taken one", async () => {
    const fake = withTable();
    fake.put("Sheet1", "D1", [["x"], ["1"]]);
    const other = fake.addTable("Sheet1", "D1:D2", "Other");
    for (const bad of ["T1", "kh1", "R1C1", "r", "C", "RC2", "1st", "a b", "TRUE", "名-单", "x".repeat(256)]) {
      await expect(attempt(fake, (ctx) => void (ctx.workbook.tables.getItem("Other").name = bad))).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await expect(attempt(fake, (ctx) => void (ctx.workbook.tables.getItem("Other").name = "t"))).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    for (const good of ["KH_Customers", "_x", "\\y", "客户表", "XFE1", "Sales.2026"]) {
      await attempt(fake, (ctx) => void (ctx.workbook.tables.getItem(other.name).name = good));
      expect(other.name).toBe(good);
    }
  });

  test("a protected sheet answers AccessDenied to every change, and Worksheet.protection says so", async () => {
    const fake = withTable();
    fake.sheet("Sheet1").isProtected = true;
    const before = JSON.stringify(fake.sheet("Sheet1").snapshot());
    const changes: ((ctx: Excel.RequestContext) => void)[] = [
      (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A4:B4").values = [["3", "丙"]]),
      (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A2").numberFormat = [["@"]]),
      (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").getRange("A10:B10").insert("Down"),
      (ctx) => ctx.workbook.tables.getItem("T").resize("A1:B5"),
      (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").getRange("A2:A3").conditionalFormats.add("Custom"),
      (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.bold = true),
    ];
    for (const change of changes) await expect(attempt(fake, change)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(JSON.stringify(fake.sheet("Sheet1").snapshot())).toBe(before);
    const seen = await fake.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem("Sheet1").protection.load("protected");
      await ctx.sync();
      return p.protected;
    });
    expect(seen).toBe(true);
  });

  test("merged cells: a table does not take them in, a write does not cover part of one, an insert does not split one (MergedRangeConflict)", async () => {
    const fake = withTable();
    fake.merge("Sheet1", "A5:C5");
    await expect(attempt(fake, (ctx) => ctx.workbook.tables.getItem("T").resize("A1:B5"))).rejects.toMatchObject({ code: "MergedRangeConflict" });
    await expect(attempt(fake, (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A5:B5").values = [["x", "y"]]))).rejects.toMatchObject({ code: "MergedRangeConflict" });
    await expect(attempt(fake, (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").getRange("A4:B4").insert("Down"))).rejects.toMatchObject({ code: "MergedRangeConflict" });
    // Written whole, a merged cell takes a value; an insert over all its columns moves it down.
    await attempt(fake, (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A5:C5").values = [["标题", "", ""]]));
    await attempt(fake, (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").getRange("A4:C4").insert("Down"));
    expect(fake.sheet("Sheet1").merges).toEqual([{ row: 5, column: 0, rows: 1, columns: 3 }]);
    const areas = await fake.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B10").getMergedAreasOrNullObject().load("address,areaCount");
      const none = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B3").getMergedAreasOrNullObject().load("areaCount");
      await ctx.sync();
      return { address: a.address, count: a.areaCount, none: none.isNullObject };
    });
    expect(areas).toEqual({ address: "Sheet1!A6:C6", count: 1, none: true });
  });

  test("a filtered table neither grows nor lets cells shift through it (FilteredRangeConflict); values below it stay outside", async () => {
    const fake = withTable();
    fake.table("T").filtered = true;
    await expect(attempt(fake, (ctx) => ctx.workbook.tables.getItem("T").resize("A1:B4"))).rejects.toMatchObject({ code: "FilteredRangeConflict" });
    await expect(attempt(fake, (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").getRange("A2:B2").insert("Down"))).rejects.toMatchObject({ code: "FilteredRangeConflict" });
    await attempt(fake, (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A4:B4").values = [["3", "丙"]]));
    expect(fake.table("T").rect.rows).toBe(3);
    const filtered = await fake.run(async (ctx) => {
      const f = ctx.workbook.tables.getItem("T").autoFilter;
      f.load("isDataFiltered");
      await ctx.sync();
      return f.isDataFiltered;
    });
    expect(filtered).toBe(true);
  });

  test("formats, drop-downs and conditional formats over more than 33,554,000 cells are refused on the web (OperationCellsExceedLimit), not on desktop", async () => {
    const web = withTable();
    // 39 columns down to the last row: the ~40.9 M cells an overdue mark over a whole table would cover.
    const wide = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("Sheet1").getRange("A2:AM1048576");
    await expect(attempt(web, (ctx) => void wide(ctx).conditionalFormats.add("Custom"))).rejects.toMatchObject({ code: "OperationCellsExceedLimit" });
    await expect(attempt(web, (ctx) => void (wide(ctx).numberFormat = [["@"]]))).rejects.toMatchObject({ code: "OperationCellsExceedLimit" });
    await expect(attempt(web, (ctx) => void (wide(ctx).dataValidation.rule = { list: { inCellDropDown: true, source: "甲,乙" } }))).rejects.toMatchObject({ code: "OperationCellsExceedLimit" });
    await attempt(web, (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").getRange("A2:A1048576").conditionalFormats.add("Custom"));
    const desktop = createExcelFake({ operationCells: Infinity });
    await attempt(desktop, (ctx) => void wide(ctx).conditionalFormats.add("Custom"));
    expect(desktop.sheet("Sheet1").conditionalFormats).toHaveLength(1);
  });
});
