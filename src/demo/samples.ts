import type { Grade } from "../workbook/column";
import type { FollowUp, SampleIssue } from "../workbook";
import { ITEM_TYPES, SAMPLE_ITEMS, type ItemType } from "./catalog";
import { monthOf, monthStart, type DemoContext } from "./context";
import { repAt, type CustomerPlan } from "./customers";
import { yuan } from "./rng";

const RATE: Record<Grade, number> = { A: 0.5, B: 0.3, C: 0.15, D: 0.06, E: 0 };
const PURPOSES: Record<ItemType, readonly string[]> = {
  样品: ["新品试销", "客户品鉴", "门店试吃活动"],
  物料: ["门店陈列", "端架布置", "冷柜投放"],
  赠品: ["订货满赠", "节日客情维护"],
  宣传品: ["新品宣传", "门店促销"],
};

/** The grades a customer had at some moment of a month: the archive's, and what each follow-up left. */
function gradesDuring(archive: Grade, contacts: readonly FollowUp[], month: number): Grade[] {
  const grades: Grade[] = [archive];
  const from = monthStart(month).getTime();
  const to = monthStart(month + 1).getTime();
  let before: Grade | undefined;
  for (const f of contacts) {
    const t = f.occurredAt.getTime();
    if (t < from) before = f.gradeAfter;
    else if (t < to) grades.push(f.gradeAfter);
  }
  if (before) grades.push(before);
  return grades;
}

/**
 * Samples and materials, each month's value within the quota of every grade the customer had
 * that month (so no rule reading of "the grade" finds them over); a few customer-months are
 * planted over the quota, in a month the grade did not change.
 */
export function makeSamples(ctx: DemoContext, plans: readonly CustomerPlan[], contacts: Map<string, FollowUp[]>, approver: string, departments: Map<string, string>): SampleIssue[] {
  const { rng, settings } = ctx;
  const samples: SampleIssue[] = [];
  const issue = (plan: CustomerPlan, month: number, budget: number): SampleIssue | undefined => {
    const from = new Date(Math.max(monthStart(month).getTime(), plan.createdAt.getTime()));
    const to = new Date(Math.min(monthStart(month + 1).getTime(), ctx.today.getTime()));
    if (to.getTime() <= from.getTime()) return undefined;
    const type = rng.weighted(ITEM_TYPES, [0.45, 0.25, 0.15, 0.15]);
    const [item, unit, most] = rng.pick(SAMPLE_ITEMS[type]);
    if (unit > budget) return undefined;
    const quantity = Math.max(1, Math.min(most, Math.floor(budget / unit)));
    const value = yuan(quantity * unit);
    const occurredAt = ctx.at(ctx.dayBetween(from, to));
    const rep = repAt(plan, occurredAt);
    const s: SampleIssue = {
      id: ctx.id("YP", occurredAt),
      customer: plan.customer.code,
      rep,
      department: departments.get(rep),
      occurredAt,
      source: "拜访",
      serviceType: "拜访",
      description: `发放${type}：${item}×${quantity}`,
      itemType: type,
      item,
      quantity,
      value,
      purpose: rng.pick(PURPOSES[type]),
      approver: value >= 500 ? approver : undefined,
      resolution: "已送达客户并签收",
      summary: "按额度发放",
      status: "已完成",
    };
    s.feedbackAt = ctx.feedbackAt("samples", occurredAt);
    if (!s.feedbackAt) s.status = "处理中";
    samples.push(s);
    return s;
  };

  const over = new Set<string>();
  const handled = new Set<string>();
  const candidates = plans.filter((p) => !ctx.plantedCustomers.has(p.customer.code) && ["B", "C", "D"].includes(p.customer.grade));
  for (const plan of rng.sample(candidates, ctx.scaled(4) * 3)) {
    if (over.size >= ctx.scaled(4)) break;
    const list = contacts.get(plan.customer.code) ?? [];
    const month = ctx.month - rng.int(1, 3);
    if (gradesDuring(plan.customer.grade, list, month).some((g) => g !== plan.customer.grade)) continue;
    // this customer-month gets no other issue, planted or not: what is issued here stays as it is
    handled.add(`${plan.customer.code} ${month}`);
    const quota = settings.sampleQuota[plan.customer.grade];
    const issued: SampleIssue[] = [];
    let total = 0;
    for (let k = 0; k < 6 && total <= quota * 1.2; k++) {
      const s = issue(plan, month, quota * rng.float(0.5, 0.9));
      if (s) {
        issued.push(s);
        total += s.value;
      }
    }
    if (total <= quota) continue;
    for (const s of issued) {
      s.summary = "门店活动需要，加量发放";
      ctx.plantedRecords.add(s);
    }
    over.add(`${plan.customer.code} ${month}`);
    ctx.plantedCustomers.add(plan.customer.code);
    ctx.plant("samplesOverQuota", `${plan.customer.code} ${monthStart(month).toISOString().slice(0, 7)}`);
  }

  for (const plan of plans) {
    const list = contacts.get(plan.customer.code) ?? [];
    const rate = RATE[plan.customer.grade];
    for (let m = Math.max(ctx.month - 12, monthOf(plan.createdAt)); m <= ctx.month; m++) {
      if (handled.has(`${plan.customer.code} ${m}`) || !rng.chance(rate)) continue;
      const quota = Math.min(...gradesDuring(plan.customer.grade, list, m).map((g) => settings.sampleQuota[g]));
      if (quota > 0) issue(plan, m, quota * rng.float(0.3, 0.8));
    }
  }
  return samples;
}
