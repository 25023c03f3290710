import { dateOfDay, dayNumber } from "../domain/cadence";
import { dueDay, parsePaymentTerms, statementDay } from "../domain/receivables/terms";
import { addDays, addHours, daysBetween, isoDate } from "../domain/time";
import type { Transaction } from "../workbook";
import { CATALOG } from "./catalog";
import { monthOf, monthStart, type DemoContext } from "./context";
import { repAt, type CustomerPlan } from "./customers";
import { yuan } from "./rng";

/** An order as other sheets see it: invoices bill it, returns refer to it. */
export interface Order {
  plan: CustomerPlan;
  docNo: string;
  at: Date;
  lines: Transaction[];
  total: number;
  shippedAt?: Date;
}

/**
 * Jan is busy before the Spring Festival, Feb quiet, Sep–Oct busy with the holidays; kept mild,
 * so that no 3-month window falls 30% or tilts by season and noise alone (only planted stories do).
 */
const SEASON = [1.03, 0.96, 0.98, 0.99, 1.0, 1.0, 1.01, 1.01, 1.03, 1.02, 0.99, 1.02];

function docNo(prefix: string, at: Date, seq: number): string {
  return `${prefix}${at.toISOString().slice(2, 10).replace(/-/g, "")}${String(seq).padStart(4, "0")}`;
}

/** The category mix of a month: a shifting customer moves from one category to another in the last three months. */
function mixFor(ctx: DemoContext, plan: CustomerPlan, month: number): number[] {
  if (!plan.shift) return plan.mix;
  const late = month >= ctx.month - 3;
  return CATALOG.map((_, i) => {
    if (i === plan.shift!.from) return late ? 0.1 : 0.75;
    if (i === plan.shift!.to) return late ? 0.65 : 0.05;
    return 0.2 / (CATALOG.length - 2);
  });
}

function monthFactor(ctx: DemoContext, plan: CustomerPlan, month: number): number {
  let f = SEASON[((month % 12) + 12) % 12] * ctx.rng.float(0.93, 1.07);
  if (plan.dropFactor !== undefined && month >= ctx.month - 3) f *= plan.dropFactor;
  if (plan.spikeMonth === month) f *= 4;
  return f;
}

export interface Sales {
  transactions: Transaction[];
  orders: Order[];
}

/**
 * Orders (one row per product line), their shipments and the payments, month by month from
 * each buying customer's normal year: sales are Pareto-skewed so ABC means something.
 */
export function makeTransactions(ctx: DemoContext, plans: readonly CustomerPlan[], departments: Map<string, string>): Sales {
  const { rng, today } = ctx;
  const transactions: Transaction[] = [];
  const orders: Order[] = [];
  let seq = 0;
  const row = (plan: CustomerPlan, at: Date, fields: Omit<Transaction, "id" | "customer" | "rep" | "occurredAt" | "status">): Transaction => {
    const rep = repAt(plan, at);
    const t: Transaction = { id: ctx.id("WL", at), customer: plan.customer.code, rep, department: departments.get(rep), occurredAt: at, ...fields, status: "已完成" };
    t.feedbackAt = ctx.feedbackAt("transactions", at);
    if (!t.feedbackAt) t.status = "处理中";
    else if (rng.chance(0.3)) t.satisfaction = rng.weighted(["非常满意", "满意", "一般"] as const, [0.3, 0.6, 0.1]);
    transactions.push(t);
    return t;
  };

  for (const plan of plans) {
    if (!plan.buying) continue;
    const discount = rng.float(0.9, 1);
    const monthly: [number, Order[]][] = [];
    for (let m = monthOf(plan.salesFrom); m <= ctx.month; m++) {
      const from = new Date(Math.max(monthStart(m).getTime(), plan.salesFrom.getTime()));
      const to = new Date(Math.min(monthStart(m + 1).getTime(), today.getTime()));
      const days = daysBetween(from, to);
      if (days <= 0) continue;
      const fraction = days / daysBetween(monthStart(m), monthStart(m + 1));
      const target = (plan.annualSales / 12) * monthFactor(ctx, plan, m) * fraction;
      const count = Math.min(6, Math.max(1, Math.round(target / 15000)));
      const mix = mixFor(ctx, plan, m);
      const monthOrders: Order[] = [];
      for (let k = 0; k < count; k++) {
        const day = ctx.dayBetween(from, to);
        const at = ctx.at(day, 8.5, 17.5);
        const no = docNo("XS", at, ++seq);
        const amount = (target / count) * rng.float(0.9, 1.1);
        const order: Order = { plan, docNo: no, at, lines: [], total: 0 };
        const source = rng.weighted(["电话", "微信", "邮件", "传真", "网站"] as const, [0.35, 0.4, 0.1, 0.05, 0.1]);
        mix.forEach((w, c) => {
          if (w <= 0) return;
          const category = CATALOG[c];
          const product = rng.pick(category.products);
          const unitPrice = yuan(product.price * discount);
          const quantity = Math.max(1, Math.round((amount * w * rng.float(0.9, 1.1)) / unitPrice));
          const line = row(plan, at, {
            source,
            serviceType: "订单",
            description: `订购${product.name} ${quantity}件`,
            txType: "订单",
            docNo: no,
            productCategory: category.name,
            product: product.name,
            quantity,
            unitPrice,
            amount: yuan(quantity * unitPrice),
            resolution: "订单已确认，安排发货",
            summary: "正常订货",
          });
          order.lines.push(line);
          order.total = yuan(order.total + line.amount);
        });
        const shippedAt = ctx.at(addDays(day, rng.int(1, 3)), 8, 17);
        if (ctx.isPast(shippedAt)) {
          order.shippedAt = shippedAt;
          row(plan, shippedAt, {
            source: "其他",
            serviceType: "订单",
            description: `订单${no}发货，共${order.lines.length}个品项`,
            txType: "发货",
            docNo: docNo("FH", shippedAt, seq),
            amount: order.total,
            resolution: "货物已送达，客户签收",
            summary: "按时发货",
          });
        }
        monthOrders.push(order);
        orders.push(order);
      }
      monthly.push([m, monthOrders]);
    }
    payments(ctx, plan, monthly, row);
  }
  return { transactions, orders };
}

