import type { Log } from "../../src/domain/log";
import { dayRange } from "../../src/domain/periods";
import { computeAbc } from "../../src/app/abc";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { utcDate } from "../../src/domain/time";
import { abcReportSheet, ABC_SHEET } from "../../src/taskpane/abc-report";

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
    expect(summary.rows.map((r) => r.slice(0, 3))).toEqual([["A", 1, 0.2], ["B", 2, 0.4], ["C", 2, 0.4]]); // K3 has 90% above it: B
    expect(summary.rows.map((r) => r[5])).toEqual([0.2, 0.4, 0.4]);
    expect(summary.chart).toEqual({ title: "客户占比与理想比例", categoryColumn: 0, valueColumns: [2, 5] });
  });

  it("lists customers by sales, each code linked to its 客户档案 row, with the class held before", () => {
    const customers = sheet.blocks[1].rows;
    expect(customers[0]).toEqual([{ text: "K1", link: { sheet: "客户档案", cell: "B2" } }, "客户K1", "E1", 700, "A", "B"]);
    expect(customers.map((r) => (r[0] as { text: string }).text)).toEqual(["K1", "K2", "K3", "K4", "K5"]);
  });
});
