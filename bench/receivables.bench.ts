/**
 * Receivables over the 2,000-customer demo (every event row, I/O excluded): each customer's
 * balance, FIFO matching, due days and aging (domain/receivables), and the credit check of every
 * order, each against a plain row scan that only sums shipments less payments and refunded
 * returns per customer, measured in the same run.
 */
import { generateDemoLog } from "../src/demo";
import { computeReceivables, creditBreaches } from "../src/domain/receivables";
import { EVENT_SHEET_KEYS, type Log } from "../src/domain/log";
import { settingsFromRows } from "../src/workbook/settings-rows";
import { median } from "./timing";

const TODAY = new Date(Date.UTC(2026, 10, 23));
const MADE_AT = new Date(Date.UTC(2026, 10, 23, 10, 30));

function demoLog(customers: number): { log: Log; rows: number } {
  const demo = generateDemoLog({ customers, seed: 1, today: MADE_AT });
  const rowed = (key: string) => (demo.records[key] ?? []).map((record, i) => ({ row: i + 2, record }));
  const log: Record<string, unknown> = { settings: settingsFromRows([]), customers: rowed("customers"), staff: rowed("staff") };
  let rows = demo.records.customers.length;
  for (const key of EVENT_SHEET_KEYS) {
    log[key] = rowed(key);
    rows += demo.records[key].length;
  }
  return { log: log as unknown as Log, rows };
}

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
  const base = median(() => scan(log), 7);
  const receivables = median(() => computeReceivables(log, TODAY), 7);
  const credit = median(() => creditBreaches(log), 7);
  print(`receivables (balance, FIFO, due days, aging) n=${rows}: ${receivables.toFixed(1)} ms (row scan ${base.toFixed(1)} ms, ×${(receivables / base).toFixed(1)})`);
  print(`credit check of every order n=${rows}: ${credit.toFixed(1)} ms (row scan ${base.toFixed(1)} ms, ×${(credit / base).toFixed(1)})`);
}
