import { cadenceMatrix, daysOverdueMatrix, gradeMatrix, nextDueMatrix, readCadenceTable, readCalendar } from "../../src/functions/cadence";
import { FunctionInputError, isCellError } from "../../src/functions/matrix";
import { dayNumber } from "../../src/domain/cadence";
import { defaultSettingRows } from "../../src/workbook/settings-rows";
import { serialFromDate, utcDate } from "../../src/domain/time";

const show = (m: unknown[][]) => m.map((r) => r.map((c) => (isCellError(c) ? `#VALUE!(${c.message})` : c)));
const serial = (y: number, m: number, d: number) => serialFromDate(utcDate(y, m, d));
const day = (y: number, m: number, d: number) => dayNumber(utcDate(y, m, d));

describe("the cadence table argument", () => {
  test("omitted: the defaults", () => {
    expect(readCadenceTable(null)).toEqual({ A: 1, B: 7, C: 15, D: 30, E: 365 });
  });

  test("two columns, with a header row and blank rows skipped", () => {
    expect(readCadenceTable([["等级", "天数"], ["A", 2], ["", ""], ["E", "180"]])).toEqual({ A: 2, B: 7, C: 15, D: 30, E: 180 });
  });

  test("the whole 设置 table: only its 跟进周期 rows count (not ABC阈值's A and B)", () => {
    const rows = defaultSettingRows().map((r) => [r.category, r.item, r.value as string | number, r.note ?? ""]);
    rows[0][2] = 3;
    expect(readCadenceTable(rows)).toEqual({ A: 3, B: 7, C: 15, D: 30, E: 365 });
  });

  test("the whole 设置 table with its header row, its columns in another order: read by header, not position", () => {
    const rows = defaultSettingRows().map((r) => [r.value as string | number, r.note ?? "", r.category, r.item]);
    const cadence = rows.findIndex((r) => r[2] === "跟进周期(天)" && r[3] === "B");
    rows[cadence][0] = 5;
    rows.find((r) => r[2] === "顺延节假日")![0] = "是";
    rows.push(["2026-09-11", "", "节假日", "公司活动日"]);
    for (const header of [["值", "说明", "类别", "项目"], ["Value", "Note", "Category", "Item"]]) {
      const table = [header, ...rows];
      expect(readCadenceTable(table)).toEqual({ A: 1, B: 5, C: 15, D: 30, E: 365 });
      const calendar = readCalendar(null, table);
      expect(calendar.shift).toBe(true);
      expect(calendar.holidays.has(day(2026, 9, 11))).toBe(true);
      // the same as the table's body in 设置's own column order
      expect(calendar).toEqual(readCalendar(null, rows.map(([value, note, category, item]) => [category, item, value, note])));
      // B 2026-09-14 + 5 days = 09-19, a Saturday → 09-21; A 2026-09-10 + 1 = 09-11, the added holiday → 09-14 (12/13 a weekend)
      expect(nextDueMatrix([["B"], ["A"]], [[serial(2026, 9, 14)], [serial(2026, 9, 10)]], table)).toEqual([[serial(2026, 9, 21)], [serial(2026, 9, 14)]]);
    }
  });

  test.each([
    ["one column", [["A"], ["B"]], "跟进周期表必须是两列（等级、天数）的区域"],
    ["days not positive", [["A", 0]], "跟进周期表中 A 级的天数必须是正数"],
    ["days as words", [["B", "一周"]], "跟进周期表中 B 级的天数必须是正数"],
  ] as [string, unknown, string][])("%s is an error", (_n, table, message) => {
    expect(() => readCadenceTable(table)).toThrow(new FunctionInputError(message));
  });
});

describe("the holidays argument", () => {
  test("omitted or FALSE: no shifting; TRUE: weekends; dates: weekends and those dates", () => {
    expect(readCalendar(null).shift).toBe(false);
    expect(readCalendar([[false]]).shift).toBe(false);
    expect(readCalendar([[true]])).toEqual({ shift: true, holidays: new Set() });
    expect(readCalendar([[serial(2026, 10, 1)], [""], ["2026-10-02"]])).toEqual({ shift: true, holidays: new Set([day(2026, 10, 1), day(2026, 10, 2)]) });
  });

  test("a holiday that is not a date is an error", () => {
    expect(() => readCalendar([["国庆"]])).toThrow("节假日“国庆”不是日期");
  });
});

describe("KH.CADENCE", () => {
  test("per grade, blanks blank, an unknown grade #VALUE! in its cell", () => {
    expect(show(cadenceMatrix([["A"], ["e"], [""], ["F"]]))).toEqual([[1], [365], [""], ["#VALUE!(等级“F”无效，应为 A–E)"]]);
    expect(cadenceMatrix([["B", "C"]], [["B", 5]])).toEqual([[5, 15]]);
  });
});

