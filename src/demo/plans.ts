import type { Rowed, Suggestion, WorkPlan } from "../domain/log";
import { trackPlans, type PlanLog } from "../domain/plans/tracking";
import { addDays, isoDate } from "../domain/time";
import type { DemoContext } from "./context";
import { monthStart } from "./context";
import type { Team } from "./staff";

const rowed = <T>(list: readonly unknown[]): Rowed<T>[] => list.map((record, i) => ({ row: i + 2, record: record as T }));

/**
 * 工作方案 and 对上级的建议 for the demo, drawn from nothing random (so every other figure of the
 * demo stays as it was): each active rep gets a monthly visit plan for the last three complete
 * months and this month, and a quarterly service plan for the last quarter and this one; 客服部
 * (charged to its head) a quarterly activity plan and a promotion plan for the same two quarters,
 * so every plan type, a department's plans and plans in progress all have figures. Targets are set
 * against what the log shows was done: most plans are met, every fourth falls short of its target
 * but not of its minimum, one (the first rep's oldest) falls below its minimum, planted for the
 * audit, and those still running are well short of their target.
 */
export function makePlans(ctx: DemoContext, team: Team, records: { [sheetKey: string]: Record<string, unknown>[] }): { plans: WorkPlan[]; suggestions: Suggestion[] } {
  const reps = [...team.repsByArea.values()].flat();
  const plans: WorkPlan[] = [];
  for (let back = 3; back >= 0; back--) {
    const month = ctx.month - back;
    const start = monthStart(month);
    const end = addDays(monthStart(month + 1), -1);
    for (const rep of reps) {
      const id = `FA${isoDate(start).slice(2, 7).replace("-", "")}-${rep.id}`;
      plans.push({ id, rep: rep.id, department: rep.department, cycle: "月", start, end, planType: "客户访问", target: 0, minimum: 0, plannedCost: 2000, content: "按客户等级的跟进周期走访与电话跟进", purpose: "按时跟进，不让客户超期", status: back === 0 ? "执行中" : "已完成" });
    }
  }
  const thisQuarter = Math.floor(ctx.month / 3) * 3;
  const company = team.departments[0];
  for (const quarter of [thisQuarter - 3, thisQuarter]) {
    const start = monthStart(quarter);
    const tag = `FA${isoDate(start).slice(2, 7).replace("-", "")}`;
    const base = { cycle: "季" as const, start, end: addDays(monthStart(quarter + 3), -1), target: 0, minimum: 0, status: quarter === thisQuarter ? ("执行中" as const) : ("已完成" as const) };
    plans.push({ ...base, id: `${tag}-${company.code}`, department: company.name, planType: "客户活动", plannedCost: 30000, content: "促销、陈列与驻店人员支持", purpose: "提升重点客户的动销" });
    plans.push({ ...base, id: `${tag}-${company.code}-XC`, department: company.name, planType: "宣传", plannedCost: 8000, content: "广告投放与宣传品发放", purpose: "让客户知道新品与促销" });
    for (const rep of reps) plans.push({ ...base, id: `${tag}-${rep.id}-FW`, rep: rep.id, department: rep.department, planType: "服务", plannedCost: 1000, content: "咨询答复、投诉与退换货处理、售后回访", purpose: "客户的问题当季解决" });
  }
  const log = { plans: rowed<WorkPlan>(plans), staff: rowed(team.staff), departments: rowed(team.departments) } as Record<string, unknown>;
  for (const key of ["transactions", "samples", "invoices", "returns", "complaints", "marketSupport", "followUps"]) log[key] = rowed(records[key] ?? []);
  const tracked = trackPlans(log as unknown as PlanLog, ctx.now);
  let below = false;
  tracked.forEach((t, i) => {
    const plan = plans[i];
    if (!t.ended) {
      plan.target = t.reached + 20;
      plan.minimum = Math.ceil(plan.target * 0.6);
    } else if (!below && plan.rep === reps[0].id && t.reached > 0) {
      below = true;
      plan.target = t.reached + 10;
      plan.minimum = t.reached + 3;
      ctx.plant("planBelowMinimum", `${plan.id}`, plan);
    } else if (i % 4 === 1 && t.reached > 2) {
      plan.target = t.reached + 5;
      plan.minimum = t.reached - 2;
    } else {
      plan.target = Math.max(1, t.reached - 3);
      plan.minimum = Math.floor(plan.target * 0.7);
    }
  });

  const suggestions: Suggestion[] = reps.slice(0, 4).map((rep, i) => ({
    staff: rep.id,
    at: addDays(ctx.today, -7 * (i + 1) + 0.4),
    content: ["样品申领流程太长，建议 A 类客户由客服直接审批", "建议每季度组织一次重点客户座谈会", "发票寄送改用电子发票可缩短签收时间", "建议在系统中加一个回访提醒"][i],
    reply: i % 2 === 0 ? "同意，下月起试行" : undefined,
    repliedAt: i % 2 === 0 ? addDays(ctx.today, -7 * (i + 1) + 2.4) : undefined,
  }));
  return { plans, suggestions };
}
