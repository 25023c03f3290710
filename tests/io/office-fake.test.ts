import { createExcelFake } from "../support/excel-fake";

/** The strict fake must behave like Excel where the adapter's correctness depends on it. */
describe("the strict Excel fake", () => {
  test("a property cannot be read before load + sync, and writes only land at sync", async () => {
    const fake = createExcelFake();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.values = [["a", 1]];
      expect(fake.values("Sheet1", "A1:B1")).toEqual([["", ""]]);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(fake.stats.syncs).toBe(1);
  });

  test("a load sees the state at its place in the batch", async () => {
    const fake = createExcelFake();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const before = range.load("values");
      range.values = [["after"]];
      const after = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await ctx.sync();
      expect(before.values).toEqual([[""]]);
      expect(after.values).toEqual([["after"]]);
    });
  });

  test("written strings are read as Excel reads typing, unless the cell is text or the string has an apostrophe", async () => {
    const fake = createExcelFake();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:H1").values = [["=1+1", "0075", "TRUE", "2026-03-05", "-abc", "'=1+1", "12%", "plain"]];
      const text = ws.getRange("A2:B2");
      text.numberFormat = [["@", "@"]];
      text.values = [["=1+1", "0075"]];
      await ctx.sync();
    });
    expect(fake.values("Sheet1", "A1:H1")).toEqual([[2, 75, true, 46086, "#NAME?", "=1+1", 0.12, "plain"]]);
    expect(fake.formula("Sheet1", "A1")).toBe("=1+1");
    expect(fake.formula("Sheet1", "E1")).toBe("=-abc");
    expect(fake.formula("Sheet1", "F1")).toBeUndefined();
    expect(fake.values("Sheet1", "A2:B2")).toEqual([["=1+1", "0075"]]);
    expect(fake.formula("Sheet1", "A2")).toBeUndefined();
  });

  test("null in a 2-D array leaves a cell alone; \"\" clears it; a wrong shape is refused", async () => {
    const fake = createExcelFake();
    fake.put("Sheet1", "A1", [["keep", "clear"]]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, ""]];
      await ctx.sync();
    });
    expect(fake.values("Sheet1", "A1:B1")).toEqual([["keep", ""]]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [["a", "b"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("getItem of a missing sheet fails at sync; getItemOrNullObject gives a null object after sync", async () => {
    const fake = createExcelFake();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("无");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem("无").getRange("A1").load("values");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("a table made from a header row alone gets one blank body row; resize keeps the header where it is; rows.add is refused", async () => {
    const fake = createExcelFake();
    fake.put("Sheet1", "B2", [["甲", "乙", "甲"]]);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const t = ws.tables.add("B2:D2", true);
      t.name = "Orders";
      const body = t.getDataBodyRange().load("address,rowCount");
      const header = t.getHeaderRowRange().load("values");
      await ctx.sync();
      expect(body.address).toBe("Sheet1!B3:D3");
      expect(header.values).toEqual([["甲", "乙", "甲2"]]);
      t.resize("C2:D9");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      t.resize(t.getRange().getResizedRange(2, 0));
      const after = t.getRange().load("address");
      await ctx.sync();
      expect(after.address).toBe("Sheet1!B2:D5");
      expect(() => t.rows.add()).toThrow(/rows\.add/);
    });
  });

  test("every sync's request and response are measured, and an over-limit response is refused", async () => {
    const fake = createExcelFake({ responseBytes: 1000 });
    fake.put("Sheet1", "A1", Array.from({ length: 100 }, (_, i) => [`第${i}行的文字`]));
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.stats.records[0].responseBytes).toBeGreaterThan(1000);
    expect(fake.stats.records[0].requestBytes).toBeGreaterThan(0);
  });
});
