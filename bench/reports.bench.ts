/**
 * The manager's figures over the 2,000-customer demo (every sheet, I/O excluded): the monthly
 * report for all reps with its 环比 month, the customers due and the open items (domain/report-figures.ts
 * periodReport, all that `kehu report` computes), and TopN
 * customers by sales with 同比 (domain/top.ts), each against a plain row scan in the same run:
 * one pass over every event row summing what each rep logged in the month, one pass over 往来帐
 * summing each customer's orders in the month and a year earlier, and one pass over 往来帐 and
 * 退换货 summing what each rep's customers owe at the end of the month and of the month before.
 * By product category: balances and complaints (a customer's main category and the products a
 * complaint names, domain/product-categories.ts), against the balance scan and a scan of the
 * orders (each customer's amount per category) and the complaints.
 */
import { monthOf, previousPeriod, yearEarlier, type Period } from "../src/domain/periods";
import { periodReport } from "../src/domain/report-figures";
import { topN } from "../src/domain/top";
import { EVENT_SHEET_KEYS, type Log } from "../src/domain/log";
import { BENCH_TODAY, demoLog } from "./demo-log";
import { againstBaseline, timed } from "./timing";

function inside(p: Period, d: Date): boolean {
  const t = d.getTime();
  return t >= p.from.getTime() && t < p.to.getTime() + 86_400_000;
}

/** The least a report for everyone must do: touch every event row once, count per rep. */
function scanEvents(log: Log, p: Period): number {
  const counts = new Map<string, number>();
  for (const key of EVENT_SHEET_KEYS) for (const { record } of log[key]) if (inside(p, record.occurredAt)) counts.set(record.rep, (counts.get(record.rep) ?? 0) + 1);
  return counts.size;
}

function scanSales(log: Log, p: Period, base: Period): number {
  const now = new Map<string, number>();
  const then = new Map<string, number>();
  for (const { record: t } of log.transactions) {
    if (t.txType !== "订单") continue;
    if (inside(p, t.occurredAt)) now.set(t.customer, (now.get(t.customer) ?? 0) + t.amount);
    else if (inside(base, t.occurredAt)) then.set(t.customer, (then.get(t.customer) ?? 0) + t.amount);
  }
  return now.size + then.size;
}

/** What each rep's customers owe at the end of two days: one pass over 往来帐 and 退换货, shipments less payments and refunded returns. */
function scanBalances(log: Log, p: Period, base: Period): number {
  const rep = new Map(log.customers.map(({ record: c }) => [c.code, c.rep]));
  const now = new Map<string, number>();
  const then = new Map<string, number>();
  const owe = (customer: string, d: Date, amount: number) => {
    const r = rep.get(customer) ?? "";
    if (inside({ ...p, from: new Date(0) }, d)) now.set(r, (now.get(r) ?? 0) + amount);
    if (inside({ ...base, from: new Date(0) }, d)) then.set(r, (then.get(r) ?? 0) + amount);
  };
  for (const { record: t } of log.transactions) if (t.txType === "发货" || t.txType === "回款") owe(t.customer, t.occurredAt, t.txType === "发货" ? t.amount : -t.amount);
  for (const { record: r } of log.returns) if (r.mode === "退货" && r.returnStatus === "已退款" && r.amount) owe(r.customer, r.occurredAt, -r.amount);
  return now.size + then.size;
}

export async function run(print: (line: string) => void): Promise<void> {
  const { log, rows } = demoLog(2000);
  const month = previousPeriod(monthOf(BENCH_TODAY));
  const base = timed(() => scanEvents(log, month), 7);
  const report = timed(() => periodReport(log, month), 7);
  print(`monthly report, all reps, with 环比, due list and open items n=${rows}: ${againstBaseline(report, base, "row scan", { cpu: true })}`);
  const salesBase = timed(() => scanSales(log, month, yearEarlier(month)), 7);
  const top = timed(() => topN(log, { by: "sales", of: "customers", n: 10, period: month, compare: "yoy" }), 7);
  print(`TopN customers by sales with 同比 n=${log.transactions.length}: ${againstBaseline(top, salesBase, "row scan", { cpu: true })}`);
  const balanceBase = timed(() => scanBalances(log, month, previousPeriod(month)), 7);
  const balanceTop = timed(() => topN(log, { by: "balance", of: "reps", n: 10, period: month, compare: "pop" }), 7);
  print(`TopN reps by balance owed with 环比 n=${log.transactions.length + log.returns.length}: ${againstBaseline(balanceTop, balanceBase, "balance row scan", { cpu: true })}`);
  // by category, a balance goes under its customer's main category (a second pass over 往来帐's order lines)
  const categoryTop = timed(() => topN(log, { by: "balance", of: "categories", n: 10, period: month, compare: "pop" }), 7);
  print(`TopN categories by balance owed with 环比 n=${log.transactions.length + log.returns.length}: ${againstBaseline(categoryTop, balanceBase, "balance row scan", { cpu: true })}`);
  const complaintsBase = timed(() => scanComplaints(log, month, yearEarlier(month)), 7);
  const complaintsTop = timed(() => topN(log, { by: "complaints", of: "categories", n: 10, period: month, compare: "yoy" }), 7);
  print(`TopN categories by complaints with 同比 n=${log.transactions.length + log.complaints.length}: ${againstBaseline(complaintsTop, complaintsBase, "order and complaint row scan", { cpu: true })}`);
}

/** Complaints per customer's largest category in two periods: one pass over 往来帐's orders (each customer's amount per category), one over 投诉. */
function scanComplaints(log: Log, p: Period, base: Period): number {
  const byCustomer = new Map<string, Map<string, number>>();
  for (const { record: t } of log.transactions) {
    if (t.txType !== "订单" || !t.productCategory) continue;
    let m = byCustomer.get(t.customer);
    if (!m) byCustomer.set(t.customer, (m = new Map()));
    m.set(t.productCategory, (m.get(t.productCategory) ?? 0) + t.amount);
  }
  const now = new Map<string, number>();
  const then = new Map<string, number>();
  for (const { record: c } of log.complaints) {
    if (inside(p, c.occurredAt)) now.set(c.customer, (now.get(c.customer) ?? 0) + 1);
    else if (inside(base, c.occurredAt)) then.set(c.customer, (then.get(c.customer) ?? 0) + 1);
  }
  return now.size + then.size + byCustomer.size;
}
