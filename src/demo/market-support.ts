import { addDays } from "../domain/time";
import type { MarketSupport } from "../workbook";
import { CATALOG } from "./catalog";
import type { DemoContext } from "./context";
import { repAt, type CustomerPlan } from "./customers";

type SupportType = MarketSupport["supportType"];
const DAYS: Record<SupportType, [number, number]> = { 促销: [7, 30], 陈列: [30, 90], 广告: [30, 60], 人员: [14, 45] };
const WHAT: Record<SupportType, readonly string[]> = {
  促销: ["买赠活动", "特价促销", "满减活动"],
  陈列: ["端架陈列", "堆头陈列", "冷柜陈列"],
  广告: ["社区电梯广告", "门店灯箱广告", "本地公众号推广"],
  人员: ["派驻促销员", "节假日导购支持"],
};

/** Promotion, display, advertising and staff support for the larger customers, 1–3 a year each. */
export function makeMarketSupport(ctx: DemoContext, plans: readonly CustomerPlan[], departments: Map<string, string>): MarketSupport[] {
  const { rng, today, start } = ctx;
  const list: MarketSupport[] = [];
  for (const plan of plans) {
    if (!plan.buying || plan.annualSales < 150_000) continue;
    const count = rng.int(1, 3);
    for (let k = 0; k < count; k++) {
      const type = rng.weighted(["促销", "陈列", "广告", "人员"] as const, [0.4, 0.3, 0.15, 0.15]);
      const periodStart = ctx.dayBetween(addDays(plan.salesFrom.getTime() > start.getTime() ? plan.salesFrom : start, 15), addDays(today, 14));
      const occurredAt = ctx.at(addDays(periodStart, -rng.int(5, 12)));
      if (!ctx.isPast(occurredAt) || occurredAt.getTime() < start.getTime()) continue;
      const periodEnd = addDays(periodStart, rng.int(...DAYS[type]));
      const ended = periodEnd.getTime() < today.getTime();
      const category = CATALOG[plan.mix.indexOf(Math.max(...plan.mix))].name;
      const what = rng.pick(WHAT[type]);
      const rating = ended ? rng.weighted(["好", "一般", "差"] as const, [0.5, 0.4, 0.1]) : undefined;
      const rep = repAt(plan, occurredAt);
      const m: MarketSupport = {
        id: ctx.id("SC", occurredAt),
        customer: plan.customer.code,
        rep,
        department: departments.get(rep),
        occurredAt,
        source: "拜访",
        serviceType: "拜访",
        description: `申请${type}支持：${category}${what}`,
        supportType: type,
        cost: Math.max(800, Math.round((plan.annualSales * rng.float(0.004, 0.015)) / 100) * 100),
        periodStart,
        periodEnd,
        effect: rating ? { 好: `活动期间${category}销量提升约${rng.int(15, 40)}%`, 一般: "销量略有提升", 差: "效果不明显，门店执行不到位" }[rating] : undefined,
        effectRating: rating,
        resolution: "经主管审批后执行",
        summary: ended ? (rating === "差" ? "不建议续做" : "建议续做") : undefined,
        status: ended ? "已完成" : "处理中",
      };
      m.feedbackAt = ctx.feedbackAt("marketSupport", occurredAt);
      list.push(m);
    }
  }
  return list;
}
