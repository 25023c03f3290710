import type { Log } from "../../src/domain/log";
import { dayRange } from "../../src/domain/periods";
import { computeAbc } from "../../src/app/abc";
import { abcReportSheet, ABC_SHEET, writeAbcReport } from "../../src/app/abc-report";
import { readLog } from "../../src/app/read-log";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { utcDate } from "../../src/domain/time";
import { OfficeWorkbook } from "../../src/io/office/office-workbook";
import { createExcelFake } from "../support/excel-fake";

const order = (customer: string, amount: number) => ({ row: 2, record: { id: `WL${customer}`, customer, rep: "E1", occurredAt: utcDate(2026, 2, 10), description: "订单", status: "已完成", txType: "订单", amount } });
const log = {
  customers: ["K1", "K2", "K3", "K4", "K5"].map((code, i) => ({ row: i + 2, record: { code, name: `客户${code}`, grade: "B", rep: "E1", abc: i === 0 ? "B" : undefined } })),
  transactions: [order("K1", 700), order("K2", 200), order("K3", 60), order("K4", 40), order("K5", 0)],
  settings: DEFAULT_SETTINGS,
} as unknown as Log;

describe("the ABC sheet", () => {
  const result = computeAbc(log, dayRange(utcDate(2026, 1, 1), utcDate(2026, 3, 31)));
  const sheet = abcReportSheet(result, utcDate(2026, 4, 1), "B");

  it("compares the mix with the ideal 20/40/40 and charts customer share beside it", () => {
    const [summary] = sheet.blocks;
    expect(sheet.sheet).toBe(ABC_SHEET);
    expect(sheet.subtitle).toContain("2026-01-01 至 2026-03-31");
    expect(summary.rows.map((r) => r.slice(0, 3))).toEqual([["A", 1, 0.2], ["B", 2, 0.4], ["C", 2, 0.4]]); // K3 has 90% above it: B
    expect(summary.rows.map((r) => r[5])).toEqual([0.2, 0.4, 0.4]);
    expect(summary.chart).toEqual({ title: "客户占比与理想比例", categoryColumn: 0, valueColumns: [2, 5] });
  });

  it("lists customers by sales, each code linked to its 客户档案 row, with the class held before", () => {
    const customers = sheet.blocks[1];
    expect(customers.headers).toEqual(["客户编码", "客户名称", "负责客服", "销售额", "ABC类", "原ABC类"]);
    expect(customers.rows[0]).toEqual([{ text: "K1", link: { sheet: "客户档案", cell: "B2" } }, "客户K1", "E1", 700, "A", "B"]);
    expect(customers.rows.map((r) => (r[0] as { text: string }).text)).toEqual(["K1", "K2", "K3", "K4", "K5"]);
  });

  it("links to where 客户编码 really is when the workbook moved it away from column A", async () => {
    const fake = createExcelFake();
    // A 客户档案 someone laid out themselves: name first, the code in column C
    fake.model.addSheet("客户档案");
    fake.put("客户档案", "A1", [["客户名称", "负责客服", "客户编码", "客户等级"], ["北京华信", "E1", "K1", "B"], ["上海永达", "E1", "K2", "C"]]);
    fake.addTable("客户档案", "A1:D3", "KH_Customers");
    const port = new OfficeWorkbook(fake.run);
    await setupWorkbook(port);
    await appendRecords(port, { transactions: [order("K2", 900).record, order("K1", 100).record] });
    expect((await readLog(port, { sheets: ["customers"] })).letters.customers.code).toBe("C");

    const run = await writeAbcReport(port, { today: utcDate(2026, 4, 1), from: utcDate(2026, 1, 1), to: utcDate(2026, 3, 31) });
    expect(run.customers.map((c) => [c.code, c.abc])).toEqual([["K2", "A"], ["K1", "B"]]);
    const links = [...fake.sheet(ABC_SHEET).hyperlinks.values()].map((l) => l.documentReference);
    expect(links).toEqual(["'客户档案'!C3", "'客户档案'!C2"]);
    // and 客户档案's ABC类 was written where the column was added
    const after = await readLog(port, { sheets: ["customers"] });
    expect(after.customers.map((c) => [c.record.code, c.record.abc])).toEqual([["K1", "B"], ["K2", "A"]]);
  });
});
