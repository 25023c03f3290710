import type { EventSheetKey, Rowed } from "../log";
import { openKindOf, type OpenCandidate } from "../customer-timeline";
import { daysBetween } from "../time";
import { day, money, quote, type AuditContext } from "./context";
import type { RuleId } from "./types";

/**
 * Invoices and returns that age: an invoice still not 已签收 more than 设置's 发票签收天数 after its
 * 开票日期, and a return or exchange still open (not refunded, exchanged or refused, as
 * domain/customer-timeline.ts decides) more than 退换货办结天数 after it was logged. 0 turns a rule off.
 */
export function auditAftersales(ctx: AuditContext): void {
  const { invoiceReceiptDays, returnOpenDays } = ctx.settings.audit;
  const aged = <T extends { occurredAt: Date }>(sheet: EventSheetKey, rows: readonly Rowed<T>[], since: (r: T) => Date, limit: number) =>
    limit > 0 ? rows.filter((r) => openKindOf(sheet, r.record as unknown as OpenCandidate) !== undefined && daysBetween(since(r.record), ctx.today) > limit) : [];

  for (const { row, record: inv } of aged("invoices", ctx.log.invoices, (r) => r.invoiceDate, invoiceReceiptDays)) {
    const age = daysBetween(inv.invoiceDate, ctx.today);
    add(ctx, "invoice.notReceived", inv, { sheet: "invoices", column: "delivery", row }, age - invoiceReceiptDays, {
      zh: `发票${quote(inv.invoiceNo)}（¥${money(inv.amount)}）${day(inv.invoiceDate)}开具，${age}天后仍是“${inv.delivery}”，超过${invoiceReceiptDays}天未签收。`,
      en: `Invoice ${quote(inv.invoiceNo)} (¥${money(inv.amount)}) issued on ${day(inv.invoiceDate)} is still not received after ${age} days (limit ${invoiceReceiptDays}).`,
    });
  }
  for (const { row, record: r } of aged("returns", ctx.log.returns, (x) => x.occurredAt, returnOpenDays)) {
    const age = daysBetween(r.occurredAt, ctx.today);
    add(ctx, "return.open", r, { sheet: "returns", column: "returnStatus", row }, age - returnOpenDays, {
      zh: `${r.mode}“${quote(r.item)}”${day(r.occurredAt)}登记，${age}天后仍是“${r.returnStatus}”，超过${returnOpenDays}天未办结。`,
      en: `The ${r.mode === "退货" ? "return" : "exchange"} of "${quote(r.item)}" logged on ${day(r.occurredAt)} is still open after ${age} days (limit ${returnOpenDays}).`,
    });
  }
}

function add(ctx: AuditContext, rule: RuleId, e: { customer: string; rep: string; occurredAt: Date }, ref: { sheet: EventSheetKey; column: string; row: number }, daysLate: number, message: { zh: string; en: string }): void {
  ctx.add({ rule, severity: daysLate > 30 ? "高" : "中", customer: e.customer, rep: e.rep, at: e.occurredAt, daysLate, ref, message });
}
