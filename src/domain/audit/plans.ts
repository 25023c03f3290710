import { trackPlans, type PlanTracking } from "../plans/tracking";
import { day, type AuditContext } from "./context";
import { PLAN_TYPES, PLAN_TYPES_EN } from "../vocabulary";

/**
 * Work plans: a plan whose last day has passed with fewer customers reached than its 最低对象数
 * (domain/plans/tracking.ts counts them). Drafts and cancelled plans were never in force and are
 * not judged. High when not even half the minimum was reached. Charged to the plan's rep, a
 * department's plan to the department's head (plans/tracking.ts planOwner); a department with no
 * head named up its tree charges nobody, and the message says where to name one. `tracked` is the
 * plans' tracking on the audit's day when the caller has it already (the appraisal does).
 */
export function auditPlans(ctx: AuditContext, tracked?: readonly PlanTracking[]): void {
  if (ctx.log.plans.length === 0) return;
  for (const t of tracked ?? trackPlans(ctx.log, ctx.today)) {
    const plan = t.plan;
    if (t.state !== "belowMinimum" || plan.status === "草拟") continue;
    const who = plan.rep ?? plan.department ?? "";
    const typeEn = PLAN_TYPES_EN[PLAN_TYPES.indexOf(plan.planType)];
    const departmental = !plan.rep || plan.rep.trim() === "";
    const charged = !departmental ? { zh: "", en: "" } : t.owner ? { zh: `由部门负责人 ${t.owner} 负责。`, en: ` Charged to the department's head ${t.owner}.` } : { zh: "部门及其上级部门都没有负责人：请在“部门”表填写负责人。", en: " Neither the department nor any above it names a head: fill in 负责人 in Departments." };
    ctx.add({
      rule: "plans.belowMinimum",
      severity: t.reached * 2 < plan.minimum ? "高" : "中",
      customer: "",
      rep: t.owner ?? "",
      at: plan.end,
      ref: { sheet: "plans", column: "minimum", row: t.row },
      message: {
        zh: `工作方案 ${plan.id}（${who}，${plan.planType}，${day(plan.start)} 至 ${day(plan.end)}）实际对象 ${t.reached} 个，低于最低对象数 ${plan.minimum}（目标 ${plan.target}）。${charged.zh}`,
        en: `Work plan "${plan.id}" ("${who}", ${typeEn}, ${day(plan.start)} to ${day(plan.end)}) reached ${t.reached} customers, below its minimum of ${plan.minimum} (target ${plan.target}).${charged.en}`,
      },
    });
  }
}
