import { audit, type Finding, type RuleId } from "../../../src/domain/audit";
import { addDays, addHours, utcDate } from "../../../src/domain/time";
import { LogBuilder } from "../../fixtures/audit/builder";

const TODAY = utcDate(2026, 11, 23); // a Monday
const d = (m: number, day: number, y = 2026, h = 0) => utcDate(y, m, day, h);
const of = (findings: Finding[], rule: RuleId) => findings.filter((f) => f.rule === rule);

describe("cadence", () => {
  it("moves a due date off the weekend only when 设置 says so", () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "k", grade: "B", rep: "S1" });
    b.followUp("K1", "S1", d(11, 14), { gradeAfter: "B" }); // Saturday: due Saturday 11-21
    b.followUp("K1", "S1", d(11, 23), { gradeAfter: "B" }); // Monday
    expect(of(audit(b.log, TODAY).findings, "cadence.lapse").map((f) => f.daysLate)).toEqual([2]);
    b.log.settings.shiftHolidays = true;
    expect(of(audit(b.log, TODAY).findings, "cadence.lapse")).toEqual([]);
  });

  it("uses 设置's cadence table", () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "k", grade: "C", rep: "S1" });
    b.followUp("K1", "S1", d(11, 1), { gradeAfter: "C" });
    b.followUp("K1", "S1", d(11, 20), { gradeAfter: "C" });
    expect(of(audit(b.log, TODAY).findings, "cadence.lapse")).toHaveLength(1);
    b.log.settings.cadenceDays.C = 20;
    expect(of(audit(b.log, TODAY).findings, "cadence.lapse")).toHaveLength(0);
  });

  it("charges a gap to the rep who had the customer when it fell due, and counts on-time gaps", () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "k", grade: "B", rep: "S2" });
    b.followUp("K1", "S1", d(10, 1), { gradeAfter: "B" });
    b.followUp("K1", "S1", d(10, 8), { gradeAfter: "B" }); // on time (S1)
    b.followUp("K1", "S2", d(10, 10), { gradeAfter: "B", serviceType: "交接" });
    b.followUp("K1", "S2", d(10, 25), { gradeAfter: "B" }); // due 10-15 under S2: 10 days late
    b.followUp("K1", "S2", d(11, 1), { gradeAfter: "B" }); // on time (S2)
    b.followUp("K1", "S2", d(11, 20), { gradeAfter: "B" }); // due 11-08: 12 days late
    const r = audit(b.log, TODAY);
    expect(of(r.findings, "cadence.lapse").map((f) => [f.rep, f.daysLate])).toEqual([
      ["S2", 10],
      ["S2", 12],
    ]);
    const s1 = r.scorecards.find((s) => s.rep === "S1")!;
    const s2 = r.scorecards.find((s) => s.rep === "S2")!;
    expect([s1.followUpGaps, s1.onTimeRate]).toEqual([1, 1]);
    expect([s2.followUpGaps, s2.followUpGapsOnTime]).toEqual([3, 1]);
    expect(s2.byFamily.cadence).toBe(2);
  });

  it("counts a customer never followed up from 建档日期, and ignores follow-ups dated after today", () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "k", grade: "D", rep: "S1", createdAt: d(9, 1) });
    b.followUp("K1", "S1", d(12, 1), { gradeAfter: "D" });
    const [f] = of(audit(b.log, TODAY).findings, "cadence.lapse");
    expect(f.daysLate).toBe(53); // due 10-01
    expect(f.ref).toEqual({ sheet: "customers", column: "nextDue", row: 2 });
  });
});

describe("feedback", () => {
  it("accepts feedback exactly at the limit and reads each sheet's limit from 设置", () => {
    const b = new LogBuilder();
    const at = d(11, 2, 2026, 9);
    b.invoice("K1", "S1", at, { feedbackAt: addHours(at, 48) });
    b.invoice("K1", "S1", at, { feedbackAt: addHours(at, 49) });
    expect(of(audit(b.log, TODAY).findings, "feedback.late").map((f) => f.ref.row)).toEqual([3]);
    b.log.settings.feedbackHours.invoices = 72;
    expect(of(audit(b.log, TODAY).findings, "feedback.late")).toEqual([]);
  });

  it("waits for the limit before reporting missing feedback, and skips future events", () => {
    const b = new LogBuilder();
    b.returnRecord("K1", "S1", addHours(TODAY, -47), { feedbackAt: undefined, status: "处理中" });
    b.returnRecord("K1", "S1", addHours(TODAY, -49), { feedbackAt: undefined, status: "处理中" });
    b.returnRecord("K1", "S1", addDays(TODAY, 3), { feedbackAt: undefined, status: "处理中" });
    expect(of(audit(b.log, TODAY).findings, "feedback.missing").map((f) => f.ref.row)).toEqual([3]);
  });

  it("rates complaints in limit per rep", () => {
    const b = new LogBuilder();
    b.complaint("K1", "S1", d(10, 1, 2026, 9), { feedbackAt: d(10, 1, 2026, 20) });
    b.complaint("K1", "S1", d(10, 3, 2026, 9), { feedbackAt: d(10, 5, 2026, 9) });
    const card = audit(b.log, TODAY).scorecards.find((s) => s.rep === "S1")!;
    expect([card.complaintsJudged, card.complaintsInLimit, card.complaintRate]).toEqual([2, 1, 0.5]);
  });
});

