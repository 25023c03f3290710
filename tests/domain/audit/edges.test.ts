import { audit, type Finding, type RuleId } from "../../../src/domain/audit";
import { utcDate } from "../../../src/domain/time";
import { LogBuilder } from "../../fixtures/audit/builder";

const TODAY = utcDate(2026, 11, 23);
const d = (m: number, day: number) => utcDate(2026, m, day, 10);
const of = (findings: Finding[], rule: RuleId) => findings.filter((f) => f.rule === rule);

describe("samples", () => {
  it("reads 样品重复发放天数 from 设置, 0 turning the rule off, and compares each issue with the last of its item", () => {
    const b = new LogBuilder();
    b.sample("K1", "S1", d(10, 1), 100);
    b.sample("K1", "S1", d(10, 8), 100); // 7 days after
    b.sample("K1", "S1", d(10, 18), 100); // 10 days after the last one
    b.sample("K2", "S1", d(10, 2), 100); // another customer
    b.sample("K1", "S1", d(10, 3), 100, { item: "ＰＯＰ海报" });
    b.sample("K1", "S1", d(10, 5), 100, { item: "pop 海报" }); // the same item, typed otherwise
    expect(of(audit(b.log, TODAY).findings, "samples.repeat").map((f) => f.ref.row).sort()).toEqual([3, 7]);
    b.log.settings.audit.sampleRepeatDays = 10;
    expect(of(audit(b.log, TODAY).findings, "samples.repeat").map((f) => f.ref.row).sort()).toEqual([3, 4, 7]);
    b.log.settings.audit.sampleRepeatDays = 0;
    expect(of(audit(b.log, TODAY).findings, "samples.repeat")).toEqual([]);
  });

  it("names the issue without an approver, and leaves issues dated after today alone", () => {
    const b = new LogBuilder();
    b.sample("K1", "S1", d(11, 2), 80, { approver: undefined });
    b.sample("K1", "S1", d(11, 30), 80, { approver: undefined, item: "海报" });
    const [f, ...rest] = of(audit(b.log, TODAY).findings, "samples.noApprover");
    expect(rest).toEqual([]);
    expect(f.ref).toEqual({ sheet: "samples", column: "approver", row: 2 });
    expect(f.message.zh).toBe("2026-11-02发放的样品“试饮装×10”（¥80.00）未填审批人。");
  });
});

describe("promises without a due date", () => {
  it("takes 设置's default, says so, and is high only once that day has passed", () => {
    const b = new LogBuilder();
    b.followUp("K1", "S1", d(11, 16), { promise: "送样" }); // default due 11-23: today, not yet late
    b.followUp("K1", "S1", d(11, 10), { promise: "报价" }); // due 11-17: 6 days late
    b.followUp("K1", "S1", d(11, 10), { promise: "返利", promiseKept: true });
    const found = of(audit(b.log, TODAY).findings, "promise.noDue");
    expect(found.map((f) => [f.ref.row, f.severity, f.daysLate])).toEqual([
      [3, "高", 6],
      [2, "低", undefined],
    ]);
    expect(found[0].message.zh).toBe("承诺“报价”（2026-11-10）未填承诺期限，按默认7天应于2026-11-17兑现，已逾期6天仍未标记兑现。");
    expect(found[1].message.en).toContain("by the default of 7 days it falls due on 2026-11-23");
    b.log.settings.audit.promiseDefaultDays = 14;
    expect(of(audit(b.log, TODAY).findings, "promise.noDue").map((f) => f.severity)).toEqual(["低", "低"]);
    expect(of(audit(b.log, TODAY).findings, "promise.unkept")).toEqual([]);
  });
});

describe("invoices and returns that age", () => {
  it("counts from the 开票日期 and the day a return was logged, over 设置's limits; 0 turns a rule off", () => {
    const b = new LogBuilder();
    b.invoice("K1", "S1", d(11, 20), { invoiceDate: d(10, 23), delivery: "退回" }); // 31 days since it was issued
    b.invoice("K1", "S1", d(10, 1), { invoiceDate: d(10, 24), delivery: "未寄出" }); // 30 days
    b.returnRecord("K1", "S1", d(11, 8), { returnStatus: "申请" }); // 15 days
    b.returnRecord("K1", "S1", d(11, 1), { returnStatus: "已退款" });
    const r = audit(b.log, TODAY).findings;
    expect(of(r, "invoice.notReceived").map((f) => [f.ref.row, f.daysLate])).toEqual([[2, 1]]);
    expect(of(r, "return.open").map((f) => [f.ref.row, f.daysLate])).toEqual([[2, 1]]);
    expect(of(r, "return.open")[0].message.en).toBe('The exchange of "礼盒" logged on 2026-11-08 is still open after 15 days (limit 14).');
    b.log.settings.audit.invoiceReceiptDays = 0;
    b.log.settings.audit.returnOpenDays = 15;
    const off = audit(b.log, TODAY).findings;
    expect([...of(off, "invoice.notReceived"), ...of(off, "return.open")]).toEqual([]);
  });
});

