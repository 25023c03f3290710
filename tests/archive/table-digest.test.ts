import { tablesDigest } from "../../src/archive/table-digest";
import type { TableData } from "../../src/io/port";
import type { Cell } from "../../src/workbook/cell";

const SHEETS = ["客户档案", "往来帐"];

function tables(customers: Cell[][] | undefined, headers: Cell[] = ["客户编码", "客户名称"]): Record<string, TableData | undefined> {
  return {
    客户档案: customers && { sheet: "客户档案", headers, rows: customers, headerRow: 1, firstColumn: 0 },
    往来帐: { sheet: "往来帐", headers: ["事件编号"], rows: [["SJ-1"]], headerRow: 1, firstColumn: 0 },
  };
}

const digest = (t: Record<string, TableData | undefined>, prefix = "rows/1") => tablesDigest(prefix, SHEETS, t);

describe("tablesDigest", () => {
  const base: Cell[][] = [["C001", "甲"], ["C002", 12.5], ["C003", true]];

  test("equal tables give equal digests, whatever else the reader left in TableData", () => {
    const other = tables(base.map((r) => [...r]));
    other.客户档案!.headerRow = 7;
    expect(digest(other)).toBe(digest(tables(base)));
  });

  test.each<[string, Record<string, TableData | undefined>]>([
    ["a text edited", tables([["C001", "乙"], ["C002", 12.5], ["C003", true]])],
    ["a number as text", tables([["C001", "甲"], ["C002", "12.5"], ["C003", true]])],
    ["a boolean as text", tables([["C001", "甲"], ["C002", 12.5], ["C003", "true"]])],
    ["text moved between cells", tables([["C001甲", ""], ["C002", 12.5], ["C003", true]])],
    ["a cell moved to the next row", tables([["C001"], ["甲", "C002", 12.5], ["C003", true]])],
    ["a row left out", tables([["C001", "甲"], ["C002", 12.5]])],
    ["a 16th digit", tables([["C001", "甲"], ["C002", 12.500000000000002], ["C003", true]])],
    ["a header renamed", tables(base, ["客户编码", "名称"])],
    ["the sheet missing", tables(undefined)],
    ["the sheet empty", tables([])],
  ])("%s gives another digest", (_what, changed) => {
    expect(digest(changed)).not.toBe(digest(tables(base)));
  });

  test("a blank row and an empty text row differ, and so do readings named otherwise", () => {
    expect(digest(tables([...base, [null, null]]))).not.toBe(digest(tables([...base, ["", null]])));
    expect(digest(tables(base), "rows/2")).not.toBe(digest(tables(base)));
  });

  test("long tables are hashed in blocks without losing a cell", () => {
    const long = Array.from({ length: 30_000 }, (_, i): Cell[] => [`C${i}`, i % 3 === 0 ? i / 7 : `名称 ${i}`]);
    const edited = long.map((r) => [...r]);
    edited[29_999][1] = "改";
    expect(digest(tables(long))).toBe(digest(tables(long.map((r) => [...r]))));
    expect(digest(tables(edited))).not.toBe(digest(tables(long)));
  });
});
