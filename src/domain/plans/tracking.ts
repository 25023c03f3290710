/**
 * 方案跟踪: what the log shows each 工作方案 achieved. Per plan, the distinct customers reached by
 * the rows its type counts (plans/measures.ts) within its days, by its rep or, for a department's
 * plan, by anyone in that department or below it; the cost those rows carry; and where it stands
 * against its target and its minimum. Pure: the day is passed in.
 *
 * Rows are indexed once per rep and sheet in time order, so a plan costs a binary search and the
 * rows of its own period, not a scan of the log (bench/plans.bench.ts measures both).
 */
import type { AnyEvent, EventSheetKey, Log, Rowed, WorkPlan } from "../log";
import { DepartmentTree } from "../departments";
import { startOfDay, MS_PER_DAY } from "../time";
import { CLOSED_STATUSES } from "../vocabulary";
import { METHOD_SOURCES, PLAN_MEASURES, costOf, selects, type RowSelector } from "./measures";

export type PlanState = "cancelled" | "notStarted" | "inProgress" | "met" | "belowTarget" | "belowMinimum";

export interface PlanTracking {
  plan: WorkPlan;
  /** 工作方案's Excel row. */
  row: number;
  /** The reps whose rows count. */
  reps: string[];
  /** Who answers for the plan: its 客服工号, else its department's head (domain/departments.ts headOf); undefined when nobody does. */
  owner?: string;
  /** Distinct customers reached in the plan's days. */
  reached: number;
  /** Of those, customers with a counted row that is finished (处理状态 已完成/已关闭): 服务's "served successfully". */
  succeeded: number;
  cost: number;
  /** reached / 目标对象数 (1 when the target is 0). */
  targetRate: number;
  /** reached / 最低对象数 (1 when the minimum is 0). */
  minimumRate: number;
  /** The plan's last day has passed. */
  ended: boolean;
  state: PlanState;
}

export type PlanLog = Pick<Log, "plans" | "staff" | "departments" | EventSheetKey>;

const CLOSED = new Set(CLOSED_STATUSES);

/** The plan's days as [first ms, first ms after the last day). */
export function planWindow(plan: Pick<WorkPlan, "start" | "end">): [number, number] {
  return [startOfDay(plan.start).getTime(), startOfDay(plan.end).getTime() + MS_PER_DAY];
}

/** The reps a plan's rows come from: its 客服工号, else every staff member of its 部门 and the departments below. */
export function planReps(plan: Pick<WorkPlan, "rep" | "department">, log: Pick<Log, "staff" | "departments">, tree = new DepartmentTree(log.departments)): string[] {
  if (plan.rep && plan.rep.trim() !== "") return [plan.rep.trim()];
  if (!plan.department || plan.department.trim() === "") return [];
  return [...new Set(log.staff.filter((s) => tree.within(s.record.department, plan.department!)).map((s) => s.record.id))];
}

/** Who answers for a plan: its rep, else the head of its department or of the nearest one above. */
export function planOwner(plan: Pick<WorkPlan, "rep" | "department">, tree: DepartmentTree): string | undefined {
  if (plan.rep && plan.rep.trim() !== "") return plan.rep.trim();
  return tree.headOf(plan.department);
}

/** Whether a row counts toward the plan's reach (its type's selectors, and for a visit plan its 方式). */
export function countsForReach(plan: Pick<WorkPlan, "planType" | "method">, selector: RowSelector, event: AnyEvent): boolean {
  if (!selects(selector, event)) return false;
  if (plan.planType !== "客户访问" || !plan.method || selector.sheet !== "followUps") return true;
  return event.source !== undefined && METHOD_SOURCES[plan.method].includes(event.source);
}

/** Where a plan stands from what it reached, on `today`. */
export function planState(plan: WorkPlan, reached: number, today: Date): { state: PlanState; ended: boolean } {
  const [from, to] = planWindow(plan);
  const ended = startOfDay(today).getTime() >= to;
  if (plan.status === "已取消") return { state: "cancelled", ended };
  if (startOfDay(today).getTime() < from) return { state: "notStarted", ended };
  if (reached >= plan.target) return { state: "met", ended };
  if (!ended) return { state: "inProgress", ended };
  return { state: reached >= plan.minimum ? "belowTarget" : "belowMinimum", ended };
}

function rate(reached: number, of: number): number {
  return of > 0 ? reached / of : 1;
}

/** Rows of one sheet by rep, oldest first, with their times beside them for the binary search. */
class RepIndex {
  private readonly byRep = new Map<string, { times: number[]; rows: AnyEvent[] }>();

  constructor(rows: readonly Rowed<AnyEvent>[]) {
    const groups = new Map<string, AnyEvent[]>();
    for (const { record } of rows) {
      const list = groups.get(record.rep);
      if (list) list.push(record);
      else groups.set(record.rep, [record]);
    }
    for (const [rep, list] of groups) {
      list.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
      this.byRep.set(rep, { times: list.map((e) => e.occurredAt.getTime()), rows: list });
    }
  }

  /** Calls `visit` on the rep's rows with from <= time < to. */
  each(rep: string, from: number, to: number, visit: (e: AnyEvent) => void): void {
    const entry = this.byRep.get(rep);
    if (!entry) return;
    const { times, rows } = entry;
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < times.length && times[i] < to; i++) visit(rows[i]);
  }
}

/** Tracks every plan of 工作方案 on `today`, in sheet order. */
export function trackPlans(log: PlanLog, today: Date): PlanTracking[] {
  const tree = new DepartmentTree(log.departments);
  const indexes = new Map<EventSheetKey, RepIndex>();
  const index = (sheet: EventSheetKey) => {
    let i = indexes.get(sheet);
    if (!i) indexes.set(sheet, (i = new RepIndex(log[sheet] as readonly Rowed<AnyEvent>[])));
    return i;
  };
  return log.plans.map(({ row, record: plan }) => {
    const reps = planReps(plan, log, tree);
    const [from, to] = planWindow(plan);
    const measure = PLAN_MEASURES[plan.planType];
    const reached = new Set<string>();
    const succeeded = new Set<string>();
    let cost = 0;
    for (const selector of measure.reach) {
      for (const rep of reps) {
        index(selector.sheet).each(rep, from, to, (e) => {
          if (!countsForReach(plan, selector, e)) return;
          reached.add(e.customer);
          if (CLOSED.has(e.status)) succeeded.add(e.customer);
        });
      }
    }
    for (const selector of measure.cost) {
      for (const rep of reps) index(selector.sheet).each(rep, from, to, (e) => selects(selector, e) && (cost += costOf(e)));
    }
    const { state, ended } = planState(plan, reached.size, today);
    return { plan, row, reps, owner: planOwner(plan, tree), reached: reached.size, succeeded: succeeded.size, cost, targetRate: rate(reached.size, plan.target), minimumRate: rate(reached.size, plan.minimum), ended, state };
  });
}
