/**
 * One customer's events across every event sheet, and what is still open about them. The 客户
 * panel (src/taskpane/panels/customer.ts) and the 交接 dossier (domain/handover/dossier.ts) both
 * list these entries and these open items, in this order, so the two never tell a different story.
 */
import { EVENT_SHEET_KEYS, type EventRecord, type EventSheetKey, type Log, type Rowed } from "./log";
import { isClosed } from "./event-closing";
import { isContact } from "./customer-status";

/** An event row of any kind: the common fields (event-common.ts) plus the rest of its record. */
export type TimelineEvent = EventRecord & Record<string, unknown>;

export interface TimelineEntry {
  sheetKey: EventSheetKey;
  row: number;
  record: TimelineEvent;
}

export type OpenKind = "complaint" | "return" | "invoice" | "promise" | "sample" | "event";

export interface OpenItem {
  kind: OpenKind;
  entry: TimelineEntry;
  /** When the open item falls due (a promise's 承诺期限). */
  due?: Date;
}

/** The fields the open rule reads; every event record has them. */
export interface OpenCandidate {
  status: string;
  serviceType?: string;
  [field: string]: unknown;
}

const RETURN_DONE = new Set(["已退款", "已换货", "拒绝"]);
const DELIVERED = "已签收";

/**
 * What is still open about one event, if anything: a complaint not closed, a return not refunded,
 * exchanged or refused, an invoice not received, a promise not kept, any other event still
 * 待处理/处理中 (a 交接 row excepted).
 */
export function openKindOf(sheetKey: string, record: OpenCandidate): OpenKind | undefined {
  switch (sheetKey) {
    case "complaints":
      return isClosed(record.status) ? undefined : "complaint";
    case "returns":
      return RETURN_DONE.has(String(record.returnStatus ?? "")) ? undefined : "return";
    case "invoices":
      return record.delivery === DELIVERED ? undefined : "invoice";
    case "samples":
      return isClosed(record.status) ? undefined : "sample";
    case "followUps": {
      const promise = typeof record.promise === "string" ? record.promise.trim() : "";
      if (promise && record.promiseKept !== true) return "promise";
      break;
    }
  }
  return isClosed(record.status) || !isContact(record) ? undefined : "event";
}

/** Newest first; at the same moment the later row first. */
function newestFirst(a: TimelineEntry, b: TimelineEntry): number {
  return b.record.occurredAt.getTime() - a.record.occurredAt.getTime() || b.row - a.row;
}

/** The timelines of several customers in one pass over the log (the dossiers of a whole rep). */
export function customerTimelines(log: Pick<Log, EventSheetKey>, codes: Iterable<string>): Map<string, TimelineEntry[]> {
  const out = new Map<string, TimelineEntry[]>();
  for (const code of codes) out.set(code, []);
  for (const sheetKey of EVENT_SHEET_KEYS) {
    for (const { row, record } of log[sheetKey] as readonly Rowed<TimelineEvent>[]) {
      out.get(record.customer)?.push({ sheetKey, row, record });
    }
  }
  for (const list of out.values()) list.sort(newestFirst);
  return out;
}

/** Every event of one customer across all event sheets, newest first (same time: later row first). */
export function customerTimeline(log: Pick<Log, EventSheetKey>, code: string): TimelineEntry[] {
  return customerTimelines(log, [code]).get(code)!;
}

/** One sheet's entries of a timeline, oldest first (same time: earlier row first). */
export function entriesOf<K extends EventSheetKey>(timeline: readonly TimelineEntry[], sheetKey: K): Rowed<Log[K][number]["record"]>[] {
  const out: Rowed<Log[K][number]["record"]>[] = [];
  for (let i = timeline.length - 1; i >= 0; i--) {
    const e = timeline[i];
    if (e.sheetKey === sheetKey) out.push({ row: e.row, record: e.record as unknown as Log[K][number]["record"] });
  }
  return out;
}

/** The entry's open item, if it has one. */
export function openItemOf(entry: TimelineEntry): OpenItem | undefined {
  const kind = openKindOf(entry.sheetKey, entry.record);
  if (!kind) return undefined;
  const due = kind === "promise" && entry.record.promiseDue instanceof Date ? entry.record.promiseDue : undefined;
  return { kind, entry, due };
}

const KIND_ORDER: Record<OpenKind, number> = { complaint: 0, return: 1, invoice: 2, promise: 3, sample: 4, event: 5 };

/** The open items of a timeline: complaints first, then returns, invoices, promises, samples, the rest; oldest first within a kind. */
export function openItems(timeline: readonly TimelineEntry[]): OpenItem[] {
  const items = timeline.map(openItemOf).filter((i): i is OpenItem => i !== undefined);
  return items.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.entry.record.occurredAt.getTime() - b.entry.record.occurredAt.getTime() || a.entry.row - b.entry.row);
}