describe("complaints", () => {
  it("lists every missing step of a closed complaint and points at the first", () => {
    const b = new LogBuilder();
    b.complaint("K1", "S1", d(10, 1, 2026, 9), { responsiblePerson: undefined, approvedAt: undefined, lessons: " " });
    const [f] = audit(b.log, TODAY).findings;
    expect(f.rule).toBe("complaint.steps");
    expect(f.message.zh).toBe("投诉已结案，但第3步（分派）、第6步（审批）、第8步（总结）没有做完。");
    expect(f.ref.column).toBe("responsiblePerson");
  });

  it("asks an invalid complaint only for the judgement and its note", () => {
    const b = new LogBuilder();
    const none = { responsibleDept: undefined, causeAnalysis: undefined, remedy: undefined, approver: undefined, closedAt: undefined, callbackAt: undefined };
    b.complaint("K1", "S1", d(10, 1, 2026, 9), { ...none, validity: "无效", validityNote: "已解释" });
    b.complaint("K1", "S1", d(10, 2, 2026, 9), { ...none, validity: "无效" });
    const found = audit(b.log, TODAY).findings;
    expect(found.map((f) => [f.rule, f.ref.column, f.ref.row])).toEqual([["complaint.steps", "validityNote", 3]]);
  });

  it("needs an approver for a discount or compensation, open or closed", () => {
    const b = new LogBuilder();
    b.complaint("K1", "S1", d(11, 20, 2026, 9), { remedy: "折价赔偿", approver: "M1" });
    b.complaint("K1", "S1", d(11, 20, 2026, 9), { remedy: "换货", compensation: 50, approver: undefined, status: "处理中" });
    b.complaint("K1", "S1", d(11, 20, 2026, 9), { remedy: "换货", approver: undefined, status: "处理中" });
    expect(of(audit(b.log, TODAY).findings, "complaint.approval").map((f) => f.ref.row)).toEqual([3]);
  });

  it("accepts a 回访 follow-up as the callback, but only within the limit", () => {
    const b = new LogBuilder();
    b.complaint("K1", "S1", d(10, 1, 2026, 9), { closedAt: d(10, 2), callbackAt: undefined });
    b.followUp("K1", "S1", d(10, 9), { serviceType: "回访" });
    b.complaint("K2", "S1", d(10, 1, 2026, 9), { closedAt: d(10, 2), callbackAt: undefined });
    b.followUp("K2", "S1", d(10, 10), { serviceType: "回访" });
    b.complaint("K3", "S1", d(10, 1, 2026, 9), { closedAt: d(10, 2), callbackAt: d(10, 12) });
    const found = of(audit(b.log, TODAY).findings, "complaint.callback");
    expect(found.map((f) => [f.customer, f.daysLate])).toEqual([
      ["K2", 45],
      ["K3", 3],
    ]);
    expect(found[1].message.zh).toContain("10天后");
  });

  it("reports an open complaint only after the limit in 设置", () => {
    const b = new LogBuilder();
    b.complaint("K1", "S1", d(11, 10, 2026, 9), { status: "处理中" });
    expect(of(audit(b.log, TODAY).findings, "complaint.open")).toHaveLength(1);
    b.log.settings.audit.openComplaintDays = 14;
    expect(of(audit(b.log, TODAY).findings, "complaint.open")).toHaveLength(0);
  });
});

