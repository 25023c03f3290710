/**
 * The demo's 回款 (src/demo/transactions.ts) make receivables worth reading: payments come after
 * the bills by the customer's terms, many of them days past the due day, and the customers planted
 * to stop paying are exactly those overdue past 设置's limit.
 */
import { generateDemoLog } from "../../src/demo";
import { computeReceivables, controlTables } from "../../src/domain/receivables";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import type { Rowed } from "../../src/domain/log";

const TODAY = new Date(Date.UTC(2026, 10, 23, 10, 30));

test("payments lag behind their bills, some past the due day, and the planted ones never come", () => {
  const log = generateDemoLog({ customers: 300, seed: 42, today: TODAY });
  const rowed = <T,>(key: string) => (log.records[key] ?? []).map((record, i) => ({ row: i + 2, record })) as unknown as Rowed<T>[];
  const r = computeReceivables({ customers: rowed("customers"), transactions: rowed("transactions"), invoices: rowed("invoices"), returns: rowed("returns"), settings: DEFAULT_SETTINGS }, TODAY);
  const t = controlTables(r);
  // most bills are collected, in many different numbers of days; a fair share late, none a month late
  expect(t.collected.length / t.all.length).toBeGreaterThan(0.8);
  expect(new Set(t.collected.map((row) => row.collectionDays)).size).toBeGreaterThan(30);
  const late = t.collected.filter((row) => row.daysLate! > 0);
  expect(late.length / t.collected.length).toBeGreaterThan(0.2);
  expect(late.length / t.collected.length).toBeLessThan(0.7);
  expect(Math.max(...late.map((row) => row.daysLate!))).toBeLessThanOrEqual(DEFAULT_SETTINGS.receivables.overdueLimitDays);
  // what is still open is mostly not due yet; overdue past the limit are exactly the customers planted to stop paying
  expect(t.open.filter((row) => row.daysOverdue > 0).length).toBeGreaterThan(0);
  const pastLimit = r.accounts.filter((a) => a.maxDaysOverdue > DEFAULT_SETTINGS.receivables.overdueLimitDays).map((a) => a.customer);
  expect(pastLimit.sort()).toEqual([...log.plantedIn.paymentsMissed].sort());
  expect(pastLimit.length).toBeGreaterThan(0);
});
