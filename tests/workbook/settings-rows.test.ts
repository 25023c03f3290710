import { abcCut, defaultSettingRows, settingProblems, settingsFromRows } from "../../src/workbook/settings-rows";
import { formatProblem } from "../../src/workbook/problems";
import { audit } from "../../src/domain/audit";
import { auditReportSheet } from "../../src/app/audit-report";
import { buildAuditFixture } from "../fixtures/audit/fixture";
import type { SettingRow } from "../../src/domain/log";

const rowed = (rows: SettingRow[]) => rows.map((record, i) => ({ row: i + 2, record }));

describe("settings typed the way people type", () => {
  test.each([
    [0.8, 0.8],
    [80, 0.8],
    ["80", 0.8],
    ["80%", 0.8],
    ["８０％", 0.8],
    [" 0.95 ", 0.95],
    [100, 1],
    ["0.5%", 0.005],
    [0, undefined],
    [-70, undefined],
    [120, undefined],
    ["七成", undefined],
  ])("ABC cut %p reads %p", (typed, expected) => {
    expect(abcCut(typed)).toBe(expected);
  });

  test("80 and 80% in 设置 set the cuts; out of range is a problem on the 值 cell and keeps the default", () => {
    const s = settingsFromRows([{ category: "ABC阈值", item: "A", value: "80%" }, { category: "ABC阈值", item: "B", value: 97 }]);
    expect(s.abcCuts).toEqual({ a: 0.8, b: 0.97 });
    const rows = rowed([{ category: "ABC阈值", item: "A", value: 170 }, { category: "ABC阈值", item: "B", value: "95%" }]);
    expect(settingsFromRows(rows.map((r) => r.record)).abcCuts).toEqual({ a: 0.7, b: 0.95 });
    const problems = settingProblems(rows, "C");
    expect(problems.map((p) => formatProblem(p))).toEqual(["设置!C2 值：ABC阈值 A：“170”应为 0 到 1 之间的比例（如 0.7）或百分数（如 70 或 70%）"]);
    expect(formatProblem(problems[0], "en")).toBe('设置!C2 值: ABC cut A: "170" must be a share between 0 and 1 (e.g. 0.7) or a percentage (e.g. 70 or 70%)');
    // A must stay below B
    expect(settingProblems(rowed([{ category: "ABC阈值", item: "A", value: 0.9 }, { category: "ABC阈值", item: "B", value: "85%" }]), "C").map((p) => p.cell)).toEqual(["C3"]);
  });

  test("the defaults are no problem; a negative feedback limit or a span of 0 km is", () => {
    expect(settingProblems(rowed(defaultSettingRows()), "C")).toEqual([]);
    const bad = settingProblems(rowed([{ category: "反馈时限(小时)", item: "投诉", value: -4 }, { category: "反馈时限(小时)", item: "发票", value: 0 }, { category: "路序", item: "路线最大跨度(km)", value: 0 }]), "C");
    expect(bad.map((p) => p.cell)).toEqual(["C2", "C4"]);
  });

  test("an 审计 value below 0 or not a number is a problem on its 值 cell; 0 is not", () => {
    const rows = rowed([
      { category: "审计", item: "样品重复发放天数", value: -7 },
      { category: "审计", item: "发票签收天数", value: "三十" },
      { category: "审计", item: "退换货办结天数", value: 0 },
      { category: "审计", item: "A类主管拜访(月)", value: "6" },
    ]);
    const problems = settingProblems(rows, "C");
    expect(problems.map((p) => [p.cell, p.detailEn])).toEqual([
      ["C2", '审计 样品重复发放天数: "-7" must be a number, 0 or more (0: not checked)'],
      ["C3", '审计 发票签收天数: "三十" must be a number, 0 or more (0: not checked)'],
    ]);
  });

  test("应收账款: an 应收确认 other than 发货 or 发票, or a day count below 0, is a problem on its 值 cell and keeps the default", () => {
    const rows = rowed([
      { category: "应收账款", item: "应收确认", value: "开票" },
      { category: "应收账款", item: "逾期上限(天)", value: -1 },
      { category: "应收账款", item: "默认账期(天)", value: "三十" },
      { category: "应收账款", item: "逾期上限(天)", value: 0 },
    ]);
    expect(settingProblems(rows, "C").map((p) => [p.cell, p.detailEn])).toEqual([
      ["C2", '应收账款 应收确认: "开票" must be 发货 or 发票'],
      ["C3", '应收账款 逾期上限(天): "-1" must be a number of days, 0 or more'],
      ["C4", '应收账款 默认账期(天): "三十" must be a number of days, 0 or more'],
    ]);
    expect(settingsFromRows(rows.slice(0, 3).map((r) => r.record)).receivables).toEqual({ basis: "发货", overdueLimitDays: 30, defaultTermDays: 30 });
    expect(settingsFromRows([{ category: "应收账款", item: "应收确认", value: " 发票 " }]).receivables.basis).toBe("发票");
    expect(settingProblems(rowed([{ category: "应收账款", item: "应收确认", value: "发票" }]), "C")).toEqual([]);
  });

  test("a feedback limit of 0 means not checked: no feedback finding on that sheet, and the audit's header says so", () => {
    const fixture = buildAuditFixture();
    const before = audit(fixture.log, fixture.today);
    const complaintsLate = before.findings.filter((f) => f.rule.startsWith("feedback.") && f.ref.sheet === "complaints");
    expect(complaintsLate.length).toBeGreaterThan(0);
    const settings = settingsFromRows([{ category: "反馈时限(小时)", item: "投诉", value: 0 }]);
    expect(settings.feedbackHours.complaints).toBe(0);
    const after = audit({ ...fixture.log, settings }, fixture.today);
    expect(after.findings.filter((f) => f.rule.startsWith("feedback.") && f.ref.sheet === "complaints")).toEqual([]);
    expect(after.feedbackNotChecked).toEqual(["complaints"]);
    expect(before.feedbackNotChecked).toEqual([]);
    expect(auditReportSheet(after, {}, 0).subtitle).toContain("反馈时限为 0，不检查反馈：投诉");
    expect(auditReportSheet(after, {}, 0, "en").subtitle).toContain("feedback time not checked (limit 0 in Settings): Complaints");
    expect(auditReportSheet(before, {}, 0).subtitle).not.toContain("不检查");
  });
});
