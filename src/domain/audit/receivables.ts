import { dateOfDay, dayNumber, daysOverdueDay } from "../cadence";
import { computeReceivables, creditBreaches, fromCents, type CreditBreach } from "../receivables";
import { day, money, type AuditContext } from "./context";
import type { CellRef, Message } from "./types";

/** The order's amount cell (its first line). */
export function creditBreachRef(b: CreditBreach): CellRef {
  return { sheet: "transactions", column: "amount", row: b.row };
}

/** One sentence for an order over the credit limit: the audit's finding and `check`'s warning say the same. */
export function creditBreachMessage(b: CreditBreach): Message {
  const yuan = (cents: number) => `¥${money(fromCents(cents))}`;
  return {
    zh: `${b.docNo ? `订单${b.docNo}` : "订单"}${yuan(b.orderCents)}使欠款达${yuan(b.exposureCents)}，超出信用额度${yuan(b.limitCents)}（下单前欠款${yuan(b.balanceCents)}）。`,
    en: `Order${b.docNo ? ` ${b.docNo}` : ""} of ${yuan(b.orderCents)} took the amount owed to ${yuan(b.exposureCents)}, over the credit limit of ${yuan(b.limitCents)} (${yuan(b.balanceCents)} owed before it).`,
  };
}

/**
 * Rule 8, receivables: a customer with an amount overdue longer than 设置's 逾期上限 (charged to the
 * customer's responsible rep, pointing at the oldest overdue bill), and each order that took a
 * customer over its 信用额度 (charged to whoever entered the order). domain/receivables decides both.
 */
export function auditReceivables(ctx: AuditContext): void {
  const limit = ctx.settings.receivables.overdueLimitDays;
  const { accounts, asOfDay } = computeReceivables(ctx.log, ctx.today);
  for (const a of accounts) {
    if (a.maxDaysOverdue <= limit) continue;
    const oldest = a.open[0];
    const pastLimit = a.open.reduce((s, i) => (daysOverdueDay(i.dueDay, asOfDay) > limit ? s + i.openCents : s), 0);
    const due = dateOfDay(oldest.dueDay);
    ctx.add({
      rule: "receivables.overdue",
      severity: a.maxDaysOverdue > 90 ? "高" : "中",
      customer: a.customer,
      rep: a.rep,
      at: due,
      daysLate: a.maxDaysOverdue,
      ref: oldest.bill.ref,
      message: {
        zh: `应收账款逾期超过${limit}天的共¥${money(fromCents(pastLimit))}：最早一笔¥${money(fromCents(oldest.openCents))}于${day(due)}到期，已逾期${a.maxDaysOverdue}天（欠款合计¥${money(fromCents(a.balanceCents))}）。`,
        en: `¥${money(fromCents(pastLimit))} overdue by more than ${limit} days: the oldest, ¥${money(fromCents(oldest.openCents))}, fell due on ${day(due)}, ${a.maxDaysOverdue} days ago (¥${money(fromCents(a.balanceCents))} owed in all).`,
      },
    });
  }
  for (const b of creditBreaches(ctx.log)) {
    if (dayNumber(b.at) > asOfDay) continue;
    ctx.add({
      rule: "credit.overLimit",
      severity: b.exposureCents > b.limitCents * 1.5 ? "高" : "中",
      customer: b.customer,
      rep: b.rep,
      at: b.at,
      ref: creditBreachRef(b),
      message: creditBreachMessage(b),
    });
  }
}
