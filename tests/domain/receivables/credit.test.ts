import { creditBreaches, exceedsCredit, newOrderCredit } from "../../../src/domain/receivables";
import { utcDate } from "../../../src/domain/time";
import { LogBuilder } from "../../fixtures/audit/builder";

const d = (m: number, day: number, h = 10) => utcDate(2026, m, day, h);

describe("credit control", () => {
  it("flags an order whose amount on top of what is owed goes over 信用额度, lines summed by 单号", () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "甲", grade: "B", rep: "S1", creditLimit: 10000 });
    b.shipment("K1", "S1", d(9, 1), 6000);
    const first = b.order("K1", "S2", d(9, 5), 2500, "饮料", { docNo: "XS1" });
    b.order("K1", "S2", d(9, 5), 2500, "零食", { docNo: "XS1" });
    b.payment("K1", "S1", d(9, 10), 6000);
    b.order("K1", "S2", d(9, 12), 9000, "饮料", { docNo: "XS2" });
    b.shipment("K1", "S1", d(9, 20), 9000);
    const third = b.order("K1", "S2", d(9, 25), 1001, "饮料", { docNo: "XS3" });
    const found = creditBreaches(b.log);
    expect(found.map((f) => [f.docNo, f.row, f.balanceCents / 100, f.exposureCents / 100, f.rep])).toEqual([
      ["XS1", first.row, 6000, 11000, "S2"],
      ["XS3", third.row, 9000, 10001, "S2"],
    ]);
  });

  it("leaves alone customers without a positive limit, and counts a prepayment as room", () => {
    const b = new LogBuilder();
    b.customer({ code: "K2", name: "乙", grade: "B", rep: "S1" });
    b.customer({ code: "K3", name: "丙", grade: "B", rep: "S1", creditLimit: 0 });
    b.customer({ code: "K4", name: "丁", grade: "B", rep: "S1", creditLimit: 1000 });
    for (const code of ["K2", "K3"]) b.order(code, "S1", d(9, 1), 1e6);
    b.payment("K4", "S1", d(9, 1, 9), 500);
    b.order("K4", "S1", d(9, 1, 11), 1500);
    expect(creditBreaches(b.log)).toEqual([]);
  });

  it("exceedsCredit: strictly over a positive limit", () => {
    expect(exceedsCredit(500, 500, 1000)).toBe(false);
    expect(exceedsCredit(500, 501, 1000)).toBe(true);
    expect(exceedsCredit(5000, 1, undefined)).toBe(false);
    expect(exceedsCredit(5000, 0, 1000)).toBe(false);
  });
});

describe("credit control of an order being entered", () => {
  const build = () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "甲", grade: "B", rep: "S1", creditLimit: 10000 });
    b.customer({ code: "K2", name: "乙", grade: "B", rep: "S1" });
    b.shipment("K1", "S1", d(9, 1), 6000);
    b.order("K1", "S1", d(9, 2), 1000, "饮料", { docNo: "XS1" });
    b.payment("K1", "S1", d(9, 10), 2000);
    return b;
  };
  const b = build();
  const line = (amount: number, at: Date, docNo?: string) => ({ customer: "K1", rep: "S2", occurredAt: at, amount, docNo });

  it("judges the new line as the audit will once it is saved: the balance at its moment, plus the order it joins", () => {
    // 6,000 owed on 09-05: 4,000 more is the limit itself, 4,000.01 is over it
    expect(newOrderCredit(b.log, line(4000, d(9, 5)))).toBeUndefined();
    expect(newOrderCredit(b.log, line(4000.01, d(9, 5)))).toMatchObject({ customer: "K1", rep: "S2", balanceCents: 600000, orderCents: 400001, exposureCents: 1000001, limitCents: 1000000 });
    // after the 09-10 payment only 4,000 is owed
    expect(newOrderCredit(b.log, line(6000, d(9, 11)))).toBeUndefined();
    expect(newOrderCredit(b.log, line(6000.5, d(9, 11)))?.exposureCents).toBe(1000050);
    // a second line of XS1 (1,000 already) makes it a 4,500 order on top of the 6,000 owed on 09-02
    expect(newOrderCredit(b.log, line(3500, d(9, 2), "XS1"))).toMatchObject({ docNo: "XS1", orderCents: 450000, balanceCents: 600000, row: 3 });
    expect(newOrderCredit(b.log, line(3000, d(9, 2), "XS1"))).toBeUndefined();
    // the verdict is creditBreaches' on the log with the line in it
    const withLine = build();
    withLine.order("K1", "S2", d(9, 5), 4000.01, "饮料");
    expect(creditBreaches(withLine.log).map((x) => x.exposureCents)).toEqual([1000001]);
  });

  it("says nothing for a customer without a positive limit, or one 客户档案 lacks", () => {
    expect(newOrderCredit(b.log, { ...line(1e7, d(9, 5)), customer: "K2" })).toBeUndefined();
    expect(newOrderCredit(b.log, { ...line(1e7, d(9, 5)), customer: "K9" })).toBeUndefined();
  });
});
