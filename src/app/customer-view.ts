/**
 * What the 客户 panel shows about one customer besides its timeline: where it stands
 * (domain/customer-status.ts), its sales over the ABC window (domain/periods.ts) and what it owes
 * (domain/receivables: balance, overdue amount, the oldest open bill), the same figures
 * 今日跟进, the dossier, the audit and the 应收账款 sheet give.
 */
import { byCustomer, customerStatus, type CustomerStatus } from "../domain/customer-status";
import type { Log } from "../domain/log";
import { lastFullMonths, periodLabel, salesByCustomer } from "../domain/periods";
import { daysOverdueDay } from "../domain/cadence";
import { computeReceivables, type BillItem, type CustomerAccount } from "../domain/receivables";

export interface CustomerSummary {
  status: CustomerStatus;
  sales12: number;
  /** 近12个月（2025-11 至 2026-10） */
  salesLabel: string;
  /** What the customer owes today (undefined: nothing ever billed, paid or credited). */
  account?: CustomerAccount;
  /** The oldest bill still open, and its days overdue today (0: not due yet). */
  oldestOpen?: { item: BillItem; daysOverdue: number };
}

export type CustomerSummaryLog = Pick<Log, "customers" | "followUps" | "transactions" | "invoices" | "returns" | "settings">;

export function customerSummary(log: CustomerSummaryLog, code: string, today: Date, lang: "zh" | "en" = "zh"): CustomerSummary | undefined {
  const customer = log.customers.find((c) => c.record.code === code);
  if (!customer) return undefined;
  const followUps = byCustomer(log.followUps).get(code) ?? [];
  const period = lastFullMonths(today);
  const mine = <T extends { customer: string }>(rows: readonly { row: number; record: T }[]) => rows.filter((r) => r.record.customer === code);
  const own = mine(log.transactions);
  // the receivables rule over this customer's rows alone: the same account the 应收账款 sheet shows
  const receivables = computeReceivables({ customers: [customer], transactions: own, invoices: mine(log.invoices), returns: mine(log.returns), settings: log.settings }, today);
  const account = receivables.accounts[0];
  const oldest = account?.open[0];
  return {
    status: customerStatus(customer, followUps, log.settings, today),
    sales12: salesByCustomer(own, period).get(code) ?? 0,
    salesLabel: periodLabel(period, lang),
    account,
    oldestOpen: oldest ? { item: oldest, daysOverdue: daysOverdueDay(oldest.dueDay, receivables.asOfDay) } : undefined,
  };
}
