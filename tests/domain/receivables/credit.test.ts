import { creditBreaches, exceedsCredit } from "../../../src/domain/receivables";
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
