import { readLog } from "../../src/app/read-log";
import { setupWorkbook } from "../../src/app/setup";
import { customersSheet, followUpsSheet, SHEETS } from "../../src/workbook";
import type { Cell } from "../../src/io/port";
import { officeHarness, xlsxHarness, type PortHarness } from "./contract/harness";

const ROWS = 10000;
const GRADES = ["A", "B", "C", "D", "E"];

/** An older workbook: 客户档案 with a few columns, a user column in the middle and one at the end, 10,000 rows; a user's own sheet. */
function olderCustomers(): { headers: string[]; rows: Cell[][] } {
  const headers = ["客户编码", "客户名称", "我的分组", "客户等级", "负责客服", "我的备注"];
  const rows = Array.from({ length: ROWS }, (_, i): Cell[] => [`C${String(i).padStart(5, "0")}`, `客户${i}`, `组${i % 7}`, GRADES[i % 5], `S${i % 13}`, i % 3 ? `=备注${i}` : null]);
  return { headers, rows };
}

async function upgrade(h: PortHarness, reopen = true) {
  const customers = olderCustomers();
  await h.seedTable(customersSheet.name, "OldCustomers", customers.headers, customers.rows);
  await h.seedTable("我的笔记", "Notes", ["日期", "笔记"], [[46000, "周一拜访华东"], [46001, "=不是公式"]]);
  await h.seedTable(followUpsSheet.name, "OldFollowUps", ["事件编号", "客户编码", "客服工号", "发生时间", "事件描述", "跟进后等级", "处理状态"], [["GJ-1", "C00001", "S1", 46000.25, "首次拜访", "B", "已完成"]]);

  const changes = await setupWorkbook(h.port);
  const customerChange = changes.find((c) => c.sheet === customersSheet.name)!;
  expect(customerChange.createdSheet).toBe(false);
  expect(customerChange.addedColumns).toEqual(customersSheet.columns.map((c) => c.header).filter((x) => !customers.headers.includes(x)));
  expect(changes.filter((c) => c.createdSheet).map((c) => c.sheet)).toEqual(SHEETS.map((s) => s.name).filter((n) => n !== customersSheet.name && n !== followUpsSheet.name));

  if (reopen) await h.reopen();
  const names = await h.port.sheetNames();
  expect(names).toContain("我的笔记");
  const tables = await h.port.readTables([customersSheet.name, "我的笔记", followUpsSheet.name]);
  const table = tables[customersSheet.name]!;
  expect(table.headers.slice(0, customers.headers.length)).toEqual(customers.headers);
  expect(table.rows).toHaveLength(ROWS);
  const width = customers.headers.length;
  expect(table.rows.map((r) => r.slice(0, width).map((v) => (v === "" ? null : v)))).toEqual(customers.rows);
  expect(tables["我的笔记"]!.rows).toEqual([[46000, "周一拜访华东"], [46001, "=不是公式"]]);
  expect(tables[followUpsSheet.name]!.rows[0].slice(0, 7)).toEqual(["GJ-1", "C00001", "S1", 46000.25, "首次拜访", "B", "已完成"]);

  const log = await readLog(h.port);
  expect(log.customers).toHaveLength(ROWS);
  expect(log.customers[ROWS - 1]).toMatchObject({ row: ROWS + 1, record: { code: "C09999", grade: GRADES[(ROWS - 1) % 5] } });
  expect(log.followUps).toHaveLength(1);

  const again = await setupWorkbook(h.port);
  expect(again).toEqual([]);
  expect(await h.port.readTables([customersSheet.name, "我的笔记", followUpsSheet.name])).toEqual(tables);
}

describe("upgrading an older workbook keeps every user column, sheet and row", () => {
  test("Office.js adapter on the strict fake (and the second set-up leaves Excel's state identical)", async () => {
    const h = officeHarness();
    await upgrade(h);
    const before = JSON.stringify(h.fake.model.sheets.map((s) => s.snapshot()));
    h.fake.stats.reset();
    expect(await setupWorkbook(h.port)).toEqual([]);
    expect(h.fake.stats.syncs).toBeLessThanOrEqual(4);
    expect(JSON.stringify(h.fake.model.sheets.map((s) => s.snapshot()))).toBe(before);
  });

  test("exceljs adapter (in memory: saving and reopening 10,000 rows takes ~20 s; the contract suite covers reopening)", async () => {
    await upgrade(xlsxHarness(), false);
  });

  test("Office.js adapter: a plain range with headers (no table yet) becomes the table, rows and user columns kept", async () => {
    const h = officeHarness();
    h.fake.put(customersSheet.name, "A1", [["客户编码", "客户名称", "自定义", "客户等级", "负责客服"], ["C1", "甲", "x", "A", "S1"], ["C2", "乙", "y", "B", "S2"]]);
    const changes = await setupWorkbook(h.port);
    expect(changes.find((c) => c.sheet === customersSheet.name)).toMatchObject({ createdSheet: false });
    const table = (await h.port.readTables([customersSheet.name]))[customersSheet.name]!;
    expect(table.rows.map((r) => r.slice(0, 5))).toEqual([["C1", "甲", "x", "A", "S1"], ["C2", "乙", "y", "B", "S2"]]);
    expect(h.fake.table(customersSheet.table).rect).toMatchObject({ row: 0, column: 0, rows: 3 });
    expect(await setupWorkbook(h.port)).toEqual([]);
  });
});
