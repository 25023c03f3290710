import { addDays } from "../domain/time";
import { CATALOG } from "./catalog";
import type { DemoContext } from "./context";
import type { CustomerPlan } from "./customers";
import type { Grade } from "../workbook/column";

function oldBuyers(ctx: DemoContext, plans: readonly CustomerPlan[]): CustomerPlan[] {
  return plans.filter((p) => p.buying && p.salesFrom.getTime() === ctx.start.getTime() && p.annualSales >= 40_000);
}

function take(ctx: DemoContext, pool: CustomerPlan[], k: number): CustomerPlan[] {
  const chosen = ctx.rng.sample(pool.filter((p) => !ctx.plantedCustomers.has(p.customer.code)), k);
  for (const p of chosen) ctx.plantedCustomers.add(p.customer.code);
  return chosen;
}

/**
 * Picks the customers whose year tells a warning story: sales falling 30%+ in the last three
 * months, one month's spike (串货), a category mix that tilts, follow-ups that lapsed once or
 * stopped, payments that stop (货到付款 customers, so no credit limit is involved). Each customer
 * carries one story, so each warning has one cause.
 */
export function chooseStories(ctx: DemoContext, plans: readonly CustomerPlan[]): void {
  const { rng } = ctx;
  const buyers = oldBuyers(ctx, plans);
  for (const p of take(ctx, buyers, ctx.scaled(8))) {
    p.dropFactor = rng.float(0.3, 0.5);
    ctx.plant("salesDrop", p.customer.code);
  }
  for (const p of take(ctx, buyers, ctx.scaled(1))) {
    p.spikeMonth = ctx.month - rng.int(2, 3); // inside the last 3 months, so it never looks like a fall
    ctx.plant("salesSpike", p.customer.code);
  }
  for (const p of take(ctx, buyers.filter((b) => b.annualSales >= 80_000), ctx.scaled(2))) {
    const from = p.mix.indexOf(Math.max(...p.mix));
    let to = rng.int(0, CATALOG.length - 2);
    if (to >= from) to++;
    p.shift = { from, to };
    ctx.plant("categoryShift", p.customer.code);
  }
  for (const p of take(ctx, buyers.filter((b) => b.paymentTerms === "货到付款"), ctx.scaled(3))) {
    // 90+ days back: what ships in the window is more than 30 days overdue by today, whatever the order days
    p.missesPaymentsFrom = addDays(ctx.today, -rng.int(90, 150));
    ctx.plant("paymentsMissed", p.customer.code);
  }
  // graded out of line with the orders: the year's biggest buyer (ABC A too) graded D, another buyer C (below B while ordering every month)
  const top = [...buyers].sort((a, b) => b.annualSales - a.annualSales).find((p) => !ctx.plantedCustomers.has(p.customer.code));
  if (top) ctx.plantedCustomers.add(top.customer.code);
  // and one graded E (no need) while it still orders
  const below = take(ctx, buyers, ctx.scaled(1)).map((b) => [b, "C"]);
  const dead = take(ctx, buyers, ctx.scaled(1)).map((b) => [b, "E"]);
  for (const [p, grade] of [[top, "D"], ...below, ...dead] as [CustomerPlan | undefined, Grade][]) {
    if (!p) continue;
    p.segments[p.segments.length - 1].grade = grade;
    ctx.plant("gradeMismatch", p.customer.code);
  }
  const steady = plans.filter(
    (p) => p.createdAt.getTime() < ctx.start.getTime() && p.segments.every((s) => s.grade !== "A" && s.grade !== "E"),
  );
  for (const p of take(ctx, steady, ctx.scaled(6))) p.lapseAt = ctx.dayBetween(addDays(ctx.start, 60), addDays(ctx.today, -100));
  for (const p of take(ctx, steady, ctx.scaled(5))) p.overdue = true;
}
