import { addHours } from "../domain/time";
import type { EventSheetKey } from "../workbook";
import { CLOSED_STATUSES } from "../workbook";
import type { DemoContext } from "./context";

export interface EventRow {
  id: string;
  customer: string;
  occurredAt: Date;
  serviceType?: string;
  status: string;
  feedbackAt?: Date;
  resolution?: string;
  summary?: string;
}

/** Late feedback planted per 300 customers, by sheet. */
const LATE: Partial<Record<EventSheetKey, number>> = { transactions: 8, followUps: 6, samples: 3, invoices: 2, returns: 2, complaints: 2, marketSupport: 1 };

function finished(ctx: DemoContext, rows: readonly EventRow[], sheet: EventSheetKey): EventRow[] {
  const limit = ctx.feedbackHours(sheet);
  const latest = ctx.now.getTime() - (limit + 120) * 3_600_000;
  return rows.filter(
    (r) =>
      r.feedbackAt !== undefined &&
      CLOSED_STATUSES.includes(r.status) &&
      r.serviceType !== "交接" &&
      r.occurredAt.getTime() < latest &&
      !ctx.plantedRecords.has(r) &&
      !ctx.plantedCustomers.has(r.customer),
  );
}

/**
 * Work-log slips planted on finished events: feedback given after the sheet's limit, feedback
 * never recorded, a closed event without its 总结.
 */
export function plantSlips(ctx: DemoContext, sheets: Record<EventSheetKey, EventRow[]>): void {
  const { rng } = ctx;
  const pools = new Map<EventSheetKey, EventRow[]>();
  // a row picked for one slip leaves the pool, so each planted row shows one slip
  const candidates = (sheet: EventSheetKey) => {
    let pool = pools.get(sheet);
    if (!pool) pools.set(sheet, (pool = finished(ctx, sheets[sheet], sheet)));
    return pool.filter((r) => !ctx.plantedRecords.has(r));
  };
  for (const [sheet, per300] of Object.entries(LATE) as [EventSheetKey, number][]) {
    const limit = ctx.feedbackHours(sheet);
    for (const r of rng.sample(candidates(sheet), ctx.scaled(per300))) {
      // late by 3 hours to 4 days, in office hours like any answer
      r.feedbackAt = ctx.minute(new Date(ctx.workMoment(addHours(r.occurredAt, limit + 3).getTime(), addHours(r.occurredAt, limit + 96).getTime())));
      ctx.plant("lateFeedback", `${sheet} ${r.id}`, r);
    }
  }
  for (const sheet of ["transactions", "followUps", "samples"] as const) {
    for (const r of rng.sample(candidates(sheet), ctx.scaled(2))) {
      delete r.feedbackAt;
      ctx.plant("feedbackMissing", `${sheet} ${r.id}`, r);
    }
  }
  for (const sheet of ["followUps", "returns", "marketSupport"] as const) {
    for (const r of rng.sample(candidates(sheet), ctx.scaled(2))) {
      delete r.summary;
      ctx.plant("recordsIncomplete", `${sheet} ${r.id}`, r);
    }
  }
}
