/**
 * Work plans over the 2,000-customer demo (I/O excluded): tracking 2,000 plans (every plan type,
 * reps and a department, periods of a week to a quarter) against a plain row scan that only
 * buckets the customers of the counted sheets per rep, and against tracking done the plain way
 * (every row tested for every plan); then the appraisal of 10 workbooks (the demo at 300 customers,
 * ten seeds) against a plain row scan summing each rep's orders over the same logs, and against
 * the audit of the same period alone (the bulk of an appraisal).
 */
import { appraisalCounts, judgedOn, mergeCounts, scoreAppraisal } from "../src/domain/appraisal";
import { audit } from "../src/domain/audit";
import type { AnyEvent, Log, Rowed, WorkPlan } from "../src/domain/log";
import { parsePeriod } from "../src/domain/periods";
import { PLAN_MEASURES } from "../src/domain/plans/measures";
import { countsForReach, planReps, planWindow, trackPlans } from "../src/domain/plans/tracking";
import { addDays, utcDate } from "../src/domain/time";
import { PLAN_TYPES } from "../src/domain/vocabulary";
import { BENCH_TODAY, demoLog } from "./demo-log";
import { againstBaseline, timed } from "./timing";

const COUNTED = ["followUps", "samples", "marketSupport", "complaints", "returns"] as const;

function withPlans(log: Log, n: number): Log {
  const reps = log.staff.map((s) => s.record.id);
  const plans: Rowed<WorkPlan>[] = [];
  for (let i = 0; i < n; i++) {
    const start = addDays(utcDate(2025, 12, 1), (i * 7) % 330);
    const length = [6, 29, 90][i % 3];
    const owner = i % 50 === 0 ? { department: "客服部" } : { rep: reps[i % reps.length] };
    plans.push({ row: i + 2, record: { id: `FA${i}`, ...owner, cycle: "月", start, end: addDays(start, length), planType: PLAN_TYPES[i % 4], target: 10, minimum: 5 } });
  }
  return { ...log, plans };
}

/** The least tracking must do: one pass over the counted sheets, a set of customers per rep. */
function scan(log: Log): number {
  const byRep = new Map<string, Set<string>>();
  for (const sheet of COUNTED) {
    for (const { record: e } of log[sheet] as readonly Rowed<AnyEvent>[]) {
      let set = byRep.get(e.rep);
      if (!set) byRep.set(e.rep, (set = new Set()));
      set.add(e.customer);
    }
  }
  return byRep.size;
}

/** Tracking as the property test states it: every row of the counted sheets tested for every plan. */
function plainTracking(log: Log): number {
  let total = 0;
  for (const { record: plan } of log.plans) {
    const reps = new Set(planReps(plan, log));
    const [from, to] = planWindow(plan);
    const reached = new Set<string>();
    for (const selector of PLAN_MEASURES[plan.planType].reach) {
      for (const { record: e } of log[selector.sheet] as readonly Rowed<AnyEvent>[]) {
        const t = e.occurredAt.getTime();
        if (t >= from && t < to && reps.has(e.rep) && countsForReach(plan, selector, e)) reached.add(e.customer);
      }
    }
    total += reached.size;
  }
  return total;
}

export async function run(print: (line: string) => void): Promise<void> {
  const { log: demo, rows } = demoLog(2000);
  const log = withPlans(demo, 2000);
  const base = timed(() => scan(log), 5);
  const tracking = timed(() => trackPlans(log, BENCH_TODAY), 5);
  const plain = timed(() => plainTracking(log), 1);
  print(`plan tracking n=2000 plans × ${rows} rows: ${againstBaseline(tracking, base, "row scan")}`);
  print(`plan tracking, plain way (every row per plan) n=2000 plans × ${rows} rows: ${againstBaseline(plain, tracking, "indexed tracking")}`);

  const books: Log[] = [];
  let bookRows = 0;
  for (let seed = 1; seed <= 10; seed++) {
    const one = demoLog(300, seed);
    books.push(one.log);
    bookRows += one.rows;
  }
  const q4 = parsePeriod("2026-Q4")!;
  const sumOrders = () => {
    const sales = new Map<string, number>();
    for (const book of books) for (const { record: t } of book.transactions) if (t.txType === "订单") sales.set(t.rep, (sales.get(t.rep) ?? 0) + t.amount);
    return sales.size;
  };
  const appraisalBase = timed(sumOrders, 5);
  const appraisal = timed(() => scoreAppraisal(mergeCounts(books.map((b) => appraisalCounts(b, q4, BENCH_TODAY))), books[0].settings.appraisal), 3);
  print(`appraisal of 10 workbooks n=${bookRows} rows: ${againstBaseline(appraisal, appraisalBase, "row scan")}`);
  // the appraisal is the audit of the period plus plan tracking and two sums: what it costs beyond the audit
  const auditOnly = timed(() => books.map((b) => audit(b, judgedOn(q4, BENCH_TODAY), { window: q4 })), 3);
  print(`appraisal of 10 workbooks against their audit n=${bookRows} rows: ${againstBaseline(appraisal, auditOnly, "audit alone")}`);
}
