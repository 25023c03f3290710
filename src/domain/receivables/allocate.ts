/**
 * One customer's bills matched with its payments and credits, oldest bill first (FIFO): a credit
 * settles the oldest open bill, then the next; what is left over waits (unapplied, e.g. a
 * prepayment) and settles the next bill the day it is billed. So for every customer
 * collected + open = billed, and billed − credits = open − unapplied, exactly (whole cents).
 */
import { daysOverdueDay } from "../cadence";
import { agingBucket, BUCKET_COUNT } from "./aging";
import type { Movement } from "./ledger";
import { dueDay, type PaymentTerms } from "./terms";

/** One bill and what became of it. */
export interface BillItem {
  bill: Movement;
  dueDay: number;
  collectedCents: number;
  openCents: number;
  /** The day the last cent was collected (undefined while open). */
  closedDay?: number;
}

export interface AccountTotals {
  billedCents: number;
  /** Payments and credited returns received (including what is unapplied). */
  creditedCents: number;
  collectedCents: number;
  openCents: number;
  /** Credits not matched to any bill yet (a credit balance). */
  unappliedCents: number;
  /** Open amounts past their due day. */
  overdueCents: number;
  /** Open amounts per AGING_BUCKETS. */
  agingCents: number[];
  /** Days overdue of the oldest open bill (0 when nothing is overdue). */
  maxDaysOverdue: number;
}

export interface Allocation extends AccountTotals {
  /** Every bill in time order. */
  items: BillItem[];
  /** The open bills, oldest first. */
  open: BillItem[];
}

export interface AllocationOptions {
  terms: PaymentTerms;
  billingDay?: number;
  asOfDay: number;
}

/** Matches one customer's movements (time-ordered, none after asOfDay) and ages what is open as of asOfDay. */
export function allocate(movements: readonly Movement[], options: AllocationOptions): Allocation {
  const items: BillItem[] = [];
  let head = 0;
  let pool = 0;
  let billedCents = 0;
  let creditedCents = 0;
  // bills come in time order, many on the same day: the due day of the last one is often the next one's
  let lastBillDay = NaN;
  let lastDueDay = 0;
  for (const m of movements) {
    if (m.debit) {
      billedCents += m.cents;
      const take = Math.min(pool, m.cents);
      pool -= take;
      if (m.day !== lastBillDay) {
        lastBillDay = m.day;
        lastDueDay = dueDay(m.day, options.terms, options.billingDay);
      }
      const item: BillItem = { bill: m, dueDay: lastDueDay, collectedCents: take, openCents: m.cents - take };
      if (item.openCents === 0) item.closedDay = m.day;
      items.push(item);
      continue;
    }
    creditedCents += m.cents;
    let left = m.cents;
    while (left > 0 && head < items.length) {
      const item = items[head];
      const take = Math.min(left, item.openCents);
      item.collectedCents += take;
      item.openCents -= take;
      left -= take;
      if (item.openCents === 0) {
        if (item.closedDay === undefined) item.closedDay = m.day;
        head++;
      }
    }
    pool += left;
  }
  while (head < items.length && items[head].openCents === 0) head++;
  const open = items.slice(head).filter((i) => i.openCents > 0);
  const agingCents = new Array<number>(BUCKET_COUNT).fill(0);
  let openCents = 0;
  let collectedCents = 0;
  for (const item of items) collectedCents += item.collectedCents;
  let overdueCents = 0;
  let maxDaysOverdue = 0;
  for (const item of open) {
    const late = daysOverdueDay(item.dueDay, options.asOfDay);
    openCents += item.openCents;
    agingCents[agingBucket(late)] += item.openCents;
    if (late > 0) overdueCents += item.openCents;
    if (late > maxDaysOverdue) maxDaysOverdue = late;
  }
  return {
    items,
    open,
    billedCents,
    creditedCents,
    collectedCents,
    openCents,
    unappliedCents: pool,
    overdueCents,
    agingCents,
    maxDaysOverdue,
  };
}
