import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { PLAN_SHEETS, plansInProgress } from "../../src/app/plans";
import { readLog } from "../../src/app/read-log";
import type { PlanLog } from "../../src/domain/plans/tracking";
import { utcDate } from "../../src/domain/time";
import { PLAN_TYPES } from "../../src/domain/vocabulary";
import { XlsxReader } from "../../src/io/xlsx/fast-read";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

/**
 * Every view of staff, departments, plans and the appraisal has something to show on the demo:
 * kehu demo writes 部门, 员工 with contact data, 员工培训, 员工经历, 工作方案 of every type (a rep's
 * and a department's, ended and running) and 对上级的建议, and kehu plans, plan suggest and
 * appraise print figures that are not empty or all alike.
 */
const dir = mkdtempSync(join(tmpdir(), "kehu-demo-plans-"));
const file = join(dir, "demo.xlsx");
const TODAY = "2026-12-03";

interface PlanJson {
  id: string;
  rep: string | null;
  department: string | null;
  owner: string | null;
  planType: string;
  reached: number;
  cost: number;
  state: string;
}

beforeAll(async () => {
  expect(await main(["demo", "--customers", "60", "--seed", "2026", "--today", TODAY, "--out", file], capture().io)).toBe(0);
}, 120_000);

test("the demo fills the staff archive, the department tree, plans and suggestions", async () => {
  const log = await readLog(await XlsxReader.open(file));
  expect(log.departments.length).toBeGreaterThanOrEqual(3);
  expect(log.departments.filter((d) => d.record.parent).length).toBe(log.departments.length - 1);
  const staff = log.staff.map((s) => s.record);
  for (const s of staff) expect([s.id, Boolean(s.phone && s.email && s.department)]).toEqual([s.id, true]);
  // one 入职日期 is a planted unreadable cell (“去年”)
  expect(staff.filter((s) => !s.joinedOn).length).toBe(log.problems.filter((p) => p.sheet === "员工" && p.header === "入职日期").length);
  expect(staff.some((s) => s.leftOn)).toBe(true);
  expect(staff.some((s) => s.role === "经理" || s.role === "主管")).toBe(true);
  expect(staff.filter((s) => s.baseLat !== undefined && s.baseLng !== undefined).length).toBeGreaterThan(1);
  expect(log.staffTraining.length).toBe(staff.length);
  expect(log.staffExperience.length).toBe(staff.length);
  expect(log.suggestions.length).toBeGreaterThan(0);
  expect(log.suggestions.some((s) => s.record.reply)).toBe(true);
  // no problem of the tree: the demo's planted faults are elsewhere
  expect(log.problems.filter((p) => p.sheet === "部门" || (p.sheet === "员工" && ["部门", "上级"].includes(p.header)))).toEqual([]);
}, 60_000);

test("kehu plans on the demo: every plan type with figures, a department's plans charged to its head, every state", async () => {
  const run = capture();
  expect(await main(["plans", file, "--today", TODAY, "--json"], run.io)).toBe(0);
  const plans = JSON.parse(run.out[0]).plans as PlanJson[];
  for (const type of PLAN_TYPES) expect([type, plans.some((p) => p.planType === type && p.reached > 0)]).toEqual([type, true]);
  expect([...new Set(plans.map((p) => p.state))].sort()).toEqual(["belowMinimum", "belowTarget", "inProgress", "met"]);
  const departmental = plans.filter((p) => !p.rep);
  expect(departmental.length).toBeGreaterThanOrEqual(2);
  for (const p of departmental) expect([p.id, p.owner]).toEqual([p.id, "S001"]);
  expect(plans.some((p) => p.planType === "客户活动" && p.cost > 0)).toBe(true);
  expect(plans.some((p) => p.planType === "宣传" && p.cost > 0)).toBe(true);
}, 60_000);

test("the 首页 list of a rep's plans in progress on the demo holds their own and their department's", async () => {
  const log = await readLog(await XlsxReader.open(file), { sheets: PLAN_SHEETS });
  const shown = plansInProgress(log as unknown as PlanLog, utcDate(2026, 12, 3, 9), "S002");
  expect(shown.some((t) => t.plan.rep === "S002")).toBe(true);
  expect(shown.some((t) => !t.plan.rep && t.plan.department)).toBe(true);
  expect(new Set(shown.map((t) => t.plan.planType)).size).toBeGreaterThanOrEqual(3);
}, 60_000);

test("kehu plan suggest and kehu appraise on the demo print figures", async () => {
  const suggest = capture();
  expect(await main(["plan", "suggest", file, "--rep", "S002", "--month", "2027-01", "--today", TODAY, "--json"], suggest.io)).toBe(0);
  const proposal = JSON.parse(suggest.out[0]);
  expect(proposal.plans.length).toBeGreaterThan(0);
  expect(proposal.grades.reduce((n: number, g: { contacts: number }) => n + g.contacts, 0)).toBeGreaterThan(0);

  const run = capture();
  expect(await main(["appraise", file, "--period", "2026-Q4", "--today", TODAY, "--json"], run.io)).toBe(0);
  const out = JSON.parse(run.out[0]) as {
    rows: { rep: string; department: string; plans: number; sales: number; findings: number; score: number; rank: number; ranked: number }[];
    departments: { department: string; head?: string; plans: number }[];
  };
  expect(out.rows.length).toBeGreaterThanOrEqual(8);
  // several departments, at least one ranking more than one rep, scores that differ
  expect(new Set(out.rows.map((r) => r.department)).size).toBeGreaterThanOrEqual(3);
  expect(out.rows.some((r) => r.ranked > 1 && r.rank === r.ranked)).toBe(true);
  expect(new Set(out.rows.map((r) => r.score)).size).toBeGreaterThan(3);
  expect(out.rows.filter((r) => r.plans > 0).length).toBeGreaterThanOrEqual(8);
  expect(out.rows.filter((r) => r.sales > 0).length).toBeGreaterThanOrEqual(8);
  expect(out.rows.some((r) => r.findings > 0)).toBe(true);
  // 客服部's own plans of the quarter, under its head
  expect(out.departments).toEqual([expect.objectContaining({ department: "客服部", head: "S001" })]);
  expect(out.departments[0].plans).toBeGreaterThanOrEqual(2);
  expect(out.rows.find((r) => r.rep === "S001")!.plans).toBe(out.departments[0].plans);
  const text = capture();
  expect(await main(["appraise", file, "--period", "2026-Q4", "--today", TODAY], text.io)).toBe(0);
  expect(text.out).toContain("部门：客服部");
  expect(text.out.some((l) => l.startsWith("部门方案："))).toBe(true);
}, 60_000);
