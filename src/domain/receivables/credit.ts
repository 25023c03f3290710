/**
 * Credit control: an order that takes what the customer owes over its 信用额度. What it owes at
 * the order is the balance (billed less credits, ledger.ts) of every movement up to the order's
 * moment; the order adds its whole amount (all lines with its 单号). Customers without a
 * positive 信用额度 are not checked.
 */
import type { Rowed, Transaction } from "../log";
import { SALES_TX_TYPE } from "../vocabulary";
import { customersByCode, type ReceivablesLog } from "./accounts";
import { buildLedger, toCents, type Movement } from "./ledger";

export interface CreditBreach {
  customer: string;
  /** Who entered the order. */
  rep: string;
  docNo?: string;
  at: Date;
  /** 往来帐 row of the order's first line. */
  row: number;
  orderCents: number;
  /** Owed just before the order. */
  balanceCents: number;
  /** balance + order. */
  exposureCents: number;
  limitCents: number;
}

interface Order {
  customer: string;
  rep: string;
  docNo?: string;
  at: Date;
  row: number;
  cents: number;
}

/** What grouping a 往来帐 row into orders reads of it. */
export type OrderLine = Pick<Transaction, "txType" | "customer" | "rep" | "docNo" | "occurredAt" | "amount">;

/** Orders per customer, lines grouped by 单号 (a line without one is an order by itself), in time order. */
function ordersOf(transactions: readonly Rowed<OrderLine>[], customers: ReadonlySet<string>): Map<string, Order[]> {
  const byKey = new Map<string, Order>();
  for (const { row, record: t } of transactions) {
    if (t.txType !== SALES_TX_TYPE || !customers.has(t.customer)) continue;
    const key = t.docNo ? `${t.customer}\u0000${t.docNo}` : `\u0000${row}`;
    const order = byKey.get(key);
    if (!order) byKey.set(key, { customer: t.customer, rep: t.rep, docNo: t.docNo, at: t.occurredAt, row, cents: toCents(t.amount) });
    else {
      order.cents += toCents(t.amount);
      if (t.occurredAt < order.at) order.at = t.occurredAt;
      if (row < order.row) order.row = row;
    }
  }
  const byCustomer = new Map<string, Order[]>();
  for (const o of byKey.values()) {
    const list = byCustomer.get(o.customer);
    if (list) list.push(o);
    else byCustomer.set(o.customer, [o]);
  }
  for (const list of byCustomer.values()) list.sort((a, b) => a.at.getTime() - b.at.getTime() || a.row - b.row);
  return byCustomer;
}

/** Whether an order of `orderCents` on top of `balanceCents` goes over a positive `limitCents`. */
export function exceedsCredit(balanceCents: number, orderCents: number, limitCents: number | undefined): boolean {
  return limitCents !== undefined && limitCents > 0 && orderCents > 0 && balanceCents + orderCents > limitCents;
}

/** An order and what the customer owed just before it (for customers in `only`, or all). */
export type OrderExposure = Omit<CreditBreach, "exposureCents" | "limitCents">;

/** What each order's customer owed at the order's moment, per customer in time order. */
export function orderExposures(log: Pick<ReceivablesLog, "transactions" | "invoices" | "returns" | "settings">, only: ReadonlySet<string>): Map<string, OrderExposure[]> {
  return exposuresOf(log, log.transactions, only);
}

/** orderExposures with the orders taken from `lines` (the log's own, or the log's and one being entered). */
function exposuresOf(log: Pick<ReceivablesLog, "transactions" | "invoices" | "returns" | "settings">, lines: readonly Rowed<OrderLine>[], only: ReadonlySet<string>): Map<string, OrderExposure[]> {
  const ledger = buildLedger(log, log.settings.receivables.basis);
  const result = new Map<string, OrderExposure[]>();
  for (const [code, orders] of ordersOf(lines, only)) {
    const movements: readonly Movement[] = ledger.get(code) ?? [];
    const list: OrderExposure[] = [];
    let k = 0;
    let balance = 0;
    for (const o of orders) {
      const t = o.at.getTime();
      for (; k < movements.length && movements[k].at <= t; k++) balance += movements[k].debit ? movements[k].cents : -movements[k].cents;
      list.push({ customer: code, rep: o.rep, docNo: o.docNo, at: o.at, row: o.row, orderCents: o.cents, balanceCents: balance });
    }
    result.set(code, list);
  }
  return result;
}

/** Every order that took its customer over the credit limit, oldest first. */
export function creditBreaches(log: ReceivablesLog): CreditBreach[] {
  const limits = new Map<string, number>();
  for (const [code, c] of customersByCode(log.customers)) {
    if (c.record.creditLimit !== undefined && c.record.creditLimit > 0) limits.set(code, toCents(c.record.creditLimit));
  }
  if (limits.size === 0) return [];
  const breaches: CreditBreach[] = [];
  for (const [code, list] of orderExposures(log, new Set(limits.keys()))) {
    const limitCents = limits.get(code)!;
    for (const o of list) if (exceedsCredit(o.balanceCents, o.orderCents, limitCents)) breaches.push({ ...o, exposureCents: o.balanceCents + o.orderCents, limitCents });
  }
  return breaches.sort((a, b) => a.at.getTime() - b.at.getTime() || a.row - b.row);
}

/** An order line being entered, not yet in the log. */
export type NewOrderLine = Omit<OrderLine, "txType">;

/**
 * Whether an order line about to be entered takes its customer over 信用额度, judged as
 * creditBreaches would judge it once the line is in the log: the line joins the order with its
 * 单号 (if any) and comes after every row already there. Undefined when it stays within the limit
 * or the customer has none.
 */
export function newOrderCredit(log: Pick<ReceivablesLog, "customers" | "transactions" | "invoices" | "returns" | "settings">, line: NewOrderLine): CreditBreach | undefined {
  const limit = customersByCode(log.customers).get(line.customer)?.record.creditLimit;
  if (limit === undefined || !(limit > 0)) return undefined;
  const limitCents = toCents(limit);
  let row = 1;
  for (const t of log.transactions) if (t.row > row) row = t.row;
  const entered: Rowed<OrderLine> = { row: row + 1, record: { ...line, txType: SALES_TX_TYPE } };
  const orders = exposuresOf(log, [...log.transactions, entered], new Set([line.customer])).get(line.customer) ?? [];
  const order = orders.find((o) => (line.docNo ? o.docNo === line.docNo : o.row === entered.row));
  if (!order || !exceedsCredit(order.balanceCents, order.orderCents, limitCents)) return undefined;
  return { ...order, exposureCents: order.balanceCents + order.orderCents, limitCents };
}
