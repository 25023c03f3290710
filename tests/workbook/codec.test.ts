import fc from "fast-check";
import { complaintsSheet, customersSheet, followUpsSheet, SHEETS, staffSheet, transactionsSheet } from "../../src/workbook";
import type { AnyColumn } from "../../src/workbook/column";
import { parseSheet } from "../../src/workbook/codec/parse";
import { encodeRecordInSpecOrder } from "../../src/workbook/codec/record";
import { validateRecord } from "../../src/workbook/codec/validate";
import { formatProblem } from "../../src/workbook/problems";
import type { Cell } from "../../src/workbook/cell";
import { dateFromSerial, utcDate } from "../../src/domain/time";

function table(spec: { name: string; columns: readonly AnyColumn[] }, rows: Cell[][], headers = spec.columns.map((c) => c.header)) {
  return { sheet: spec.name, headers, rows, headerRow: 1, firstColumn: 0 };
}

function row(spec: { columns: readonly AnyColumn[] }, values: Record<string, Cell>): Cell[] {
  return spec.columns.map((c) => values[c.key] ?? null);
}

const complaint = { id: "TS1", customer: "C001", rep: "S001", occurredAt: "2026-3-5 14:30", description: "包装破损", complaintKind: "产品质量", status: "处理中" };

describe("reading what people really type", () => {
  test.each([
    [46086, utcDate(2026, 3, 5)],
    ["2026-3-5", utcDate(2026, 3, 5)],
    ["2026/03/05", utcDate(2026, 3, 5)],
    ["2026年3月5日", utcDate(2026, 3, 5)],
    ["２０２６－０３－０５", utcDate(2026, 3, 5)],
    ["2026.3.5", utcDate(2026, 3, 5)],
    ["20260305", utcDate(2026, 3, 5)],
  ])("date %p", (typed, expected) => {
    const parsed = parseSheet(customersSheet, table(customersSheet, [row(customersSheet, { code: "C1", name: "甲", grade: "A", rep: "S1", expectedClose: typed })]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0].record.expectedClose).toEqual(expected);
  });

  test("latitude outside ±90 and longitude outside ±180 are problems naming the cell, in 客户档案 and 员工's 驻地", () => {
    const parsed = parseSheet(customersSheet, table(customersSheet, [row(customersSheet, { code: "C1", name: "甲", grade: "A", rep: "S1", lat: 95, lng: 121.5 }), row(customersSheet, { code: "C2", name: "乙", grade: "A", rep: "S1", lat: -33.9, lng: -190 }), row(customersSheet, { code: "C3", name: "丙", grade: "A", rep: "S1", lat: -90, lng: 180 })]));
    const letter = (key: string) => String.fromCharCode(65 + customersSheet.columns.findIndex((c) => c.key === key));
    expect(parsed.problems.map((p) => p.cell)).toEqual([`${letter("lat")}2`, `${letter("lng")}3`]);
    expect(formatProblem(parsed.problems[0])).toBe(`客户档案!${letter("lat")}2 纬度：“95”无效：数值过大：期望 number <=90`);
    expect(formatProblem(parsed.problems[1], "en")).toMatch(new RegExp(`^客户档案!${letter("lng")}3 经度: "-190" is invalid: .*-180`));
    expect(parsed.rows.map((r) => r.record.code)).toEqual(["C1", "C2", "C3"]);
    const staff = parseSheet(staffSheet, table(staffSheet, [row(staffSheet, { id: "S1", name: "张", baseLat: 31.2, baseLng: 200 })]));
    expect(staff.problems.map((p) => [p.header, p.code])).toEqual([["驻地经度", "invalid"]]);
  });

  test.each(["a", "A", "Ａ", " b ", "C级", "ｅ"])("grade %p in either case or width", (typed) => {
    const parsed = parseSheet(customersSheet, table(customersSheet, [row(customersSheet, { code: "C1", name: "甲", grade: typed, rep: "S1" })]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0].record.grade).toMatch(/^[A-E]$/);
  });

  test.each([["１２，３４５.５", 12345.5], ["¥1,200", 1200], ["￥88元", 88], [77, 77]])("money %p", (typed, expected) => {
    const parsed = parseSheet(transactionsSheet, table(transactionsSheet, [row(transactionsSheet, { id: "W1", customer: "C1", rep: "S1", occurredAt: 46086, description: "订单", txType: "订单", amount: typed, status: "已完成" })]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0].record.amount).toBe(expected);
  });

  test("a date with a time keeps the time; English list labels map to the Chinese value", () => {
    const parsed = parseSheet(complaintsSheet, table(complaintsSheet, [row(complaintsSheet, { ...complaint, remedy: "Repair" })]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0].record.occurredAt).toEqual(utcDate(2026, 3, 5, 14, 30));
    expect(parsed.rows[0].record.remedy).toBe("维修");
  });

  test("headers in English are found too, and columns may come in any order", () => {
    const cols = [...customersSheet.columns].reverse();
    const headers = cols.map((c) => c.headerEn);
    const parsed = parseSheet(customersSheet, table(customersSheet, [cols.map((c) => ({ code: "C9", name: "乙", grade: "D", rep: "S2" })[c.key as "code"] ?? null)], headers));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0].record).toEqual({ code: "C9", name: "乙", grade: "D", rep: "S2" });
  });
});

