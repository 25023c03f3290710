import { PLAN_SHEETS, plansInProgress } from "../../src/app/plans";
import { readLog } from "../../src/app/read-log";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { generateDemoLog } from "../../src/demo";
import type { Rowed, WorkPlan } from "../../src/domain/log";
import { trackPlans, type PlanLog } from "../../src/domain/plans/tracking";
import { addDays, utcDate } from "../../src/domain/time";
import { OfficeWorkbook } from "../../src/io/office/office-workbook";
import { createExcelFake } from "../support/excel-fake";

/**
 * 首页's plans in progress (app/plans.ts plansInProgress) read through the Office adapter over the
 * strict Excel fake: one round trip, the rep's running plans (own, department's, answered for) with
 * the same figures as tracking the generated records directly, and nothing ended, future, drafted
 * or cancelled.
 */
const TODAY = utcDate(2026, 11, 23, 9);
const DAY = utcDate(2026, 11, 23);

test("the rep's plans in progress, read over the strict fake, match tracking the records themselves", async () => {
  const demo = generateDemoLog({ customers: 60, seed: 20260305, today: TODAY }).records;
  const staff = demo.staff as unknown as { id: string; department?: string; manager?: string }[];
  const rep = staff.find((s) => s.manager && s.department)!;
  const extra = (id: string, more: Partial<WorkPlan>): WorkPlan => ({ id, rep: rep.id, cycle: "月", start: addDays(DAY, -10), end: addDays(DAY, 10), planType: "服务", target: 5, minimum: 2, status: "执行中", ...more });
  const added: WorkPlan[] = [
    extra("T-RUNNING", { rep: rep.id.toLowerCase() }), // 工号 typed in lower case
    extra("T-LAST-DAY", { start: addDays(DAY, -30), end: DAY }), // its last day is today: still running
    extra("T-ENDED", { end: addDays(DAY, -1) }),
    extra("T-FUTURE", { start: addDays(DAY, 1) }),
    extra("T-DRAFT", { status: "草拟" }),
    extra("T-CANCELLED", { status: "已取消" }),
    extra("T-DEPT", { rep: undefined, department: rep.department }), // the rep's department's plan
    extra("T-OTHER", { rep: "S999" }),
  ];
  const records = { ...demo, plans: [...(demo.plans as unknown as WorkPlan[]), ...added] as unknown as Record<string, unknown>[] };
  const fake = createExcelFake();
  const port = new OfficeWorkbook(fake.run);
  await setupWorkbook(port);
  await appendRecords(port, records);

  fake.stats.reset();
  const log = await readLog(port, { sheets: PLAN_SHEETS });
  expect(fake.stats.syncs).toBe(1);
  const shown = plansInProgress(log as unknown as PlanLog, TODAY, rep.id);
  const ids = shown.map((t) => t.plan.id);
  expect(ids).toEqual(expect.arrayContaining(["T-RUNNING", "T-LAST-DAY", "T-DEPT"]));
  for (const gone of ["T-ENDED", "T-FUTURE", "T-DRAFT", "T-CANCELLED", "T-OTHER"]) expect(ids).not.toContain(gone);
  // the demo's own plan for this rep this month is among them
  expect(ids.some((id) => id.endsWith(`-${rep.id}`))).toBe(true);
  for (const t of shown) expect([t.ended, ["inProgress", "met"].includes(t.state)]).toEqual([false, true]);

  // the same figures as tracking the generated records, with no workbook in between
  const rowed = (list: readonly unknown[]) => list.map((record, i) => ({ row: i + 2, record }) as Rowed<never>);
  const direct = Object.fromEntries(["staff", "departments", "plans", "followUps", "samples", "marketSupport", "complaints", "returns"].map((k) => [k, rowed((records as Record<string, unknown[]>)[k] ?? [])]));
  const expected = new Map(trackPlans(direct as unknown as PlanLog, TODAY).map((t) => [t.plan.id, [t.reached, t.cost, t.targetRate]]));
  for (const t of shown) expect([t.reached, t.cost, t.targetRate]).toEqual(expected.get(t.plan.id));
  expect(shown.reduce((n, t) => n + t.reached, 0)).toBeGreaterThan(0);

  // no rep: everyone's running plans
  const all = plansInProgress(log as unknown as PlanLog, TODAY).map((t) => t.plan.id);
  expect(all).toEqual(expect.arrayContaining(["T-RUNNING", "T-OTHER", "T-DEPT"]));
  expect(all.length).toBeGreaterThan(ids.length);
}, 60_000);
