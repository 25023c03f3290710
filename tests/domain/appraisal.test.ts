import { appraisalCounts, appraiseWorkbook, judgedOn, mergeCounts, mergeDepartmentPlans, scoreAppraisal, weightsInForce } from "../../src/domain/appraisal";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { parsePeriod } from "../../src/domain/periods";
import { addDays, addHours, utcDate } from "../../src/domain/time";
import { LogBuilder } from "../fixtures/audit/builder";

const TODAY = utcDate(2026, 11, 23);
const OCT = parsePeriod("2026-10")!;
const d = (day: number, h = 10) => utcDate(2026, 10, day, h);

function log() {
  const b = new LogBuilder();
  b.log.departments.push({ row: 2, record: { code: "D1", name: "一组" } }, { row: 3, record: { code: "D2", name: "二组" } });
  b.log.staff.push({ row: 2, record: { id: "S1", name: "甲", department: "D1" } }, { row: 3, record: { id: "S2", name: "乙", department: "一组" } }, { row: 4, record: { id: "S3", name: "丙", department: "二组", manager: "S2" } });
  b.log.staff.push({ row: 5, record: { id: "S4", name: "丁", department: "一组", active: false, leftOn: utcDate(2026, 9, 20) } }); // gone before October
  const ad = (customer: string, rep: string, at: Date) => b.marketSupport(customer, rep, at, { supportType: "广告", cost: 100 });
  b.plan("FA1", "S1", d(1, 0), d(31, 0), 2, 1);
  ad("K1", "S1", d(3));
  ad("K2", "S1", d(4));
  b.plan("FA2", "S2", d(1, 0), d(31, 0), 4, 1);
  ad("K3", "S2", d(5));
  b.plan("FA3", "S2", d(1, 0), d(31, 0), 4, 4, { status: "草拟" }); // a draft is not appraised
  b.order("K1", "S1", d(10), 1000);
  b.payment("K1", "S1", d(20), 1000);
  b.order("K3", "S2", d(10), 500);
  b.payment("K3", "S2", d(20), 250, { feedbackAt: addHours(d(20), 60) }); // feedback 60 h after, limit 48 h
  b.order("K4", "S3", d(12), 800);
  const complaint = b.complaint("K4", "S3", d(5), { approver: "S2" }); // approved by S3's 上级, closed 10 days later, limit 7 days
  complaint.record.closedAt = addDays(d(5), 10);
  complaint.record.callbackAt = addDays(d(5), 11);
  b.order("K4", "S3", utcDate(2026, 11, 2), 9999); // after the period: not counted
  return b.log;
}

