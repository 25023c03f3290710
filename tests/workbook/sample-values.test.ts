import { samplesSheet } from "../../src/workbook";
import type { AnyColumn } from "../../src/workbook/column";
import type { Cell } from "../../src/workbook/cell";
import { parseSheet } from "../../src/workbook/codec/parse";
import { formatProblem } from "../../src/workbook/problems";

const columns: readonly AnyColumn[] = samplesSheet.columns;
const letter = (key: string) => String.fromCharCode(65 + columns.findIndex((c) => c.key === key));
const row = (values: Record<string, Cell>): Cell[] => columns.map((c) => values[c.key] ?? null);
const issue = (value: Cell, quantity: Cell) => row({ id: `YP${String(value)}${String(quantity)}`, customer: "C1", rep: "S1", occurredAt: "2026-11-02 10:00", description: "发放", status: "已完成", itemType: "样品", item: "试饮装", quantity, value });

test("a negative 价值 or 数量 on 样品物料 is a problem naming the cell, and the row is not read", () => {
  const parsed = parseSheet(samplesSheet, { sheet: samplesSheet.name, headers: columns.map((c) => c.header), rows: [issue(-120, 3), issue(300, -5), issue(0, 0)], headerRow: 1, firstColumn: 0 });
  expect(parsed.problems.map((p) => p.cell)).toEqual([`${letter("value")}2`, `${letter("quantity")}3`]);
  expect(formatProblem(parsed.problems[0])).toBe(`样品物料!${letter("value")}2 价值：“-120”无效：数值过小：期望 number >=0`);
  expect(formatProblem(parsed.problems[0], "en")).toMatch(new RegExp(`^样品物料!${letter("value")}2 价值: .*-120.*>=0`));
  expect(parsed.rows.map((r) => r.row)).toEqual([4]);
});
