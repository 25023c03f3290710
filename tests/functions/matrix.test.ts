import { alignVectors, FunctionInputError, isOmitted, optionalNumber, readDay, readGrade, readNumber, shapeLike, todayDayNumber, vectorOf } from "../../src/functions/matrix";

describe("vectorOf / shapeLike", () => {
  test.each([
    ["a column", [[1], [2], [3]], [1, 2, 3], "column"],
    ["a row", [[1, 2, 3]], [1, 2, 3], "row"],
    ["one cell", [[7]], [7], "column"],
    ["a bare scalar", 7, [7], "column"],
    ["null", null, [], "column"],
    ["an empty array", [], [], "column"],
  ] as [string, unknown, unknown[], string][])("%s", (_n, input, cells, orientation) => {
    const v = vectorOf(input, "x");
    expect(v.cells).toEqual(cells);
    expect(v.orientation).toBe(orientation);
  });

  test("a block of several rows and columns is an error with the argument's name", () => {
    expect(() => vectorOf([[1, 2], [3, 4]], "销售额")).toThrow(new FunctionInputError("销售额必须是一列或一行"));
  });

  test("results go back in the input's shape; nothing gives one blank cell", () => {
    expect(shapeLike(["A", "B"], "column")).toEqual([["A"], ["B"]]);
    expect(shapeLike(["A", "B"], "row")).toEqual([["A", "B"]]);
    expect(shapeLike([], "row")).toEqual([[""]]);
  });

  test("vectors line up; a single cell repeats; a length mismatch is an error", () => {
    expect(alignVectors([vectorOf([[1], [2]], "a"), vectorOf([[1]], "b")], ["a", "b"])).toBe(2);
    expect(alignVectors([vectorOf(null, "a"), vectorOf(null, "b")], ["a", "b"])).toBe(0);
    expect(() => alignVectors([vectorOf([[1], [2]], "a"), vectorOf([[1], [2], [3]], "b")], ["等级", "最近跟进"])).toThrow("等级有 2 行，最近跟进有 3 行，行数须一致");
  });
});

describe("cell readers", () => {
  test.each([
    [12.5, 12.5],
    ["1,234.50", 1234.5],
    ["¥88", 88],
    ["１２", 12],
  ] as [unknown, number][])("number %p", (cell, value) => {
    expect(readNumber(cell)).toEqual({ ok: true, value });
  });

  test.each(["abc", true, NaN, Infinity])("not a number: %p", (cell) => {
    expect(readNumber(cell).ok).toBe(false);
  });

  test.each([
    [46349, 46349 - 25569], // 2026-11-23 as an Excel serial
    [46349.75, 46349 - 25569], // a time of day is dropped
    ["2026-11-23", 46349 - 25569],
    ["2026/11/23 14:30", 46349 - 25569],
    ["2024年2月29日", Date.UTC(2024, 1, 29) / 86_400_000],
  ] as [unknown, number][])("date %p", (cell, day) => {
    expect(readDay(cell)).toEqual({ ok: true, value: day });
  });

  test.each([0, -3, 3_000_000, "2025-02-29", "明天", true])("not a date: %p", (cell) => {
    expect(readDay(cell).ok).toBe(false);
  });

  test.each([
    ["A", "A"],
    ["b", "B"],
    [" C级 ", "C"],
    ["Ｄ", "D"],
  ])("grade %p", (cell, grade) => {
    expect(readGrade(cell)).toEqual({ ok: true, value: grade });
  });

  test.each(["F", "AA", 1, ""])("not a grade: %p", (cell) => {
    const r = readGrade(cell);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/A–E/);
  });

  test("omitted arguments: null, undefined, blank, a blank one-cell range", () => {
    expect([null, undefined, "", [[""]], [[null]], []].every(isOmitted)).toBe(true);
    expect([0, [[0]], "x", [[1], [2]]].some(isOmitted)).toBe(false);
  });

  test("optional numbers", () => {
    expect(optionalNumber(null, 0.7, "A类阈值")).toBe(0.7);
    expect(optionalNumber(0.8, 0.7, "A类阈值")).toBe(0.8);
    expect(optionalNumber([[0.8]], 0.7, "A类阈值")).toBe(0.8);
    expect(() => optionalNumber("七成", 0.7, "A类阈值")).toThrow(/A类阈值/);
    expect(() => optionalNumber([[1, 2]], 0.7, "A类阈值")).toThrow(/单个数值/);
  });

  test("today is the local calendar date", () => {
    expect(todayDayNumber(new Date(2026, 10, 23, 23, 59))).toBe(Date.UTC(2026, 10, 23) / 86_400_000);
    expect(todayDayNumber(new Date(2026, 10, 23, 0, 1))).toBe(Date.UTC(2026, 10, 23) / 86_400_000);
  });
});
