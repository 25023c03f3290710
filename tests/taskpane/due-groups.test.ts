import type { Log } from "../../src/domain/log";
import { dueList } from "../../src/app/due";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { utcDate } from "../../src/domain/time";
import { groupDue, repsOf } from "../../src/taskpane/due-groups";

const customer = (row: number, code: string, grade: string, rep: string, extra: Record<string, unknown> = {}) => ({ row, record: { code, name: `客户${code}`, grade, rep, ...extra } });
const follow = (customer: string, day: number, gradeAfter: string) => ({ row: 2, record: { id: `GJ${customer}${day}`, customer, rep: "E1", occurredAt: utcDate(2026, 3, day, 15), description: "d", status: "已完成", gradeAfter } });

const log = {
  customers: [
    customer(2, "K1", "A", "E1"), // A, last 03-01 → due 03-02: 8 days overdue
    customer(3, "K2", "A", "E2"), // A, last 03-05 → 4 overdue
    customer(4, "K3", "C", "E1", { createdAt: utcDate(2026, 1, 1) }), // never: due 01-16, 53 overdue
    customer(5, "K4", "D", "E2"), // never, no date: on top of D
    customer(6, "K5", "B", "E1"), // re-graded to C by its follow-up 03-01 → due 03-16: not due
    customer(7, "K6", "C", "E1"), // C, last 02-01 → due 02-16: 22 overdue
  ],
  followUps: [follow("K1", 1, "A"), follow("K2", 5, "A"), follow("K5", 1, "C"), { ...follow("K6", 1, "C"), record: { ...follow("K6", 1, "C").record, occurredAt: utcDate(2026, 2, 1, 9) } }],
  settings: DEFAULT_SETTINGS,
} as unknown as Log;

describe("the 今日跟进 groups", () => {
  const today = utcDate(2026, 3, 10, 8);

  it("groups the due list by grade A→E, most overdue first inside a grade", () => {
    const groups = groupDue(dueList(log, today));
    expect(groups.map((g) => [g.grade, g.items.map((i) => `${i.code}:${i.due ? i.daysOverdue : "never"}`)])).toEqual([
      ["A", ["K1:8", "K2:4"]],
      ["C", ["K3:53", "K6:22"]],
      ["D", ["K4:never"]],
    ]);
  });

  it("shows one rep's customers when filtered, empty grades left out", () => {
    expect(groupDue(dueList(log, today, "E2")).map((g) => [g.grade, g.items.map((i) => i.code)])).toEqual([["A", ["K2"]], ["D", ["K4"]]]);
  });

  it("offers each rep once, with the saved choice even when it has nobody due", () => {
    expect(repsOf(dueList(log, today), "E9")).toEqual(["E1", "E2", "E9"]);
  });
});
