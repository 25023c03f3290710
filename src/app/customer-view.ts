/**
 * What the 客户 panel shows about one customer besides its timeline: where it stands
 * (domain/customer-status.ts) and its sales over the ABC window (domain/periods.ts), the same
 * figures 今日跟进, the dossier and the audit give.
 */
import { byCustomer, customerStatus, type CustomerStatus } from "../domain/customer-status";
import type { Log } from "../domain/log";
import { lastFullMonths, periodLabel, salesByCustomer } from "../domain/periods";

export interface CustomerSummary {
  status: CustomerStatus;
  sales12: number;
  /** 近12个月（2025-11 至 2026-10） */
  salesLabel: string;
}

export function customerSummary(log: Pick<Log, "customers" | "followUps" | "transactions" | "settings">, code: string, today: Date, lang: "zh" | "en" = "zh"): CustomerSummary | undefined {
  const customer = log.customers.find((c) => c.record.code === code);
  if (!customer) return undefined;
  const followUps = byCustomer(log.followUps).get(code) ?? [];
  const period = lastFullMonths(today);
  const own = log.transactions.filter((t) => t.record.customer === code);
  return { status: customerStatus(customer, followUps, log.settings, today), sales12: salesByCustomer(own, period).get(code) ?? 0, salesLabel: periodLabel(period, lang) };
}
