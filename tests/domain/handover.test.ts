import { buildDossiers, customersOfRep, RECENT_EVENTS } from "../../src/domain/handover";
import { addDays, isoDate, utcDate } from "../../src/domain/time";
import { LogBuilder } from "../fixtures/audit/builder";

const TODAY = utcDate(2026, 11, 23);
const d = (m: number, day: number, y = 2026) => utcDate(y, m, day);

function sample() {
  const b = new LogBuilder();
  b.customer({ code: "K1", name: "华东批发", grade: "B", rep: "S2", contact: "赵经理", phone: "138", keyPeople: "赵总：钓鱼", abc: "C" });
  b.customer({ code: "K2", name: "other", grade: "D", rep: "S1" });
  b.followUp("K1", "S1", d(8, 1), { gradeAfter: "D" });
  b.followUp("K1", "S1", d(8, 20), { gradeAfter: "D" });
  b.followUp("K1", "S1", d(9, 1), { gradeAfter: "B", promise: "9月底前送样", promiseDue: d(9, 30) });
  b.followUp("K1", "S1", d(9, 5), { gradeAfter: "B", promise: "已兑现的承诺", promiseDue: d(9, 10), promiseKept: true });
  b.followUp("K1", "S2", d(10, 1), { gradeAfter: "B", serviceType: "交接", description: "由 S1 交接给 S2" });
  b.followUp("K1", "S2", d(11, 10), { gradeAfter: "B", result: "有意向" });
  b.complaint("K1", "S2", d(11, 12), { status: "处理中", description: "包装破损" });
  b.complaint("K1", "S1", d(9, 12));
  b.returnRecord("K1", "S2", d(11, 13), { returnStatus: "申请" });
  b.returnRecord("K1", "S2", d(10, 13));
  b.invoice("K1", "S2", d(11, 14), { delivery: "已寄出", invoiceNo: "F001" });
  b.invoice("K1", "S2", d(10, 14));
  b.sample("K1", "S2", d(11, 15), 100, { status: "处理中", item: "试饮装" });
  b.order("K1", "S2", d(11, 2), 500, "零食");
  b.order("K1", "S2", d(10, 2), 3000, "饮料");
  b.order("K1", "S2", d(10, 3), 1000, "零食");
  b.order("K1", "S2", d(11, 30, 2025), 999, "饮料"); // in the first of the 12 complete months before this one
  b.order("K1", "S2", d(12, 2, 2025), 2000, "饮料");
  b.order("K1", "S2", d(10, 5), 7777, "饮料", { txType: "回款" }); // a payment is not a sale
  b.order("K2", "S1", d(10, 2), 100000, "饮料");
  return b.log;
}

describe("handover dossier", () => {
  const [k1] = buildDossiers(sample(), ["K1", "NOPE"], TODAY);

  it("keeps only customers of the archive", () => {
    expect(buildDossiers(sample(), ["K1", "NOPE", "K2"], TODAY).map((x) => x.customer.record.code)).toEqual(["K1", "K2"]);
  });

  it("shows the grade history as changes and who had the customer when", () => {
    expect(k1.gradeHistory.map((g) => [isoDate(g.at), g.grade])).toEqual([
      ["2026-08-01", "D"],
      ["2026-09-01", "B"],
    ]);
    expect(k1.reps.map((p) => [p.rep, isoDate(p.from), isoDate(p.to), p.handedOver])).toEqual([
      ["S1", "2026-08-01", "2026-09-05", false],
      ["S2", "2026-10-01", "2026-11-10", true],
    ]);
  });

  it("gives the last follow-up (not the handover row) and the next due day", () => {
    expect(k1.lastFollowUp).toMatchObject({ rep: "S2", grade: "B", result: "有意向" });
    expect(isoDate(k1.lastFollowUp!.at)).toBe("2026-11-10");
    expect(isoDate(k1.nextDue!)).toBe("2026-11-17");
    expect(k1.daysOverdue).toBe(6);
  });

  it("lists everything open as the 客户 panel does (domain/customer-timeline.ts): complaint, return, invoice, unkept promise, sample", () => {
    expect(k1.open.map((o) => [o.kind, o.state])).toEqual([
      ["complaint", "处理中"],
      ["return", "申请"],
      ["invoice", "已寄出"],
      ["promise", "逾期（2026-09-30）"],
      ["sample", "处理中"],
    ]);
    expect(k1.open[2].text).toContain("F001");
  });

  it("sums orders of the 12 complete months (ABC's window) by month and category, largest category first", () => {
    // One period for the table and the ABC figure: 2025-11 .. 2026-10, so this month's 500 is not in it.
    expect(k1.sales.label).toBe("近12个月（2025-11 至 2026-10）");
    expect(k1.sales.months[0]).toBe("2025-11");
    expect(k1.sales.months[11]).toBe("2026-10");
    expect(k1.sales.categories).toEqual(["饮料", "零食"]);
    expect(k1.sales.amounts[0]).toEqual([999, 0]);
    expect(k1.sales.amounts[1]).toEqual([2000, 0]);
    expect(k1.sales.amounts[11]).toEqual([3000, 1000]);
    expect(k1.sales.monthTotals[11]).toBe(4000);
    expect(k1.sales.total).toBe(6999);
    expect(k1.sales.total).toBe(k1.abc.sales12);
  });

  it("classifies ABC from the 12 complete months against every customer", () => {
    // 2025-11 .. 2026-10: the 999 of 2025-11-30 counts here, this month's 500 does not.
    expect(k1.abc).toMatchObject({ stored: "C", computed: "B", sales12: 6999 });
    // Before 2026-10 only the 999 of 2025-11 and the 2,000 of 2025-12 were in any window; K2 had nothing: K1 was A.
    expect(k1.abc.history.map((h) => [h.month, h.abc, h.sales12])).toEqual([
      ["2026-02", "A", 2999],
      ["2026-05", "A", 2999],
      ["2026-08", "A", 2999],
      ["2026-11", "B", 6999],
    ]);
  });

  it("lists key contacts and the last events, newest first", () => {
    expect(k1.contacts.map((c) => c.key)).toEqual(["contact", "phone", "keyPeople"]);
    expect(k1.recent[0].at.getTime()).toBeGreaterThanOrEqual(k1.recent[1].at.getTime());
    const log = sample();
    const events = [log.followUps, log.complaints, log.returns, log.invoices, log.samples, log.transactions].flat().filter((r) => r.record.customer === "K1");
    expect(k1.recent.length).toBe(events.length);
  });

  it("keeps the timeline to the last 20 events", () => {
    const log = sample();
    const b = new LogBuilder();
    Object.assign(b.log, log);
    for (let i = 0; i < 30; i++) b.followUp("K1", "S2", addDays(d(1, 1), i), { gradeAfter: "B" });
    const [x] = buildDossiers(b.log, ["K1"], TODAY);
    expect(x.recent).toHaveLength(RECENT_EVENTS);
    expect(isoDate(x.recent[0].at)).toBe("2026-11-15");
  });

  it("finds a rep's customers", () => {
    expect(customersOfRep(sample(), "S1")).toEqual(["K2"]);
  });
});
