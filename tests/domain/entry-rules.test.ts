import { customerIssues, eventIssues, futureDateIssue, repIssue } from "../../src/domain/entry-rules";
import { utcDate } from "../../src/domain/time";

const staff = [
  { id: "E001", name: "李娜", active: true },
  { id: "E002", name: "张伟" },
  { id: "E003", name: "王芳", active: false },
];
const today = utcDate(2026, 12, 2, 10, 18);
const limits = { futureDays: 1 };

describe("a new entry against the workbook", () => {
  it("wants a rep on the staff list who is still active, and says what to type", () => {
    expect(repIssue("E001", staff)).toBeUndefined();
    expect(repIssue(" e002 ", staff)).toBeUndefined();
    const unknown = repIssue("E999", staff)!;
    expect(unknown).toMatchObject({ field: "rep", code: "unknownRep", value: "E999" });
    expect(unknown.zh).toBe("员工表中没有工号“E999”，请填写在职员工的工号（如 E001、E002）");
    expect(unknown.en).toContain("type an active rep's ID (e.g. E001, E002)");
    expect(repIssue("E003", staff)).toMatchObject({ code: "inactiveRep", zh: expect.stringContaining("王芳（E003）已不在职") });
    // A workbook with nobody on 员工 yet checks nothing (its first entries must go in).
    expect(repIssue("E999", [])).toBeUndefined();
  });

  it("allows dates up to the limit after today, whole days", () => {
    expect(futureDateIssue("occurredAt", utcDate(2026, 12, 3, 23, 59), today, limits)).toBeUndefined();
    const late = futureDateIssue("occurredAt", utcDate(2026, 12, 4), today, limits)!;
    expect(late.zh).toBe("2026-12-04 太靠后：最晚只能填 2026-12-03（今天之后 1 天，见“设置”）");
    expect(late.en).toContain("(1 day after today");
    expect(futureDateIssue("occurredAt", utcDate(2026, 12, 5), today, { futureDays: 3 })).toBeUndefined();
    expect(futureDateIssue("occurredAt", utcDate(2026, 12, 2, 10, 19), today, { futureDays: 0 })).toBeUndefined();
    expect(futureDateIssue("occurredAt", utcDate(2026, 12, 3), today, { futureDays: 0 })).toBeDefined();
  });

  it("refuses the 2030 follow-up with a 2020 promise and no result, naming each field", () => {
    const issues = eventIssues({ rep: "E001", occurredAt: utcDate(2030, 1, 1, 9), status: "已完成", promise: "下月送样", promiseDue: utcDate(2020, 1, 1) }, staff, today, limits, "result");
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ["occurredAt", "futureDate"],
      ["promiseDue", "promiseBeforeEvent"],
      ["result", "resultMissing"],
    ]);
    expect(issues[1].zh).toBe("承诺期限 2020-01-01 早于发生时间 2030-01-01，请填写 2030-01-01 或之后的日期");
  });

  it("accepts a finished follow-up with its result, a promise due the same day, and an open one without", () => {
    const at = utcDate(2026, 12, 2, 9);
    expect(eventIssues({ rep: "E001", occurredAt: at, status: "已完成", result: "确认下月订单", promiseDue: utcDate(2026, 12, 2) }, staff, today, limits, "result")).toEqual([]);
    expect(eventIssues({ rep: "E001", occurredAt: at, status: "处理中" }, staff, today, limits, "result")).toEqual([]);
    expect(eventIssues({ rep: "E001", occurredAt: at, status: "已关闭", result: "  " }, staff, today, limits)[0]).toMatchObject({ field: "resolution", code: "resultMissing" });
  });

  it("wants a customer code not in use yet (case and spaces aside)", () => {
    expect(customerIssues({ code: "kh9001 ", rep: "E001" }, ["KH9001", "KH9002"], staff, today, limits)).toMatchObject([{ field: "code", code: "codeTaken" }]);
    expect(customerIssues({ code: "KH9003", rep: "E001" }, ["KH9001"], staff, today, limits)).toEqual([]);
    expect(customerIssues({ code: "KH9003", rep: "X1" }, ["KH9001"], staff, today, limits).map((i) => i.field)).toEqual(["rep"]);
  });
});
