import { findTableRegion, gridOfRows, tableFromGrid } from "../../src/workbook/region";
import { parseSheet } from "../../src/workbook/codec/parse";
import { staffSheet } from "../../src/workbook";
import type { Cell } from "../../src/workbook/cell";

const grid = (rows: (Cell | undefined)[][]) => gridOfRows(rows.map((r) => [...r]));

describe("the table on a sheet, found once for every adapter", () => {
  test("a title above the header (merged across or in one cell): the header is found under it and 员工 keeps 工号 and 姓名", () => {
    for (const title of [["2026年员工名单", "2026年员工名单", "2026年员工名单"], ["2026年员工名单", null, null]]) {
      const rows = grid([title, ["工号", "姓名", "部门"], ["S001", "张三", "销售一部"], ["S002", "李四", "销售二部"]]);
      const table = tableFromGrid("员工", rows, findTableRegion(rows));
      expect(table.headers).toEqual(title);
      expect(table.rows).toHaveLength(3);
      const parsed = parseSheet(staffSheet, table);
      expect(parsed.problems).toEqual([]);
      expect(parsed.headerRow).toBe(2);
      expect(parsed.rows.map((r) => [r.row, r.record.id, r.record.name])).toEqual([[3, "S001", "张三"], [4, "S002", "李四"]]);
    }
  });

  test("an Excel table whose range starts at the title row reads the same", () => {
    const rows = grid([["2026年员工名单", null, null], ["工号", "姓名", "部门"], ["S001", "张三", "销售一部"]]);
    const table = tableFromGrid("员工", rows, findTableRegion(rows, { ref: "A1:C3", columnCount: 3 }));
    expect(parseSheet(staffSheet, table).rows.map((r) => [r.row, r.record.id])).toEqual([[3, "S001"]]);
  });

  test("a totals row (汇总行) is never data; blank rows inside are skipped and counted, trailing ones are not", () => {
    const rows = grid([["工号", "姓名", "部门"], ["S001", "张三", "销售一部"], [null, null, null], [], ["S002", "李四", "销售二部"], ["汇总", 2, null], []]);
    const table = tableFromGrid("员工", rows, findTableRegion(rows, { ref: "A1:C6", columnCount: 3, totalsRowCount: 1 }));
    expect(table.rows).toEqual([["S001", "张三", "销售一部"], ["S002", "李四", "销售二部"]]);
    expect(table.rowNumbers).toEqual([2, 5]);
    expect(table.blankRows).toBe(2);
    const parsed = parseSheet(staffSheet, table);
    expect(parsed.problems).toEqual([]);
    expect(parsed.blankRows).toBe(2);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  test("a blank row the adapter hands over (Excel's own table body) is skipped and counted by the codec", () => {
    const parsed = parseSheet(staffSheet, { sheet: "员工", headers: ["工号", "姓名"], rows: [["S001", "张三"], [null, " "], ["S002", "李四"], [null, null]], headerRow: 1, firstColumn: 0 });
    expect(parsed.problems).toEqual([]);
    expect(parsed.blankRows).toBe(1);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 4]);
  });
});
