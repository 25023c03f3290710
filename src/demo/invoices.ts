import { addDays, daysBetween } from "../domain/time";
import type { Invoice } from "../workbook";
import { monthOf, monthStart, type DemoContext } from "./context";
import { repAt } from "./customers";
import { yuan } from "./rng";
import type { Order } from "./transactions";

/**
 * One VAT invoice per customer and month of shipments, issued early the next month. Paper
 * invoices are received within ten days; a few older ones were never sent, got lost or came back.
 */
export function makeInvoices(ctx: DemoContext, orders: readonly Order[], departments: Map<string, string>): Invoice[] {
  const { rng, today } = ctx;
  // older than 设置's 发票签收天数 and not 已签收: what the audit reports, planted only
  const receiptDays = ctx.settings.audit.invoiceReceiptDays;
  const groups = new Map<string, Order[]>();
  for (const o of orders) {
    if (!o.shippedAt) continue;
    const key = `${o.plan.customer.code} ${monthOf(o.shippedAt)}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const numbers = new Set<string>();
  const invoices: Invoice[] = [];
  const paper: Invoice[] = [];
  for (const list of groups.values()) {
    const plan = list[0].plan;
    const month = monthOf(list[0].shippedAt!);
    const invoiceDate = addDays(monthStart(month + 1), rng.int(2, 7));
    if (invoiceDate.getTime() >= today.getTime()) continue;
    const occurredAt = ctx.at(invoiceDate, 9, 17);
    const amount = yuan(list.reduce((s, o) => s + o.total, 0));
    let invoiceNo: string;
    do invoiceNo = String(rng.int(10_000_000, 99_999_999));
    while (numbers.has(invoiceNo));
    numbers.add(invoiceNo);
    const invoiceType = plan.customer.orgForm === "个体" ? "电子普通" : rng.weighted(["增值税专用", "电子专用", "增值税普通"] as const, [0.6, 0.3, 0.1]);
    const electronic = invoiceType.startsWith("电子");
    const age = daysBetween(invoiceDate, today);
    const delivery: Invoice["delivery"] = electronic || age >= 10 ? "已签收" : age < 3 ? rng.pick(["未寄出", "已寄出"] as const) : rng.pick(["已寄出", "已签收"] as const);
    const rep = repAt(plan, occurredAt);
    const inv: Invoice = {
      id: ctx.id("FP", occurredAt),
      customer: plan.customer.code,
      rep,
      department: departments.get(rep),
      occurredAt,
      source: "其他",
      serviceType: "订单",
      description: `开具${monthStart(month).toISOString().slice(0, 7)}货款发票，共${list.length}笔订单`,
      invoiceNo,
      invoiceDate,
      invoiceType,
      title: plan.customer.name,
      amount,
      tax: yuan((amount * 13) / 113),
      delivery,
      resolution: electronic ? "电子发票已发送至客户邮箱" : "纸质发票已快递寄出",
      summary: delivery === "已签收" ? "客户已签收" : "等待客户签收",
      status: delivery === "已签收" ? "已完成" : "处理中",
    };
    inv.feedbackAt = ctx.feedbackAt("invoices", occurredAt);
    invoices.push(inv);
    if (!electronic && age > receiptDays + 5 && !ctx.plantedCustomers.has(plan.customer.code)) paper.push(inv);
  }
  for (const inv of rng.sample(paper, ctx.scaled(5))) {
    inv.delivery = rng.pick(["未寄出", "已寄出", "退回"] as const);
    inv.status = "处理中";
    inv.summary = inv.delivery === "退回" ? "地址有误被退回，待重新寄送" : inv.delivery === "未寄出" ? "开票后遗漏寄送" : "快递未显示签收，待核实";
    ctx.plant("invoicesUndelivered", `${inv.customer} ${inv.invoiceNo}`, inv);
  }
  return invoices;
}
