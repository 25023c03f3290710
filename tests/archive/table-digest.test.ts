import fc from "fast-check";
import { snapshotOf } from "../../src/archive/snapshot";
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
    ["a 15th digit", tables([["C001", "甲"], ["C002", 12.5000000000001], ["C003", true]])],
    ["a header renamed", tables(base, ["客户编码", "名称"])],
    ["the sheet missing", tables(undefined)],
    ["the sheet empty", tables([])],
  ])("%s gives another digest", (_what, changed) => {
    expect(digest(changed)).not.toBe(digest(tables(base)));
  });

  test("readings named otherwise differ", () => {
    expect(digest(tables(base), "rows/2")).not.toBe(digest(tables(base)));
  });

  /** The rows the archive builds from the tables (snapshot.ts): what an equal digest must promise. */
  const rows = (t: Record<string, TableData | undefined>) => snapshotOf(t).digest;

  test.each<[string, Record<string, TableData | undefined>, Cell[][]]>([
    ["columns moved", tables(base.map(([a, b]) => [b, a]), ["客户名称", "客户编码"]), base],
    ["a column without a header", tables(base.map((r, i) => [...r, `备注${i}`]), ["客户编码", "客户名称", null]), base],
    ["headers spelled otherwise (spaces, English)", tables(base, ["客户 编码", "Customer name"]), base],
    ["blank rows between", tables([[null, null], base[0], ["", ""], base[1], [], base[2], [null]]), base],
    ["an empty text for a blank cell", tables([...base, ["C004", ""]]), [...base, ["C004", null]]],
    ["a 16th digit (another writer's date-time)", tables([...base, ["C004", 46349.70069444444]]), [...base, ["C004", 46349.7006944444]]],
  ])("%s: the same digest, as the rows built are the same", (_what, same, reference) => {
    expect(rows(same)).toBe(rows(tables(reference)));
    expect(digest(same)).toBe(digest(tables(reference)));
  });

  test("a column people added is kept, so adding one or moving it among theirs gives another digest", () => {
    const one = tables(base.map((r, i) => [...r, `甲${i}`, `乙${i}`]), ["客户编码", "客户名称", "渠道", "介绍人"]);
    const moved = tables(base.map((r, i) => [...r, `乙${i}`, `甲${i}`]), ["客户编码", "客户名称", "介绍人", "渠道"]);
    expect(digest(one)).not.toBe(digest(tables(base)));
    expect(rows(moved)).not.toBe(rows(one));
    expect(digest(moved)).not.toBe(digest(one));
  });

  test("whenever two readings' digests are equal, the rows built from them are equal", () => {
    // a header twice (the second is a column of its own), and a column people added
    const headers = ["客户编码", "客户名称", "渠道", "客户编码", null];
    // headers the columns are found by whatever their order
    const distinct = ["客户编码", "客户名称", "渠道", null, "客户等级"];
    const cell = fc.oneof(fc.constantFrom<Cell>(null, "", "C1", "C2", " C1", "甲", true, false, 1, 12.5, 12.500000000000002, "12.5"));
    const table = fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { maxLength: 4 });
    const order = fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(table, table, order, (a, b, perm) => {
        const permute = (r: readonly Cell[]) => perm.map((i) => r[i] ?? null);
        const first = tables(a, headers);
        const second = tables(b.map(permute), permute(headers));
        if (digest(first) === digest(second)) expect(rows(second)).toBe(rows(first));
        // the same cells with their columns moved always pass on the digest
        expect(digest(tables(a.map(permute), permute(distinct)))).toBe(digest(tables(a, distinct)));
      }),
      { numRuns: 400 },
    );
  });

  test("long tables are hashed in blocks without losing a cell", () => {
    const long = Array.from({ length: 30_000 }, (_, i): Cell[] => [`C${i}`, i % 3 === 0 ? i / 7 : `名称 ${i}`]);
    const edited = long.map((r) => [...r]);
    edited[29_999][1] = "改";
    expect(digest(tables(long))).toBe(digest(tables(long.map((r) => [...r]))));
    expect(digest(tables(edited))).not.toBe(digest(tables(long)));
  });
});
