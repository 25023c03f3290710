import { createExcelFake } from "../support/excel-fake";
import { OfficeWorkbook } from "../../src/io/office/office-workbook";
import type { WorkbookPort } from "../../src/io/port";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { readLog } from "../../src/app/read-log";

describe("reading only the sheets a use case needs", () => {
  it("reads 客户档案 and 设置 in one batch and parses them", async () => {
    const fake = createExcelFake();
    const port = new OfficeWorkbook(fake.run);
    await setupWorkbook(port);
    await appendRecords(port, { customers: [{ code: "KH1", name: "北京华信", grade: "B", rep: "E1" }], transactions: [{ id: "WL1", customer: "KH1", rep: "E1", occurredAt: new Date(Date.UTC(2026, 0, 5)), description: "订单", txType: "订单", amount: 5, status: "已完成" }] });
    const asked: string[][] = [];
    const spy: WorkbookPort = Object.assign(Object.create(port) as WorkbookPort, {
      readTables: (sheets: readonly string[]) => {
        asked.push([...sheets]);
        return port.readTables(sheets);
      },
    });
    fake.stats.reset();
    const part = await readLog(spy, { sheets: ["customers"] });
    expect(asked).toEqual([["客户档案", "设置"]]);
    expect(fake.stats.runs).toBe(1);
    expect(part.customers.map((c) => c.record)).toEqual([{ code: "KH1", name: "北京华信", grade: "B", rep: "E1" }]);
    expect(part.settings.cadenceDays.B).toBe(7);
    expect(part.problems).toEqual([]);
    expect("transactions" in part).toBe(false);
    expect("settings" in (await readLog(port, { sheets: [] }))).toBe(true);
  });
});
