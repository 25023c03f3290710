import type { Grade } from "../workbook/column";
import type { FollowUp, SampleIssue } from "../workbook";
import { isRepeatIssue, sampleItemKey } from "../domain/audit/samples";
import { addDays, daysBetween } from "../domain/time";
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
 * that month (so no rule reading of "the grade" finds them over), each approved, and never the
 * same item to the same customer within 设置's 样品重复发放天数; a few customer-months are planted
 * over the quota (in a month the grade did not change), a few issues without an approver, and a
 * few items given again too soon.
 */
export function makeSamples(ctx: DemoContext, plans: readonly CustomerPlan[], contacts: Map<string, FollowUp[]>, approver: string, departments: Map<string, string>): SampleIssue[] {
  const { rng, settings } = ctx;
  const samples: SampleIssue[] = [];
  const repeatDays = settings.audit.sampleRepeatDays;
  /** Every issue so far per customer and item: a new one keeps clear of them all. */
  const given = new Map<string, Date[]>();
  const tooSoon: TooSoon = (customer, item, at, except) => (given.get(`${customer} ${sampleItemKey(item)}`) ?? []).some((d) => d !== except && isRepeatIssue(Math.abs(daysBetween(d, at)), repeatDays));
  const record = (plan: CustomerPlan, type: ItemType, item: string, quantity: number, value: number, occurredAt: Date): SampleIssue => {
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
      approver,
      resolution: "已送达客户并签收",
      summary: "按额度发放",
      status: "已完成",
    };
    s.feedbackAt = ctx.feedbackAt("samples", occurredAt);
    if (!s.feedbackAt) s.status = "处理中";
    samples.push(s);
    const key = `${plan.customer.code} ${sampleItemKey(item)}`;
    given.set(key, [...(given.get(key) ?? []), occurredAt]);
    return s;
  };
  const issue = (plan: CustomerPlan, month: number, budget: number): SampleIssue | undefined => {
    const from = new Date(Math.max(monthStart(month).getTime(), plan.createdAt.getTime()));
    const to = new Date(Math.min(monthStart(month + 1).getTime(), ctx.today.getTime()));
    if (to.getTime() <= from.getTime()) return undefined;
    const type = rng.weighted(ITEM_TYPES, [0.45, 0.25, 0.15, 0.15]);
    const [item, unit, most] = rng.pick(SAMPLE_ITEMS[type]);
    if (unit > budget) return undefined;
    const quantity = Math.max(1, Math.min(most, Math.floor(budget / unit)));
    const occurredAt = ctx.at(ctx.dayBetween(from, to));
    if (tooSoon(plan.customer.code, item, occurredAt)) return undefined;
    return record(plan, type, item, quantity, yuan(quantity * unit), occurredAt);
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
  plantRepeats(ctx, plans, contacts, samples, tooSoon, record);
  // issued without an approver (on rows that carry nothing else)
  const approved = samples.filter((s) => !ctx.plantedRecords.has(s) && !ctx.plantedCustomers.has(s.customer) && ctx.isPast(s.occurredAt));
  for (const s of rng.sample(approved, ctx.scaled(3))) {
    delete s.approver;
    s.summary = "急需，先发放后补审批";
    ctx.plant("samplesNoApprover", `${s.customer} ${s.id}`, s);
  }
  return samples;
}

/** Whether an issue of `item` at `at` would fall within 样品重复发放天数 of another issue of it to the customer (`except` aside). */
type TooSoon = (customer: string, item: string, at: Date, except?: Date) => boolean;
type Issuer = (plan: CustomerPlan, type: ItemType, item: string, quantity: number, value: number, occurredAt: Date) => SampleIssue;

/**
 * The same item given again to a customer a few days after an issue (within 样品重复发放天数),
 * one piece, in the same month and within the month's quota, so the repeat is the only thing wrong.
 */
function plantRepeats(ctx: DemoContext, plans: readonly CustomerPlan[], contacts: Map<string, FollowUp[]>, samples: readonly SampleIssue[], tooSoon: TooSoon, record: Issuer): void {
  const { rng, settings } = ctx;
  const repeatDays = settings.audit.sampleRepeatDays;
  if (repeatDays <= 0) return;
  const byPlan = new Map(plans.map((p) => [p.customer.code, p]));
  const monthTotal = new Map<string, number>();
  for (const s of samples) monthTotal.set(`${s.customer} ${monthOf(s.occurredAt)}`, (monthTotal.get(`${s.customer} ${monthOf(s.occurredAt)}`) ?? 0) + s.value);
  const unitOf = new Map(Object.values(SAMPLE_ITEMS).flatMap((items) => items.map(([item, unit]) => [item, unit] as const)));
  const pool = samples.filter((s) => !ctx.plantedRecords.has(s) && !ctx.plantedCustomers.has(s.customer));
  let planted = 0;
  for (const base of rng.sample(pool, pool.length)) {
    if (planted >= ctx.scaled(2)) break;
    const plan = byPlan.get(base.customer)!;
    const month = monthOf(base.occurredAt);
    const at = ctx.at(addDays(base.occurredAt, rng.int(1, Math.min(5, repeatDays))));
    if (monthOf(at) !== month || !ctx.isPast(at)) continue;
    const unit = unitOf.get(base.item)!;
    const quota = Math.min(...gradesDuring(plan.customer.grade, contacts.get(plan.customer.code) ?? [], month).map((g) => settings.sampleQuota[g]));
    if ((monthTotal.get(`${base.customer} ${month}`) ?? 0) + unit > quota) continue;
    // clear of every other issue of the item but its base
    if (tooSoon(base.customer, base.item, at, base.occurredAt)) continue;
    const again = record(plan, base.itemType, base.item, 1, yuan(unit), at);
    again.summary = "客户再次索要，补发";
    monthTotal.set(`${base.customer} ${month}`, (monthTotal.get(`${base.customer} ${month}`) ?? 0) + unit);
    ctx.plantedRecords.add(base);
    ctx.plantedCustomers.add(base.customer);
    ctx.plant("samplesRepeat", `${again.customer} ${again.id}`, again);
    planted++;
  }
}
