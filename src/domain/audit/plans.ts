import { trackPlans } from "../plans/tracking";
import { day, type AuditContext } from "./context";
import { PLAN_TYPES, PLAN_TYPES_EN } from "../vocabulary";

/**
 * Work plans: a plan whose last day has passed with fewer customers reached than its 最低对象数
 * (domain/plans/tracking.ts counts them). Drafts and cancelled plans were never in force and are
 * not judged. High when not even half the minimum was reached. Charged to the plan's rep (a
 * department's plan to nobody in particular).
 */
export function auditPlans(ctx: AuditContext): void {
  if (ctx.log.plans.length === 0) return;
  for (const t of trackPlans(ctx.log, ctx.today)) {
    const plan = t.plan;
    if (t.state !== "belowMinimum" || plan.status === "草拟") continue;
    const who = plan.rep ?? plan.department ?? "";
    const typeEn = PLAN_TYPES_EN[PLAN_TYPES.indexOf(plan.planType)];
    ctx.add({
      rule: "plans.belowMinimum",
      severity: t.reached * 2 < plan.minimum ? "高" : "中",
      customer: "",
      rep: plan.rep ?? "",
      at: plan.end,
      ref: { sheet: "plans", column: "minimum", row: t.row },
      message: {
        zh: `工作方案 ${plan.id}（${who}，${plan.planType}，${day(plan.start)} 至 ${day(plan.end)}）实际对象 ${t.reached} 个，低于最低对象数 ${plan.minimum}（目标 ${plan.target}）。`,
        en: `Work plan "${plan.id}" ("${who}", ${typeEn}, ${day(plan.start)} to ${day(plan.end)}) reached ${t.reached} customers, below its minimum of ${plan.minimum} (target ${plan.target}).`,
      },
    });
  }
}