describe("records, samples and promises", () => {
  it("asks done and closed events for a resolution and a summary, not open ones", () => {
    const b = new LogBuilder();
    b.invoice("K1", "S1", d(10, 1, 2026, 9), { resolution: "", summary: undefined, status: "已关闭" });
    b.invoice("K1", "S1", d(10, 1, 2026, 9), { resolution: undefined, status: "处理中" });
    const [f, ...rest] = of(audit(b.log, TODAY).findings, "records.incomplete");
    expect(rest).toEqual([]);
    expect([f.ref.column, f.ref.row]).toEqual(["resolution", 2]);
    expect(f.message.zh).toContain("处理结果和总结");
  });

  it("takes the quota of the grade in force when the quota is crossed", () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "k", grade: "D", rep: "S1" });
    b.followUp("K1", "S1", d(10, 1), { gradeAfter: "D" });
    b.sample("K1", "S1", d(10, 2), 400);
    b.followUp("K1", "S1", d(10, 3), { gradeAfter: "B" });
    b.sample("K1", "S1", d(10, 4), 400); // ¥800 under B's ¥3,000
    b.sample("K1", "S1", d(11, 4), 2000);
    b.sample("K1", "S1", d(11, 5), 1500); // ¥3,500 in November
    const found = of(audit(b.log, TODAY).findings, "samples.quota");
    expect(found.map((f) => f.ref.row)).toEqual([5]);
    expect(found[0].message.zh).toContain("¥3,500.00");
  });

  it("reports a promise only after its day, and not once kept", () => {
    const b = new LogBuilder();
    b.followUp("K1", "S1", d(11, 1), { promise: "送样", promiseDue: TODAY });
    b.followUp("K1", "S1", d(11, 1), { promise: "送样", promiseDue: d(11, 22) });
    b.followUp("K1", "S1", d(11, 1), { promise: "送样", promiseDue: d(11, 2), promiseKept: true });
    b.followUp("K1", "S1", d(11, 1), { promise: "", promiseDue: d(11, 2) });
    expect(of(audit(b.log, TODAY).findings, "promise.unkept").map((f) => [f.ref.row, f.daysLate])).toEqual([[3, 1]]);
  });
});

describe("sales warnings", () => {
  const months = (b: LogBuilder, code: string, amounts: number[], category = "饮料") =>
    amounts.forEach((a, i) => a && b.order(code, "S1", utcDate(2025, 11 + i, 15), a, category));

  it("warns at a 30% drop, not at 29%", () => {
    const b = new LogBuilder();
    months(b, "K1", [100, 100, 100, 100, 100, 100, 100, 100, 100, 70, 70, 70]);
    months(b, "K2", [100, 100, 100, 100, 100, 100, 100, 100, 100, 71, 71, 71]);
    expect(of(audit(b.log, TODAY).findings, "sales.drop").map((f) => f.customer)).toEqual(["K1"]);
  });

  it("skips the spike rule when most months are empty, and counts this month's orders", () => {
    const b = new LogBuilder();
    months(b, "K1", [0, 0, 0, 0, 0, 0, 0, 100, 100, 100, 100, 100]);
    months(b, "K1", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 900]); // October ×10, but the median is 0
    months(b, "K2", [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    const spike = b.order("K2", "S1", d(11, 2), 250);
    const found = of(audit(b.log, TODAY).findings, "sales.spike");
    expect(found.map((f) => [f.customer, f.ref.row])).toEqual([["K2", spike.row]]);
  });

  it("compares the stored ABC class with the 12 months' orders", () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "k", grade: "C", rep: "S1", abc: "B" });
    b.customer({ code: "K2", name: "k", grade: "C", rep: "S1", abc: "B" }); // 9,000 of 10,500 above it: B
    b.customer({ code: "K3", name: "k", grade: "C", rep: "S1" });
    b.order("K1", "S1", d(6, 1), 9000);
    b.order("K2", "S1", d(6, 1), 1000);
    b.order("K3", "S1", d(6, 1), 500);
    const found = of(audit(b.log, TODAY).findings, "sales.abcMismatch");
    expect(found.map((f) => [f.customer, f.ref.column])).toEqual([["K1", "abc"]]);
    expect(found[0].message.zh).toContain("应为A类");
  });
});

describe("scorecards", () => {
  it("lists every active rep of 员工, worst on-time rate first, with names", () => {
    const b = new LogBuilder();
    b.staff("S1", "甲");
    b.staff("S9", "闲");
    b.customer({ code: "K1", name: "k", grade: "B", rep: "S1" });
    b.followUp("K1", "S1", d(11, 1), { gradeAfter: "B" });
    b.followUp("K1", "S1", d(11, 20), { gradeAfter: "B" });
    const cards = audit(b.log, TODAY).scorecards;
    expect(cards.map((c) => [c.rep, c.name, c.onTimeRate])).toEqual([
      ["S1", "甲", 0],
      ["S9", "闲", undefined],
    ]);
  });
});