describe("KH.NEXTDUE", () => {
  test.each([
    ["month end", "A", serial(2026, 1, 31), serial(2026, 2, 1)],
    ["leap day counts", "C", serial(2024, 2, 20), serial(2024, 3, 6)],
    ["a year from a leap day", "E", serial(2024, 2, 29), serial(2025, 2, 28)],
    ["a time of day is dropped", "B", serial(2026, 3, 1) + 0.6, serial(2026, 3, 8)],
    ["a date typed as text", "D", "2026-01-31", serial(2026, 3, 2)],
  ] as [string, string, unknown, number][])("%s", (_n, grade, last, due) => {
    expect(nextDueMatrix([[grade]], [[last]])).toEqual([[due]]);
  });

  test("holidays shift a due date to the next working day", () => {
    // 2026-09-30 (Wed) + 1 day = 10-01, a holiday; 10-02 a holiday; 10-03/04 the weekend → 10-05.
    const holidays = [[serial(2026, 10, 1)], [serial(2026, 10, 2)]];
    expect(nextDueMatrix([["A"]], [[serial(2026, 9, 30)]], null, holidays)).toEqual([[serial(2026, 10, 5)]]);
    expect(nextDueMatrix([["A"]], [[serial(2026, 9, 30)]])).toEqual([[serial(2026, 10, 1)]]);
  });

  test("row by row; one grade for many dates; blanks blank; errors per cell", () => {
    const out = nextDueMatrix([["A"], ["B"], [""], ["X"], ["C"]], [[serial(2026, 1, 1)], [serial(2026, 1, 1)], [serial(2026, 1, 1)], [serial(2026, 1, 1)], ["昨天"]]);
    expect(show(out)).toEqual([[serial(2026, 1, 2)], [serial(2026, 1, 8)], [""], ["#VALUE!(等级“X”无效，应为 A–E)"], ["#VALUE!(最近跟进“昨天”不是日期)"]]);
    expect(nextDueMatrix([["B"]], [[serial(2026, 1, 1), serial(2026, 2, 1)]])).toEqual([[serial(2026, 1, 8), serial(2026, 2, 8)]]);
  });

  test("the whole 设置 table also brings its 顺延节假日 switch and 节假日 rows", () => {
    const settings = (shift: string) => {
      const rows = defaultSettingRows().map((r) => [r.category, r.item, r.value as string | number, r.note ?? ""]);
      const switchRow = rows.find((r) => r[0] === "顺延节假日")!;
      switchRow[2] = shift;
      rows.push(["节假日", "国庆节", serial(2026, 10, 1), ""], ["节假日", "国庆节", "2026-10-02", ""], ["节假日", "国庆节", "2026-10-05", ""]);
      return [["类别", "项目", "值", "说明"], ...rows];
    };
    const last = [[serial(2026, 9, 30)]];
    // 10-01, 10-02 and 10-05 added here, 10-03/04 the weekend.
    expect(nextDueMatrix([["A"]], last, settings("是"))).toEqual([[serial(2026, 10, 6)]]);
    expect(nextDueMatrix([["A"]], last, settings("否"))).toEqual([[serial(2026, 10, 1)]]);
    // an explicit holidays argument wins over the table
    expect(nextDueMatrix([["A"]], last, settings("是"), [[false]])).toEqual([[serial(2026, 10, 1)]]);
    expect(daysOverdueMatrix([["A"]], last, serial(2026, 10, 8), settings("是"), null, 0)).toEqual([[2]]);
  });

  test("设置's 调休上班 rows are working days: a due date falls on that Saturday or Sunday", () => {
    const rows = [["类别", "项目", "值", "说明"], ["顺延节假日", "到期日遇周末或节假日顺延", "是", ""], ["调休上班", "国庆节调休", "2026-09-26", ""]];
    // 2026-09-25 is a Friday: the next day is a Saturday worked to make up for 国庆
    expect(nextDueMatrix([["A"]], [[serial(2026, 9, 25)]], rows)).toEqual([[serial(2026, 9, 26)]]);
    expect(nextDueMatrix([["A"]], [[serial(2026, 9, 25)]], rows.slice(0, 2))).toEqual([[serial(2026, 9, 28)]]);
  });

  test("mismatched lengths fail the call", () => {
    expect(() => nextDueMatrix([["A"], ["B"]], [[1], [2], [3]])).toThrow(FunctionInputError);
  });

  test("empty input gives an empty result", () => {
    expect(nextDueMatrix([[""]], [[""]])).toEqual([[""]]);
  });
});

describe("KH.DAYSOVERDUE", () => {
  test("days past due, 0 when not due; today from the argument or the clock", () => {
    const last = [[serial(2026, 11, 1)], [serial(2026, 11, 20)], [""]];
    const grades = [["B"], ["B"], ["B"]];
    expect(daysOverdueMatrix(grades, last, serial(2026, 11, 23), null, null, 0)).toEqual([[15], [0], [""]]);
    expect(daysOverdueMatrix(grades, last, null, null, null, day(2026, 11, 30))).toEqual([[22], [3], [""]]);
    expect(daysOverdueMatrix(grades, last, [["2026-11-23"]], null, null, 0)).toEqual([[15], [0], [""]]);
  });

  test("a bad today fails the call", () => {
    expect(() => daysOverdueMatrix([["A"]], [[1]], "今天", null, null, 0)).toThrow("今天“今天”不是日期");
  });
});

describe("KH.GRADE", () => {
  const today = serial(2026, 3, 15);
  test.each([
    [serial(2026, 4, 10), "明确", "A"],
    [serial(2026, 6, 1), "", "B"],
    [serial(2026, 8, 1), "目标", "C"],
    [serial(2027, 1, 1), "明确", "D"],
    ["", "潜在", "D"],
    ["", "无", "E"],
    [serial(2026, 4, 1), "死亡", "E"],
    ["", "", ""],
  ] as [unknown, string, string][])("%p %p → %p", (close, need, grade) => {
    expect(gradeMatrix([[close]], [[need]], today, 0)).toEqual([[grade]]);
  });

  test("need may be omitted (明确)", () => {
    expect(gradeMatrix([[serial(2026, 4, 10)], [serial(2026, 12, 1)]], null, today, 0)).toEqual([["A"], ["D"]]);
  });

  test("errors per cell", () => {
    expect(show(gradeMatrix([[""], [serial(2026, 4, 1)], ["下月"]], [["明确"], ["也许"], ["明确"]], today, 0))).toEqual([
      ["#VALUE!(需求明确时须填预计成交日期)"],
      ["#VALUE!(需求“也许”无效，应为 明确 / 潜在 / 无)"],
      ["#VALUE!(预计成交“下月”不是日期)"],
    ]);
  });
});