describe("ABC duties", () => {
  it("say since when each duty went undone within the ABC period, not since a 建档日期 years back, on the ABC类 cell in both languages", () => {
    const b = new LogBuilder();
    b.staff("S1", "张敏", { manager: "M1" });
    b.staff("M1", "周经理", { role: "经理" });
    const old = b.customer({ code: "K1", name: "老客户", grade: "B", rep: "S1", abc: "A", createdAt: utcDate(2017, 4, 26) });
    b.followUp("K1", "M1", utcDate(2024, 3, 5), { source: "拜访", gradeAfter: "B" });
    b.followUp("K1", "S1", d(11, 20), { source: "电话", gradeAfter: "B" });
    b.customer({ code: "K2", name: "新客户", grade: "B", rep: "S1", abc: "B", createdAt: utcDate(2026, 2, 10) });
    b.followUp("K2", "S1", d(3, 2), { source: "拜访", gradeAfter: "B" });
    b.followUp("K2", "S1", d(11, 20), { source: "电话", gradeAfter: "B" });
    const [k1, k2, ...rest] = of(audit(b.log, TODAY).findings, "abc.duty");
    expect(rest).toEqual([]);
    expect(k1.ref).toEqual({ sheet: "customers", column: "abc", row: old.row });
    expect([k1.at, k1.daysLate]).toEqual([utcDate(2026, 5, 1), 206]);
    expect(k1.message.zh).toBe("A类客户：每6个月应有一次主管拜访，2025-11-01（ABC统计期起）以来没有，上次2024-03-05，2026-05-01起已逾期206天。");
    expect(k1.message.en).toBe("ABC class A: a visit by a manager every 6 months: none since 2025-11-01, when the ABC period began (the last on 2024-03-05), 206 days overdue since 2026-05-01.");
    expect(k2.message.zh).toBe("B类客户：每6个月应有一次信函或问卷，2026-02-10建档以来没有，2026-08-10起已逾期105天。");
    expect(k2.message.en).toBe("ABC class B: a letter or survey every 6 months: none since the customer was created on 2026-02-10, 105 days overdue since 2026-08-10.");
  });
});

describe("who holds a customer when a manager visits", () => {
  it("charges a lapse to the rep, not to the manager who joined the last visit; a colleague's contact still moves it", () => {
    const b = new LogBuilder();
    b.staff("S1", "张敏", { manager: "M1" });
    b.staff("S2", "李强");
    b.staff("M1", "周经理", { role: "经理" });
    b.customer({ code: "K1", name: "客户K1", grade: "B", rep: "S1", createdAt: utcDate(2025, 1, 1) });
    b.followUp("K1", "S1", d(10, 1), { gradeAfter: "B" });
    b.followUp("K1", "M1", d(10, 1), { source: "拜访", gradeAfter: "B" }); // joins the rep's visit; the next is late
    b.followUp("K1", "S1", d(10, 15), { gradeAfter: "B" });
    b.followUp("K1", "M1", d(11, 2), { source: "拜访", gradeAfter: "B" }); // visits alone; open since 11-09
    b.customer({ code: "K2", name: "客户K2", grade: "B", rep: "S1", createdAt: utcDate(2025, 1, 1) });
    b.followUp("K2", "S2", d(11, 2), { gradeAfter: "B" }); // S2 stands above nobody: the customer moved to S2 unlogged
    const lapses = of(audit(b.log, TODAY).findings, "cadence.lapse");
    expect(lapses.map((f) => [f.customer, f.rep, f.daysLate])).toEqual([
      ["K1", "S1", 7],
      ["K1", "S1", 11],
      ["K1", "S1", 14],
      ["K2", "S2", 14],
    ]);
  });
});
