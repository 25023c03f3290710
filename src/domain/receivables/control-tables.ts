/**
 * The three receivables control tables: 应收账款 (every bill), 应收未收 (what is still open, most
 * overdue first) and 应收已收 (bills collected in full, with the days it took and the days late).
 */
import { daysOverdueDay } from "../cadence";
import { agingBucket } from "./aging";
import type { BillItem } from "./allocate";
import type { CustomerAccount, Receivables } from "./accounts";

export interface ControlRow {
  account: CustomerAccount;
  item: BillItem;
  /** As of the receivables' day; 0 when not due or collected. */
  daysOverdue: number;
  /** AGING_BUCKETS index of the open amount (0 when collected). */
  bucket: number;
  /** Days from the bill to its last cent collected. */
  collectionDays?: number;
  /** Days the last cent came after the due day (0 when on time). */
  daysLate?: number;
}

export interface ControlTables {
  all: ControlRow[];
  open: ControlRow[];
  collected: ControlRow[];
}

export function controlRow(account: CustomerAccount, item: BillItem, asOfDay: number): ControlRow {
  if (item.closedDay !== undefined) {
    return { account, item, daysOverdue: 0, bucket: 0, collectionDays: item.closedDay - item.bill.day, daysLate: daysOverdueDay(item.dueDay, item.closedDay) };
  }
  const daysOverdue = daysOverdueDay(item.dueDay, asOfDay);
  return { account, item, daysOverdue, bucket: agingBucket(daysOverdue) };
}

export function controlTables(r: Receivables): ControlTables {
  const all: ControlRow[] = [];
  for (const a of r.accounts) for (const item of a.items) all.push(controlRow(a, item, r.asOfDay));
  const open = all.filter((row) => row.item.openCents > 0).sort((x, y) => y.daysOverdue - x.daysOverdue || x.item.bill.at - y.item.bill.at);
  const collected = all.filter((row) => row.item.closedDay !== undefined);
  return { all, open, collected };
}
