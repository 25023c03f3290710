import type { Log } from "../domain/log";
import { EVENT_SHEETS, type EventSheetKey } from "../workbook";
import type { Rowed } from "../domain/log";
import { openKindOf, type OpenKind } from "../domain/open-items";

export type { OpenKind } from "../domain/open-items";

/** The fields every event row has (event-common.ts), plus the rest of its record. */
export interface EventLike {
  id: string;
  customer: string;
  rep: string;
  occurredAt: Date;
  description: string;
  status: string;
  serviceType?: string;
  resolution?: string;
  summary?: string;
  [key: string]: unknown;
}

export interface TimelineEntry {
  sheetKey: EventSheetKey;
  /** The sheet's name in the workbook (投诉, 跟进记录 …). */
  sheet: string;
  row: number;
  record: EventLike;
}


export interface OpenItem {
  kind: OpenKind;
  entry: TimelineEntry;
  /** When the open item falls due (a promise's 承诺期限). */
  due?: Date;
}


function rowsOf(log: Log, key: EventSheetKey): Rowed<EventLike>[] {
  return log[key] as unknown as Rowed<EventLike>[];
}

/** Every event of one customer across all event sheets, newest first (same time: later row first). */
export function customerTimeline(log: Log, customer: string): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const spec of EVENT_SHEETS) {
    for (const { row, record } of rowsOf(log, spec.key)) {
      if (record.customer === customer) entries.push({ sheetKey: spec.key, sheet: spec.name, row, record });
    }
  }
  return entries.sort((a, b) => b.record.occurredAt.getTime() - a.record.occurredAt.getTime() || b.row - a.row);
}

/** The entry's open item, by the shared rule of domain/open-items.ts. */
export function openItemOf(entry: TimelineEntry): OpenItem | undefined {
  const kind = openKindOf(entry.sheetKey, entry.record);
  if (!kind) return undefined;
  const due = kind === "promise" && entry.record.promiseDue instanceof Date ? entry.record.promiseDue : undefined;
  return { kind, entry, due };
}

const KIND_ORDER: Record<OpenKind, number> = { complaint: 0, return: 1, invoice: 2, promise: 3, sample: 4, event: 5 };

/** The open items of a timeline: complaints first, then returns, invoices, promises, the rest; oldest first within a kind. */
export function openItems(timeline: readonly TimelineEntry[]): OpenItem[] {
  const items = timeline.map(openItemOf).filter((i): i is OpenItem => i !== undefined);
  return items.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.entry.record.occurredAt.getTime() - b.entry.record.occurredAt.getTime());
}

export interface TimelineFilter {
  kind?: string;
  /** Whole days, inclusive, in floating UTC. */
  from?: Date;
  to?: Date;
  keyword?: string;
}

function textOf(record: EventLike): string {
  return Object.values(record)
    .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "string" || typeof v === "number" ? String(v) : ""))
    .join("\n")
    .toLowerCase();
}

export function filterTimeline(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  const keyword = filter.keyword?.trim().toLowerCase();
  const from = filter.from?.getTime();
  const to = filter.to === undefined ? undefined : filter.to.getTime() + 86_400_000;
  return entries.filter((e) => {
    if (filter.kind && e.sheetKey !== filter.kind) return false;
    const t = e.record.occurredAt.getTime();
    if (from !== undefined && t < from) return false;
    if (to !== undefined && t >= to) return false;
    return !keyword || textOf(e.record).includes(keyword);
  });
}
