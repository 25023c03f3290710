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

  it("checks a complaint's 审批人 against 员工 as the audit does: the rep's 上级 or a 主管/经理, on the day of the approval", () => {
    const roster = [
      { id: "E001", name: "李娜", manager: "E010" },
      { id: "E002", name: "王强" },
      { id: "E010", name: "陈刚" },
      { id: "M01", name: "周经理", role: "经理" as const },
      { id: "M02", name: "吴主管", role: "主管" as const, leftOn: utcDate(2026, 11, 1) },
    ];
    const withRoster = { ...ctx, roster };
    const complaint = (approver: string | undefined, approvedAt = "2026-11-20 10:00") => {
      const checked = validateRecord(complaintsSheet, { id: "TS1", customer: "KH1", rep: "E001", occurredAt: "2026-11-19 09:00", description: "破损", status: "处理中", complaintKind: "产品质量", remedy: "换货", approver, approvedAt });
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      return eventProblems(complaintsSheet, checked.record as Record<string, unknown>, withRoster).filter((p) => p.header === "审批人");
    };
    // the rep's 上级, a 经理, a 主管 on a day before they left, no approver yet: nothing to say
    for (const ok of ["E010", "陈刚", "m01", "周经理", undefined]) expect(complaint(ok)).toEqual([]);
    expect(complaint("M02", "2026-10-30 10:00")).toEqual([]);
    // a colleague: the message names them and who may approve, in both languages
    const [peer] = complaint("王强");
    expect(formatProblem(peer)).toBe("投诉 审批人：审批人王强（E002）既不是E001的上级，也不是主管（员工表职务为主管或经理）。请填写E001的上级或主管的工号（如 E010、M01）");
    expect(formatProblem(peer, "en")).toBe('投诉 审批人: The approver "王强" (E002) is neither the manager of "E001" nor a supervisor (Role "主管" or "经理" on the Staff sheet). Type the staff ID of the manager of "E001" or of a supervisor (e.g. E010, M01)');
    // someone not in 员工, and a 主管 who had left by the day of the approval
    expect(complaint("刘总")[0].detail).toContain("审批人“刘总”不在员工表中");
    expect(complaint("M02")[0].detailEn).toContain("had left by the day of the approval, 2026-11-20");
    // without the roster (or on other sheets) the approver is not judged
    const checked = validateRecord(complaintsSheet, { id: "TS1", customer: "KH1", rep: "E001", occurredAt: "2026-11-19 09:00", description: "破损", status: "处理中", complaintKind: "产品质量", approver: "王强" });
    expect(checked.ok && eventProblems(complaintsSheet, checked.record as Record<string, unknown>, ctx)).toEqual([]);
  });

  it("reads the future-date limit from 设置 (default 1 day)", () => {
    expect(settingsFromRows(defaultSettingRows()).entry.futureDays).toBe(1);
    const rows = defaultSettingRows().map((r) => (r.category === "登记" ? { ...r, value: 7 } : r));
    expect(settingsFromRows(rows).entry.futureDays).toBe(7);
    expect(settingsSheet.name).toBe("设置");
  });
});
