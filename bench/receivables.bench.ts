/**
 * Receivables over the 2,000-customer demo (every event row, I/O excluded): each customer's
 * balance, FIFO matching, due days and aging (domain/receivables), and the credit check of every
 * order, each against a plain row scan that only sums shipments less payments and refunded
 * returns per customer, measured in the same run.
 */
import { computeReceivables, creditBreaches } from "../src/domain/receivables";
import type { Log } from "../src/domain/log";
import { BENCH_TODAY, demoLog } from "./demo-log";
import { againstBaseline, timed } from "./timing";

/** The least any balance must do: one pass over 往来帐 and 退换货, one sum per customer. */
function scan(log: Log): number {
  const owed = new Map<string, number>();
  for (const { record: t } of log.transactions) {
    const sign = t.txType === "发货" ? 1 : t.txType === "回款" ? -1 : 0;
    if (sign !== 0) owed.set(t.customer, (owed.get(t.customer) ?? 0) + sign * t.amount);
  }
  for (const { record: r } of log.returns) if (r.mode === "退货" && r.returnStatus === "已退款" && r.amount) owed.set(r.customer, (owed.get(r.customer) ?? 0) - r.amount);
  return owed.size;
}

export async function run(print: (line: string) => void): Promise<void> {
  const { log, rows } = demoLog(2000);
  const base = timed(() => scan(log), 7);
  const receivables = timed(() => computeReceivables(log, BENCH_TODAY), 7);
  const credit = timed(() => creditBreaches(log), 7);
  print(`receivables (balance, FIFO, due days, aging) n=${rows}: ${againstBaseline(receivables, base, "row scan", { cpu: true })}`);
  print(`credit check of every order n=${rows}: ${againstBaseline(credit, base, "row scan", { cpu: true })}`);
}