type Row = (plan: CustomerPlan, at: Date, fields: Omit<Transaction, "id" | "customer" | "rep" | "occurredAt" | "status">) => Transaction;

/** Days a payment comes after its due day: mostly around it, a third of the time a week or two late (never a month). */
function lag(ctx: DemoContext): number {
  return ctx.rng.chance(0.65) ? ctx.rng.int(-3, 2) : ctx.rng.int(3, 15);
}

/**
 * 回款 by the customer's terms (domain/receivables/terms.ts): 月结 customers pay each statement
 * (closed on their 结账日) around its due day, 货到付款 customers after delivery, sometimes days
 * later, 款到发货 customers before shipping; what is not due yet stays unpaid, and a customer
 * planted to stop paying pays nothing that shipped from then on.
 */
function payments(ctx: DemoContext, plan: CustomerPlan, monthly: [number, Order[]][], row: Row): void {
  const { rng } = ctx;
  const stopAt = plan.missesPaymentsFrom?.getTime() ?? Infinity;
  const pay = (at: Date, amount: number, what: string) => {
    if (!ctx.isPast(at) || amount <= 0) return;
    row(plan, at, {
      source: rng.pick(["电话", "邮件", "其他"] as const),
      serviceType: "订单",
      description: `收到回款：${what}`,
      txType: "回款",
      docNo: `SK${at.toISOString().slice(2, 10).replace(/-/g, "")}${rng.int(1000, 9999)}`,
      amount,
      resolution: "已核销应收",
      summary: "回款正常",
    });
  };
  const terms = parsePaymentTerms(plan.paymentTerms);
  const shipped = monthly.flatMap(([, list]) => list.filter((o) => o.shippedAt && o.shippedAt.getTime() < stopAt));
  if (terms?.kind === "monthly") {
    const statements = new Map<number, number>();
    for (const o of shipped) {
      const s = statementDay(dayNumber(o.shippedAt!), plan.customer.billingDay);
      statements.set(s, yuan((statements.get(s) ?? 0) + o.total));
    }
    for (const [s, total] of [...statements].sort((a, b) => a[0] - b[0])) {
      const due = dueDay(s, terms, plan.customer.billingDay);
      pay(ctx.at(dateOfDay(due + lag(ctx)), 9, 17), total, `${isoDate(dateOfDay(s))}对账货款`);
    }
    return;
  }
  for (const o of shipped) {
    const late = rng.chance(0.2) ? rng.int(1, 10) * 24 : 0;
    const at = plan.paymentTerms === "款到发货" ? addHours(o.at, rng.float(1, 5)) : addHours(o.shippedAt!, rng.float(2, 48) + late);
    pay(ctx.minute(at), o.total, `订单${o.docNo}`);
  }
}
