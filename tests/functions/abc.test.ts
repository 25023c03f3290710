import { abcMatrix, abcSummaryMatrix } from "../../src/functions/abc";
import { ABC_SUMMARY_HEADERS } from "../../src/domain/abc-summary";
import { FunctionInputError, isCellError } from "../../src/functions/matrix";

const show = (m: unknown[][]) => m.map((r) => r.map((c) => (isCellError(c) ? `#VALUE!(${c.message})` : c)));

describe("KH.ABC", () => {
  test.each([
    ["a column", [[100], [50], [30], [20]], [["A"], ["A"], ["B"], ["B"]]],
    ["a row", [[100, 50, 30, 20]], [["A", "A", "B", "B"]]],
    ["blanks as '' and null stay blank", [[100], [""], [null], [20]], [["A"], [""], [""], ["B"]]],
    ["zero and negative are C", [[100], [0], [-5]], [["A"], ["C"], ["C"]]],
    ["numbers typed as text are read", [["1,000"], [500]], [["A"], ["A"]]],
    ["an empty input gives one blank cell", [], [[""]]],
  ] as [string, unknown[][], unknown[][]][])("%s", (_n, input, expected) => {
    expect(show(abcMatrix(input))).toEqual(expected);
  });

  test("a text amount is #VALUE! in that cell only", () => {
    expect(show(abcMatrix([[90], ["很多"], [10]]))).toEqual([["A"], ["#VALUE!(金额“很多”不是数字)"], ["B"]]);
  });

  test("cuts are optional arguments", () => {
    expect(abcMatrix([[50], [30], [20]], 0.5, 0.8)).toEqual([["A"], ["B"], ["C"]]);
    expect(abcMatrix([[50], [30], [20]], null, null)).toEqual([["A"], ["A"], ["B"]]);
  });

  test.each([
    ["a block", [[1, 2], [3, 4]], undefined, undefined, "销售额必须是一列或一行"],
    ["a cut above 1", [[1]], 70, undefined, "阈值必须在 0 与 1 之间（如 0.7）"],
    ["B below A", [[1]], 0.9, 0.5, "B类阈值不能小于A类阈值"],
    ["a text cut", [[1]], "七成", undefined, "A类阈值“七成”不是数字"],
  ] as [string, unknown, unknown, unknown, string][])("the whole call fails on %s", (_n, amounts, a, b, message) => {
    expect(() => abcMatrix(amounts, a, b)).toThrow(new FunctionInputError(message));
  });
});

describe("KH.ABCSUMMARY", () => {
  test("header row, A/B/C and a total", () => {
    const m = abcSummaryMatrix([[100], [50], [30], [20], [0], [""]]);
    expect(m[0]).toEqual([...ABC_SUMMARY_HEADERS]);
    expect(m[1].slice(0, 6)).toEqual(["A", 2, 0.4, 150, 0.75, 0.2]);
    expect(m[1][6]).toBeCloseTo(0.2);
    expect(m[2].slice(0, 6)).toEqual(["B", 2, 0.4, 50, 0.25, 0.4]);
    expect(m[3].slice(0, 6)).toEqual(["C", 1, 0.2, 0, 0, 0.4]);
    expect(m[4]).toEqual(["合计", 5, 1, 200, 1, 1, ""]);
  });

  test("an empty input gives zero counts", () => {
    const m = abcSummaryMatrix([[""]]);
    expect(m.slice(1, 4).map((r) => r[1])).toEqual([0, 0, 0]);
    expect(m[4]).toEqual(["合计", 0, 0, 0, 0, 1, ""]);
  });

  test("a text amount fails the call and says which", () => {
    expect(() => abcSummaryMatrix([[1], ["x"]])).toThrow("第 2 个金额“x”不是数字");
  });
});
