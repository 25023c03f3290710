import { gradeFit } from "../../src/domain/grade-fit";
import { utcDate } from "../../src/domain/time";

const TODAY = utcDate(2026, 11, 23);
const orders = (...months: number[]) => months.map((m) => ({ occurredAt: utcDate(2026, m, 15), amount: 1000 }));

describe("gradeFit", () => {
  it("suggests B for a customer graded C or D that ordered in each of the last 3 complete months", () => {
    const fit = gradeFit("D", { orders: orders(8, 9, 10) }, TODAY, 3);
    expect(fit.suggested).toBe("B");
    expect(fit.reasons.map((r) => r.kind)).toEqual(["steadyOrders"]);
  });

  it("leaves a gap month alone, and a grade of B or A as it is", () => {
    expect(gradeFit("C", { orders: orders(8, 10, 11) }, TODAY, 3)).toEqual({ grade: "C", suggested: "C", reasons: [] });
    expect(gradeFit("B", { orders: orders(8, 9, 10) }, TODAY, 3).reasons).toEqual([]);
    expect(gradeFit("A", { orders: orders(8, 9, 10) }, TODAY, 3).reasons).toEqual([]);
  });

  it("reads the number of months from 设置; 0 turns the check off", () => {
    expect(gradeFit("C", { orders: orders(9, 10) }, TODAY, 2).suggested).toBe("B");
    expect(gradeFit("C", { orders: orders(8, 9, 10) }, TODAY, 0).reasons).toEqual([]);
  });

  it("raises an ABC A customer graded D or E to C, and a steady one to B", () => {
    expect(gradeFit("D", { orders: orders(2, 3), abc: "A" }, TODAY, 3).suggested).toBe("C");
    expect(gradeFit("C", { orders: orders(2, 3), abc: "A" }, TODAY, 3).reasons).toEqual([]);
    const both = gradeFit("E", { orders: orders(8, 9, 10), abc: "A" }, TODAY, 3);
    expect(both.reasons.map((r) => r.kind)).toEqual(["steadyOrders", "abcA", "ordersWhileE"]);
    expect(both.suggested).toBe("B");
  });

  it("raises an E customer with recent orders to D, and lowers an idle A or B to C", () => {
    expect(gradeFit("E", { orders: orders(10) }, TODAY, 3).suggested).toBe("D");
    expect(gradeFit("B", { orders: orders(1, 2) }, TODAY, 3).suggested).toBe("C");
    expect(gradeFit("B", { orders: orders(1, 6) }, TODAY, 3).reasons).toEqual([]);
  });
});
