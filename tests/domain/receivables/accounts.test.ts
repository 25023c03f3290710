import { dayNumber } from "../../../src/domain/cadence";
import { computeReceivables, controlTables, totalsOf, type CustomerAccount } from "../../../src/domain/receivables";
import { utcDate } from "../../../src/domain/time";
import { LogBuilder } from "../../fixtures/audit/builder";

const d = (m: number, day: number, y = 2026, h = 10) => utcDate(y, m, day, h);
const AS_OF = utcDate(2026, 11, 23);
const yuan = (cents: number) => cents / 100;

function account(b: LogBuilder, code: string, asOf = AS_OF): CustomerAccount {
  return computeReceivables(b.log, asOf).accounts.find((a) => a.customer === code)!;
}

describe("receivables per customer", () => {
  it("matches payments to the oldest bills first and ages what is open by its due day", () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "甲", grade: "B", rep: "S1", paymentTerms: "账期30天" });
    b.shipment("K1", "S1", d(6, 1), 1000); // due 07-01: 145 days overdue
    b.shipment("K1", "S1", d(9, 10), 2000); // due 10-10: 44 days
    b.shipment("K1", "S1", d(10, 10), 3000); // due 11-09: 14 days
    b.shipment("K1", "S1", d(11, 1), 4000); // due 12-01: not due
    b.payment("K1", "S1", d(7, 5), 1000);
    b.payment("K1", "S1", d(11, 1, 2026, 15), 500);
    const a = account(b, "K1");
    expect(yuan(a.billedCents)).toBe(10000);
    expect(yuan(a.collectedCents)).toBe(1500);
    expect(yuan(a.openCents)).toBe(8500);
    expect(yuan(a.balanceCents)).toBe(8500);
    expect(a.agingCents.map(yuan)).toEqual([4000, 3000, 1500, 0, 0]);
    expect(yuan(a.overdueCents)).toBe(4500);
    expect(a.maxDaysOverdue).toBe(44);
    expect(a.open.map((i) => yuan(i.openCents))).toEqual([1500, 3000, 4000]);
    expect(a.items[0].closedDay).toBe(dayNumber(d(7, 5)));
  });

  it("puts 月结 bills on the statement of their 结账日 and ages them from the statement's due day", () => {
    const b = new LogBuilder();
    b.customer({ code: "K2", name: "乙", grade: "B", rep: "S1", paymentTerms: "月结30天", billingDay: 25 });
    b.shipment("K2", "S1", d(9, 26), 100); // statement 10-25, due 11-24: not due on 11-23
    b.shipment("K2", "S1", d(9, 25), 200); // statement 09-25, due 10-25: 29 days
    b.shipment("K2", "S1", d(8, 20), 400); // statement 08-25, due 09-24: 60 days
    b.shipment("K2", "S1", d(7, 20), 800); // statement 07-25, due 08-24: 91 days
    const a = account(b, "K2");
    expect(a.agingCents.map(yuan)).toEqual([100, 200, 400, 0, 800]);
    expect(a.maxDaysOverdue).toBe(91);
  });

  it("keeps a prepayment unapplied until the next bill, which it settles on the bill's day", () => {
    const b = new LogBuilder();
    b.customer({ code: "K3", name: "丙", grade: "A", rep: "S2", paymentTerms: "款到发货" });
    b.payment("K3", "S2", d(11, 2, 2026, 9), 5000);
    let a = account(b, "K3", utcDate(2026, 11, 2));
    expect([a.billedCents, a.openCents, a.unappliedCents, a.balanceCents]).toEqual([0, 0, 500000, -500000]);
    b.shipment("K3", "S2", d(11, 3, 2026, 14), 3000);
    a = account(b, "K3");
    expect(yuan(a.unappliedCents)).toBe(2000);
    expect(yuan(a.collectedCents)).toBe(3000);
    const rows = controlTables(computeReceivables(b.log, AS_OF));
    expect(rows.collected.map((r) => [r.collectionDays, r.daysLate])).toEqual([[0, 0]]);
  });

  it("credits only returns sent back and refunded (退货 · 已退款)", () => {
    const b = new LogBuilder();
    b.customer({ code: "K4", name: "丁", grade: "C", rep: "S1", paymentTerms: "月结60天" });
    b.shipment("K4", "S1", d(10, 5), 1000);
    b.returnRecord("K4", "S1", d(10, 20), { mode: "退货", returnStatus: "已退款", amount: 150 });
    b.returnRecord("K4", "S1", d(10, 21), { mode: "退货", returnStatus: "已收货", amount: 70 });
    b.returnRecord("K4", "S1", d(10, 22), { mode: "换货", returnStatus: "已换货", amount: 90 });
    const a = account(b, "K4");
    expect([yuan(a.creditedCents), yuan(a.openCents), yuan(a.balanceCents)]).toEqual([150, 850, 850]);
  });

  it("bills invoices on their invoice date when 设置 says 发票, and ignores shipments then", () => {
    const b = new LogBuilder();
    b.log.settings.receivables.basis = "发票";
    b.customer({ code: "K5", name: "戊", grade: "C", rep: "S1", paymentTerms: "账期10天" });
    b.shipment("K5", "S1", d(10, 1), 999);
    b.invoice("K5", "S1", d(10, 3), { invoiceDate: utcDate(2026, 10, 31), amount: 1130 });
    b.payment("K5", "S1", d(11, 5), 130);
    const a = account(b, "K5");
    expect(yuan(a.billedCents)).toBe(1130);
    expect(a.items[0].bill.day).toBe(dayNumber(utcDate(2026, 10, 31)));
    expect(a.maxDaysOverdue).toBe(13);
    expect(a.items[0].bill.ref).toEqual({ sheet: "invoices", column: "amount", row: 2 });
  });

  it("counts only movements up to the as-of day, and that day's own", () => {
    const b = new LogBuilder();
    b.customer({ code: "K6", name: "己", grade: "C", rep: "S1" });
    b.shipment("K6", "S1", d(11, 23, 2026, 17), 100);
    b.shipment("K6", "S1", d(11, 24, 2026, 8), 200);
    expect(yuan(account(b, "K6").billedCents)).toBe(100);
    expect(account(b, "K6").terms).toEqual({ kind: "net", days: 30 });
    expect(account(b, "K6").termsSource).toBe("default");
  });

  it("filters by the responsible rep and lists codes the archive lacks", () => {
    const b = new LogBuilder();
    b.customer({ code: "K7", name: "庚", grade: "C", rep: "S1" });
    b.customer({ code: "K8", name: "辛", grade: "C", rep: "S2" });
    b.shipment("K7", "S9", d(10, 1), 100);
    b.shipment("K8", "S1", d(10, 1), 200);
    b.shipment("X1", "S2", d(10, 1), 300);
    const all = computeReceivables(b.log, AS_OF);
    expect(all.accounts.map((a) => a.customer)).toEqual(["K7", "K8", "X1"]);
    expect(all.unknownCodes).toEqual(["X1"]);
    expect(computeReceivables(b.log, AS_OF, { rep: "S2" }).accounts.map((a) => a.customer)).toEqual(["K8", "X1"]);
    expect(yuan(totalsOf(all.accounts).billedCents)).toBe(600);
  });

  it("treats a negative shipment as a credit and a negative payment as a new bill", () => {
    const b = new LogBuilder();
    b.customer({ code: "K9", name: "壬", grade: "C", rep: "S1", paymentTerms: "款到发货" });
    b.shipment("K9", "S1", d(10, 1), 500);
    b.shipment("K9", "S1", d(10, 2), -100);
    b.payment("K9", "S1", d(10, 3), 400);
    b.payment("K9", "S1", d(10, 4), -50);
    const a = account(b, "K9");
    expect([yuan(a.billedCents), yuan(a.creditedCents), yuan(a.openCents)]).toEqual([550, 500, 50]);
    expect(a.maxDaysOverdue).toBe(dayNumber(AS_OF) - dayNumber(d(10, 4)));
  });

  it("reports collection days and days late for bills collected in full, and nothing for partial ones", () => {
    const b = new LogBuilder();
    b.customer({ code: "KA", name: "癸", grade: "C", rep: "S1", paymentTerms: "账期15天" });
    b.shipment("KA", "S1", d(9, 1), 100);
    b.shipment("KA", "S1", d(9, 2), 100);
    b.payment("KA", "S1", d(9, 10), 60);
    b.payment("KA", "S1", d(9, 20), 60);
    const t = controlTables(computeReceivables(b.log, AS_OF));
    expect(t.all).toHaveLength(2);
    expect(t.collected.map((r) => [r.collectionDays, r.daysLate])).toEqual([[19, 4]]);
    expect(t.open.map((r) => [yuan(r.item.collectedCents), yuan(r.item.openCents), r.daysOverdue, r.bucket])).toEqual([[20, 80, 67, 3]]);
  });
});
