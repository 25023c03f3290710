import { contactsInMonth, suggestPlans } from "../../../src/domain/plans/suggest";
import { dayNumber } from "../../../src/domain/cadence";
import { parsePeriod } from "../../../src/domain/periods";
import { utcDate } from "../../../src/domain/time";
import { LogBuilder } from "../../fixtures/audit/builder";

const TODAY = utcDate(2026, 11, 23);
const DEC = parsePeriod("2026-12")!;

describe("visit plans a month needs", () => {
  test("contacts per grade step the cadence through the month; an overdue customer is contacted today", () => {
    const b = new LogBuilder();
    // B every 7 days: due 12-03, then 12-10, 12-17, 12-24, 12-31
    expect(contactsInMonth("B", dayNumber(utcDate(2026, 12, 3)), DEC, b.log, TODAY)).toBe(5);
    // overdue since 11-02: contacted 11-23, then 11-30, 12-07, 12-14, 12-21, 12-28
    expect(contactsInMonth("B", dayNumber(utcDate(2026, 11, 2)), DEC, b.log, TODAY)).toBe(4);
    // D every 30 days, due in January: none in December
    expect(contactsInMonth("D", dayNumber(utcDate(2027, 1, 2)), DEC, b.log, TODAY)).toBe(0);
    expect(contactsInMonth("A", undefined, DEC, b.log, TODAY)).toBe(31);
    // planning the month we are in: an overdue customer is due today
    expect(contactsInMonth("D", dayNumber(utcDate(2026, 10, 1)), parsePeriod("2026-11")!, b.log, TODAY)).toBe(1);
  });

  test("proposes a cadence plan (minimum: grades A, B and the overdue) and the ABC duties not yet done", () => {
    const b = new LogBuilder();
    b.customer({ code: "K1", name: "a", grade: "B", rep: "S1", abc: "A" });
    b.followUp("K1", "S1", utcDate(2026, 11, 20), { gradeAfter: "B", source: "电话" }); // due 11-27, then weekly
    b.customer({ code: "K2", name: "b", grade: "D", rep: "S1", abc: "B" });
    b.followUp("K2", "S1", utcDate(2026, 11, 20), { gradeAfter: "D", source: "拜访" }); // due 12-18
    b.followUp("K2", "S1", utcDate(2026, 8, 1), { gradeAfter: "D", source: "传真" }); // a letter within 6 months of 12-31
    b.customer({ code: "K3", name: "c", grade: "E", rep: "S1" }); // never contacted, no 建档日期: contacted today, next due in a year
    b.customer({ code: "K4", name: "d", grade: "B", rep: "S2" }); // someone else's
    const s = suggestPlans(b.log, "s1", DEC, TODAY);
    expect(s.grades.filter((g) => g.customers > 0).map((g) => [g.grade, g.customers, g.contacts])).toEqual([
      ["B", 1, 4], // contacted 11-27, then 12-04, 12-11, 12-18, 12-25
      ["D", 1, 1], // 12-20
    ]);
    expect(s.overdue).toBe(0);
    expect(s.duties.map((d) => [d.abc, d.method, d.customers])).toEqual([
      ["A", "面访", ["K1"]],
      ["B", "面访", []],
      ["B", "信函", []],
    ]);
    expect(s.plans.map((p) => [p.method ?? "", p.target, p.minimum, p.status])).toEqual([
      ["", 2, 1, "草拟"],
      ["面访", 1, 1, "草拟"],
    ]);
  });

  test("an A customer's manager visit is planned for the rep's 上级 while they may make it, else left with the rep", () => {
    const plansWith = (manager: Parameters<LogBuilder["staff"]>[2]) => {
      const b = new LogBuilder();
      b.staff("M1", "主管", manager);
      b.staff("S1", "客服", { manager: "m1" });
      b.customer({ code: "K1", name: "a", grade: "D", rep: "S1", abc: "A" });
      b.followUp("K1", "S1", utcDate(2026, 11, 20), { gradeAfter: "D", source: "拜访" });
      return suggestPlans(b.log, "S1", DEC, TODAY).plans.filter((p) => p.method === "面访").map((p) => [p.rep, p.target, p.purpose]);
    };
    expect(plansWith({ role: "主管" })).toEqual([["M1", 1, "ABC 分类的 A 类待遇（S1 的客户）"]]);
    // a 上级 who left before December cannot make it
    expect(plansWith({ role: "主管", active: false, leftOn: utcDate(2026, 10, 31) })).toEqual([["S1", 1, "ABC 分类的 A 类待遇"]]);
  });
});
