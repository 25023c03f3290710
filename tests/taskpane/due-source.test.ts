import type { Log } from "../../src/app/read-log";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { utcDate } from "../../src/domain/time";
import { dueEntries } from "../../src/taskpane/due-source";
import { groupDue } from "../../src/taskpane/due-groups";

const customer = (row: number, code: string, grade: string, extra: Record<string, unknown> = {}) => ({ row, record: { code, name: `客户${code}`, grade, rep: "E1", ...extra } });
const follow = (customer: string, y: number, m: number, d: number, serviceType = "回访") => ({ row: 2, record: { id: "x", customer, rep: "E1", occurredAt: utcDate(y, m, d, 15), description: "d", status: "已完成", gradeAfter: "B", serviceType } });

function log(): Log {
  return {
    customers: [
      customer(2, "K1", "A"), // last 03-01 + 1 → due 03-02, today 03-10: 8 overdue
      customer(3, "K2", "B"), // last 03-03 + 7 → due 03-10: due today, 0 overdue
      customer(4, "K3", "B"), // last 03-05 + 7 → 03-12: not due
      customer(5, "K4", "C", { createdAt: utcDate(2026, 1, 1) }), // never followed; filed 01-01 + 15 → 01-16: 53 overdue
      customer(6, "K5", "D"), // never, no date → listed as never followed up
      customer(7, "K6", "A", { lastFollowUp: utcDate(2026, 3, 9) }), // archive says 03-09 → due 03-10
    ],
    followUps: [follow("K1", 2026, 3, 1), follow("K1", 2026, 2, 1), follow("K2", 2026, 3, 3), follow("K3", 2026, 3, 5), follow("K3", 2026, 3, 8, "交接"), follow("K6", 2026, 3, 1)],
    transactions: [], samples: [], invoices: [], returns: [], complaints: [], marketSupport: [], staff: [], problems: [],
    settings: DEFAULT_SETTINGS,
  } as unknown as Log;
}

describe("who is due today", () => {
  const today = utcDate(2026, 3, 10, 8);
  const due = dueEntries(log(), today);
  const byCode = new Map(due.map((d) => [d.code, d]));

  it("lists those due today or overdue, and only them", () => {
    expect([...byCode.keys()].sort()).toEqual(["K1", "K2", "K4", "K5", "K6"]);
  });

  it("counts days overdue from the last follow-up plus the grade's cadence", () => {
    expect(byCode.get("K1")).toMatchObject({ daysOverdue: 8, due: utcDate(2026, 3, 2), lastFollowUp: utcDate(2026, 3, 1), row: 2 });
    expect(byCode.get("K2")).toMatchObject({ daysOverdue: 0, due: utcDate(2026, 3, 10) });
    expect(byCode.get("K4")).toMatchObject({ daysOverdue: 53, due: utcDate(2026, 1, 16) });
    expect(byCode.get("K5")!.due).toBeUndefined();
    expect(byCode.get("K6")).toMatchObject({ daysOverdue: 0, due: utcDate(2026, 3, 10) });
  });

  it("orders the demo list by grade, then most overdue", () => {
    expect(groupDue(due).map((g) => [g.grade, g.entries.map((e) => e.code)])).toEqual([["A", ["K1", "K6"]], ["B", ["K2"]], ["C", ["K4"]], ["D", ["K5"]]]);
  });
});
