import { abcDuties, dutyStatuses, fulfils, isAboveRep, type AbcDuty, type AbcDutyKind } from "../domain/abc-duties";
import { isContact } from "../domain/customer-status";
import { lastFullMonths } from "../domain/periods";
import type { FollowUp } from "../workbook";
import { addMonths, startOfDay } from "../domain/time";
import type { DemoContext } from "./context";
import type { CustomerPlan } from "./customers";
import type { Team } from "./staff";

const MINUTE = 60_000;

const WHAT: Record<AbcDuty["kind"], { source: FollowUp["source"]; description: string; result: string }> = {
  managerVisit: { source: "拜访", description: "经理陪同拜访，听取客户对供货与服务的意见", result: "客户对供货满意，约定下次拜访" },
  visit: { source: "拜访", description: "上门拜访，了解经营情况与需求", result: "了解了客户需求，已记录" },
  letter: { source: "邮件", description: "寄送客户满意度调查问卷与征询函", result: "客户已回复问卷" },
};

/**
 * What the ABC classes are owed (domain/abc-duties.ts), as the office does it: where an A or B
 * customer (by the ABC类 the archive holds) would be overdue, the manager joins a contact for an A
 * customer's visit, the rep visits or sends a survey for a B one, on the day of one of the
 * customer's own contacts within the duty's months (so no follow-up gap changes). A few A
 * customers are left without their manager's visit, planted; a customer with no contact in the
 * months to pair it with stays overdue and is counted as planted too.
 */
export function makeTreatmentContacts(ctx: DemoContext, plans: readonly CustomerPlan[], contacts: ReadonlyMap<string, readonly FollowUp[]>, team: Team, departments: ReadonlyMap<string, string>): FollowUp[] {
  const duties = abcDuties(ctx.settings);
  // the ABC类 the archive holds speaks for the 12 complete months the demo classed it on (index.ts)
  const window = lastFullMonths(ctx.today).from;
  const added: FollowUp[] = [];
  const overdue = (plan: CustomerPlan, list: readonly FollowUp[]) =>
    dutyStatuses(plan.customer, plan.customer.abc, list.map((record, row) => ({ row, record })), duties, (f) => isAboveRep(f.rep, plan.customer.rep, team.staff, f.occurredAt), ctx.now, window).filter((s) => s.daysLate > 0);
  const neglected = neglect(ctx, plans, contacts, duties, window);
  const owed = plans.filter((p) => overdue(p, contacts.get(p.customer.code) ?? []).length > 0);
  const left = new Set(ctx.rng.sample(owed.filter((p) => p.customer.abc === "A" && !ctx.plantedCustomers.has(p.customer.code)), ctx.scaled(2)));
  for (const plan of owed) {
    const list = [...(contacts.get(plan.customer.code) ?? [])];
    if (!left.has(plan)) {
      for (const { duty } of overdue(plan, list)) {
        if (neglected.get(plan) === duty.kind) continue;
        const since = addMonths(ctx.today, -duty.months).getTime() + 86_400_000;
        // a contact alone on its day: the one added beside it leaves the day's grade as it was
        const days = new Map<number, number>();
        for (const f of list) days.set(startOfDay(f.occurredAt).getTime(), (days.get(startOfDay(f.occurredAt).getTime()) ?? 0) + 1);
        // never a contact of the rep who left: the manager goes with the rep who holds the customer
        const pool = list.filter((f) => isContact(f) && f.rep !== plan.before?.rep && days.get(startOfDay(f.occurredAt).getTime()) === 1 && f.occurredAt.getTime() >= since && ctx.isPast(new Date(f.occurredAt.getTime() + 20 * MINUTE)));
        if (pool.length === 0) continue;
        const base = ctx.rng.pick(pool);
        const at = new Date(base.occurredAt.getTime() + 20 * MINUTE);
        if (startOfDay(at).getTime() !== startOfDay(base.occurredAt).getTime()) continue;
        const rep = duty.kind === "managerVisit" ? team.manager.id : base.rep;
        const what = WHAT[duty.kind];
        const f: FollowUp = {
          id: ctx.id("GJ", at),
          customer: plan.customer.code,
          rep,
          department: departments.get(rep),
          occurredAt: at,
          source: what.source,
          serviceType: what.source === "拜访" ? "拜访" : "其他",
          description: what.description,
          result: what.result,
          gradeAfter: base.gradeAfter,
          resolution: what.result,
          summary: `${plan.customer.abc}类客户定期${duty.kind === "letter" ? "征询" : "拜访"}`,
          status: "已完成",
        };
        f.feedbackAt = ctx.feedbackAt("followUps", at);
        if (!f.feedbackAt) f.status = "处理中";
        added.push(f);
        list.push(f);
      }
    }
    if (overdue(plan, list).length > 0) {
      ctx.plantedCustomers.add(plan.customer.code);
      ctx.plant("abcDutyMissed", plan.customer.code, plan.customer);
    }
  }
  return added;
}

/** What a call says where the visit it replaces said what was seen on site. */
const CALLED = { description: "电话回访，了解经营与订货情况", result: "客户经营正常，暂无新需求" };

/**
 * Planted: a B customer the reps call and visit but never write to, and another they write to and
 * call but never visit. Its letters and surveys (or visits) since a month before the duty's months
 * went by phone instead, so the duty is overdue by weeks; only customers on the books since before
 * that and before the period the class was judged on are chosen.
 */
function neglect(ctx: DemoContext, plans: readonly CustomerPlan[], contacts: ReadonlyMap<string, readonly FollowUp[]>, duties: readonly AbcDuty[], periodFrom: Date): Map<CustomerPlan, AbcDutyKind> {
  const chosen = new Map<CustomerPlan, AbcDutyKind>();
  for (const duty of duties.filter((d) => d.abc === "B")) {
    const from = Math.min(addMonths(ctx.today, -(duty.months + 1)).getTime(), periodFrom.getTime());
    const pool = plans.filter((p) => p.customer.abc === "B" && p.createdAt.getTime() < from && !chosen.has(p) && !ctx.plantedCustomers.has(p.customer.code));
    for (const plan of ctx.rng.sample(pool, ctx.scaled(1))) {
      chosen.set(plan, duty.kind);
      for (const f of contacts.get(plan.customer.code) ?? []) {
        if (f.occurredAt.getTime() < from || !fulfils(duty.kind, f, () => false)) continue;
        f.source = "电话";
        if (duty.kind === "visit") Object.assign(f, { serviceType: "咨询", description: CALLED.description, result: CALLED.result, resolution: CALLED.result });
      }
    }
  }
  return chosen;
}
