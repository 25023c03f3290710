import { OfficeWorkbook } from "../../../src/io/office/office-workbook";
import type { ReportCell, ReportSheet } from "../../../src/io/port";
import { createExcelFake, FIVE_MB } from "../../support/excel-fake";

/** A report with one link per customer, as the ABC and 路序 reports make them. */
function linkedReport(customers: number, title = "ABC 分类"): ReportSheet {
  const rows = Array.from({ length: customers }, (_, i): ReportCell[] => [
    { text: `C${String(i).padStart(5, "0")} 华东五金有限公司`, link: { sheet: "客户档案", cell: `B${i + 2}` } },
    "ABC"[i % 3],
    1000 + i,
  ]);
  return { sheet: "ABC", title, blocks: [{ headers: ["客户", "类", "金额"], rows }] };
}

describe("reports in Excel on the web's request limit", () => {
  test("the fake counts a request as Office.js builds it: a hyperlink on a fresh cell costs some 300 bytes beyond its sheet", async () => {
    const fake = createExcelFake();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(1234, 0, 1, 1).hyperlink = { documentReference: "'客户档案'!B12345", textToDisplay: "C12345 华东五金有限公司" };
      await ctx.sync();
    });
    // The worksheet's path and its instantiate action, the range's path and its instantiate action, the set action.
    expect(fake.stats.records[0].requestBytes).toBeGreaterThan(400);
    expect(fake.stats.records[0].requestBytes).toBeLessThan(600);
  });

  test("20,000 linked customers: every request under 5 MB, every link in place", async () => {
    const fake = createExcelFake();
    const port = new OfficeWorkbook(fake.run);
    await port.writeReport(linkedReport(20000));
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(FIVE_MB);
    const ws = fake.sheet("ABC");
    expect(ws.hyperlinks.size).toBe(20000);
    expect(ws.hyperlinks.get((3 + 19999) * 16384)).toEqual({ documentReference: "'客户档案'!B20001", textToDisplay: "C19999 华东五金有限公司" });
  });

  test("a request Excel still refuses is split and sent again", async () => {
    const fake = createExcelFake({ requestBytes: 1024 * 1024 });
    const port = new OfficeWorkbook(fake.run);
    await port.writeReport(linkedReport(6000));
    expect(fake.stats.records.some((r) => r.requestBytes > 1024 * 1024)).toBe(true);
    expect(fake.sheet("ABC").hyperlinks.size).toBe(6000);
  });

  test("a report that fails half-way leaves the old report as it was and no half-built sheet", async () => {
    const fake = createExcelFake();
    const port = new OfficeWorkbook(fake.run);
    await port.writeReport(linkedReport(10, "旧报表"));
    const before = JSON.stringify(fake.sheet("ABC").snapshot());
    const names = fake.model.sheets.map((s) => s.name);
    // The links go out first; then one row no split can bring under 5 MB (60 cells of 30,000 characters).
    const huge = linkedReport(5000, "新报表");
    const wide = Array.from({ length: 60 }, () => "很".repeat(30000));
    const failing = { ...huge, blocks: [...huge.blocks, { headers: wide.map((_w, i) => `列${i}`), rows: [wide] }] };
    await expect(port.writeReport(failing)).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.model.sheets.map((s) => s.name)).toEqual(names);
    expect(JSON.stringify(fake.sheet("ABC").snapshot())).toBe(before);
  });
});
