/**
 * 方案跟踪: what the log shows each 工作方案 achieved. Per plan, the distinct customers reached by
 * the rows its type counts (plans/measures.ts) within its days, by its rep or, for a department's
 * plan, by anyone in that department or below it; the cost those rows carry; and where it stands
 * against its target and its minimum. Pure: the day is passed in.
 *
 * Rows are indexed once per selector and rep in time order (Tracker), so a plan costs a binary
 * search and the rows of its own period, not a scan of the log (bench/plans.bench.ts measures both).
 */
import type { AnyEvent, EventSheetKey, Log, Rowed, WorkPlan } from "../log";
import { DepartmentTree } from "../departments";
import { staffKey } from "../staff-roster";
import { startOfDay, MS_PER_DAY } from "../time";
import { isClosed } from "../event-closing";
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


/** The plan's days as [first ms, first ms after the last day). */
export function planWindow(plan: Pick<WorkPlan, "start" | "end">): [number, number] {
  return [startOfDay(plan.start).getTime(), startOfDay(plan.end).getTime() + MS_PER_DAY];
}

/** The reps a plan's rows come from: its 客服工号, else every staff member of its 部门 and the departments below (a row's 客服 matches however the 工号 is typed, domain/staff-roster.ts). */
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

/** The 信息来源 a selector's rows must carry for the plan: a visit plan's 方式 on 跟进记录; undefined when any will do. */
export function methodSources(plan: Pick<WorkPlan, "planType" | "method">, selector: RowSelector): readonly string[] | undefined {
  return plan.planType === "客户访问" && plan.method && selector.sheet === "followUps" ? METHOD_SOURCES[plan.method] : undefined;
}

/** Whether a row counts toward the plan's reach (its type's selectors, and for a visit plan its 方式). */
export function countsForReach(plan: Pick<WorkPlan, "planType" | "method">, selector: RowSelector, event: AnyEvent): boolean {
  if (!selects(selector, event)) return false;
  const sources = methodSources(plan, selector);
  return !sources || (event.source !== undefined && sources.includes(event.source));
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

/** The rows one selector picks for one rep (by staffKey: "s01" is S01), oldest first, column by column. */
interface Lane {
  times: Float64Array;
  /** The row's customer as a number (Tracker.customerId), so distinct customers are counted in an array, not a set. */
  customers: Int32Array;
  /** 处理状态 已完成/已关闭. */
  closed: Uint8Array;
  costs: Float64Array;
  sources: (string | undefined)[];
}

/**
 * Every plan's figures from one index: per selector (plans/measures.ts) and rep, the rows it picks
 * in time order, built once the first time a plan asks for that selector. A plan then costs a
 * binary search and a walk over its own days' rows of its own reps, and its distinct customers
 * are marked in an array stamped per plan instead of a set of strings (bench/plans.bench.ts).
 */
class Tracker {
  private readonly lanes = new Map<RowSelector, Map<string, Lane>>();
  private readonly customerIds = new Map<string, number>();
  private reachedStamp = new Int32Array(0);
  private succeededStamp = new Int32Array(0);
  private stamp = 0;

  constructor(private readonly log: PlanLog) {}

  private customerId(code: string): number {
    let id = this.customerIds.get(code);
    if (id === undefined) this.customerIds.set(code, (id = this.customerIds.size));
    return id;
  }

  private lanesOf(selector: RowSelector): Map<string, Lane> {
    const known = this.lanes.get(selector);
    if (known) return known;
    const groups = new Map<string, AnyEvent[]>();
    for (const { record } of this.log[selector.sheet] as readonly Rowed<AnyEvent>[]) {
      if (!selects(selector, record)) continue;
      const rep = staffKey(record.rep);
      const list = groups.get(rep);
      if (list) list.push(record);
      else groups.set(rep, [record]);
    }
    const lanes = new Map<string, Lane>();
    for (const [rep, list] of groups) {
      list.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
      lanes.set(rep, {
        times: Float64Array.from(list, (e) => e.occurredAt.getTime()),
        customers: Int32Array.from(list, (e) => this.customerId(e.customer)),
        closed: Uint8Array.from(list, (e) => (isClosed(e.status) ? 1 : 0)),
        costs: Float64Array.from(list, costOf),
        sources: list.map((e) => e.source),
      });
    }
    this.lanes.set(selector, lanes);
    return lanes;
  }

  /** The first index of a lane at or after `from`. */
  private static firstAt(times: Float64Array, from: number): number {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Distinct customers reached (and of them, reached by a finished row) and the cost, over the plan's reps and days. */
  track(plan: WorkPlan, reps: readonly string[]): { reached: number; succeeded: number; cost: number } {
    const [from, to] = planWindow(plan);
    const measure = PLAN_MEASURES[plan.planType];
    const stamp = ++this.stamp;
    const keys = [...new Set(reps.map(staffKey))];
    let reached = 0;
    let succeeded = 0;
    let cost = 0;
    for (const selector of measure.reach) {
      const lanes = this.lanesOf(selector);
      if (this.reachedStamp.length < this.customerIds.size) this.grow();
      const sources = methodSources(plan, selector);
      for (const rep of keys) {
        const lane = lanes.get(rep);
        if (!lane) continue;
        const { times, customers, closed } = lane;
        for (let i = Tracker.firstAt(times, from); i < times.length && times[i] < to; i++) {
          if (sources) {
            const source = lane.sources[i];
            if (source === undefined || !sources.includes(source)) continue;
          }
          const c = customers[i];
          if (this.reachedStamp[c] !== stamp) {
            this.reachedStamp[c] = stamp;
            reached++;
          }
          if (closed[i] === 1 && this.succeededStamp[c] !== stamp) {
            this.succeededStamp[c] = stamp;
            succeeded++;
          }
        }
      }
    }
    for (const selector of measure.cost) {
      const lanes = this.lanesOf(selector);
      for (const rep of keys) {
        const lane = lanes.get(rep);
        if (!lane) continue;
        const { times, costs } = lane;
        for (let i = Tracker.firstAt(times, from); i < times.length && times[i] < to; i++) cost += costs[i];
      }
    }
    return { reached, succeeded, cost };
  }

  private grow(): void {
    const size = Math.max(16, this.customerIds.size * 2);
    const reached = new Int32Array(size);
    reached.set(this.reachedStamp);
    const succeeded = new Int32Array(size);
    succeeded.set(this.succeededStamp);
    this.reachedStamp = reached;
    this.succeededStamp = succeeded;
  }
}

/** Tracks every plan of 工作方案 on `today`, in sheet order. */
export function trackPlans(log: PlanLog, today: Date): PlanTracking[] {
  const tree = new DepartmentTree(log.departments);
  const tracker = new Tracker(log);
  return log.plans.map(({ row, record: plan }) => {
    const reps = planReps(plan, log, tree);
    const { reached, succeeded, cost } = tracker.track(plan, reps);
    const { state, ended } = planState(plan, reached, today);
    return { plan, row, reps, owner: planOwner(plan, tree), reached, succeeded, cost, targetRate: rate(reached, plan.target), minimumRate: rate(reached, plan.minimum), ended, state };
  });
}
