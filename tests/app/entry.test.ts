import { customerProblems, eventProblems, handoverRepProblem, prepareEntry } from "../../src/app/entry";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { utcDate } from "../../src/domain/time";
import { complaintsSheet, followUpsSheet, settingsSheet } from "../../src/workbook";
import { formatProblem } from "../../src/workbook/problems";
import { defaultSettingRows, settingsFromRows } from "../../src/workbook/settings-rows";
import { validateRecord } from "../../src/workbook/codec/validate";

const ctx = { staff: [{ id: "E001", name: "李娜" }], settings: DEFAULT_SETTINGS, today: utcDate(2026, 12, 2) };

describe("entries checked against the workbook, as problems of their sheet", () => {
  it("reports a follow-up's issues on its columns, in both languages", () => {
    const input = prepareEntry(followUpsSheet.key, { id: "GJ1", customer: "KH1", rep: "E404", occurredAt: "2030-01-08 09:00", description: "电话", gradeAfter: "B", status: "已完成", promiseDue: "2020-01-01" });
    const checked = validateRecord(followUpsSheet, input);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const problems = eventProblems(followUpsSheet, checked.record as Record<string, unknown>, ctx);
    expect(problems.map((p) => p.header)).toEqual(["客服工号", "发生时间", "承诺期限", "跟进结果"]);
    expect(formatProblem(problems[0])).toBe("跟进记录 客服工号：员工表中没有工号“E404”，请填写在职员工的工号（如 E001）");
    expect(formatProblem(problems[3], "en")).toBe("跟进记录 跟进结果: a done entry needs its result: write what came of it, or set the status to In progress");
  });

  it("fills a follow-up's 处理结果 and 总结 from its 跟进结果, and leaves other events alone", () => {
    expect(prepareEntry(followUpsSheet.key, { result: "确认订单" })).toEqual({ result: "确认订单", resolution: "确认订单", summary: "确认订单" });
    expect(prepareEntry(followUpsSheet.key, { result: "a", resolution: "b", summary: " " })).toEqual({ result: "a", resolution: "b", summary: "a" });
    expect(prepareEntry(followUpsSheet.key, { result: "", status: "处理中" })).toEqual({ result: "", status: "处理中" });
    expect(prepareEntry(complaintsSheet.key, { result: "x" })).toEqual({ result: "x" });
  });

  it("checks a new customer's code and a handover's rep", () => {
    expect(customerProblems({ code: "KH1", rep: "E001" }, ["KH1"], ctx).map((p) => [p.sheet, p.header])).toEqual([["客户档案", "客户编码"]]);
    expect(handoverRepProblem("E404", ctx.staff)).toMatchObject({ sheet: "员工", header: "工号", value: "E404" });
    expect(handoverRepProblem("E001", ctx.staff)).toBeUndefined();
  });

  it("reads the future-date limit from 设置 (default 1 day)", () => {
    expect(settingsFromRows(defaultSettingRows()).entry.futureDays).toBe(1);
    const rows = defaultSettingRows().map((r) => (r.category === "登记" ? { ...r, value: 7 } : r));
    expect(settingsFromRows(rows).entry.futureDays).toBe(7);
    expect(settingsSheet.name).toBe("设置");
  });
});
