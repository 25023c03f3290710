import { addDays, daysBetween } from "../domain/time";
import type { ReturnRecord } from "../workbook";
import type { DemoContext } from "./context";
import { repAt } from "./customers";
import { yuan } from "./rng";
import type { Order } from "./transactions";

const FINISHED = new Set(["已退款", "已换货", "拒绝"]);
const REASONS = ["包装破损", "临近保质期", "发错货", "质量问题", "滞销退货"] as const;

/** Returns and exchanges of about 2% of the shipped orders; a few old ones are left pending. */
export function makeReturns(ctx: DemoContext, orders: readonly Order[], departments: Map<string, string>): ReturnRecord[] {
  const { rng, today } = ctx;
  // open past 设置's 退换货办结天数: what the audit reports, planted only
  const openDays = ctx.settings.audit.returnOpenDays;
  const returns: ReturnRecord[] = [];
  const old: ReturnRecord[] = [];
  for (const o of orders) {
    if (!o.shippedAt || !rng.chance(0.02)) continue;
    const occurredAt = ctx.at(addDays(o.shippedAt, rng.int(2, 20)), 9, 17);
    if (!ctx.isPast(occurredAt)) continue;
    const line = rng.pick(o.lines);
    const reason = rng.weighted(REASONS, [0.3, 0.2, 0.15, 0.25, 0.1]);
    const mode = reason === "临近保质期" || reason === "滞销退货" ? "退货" : rng.chance(0.5) ? "换货" : "退货";
    const quantity = Math.max(1, Math.round((line.quantity ?? 1) * rng.float(0.05, 0.3)));
    const age = daysBetween(occurredAt, today);
    const returnStatus: ReturnRecord["returnStatus"] =
      age > openDays
        ? rng.chance(0.06) ? "拒绝" : mode === "退货" ? "已退款" : "已换货"
        : rng.pick(mode === "退货" ? (["申请", "已批准", "已收货", "已退款"] as const) : (["申请", "已批准", "已收货", "已换货"] as const));
    const rep = repAt(o.plan, occurredAt);
    const r: ReturnRecord = {
      id: ctx.id("TH", occurredAt),
      customer: o.plan.customer.code,
      rep,
      department: departments.get(rep),
      occurredAt,
      source: rng.pick(["电话", "微信"] as const),
      serviceType: "售后",
      description: `客户申请${mode}：${line.product}，原因${reason}`,
      originalOrder: o.docNo,
      item: line.product ?? "",
      quantity,
      reason,
      mode,
      amount: yuan(quantity * (line.unitPrice ?? 0)),
      returnStatus,
      resolution: returnStatus === "拒绝" ? "超出退货期限，已向客户说明" : FINISHED.has(returnStatus) ? (mode === "退货" ? "已收货并退款" : "已收回并补发新货") : undefined,
      summary: FINISHED.has(returnStatus) ? "售后处理完毕" : undefined,
      status: returnStatus === "拒绝" ? "已关闭" : FINISHED.has(returnStatus) ? "已完成" : returnStatus === "申请" ? "待处理" : "处理中",
    };
    r.feedbackAt = ctx.feedbackAt("returns", occurredAt);
    returns.push(r);
    if (age > openDays + 7 && returnStatus !== "拒绝" && !ctx.plantedCustomers.has(r.customer)) old.push(r);
  }
  for (const r of rng.sample(old, ctx.scaled(4))) {
    r.returnStatus = rng.pick(["申请", "已批准", "已收货"] as const);
    r.status = r.returnStatus === "申请" ? "待处理" : "处理中";
    r.resolution = undefined;
    r.summary = undefined;
    ctx.plant("returnsPending", `${r.customer} ${r.id}`, r);
  }
  return returns;
}