describe("problems name the sheet, cell and column, and one bad row never hides the good ones", () => {
  test("the issue's example message", () => {
    const rows = [row(complaintsSheet, { ...complaint, remedy: "换货" }), row(complaintsSheet, { ...complaint, id: "TS2", remedy: "退钱" })];
    const parsed = parseSheet(complaintsSheet, table(complaintsSheet, rows));
    const remedyLetter = String.fromCharCode(65 + complaintsSheet.columns.findIndex((c) => c.key === "remedy"));
    expect(parsed.problems.map((p) => formatProblem(p))).toEqual([`投诉!${remedyLetter}3 处理方案：“退钱”不是可选值（退货/换货/维修/折价赔偿/道歉/重新服务/补偿服务/培训整改）`]);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(parsed.rows[1].record.remedy).toBeUndefined();
  });

  test("a bad required cell leaves only that row out; duplicates and blanks are reported", () => {
    const rows = [
      row(followUpsSheet, { id: "G1", customer: "C1", rep: "S1", occurredAt: "2026-13-01", description: "回访", gradeAfter: "B", status: "已完成" }),
      row(followUpsSheet, { id: "G2", customer: "C1", rep: "S1", occurredAt: 46086, description: "回访", gradeAfter: "B", status: "已完成" }),
      row(followUpsSheet, {}),
      row(followUpsSheet, { id: "G2", customer: "", rep: "S1", occurredAt: 46087, description: "回访", gradeAfter: "F", status: "已完成" }),
    ];
    const parsed = parseSheet(followUpsSheet, table(followUpsSheet, rows));
    expect(parsed.rows.map((r) => r.record.id)).toEqual(["G2"]);
    expect(parsed.problems.map((p) => [p.cell, p.code])).toEqual([
      ["E2", "notDate"],
      ["B5", "required"],
      ["Q5", "notGrade"],
      ["A5", "duplicateId"],
    ].map(([cell, code]) => [cell.replace(/^Q/, String.fromCharCode(65 + followUpsSheet.columns.findIndex((c) => c.key === "gradeAfter"))), code]));
  });

  test("a missing required column is reported once at the header row", () => {
    const headers = customersSheet.columns.filter((c) => c.key !== "rep").map((c) => c.header);
    const parsed = parseSheet(customersSheet, { sheet: "客户档案", headers, rows: [], headerRow: 1, firstColumn: 0 });
    expect(parsed.problems.map((p) => formatProblem(p))).toEqual(["客户档案 负责客服：缺少这一列"]);
  });

  test("validateRecord refuses an invalid record with the field's problem", () => {
    const result = validateRecord(complaintsSheet, { ...complaint, occurredAt: new Date(Date.UTC(2026, 2, 5)), remedy: "退钱" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.header)).toEqual(["处理方案"]);
  });
});

/** A value a person could have typed into the column, as the codec reads it back. */
function arbitraryValue(column: AnyColumn): fc.Arbitrary<unknown> {
  // every Excel day: serial 1 is 1900-01-01, and 60 is the 1900-02-29 Excel counts but that never was
  const day = fc.integer({ min: 1, max: 2958465 }).filter((s) => s !== 60).map(dateFromSerial);
  switch (column.kind) {
    case "date":
      return day;
    case "datetime":
      return fc.tuple(day, fc.integer({ min: 0, max: 1439 })).map(([d, m]) => new Date(d.getTime() + m * 60000));
    case "number":
    case "money": {
      // a column's own range where it has one (纬度 ±90, 经度 ±180: the spec's options sit on the column)
      const range = column as { min?: number; max?: number };
      return fc.double({ min: range.min ?? (column.key === "quantity" ? 0 : -1e9), max: range.max ?? 1e9, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    }
    case "integer":
      return fc.integer({ min: 1, max: 31 });
    case "boolean":
      return fc.boolean();
    case "grade":
    case "list":
      return fc.constantFrom(...column.list!);
    case "code":
      // codes read back half-width and trimmed (ＫＨ００１６ is KH0016): what is typed that way reads the same
      return fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(..."KH0123456789-ab客".split("")) });
    case "scalar":
      return fc.oneof(fc.string({ minLength: 1 }).map((s) => s.trim()).filter((s) => s !== ""), fc.integer());
    default:
      return fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom(..."客户=+-@ab1 订单，。中文".split("")) }).map((s) => s.trim()).filter((s) => s !== "");
  }
}

describe.each(SHEETS.map((s) => [s.name, s] as const))("round trip %s", (_name, spec) => {
  const columns: readonly AnyColumn[] = spec.columns;
  const record = fc.record(
    Object.fromEntries(columns.map((c) => [c.key, c.required ? arbitraryValue(c) : fc.option(arbitraryValue(c), { nil: undefined })])),
  );
  test("record -> cells -> record gives the same record, and text stays text", () => {
    fc.assert(
      fc.property(record, (r) => {
        const clean = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined));
        const parsed = parseSheet(spec, table(spec, [encodeRecordInSpecOrder(spec, clean)]));
        expect(parsed.problems).toEqual([]);
        expect(parsed.rows[0].record).toEqual(clean);
      }),
      { numRuns: 150 },
    );
  });
});
