/**
 * The drop-downs of the committed template, read with openpyxl (a reader independent of ours): every
 * column a spec declares with a list (工作方案's 周期, 方案类型, 方式 and 状态 among them) has a list
 * validation over its data rows holding exactly the spec's values in order, and no other column has one.
 */
import { execFileSync } from "child_process";
import { join } from "path";
import { SHEETS } from "../../src/workbook";
import { columnLetter } from "../../src/workbook/cell";
import { openpyxlPython } from "../support/package-snapshot";

const TEMPLATE = join(__dirname, "..", "..", "templates", "客户日志-模板.xlsx");
const python = openpyxlPython();
const maybe = python ? test : test.skip;

const DUMP = `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = [{"type": dv.type, "formula": dv.formula1, "ranges": [str(r) for r in dv.sqref.ranges]} for dv in ws.data_validations.dataValidation]
print(json.dumps(out, ensure_ascii=False))
`;

maybe("every list column of every sheet has its drop-down from the spec, and only list columns have one", () => {
  const found = JSON.parse(execFileSync(python!, ["-c", DUMP, TEMPLATE]).toString("utf8")) as Record<string, { type: string; formula: string; ranges: string[] }[]>;
  const plans = SHEETS.find((s) => s.key === "plans")!;
  expect(plans.columns.filter((c) => c.list).map((c) => c.header)).toEqual(["周期", "方案类型", "方式", "状态"]);
  for (const spec of SHEETS) {
    const expected = spec.columns.flatMap((c, i) => (c.list ? [{ column: columnLetter(i), formula: `"${c.list.join(",")}"` }] : []));
    const lists = (found[spec.name] ?? []).filter((v) => v.type === "list");
    const actual = lists.flatMap((v) => v.ranges.map((r) => ({ column: r.replace(/\d.*$/, ""), formula: v.formula, from: r.match(/^[A-Z]+(\d+)/)![1] })));
    expect([spec.name, actual.map(({ column, formula }) => ({ column, formula })).sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column))]).toEqual([spec.name, expected]);
    for (const a of actual) expect([spec.name, a.column, a.from]).toEqual([spec.name, a.column, "2"]);
  }
});