describe("业绩考核", () => {
  test("a period is judged the day after it ends, or today while it runs", () => {
    expect(judgedOn(OCT, TODAY)).toEqual(utcDate(2026, 11, 1));
    expect(judgedOn(parsePeriod("2026-Q4")!, TODAY)).toEqual(TODAY);
  });

  test("counts, rates, weighted score and rank within the department", () => {
    const l = log();
    const rows = scoreAppraisal(appraisalCounts(l, OCT, TODAY), l.settings.appraisal);
    const pick = (rep: string) => rows.find((r) => r.rep === rep)!;
    expect(rows.map((r) => r.rep)).toEqual(["S1", "S2", "S3"]);
    expect(pick("S1")).toMatchObject({ department: "一组", plans: 1, planCompletion: 1, feedbackRate: 1, salesScore: 1, collectionRate: 1, findings: 0, score: 100, rank: 1, ranked: 2 });
    expect(pick("S2")).toMatchObject({ department: "一组", plans: 1, planCompletion: 0.25, sales: 500, collections: 250, salesScore: 0.5, collectionRate: 0.5, findings: 1, rank: 2, ranked: 2 });
    expect(pick("S2").feedbackRate).toBeCloseTo(2 / 3, 9);
    expect(pick("S2").byFamily.feedback).toBe(1);
    // (0.25·25 + 2/3·10 + 0.5·20 + 0.5·10) / 65 · 100 − 1 finding
    expect(pick("S2").score).toBe(41.9);
    expect(pick("S3")).toMatchObject({ department: "二组", closingsJudged: 1, closingsInLimit: 0, closingRate: 0, sales: 800, collectionRate: 0, rank: 1, ranked: 1 });
    // (0·15 + 1·10 + 1·20 + 0·10) / 55 · 100
    expect(pick("S3").score).toBe(54.5);
    expect(pick("S3").onTimeRate).toBeUndefined();
  });

  test("many workbooks add up per rep before they are scored", () => {
    const l = log();
    const one = appraisalCounts(l, OCT, TODAY);
    const merged = mergeCounts([one, appraisalCounts(log(), OCT, TODAY)]);
    const s2 = merged.find((r) => r.rep === "S2")!;
    expect([s2.sales, s2.plans, s2.feedbackJudged, s2.findings]).toEqual([1000, 2, 6, 2]);
    const scored = scoreAppraisal(merged, l.settings.appraisal);
    expect(scored.find((r) => r.rep === "S2")!.feedbackRate).toBeCloseTo(2 / 3, 9);
  });

  test("a department's own plans count for its head and are listed per department", () => {
    const l = log();
    l.departments[0].record.head = "S1";
    // 一组's plan: S1 and S2 reached K1, K2, K3 in October (target 6, minimum 4: below it)
    l.plans.push({ row: 10, record: { id: "FA-D", department: "D1", cycle: "月", start: d(1, 0), end: d(31, 0), planType: "宣传", target: 6, minimum: 4, status: "执行中" } });
    // 二组 names no head: its plan is listed but counts for nobody
    l.plans.push({ row: 11, record: { id: "FA-E", department: "二组", cycle: "月", start: d(1, 0), end: d(31, 0), planType: "宣传", target: 2, minimum: 1, status: "执行中" } });
    const { reps, departments } = appraiseWorkbook(l, OCT, TODAY);
    const s1 = reps.find((r) => r.rep === "S1")!;
    expect([s1.plans, s1.planCompletionSum]).toEqual([2, 1 + 0.5]);
    expect(s1.byFamily.plans).toBe(1);
    expect(departments).toEqual([
      { department: "一组", head: "S1", plans: 1, planCompletionSum: 0.5, belowMinimum: 1 },
      { department: "二组", head: undefined, plans: 1, planCompletionSum: 0, belowMinimum: 1 },
    ]);
    expect(reps.reduce((n, r) => n + r.plans, 0)).toBe(3); // FA1, FA2 and 一组's; not 二组's
    expect(mergeDepartmentPlans([departments, departments]).map((x) => [x.department, x.plans, x.belowMinimum])).toEqual([
      ["一组", 2, 2],
      ["二组", 2, 2],
    ]);
  });

  test("many workbooks are scored with the weights their 设置 agree on; when they differ, each set is named with its workbooks", () => {
    const base = DEFAULT_SETTINGS.appraisal;
    expect(weightsInForce([base, { ...base }])).toEqual({ weights: base });
    const heavier = { ...base, plans: 40, perFinding: 2 };
    expect(weightsInForce([base, heavier, { ...base }])).toEqual({
      groups: [
        { weights: base, books: [0, 2] },
        { weights: heavier, books: [1] },
      ],
      differ: ["plans", "perFinding"],
    });
  });
});

describe("业绩考核: follow-ups on time", () => {
  test("the period's follow-up gaps judged by the cadence give the on-time rate; a late one is also a finding of 跟进周期", () => {
    const b = new LogBuilder();
    b.staff("S1", "甲");
    b.customer({ code: "K1", name: "甲公司", grade: "B", rep: "S1" });
    // B every 7 days: 10-01 → 10-08 on time, 10-08 → 10-20 five days late, 10-20 → 10-27 on time
    for (const day of [1, 8, 20, 27]) b.followUp("K1", "S1", d(day), { gradeAfter: "B" });
    const [s1] = scoreAppraisal(appraisalCounts(b.log, OCT, TODAY), b.log.settings.appraisal);
    expect([s1.rep, s1.followUpGaps, s1.followUpGapsOnTime]).toEqual(["S1", 3, 2]);
    expect(s1.onTimeRate).toBeCloseTo(2 / 3, 9);
    expect(s1.byFamily.cadence).toBe(1);
  });
});
