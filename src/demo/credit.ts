import { orderExposures } from "../domain/receivables";
import { DEFAULT_SETTINGS } from "../domain/settings";
import type { ReturnRecord, Transaction } from "../domain/log";
import type { DemoContext } from "./context";
import type { CustomerPlan } from "./customers";

const rowed = <T>(records: readonly T[]) => records.map((record, i) => ({ row: i + 2, record }));

/**
 * 信用额度 for 月结 customers, set the way a credit manager would: with headroom over the most the
 * customer has owed at an order (domain/receivables decides what it owed). A few are planted a
 * limit between their highest and second-highest exposure, so exactly one order went over it.
 */
export function setCreditLimits(ctx: DemoContext, plans: readonly CustomerPlan[], transactions: readonly Transaction[], returns: readonly ReturnRecord[]): void {
  const { rng } = ctx;
  const monthly = plans.filter((p) => p.buying && p.paymentTerms.startsWith("月结"));
  const exposures = orderExposures({ transactions: rowed(transactions), invoices: [], returns: rowed(returns), settings: DEFAULT_SETTINGS }, new Set(monthly.map((p) => p.customer.code)));
  const candidates: { plan: CustomerPlan; between: number; docNo?: string }[] = [];
  for (const plan of monthly) {
    const peaks = (exposures.get(plan.customer.code) ?? []).map((o) => ({ cents: o.balanceCents + o.orderCents, docNo: o.docNo })).sort((a, b) => b.cents - a.cents);
    const peak = peaks[0]?.cents ?? Math.round((plan.annualSales / 12) * 100);
    plan.customer.creditLimit = Math.ceil((peak / 100) * rng.float(1.2, 1.6) / 10_000) * 10_000;
    const between = peaks.length >= 2 ? Math.floor((peaks[0].cents + peaks[1].cents) / 2 / 10_000) * 100 : 0;
    if (between * 100 > peaks[1]?.cents && between * 100 < peaks[0].cents && !ctx.plantedCustomers.has(plan.customer.code)) {
      candidates.push({ plan, between, docNo: peaks[0].docNo });
    }
  }
  for (const c of rng.sample(candidates, ctx.scaled(2))) {
    c.plan.customer.creditLimit = c.between;
    ctx.plantedCustomers.add(c.plan.customer.code);
    ctx.plant("creditOverLimit", `${c.plan.customer.code} ${c.docNo ?? ""}`.trim(), c.plan.customer);
  }
}
